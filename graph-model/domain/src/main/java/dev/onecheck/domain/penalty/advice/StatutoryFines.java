package dev.onecheck.domain.penalty.advice;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import dev.onecheck.domain.law.ChineseNumerals;
import dev.onecheck.domain.penalty.Fine;
import dev.onecheck.domain.penalty.Threshold;
import dev.onecheck.domain.penalty.advice.StatutoryFine.Circumstance;

/**
 * Reads the fines a penalty article prescribes from its text, in the forms Chinese laws print them: 处五千元以上五万元以下罚款,
 * 处五万元以下的罚款, 处二百元罚款, 并处货值金额十倍以上二十倍以下罚款, 百分之五十以上三倍以下, 等值以上三倍以下, 30%以上等值以下,
 * 工程合同价款1%以上2%以下, 项目总投资额5‰以上10‰以下, 按照直接损失的一倍以上三倍以下计算罚款, and 处以罚款 without an amount. Each fine keeps whom the
 * article addresses (对单位处…, 并对直接负责的主管人员…处…) and the conditions it is printed under: an amount threshold or
 * shortfall (货值金额不足一万元的, 没有违法所得的, 广告费用无法计算或者明显偏低的), 拒不改正的 / 逾期未改正的, 情节严重的.
 * A "…的" clause before the first fine describes the act, unless it is one of those conditions (责令改正；拒不改正的，处…).
 */
public final class StatutoryFines {

    /** 直接责任人员, 有关责任人员, and 劳动法 第九十六条's or 地名管理条例 第三十八条's plain 责任人员. */
    static final Pattern RESPONSIBLE_PERSONS = Pattern.compile("直接负责的主管人员|责任人员|法定代表人|主要负责人");
    /** 单位, 企业, 公司, 机构, 组织 …: an addressee (or actor) that is no natural person. */
    static final Pattern UNIT = Pattern.compile("单位|企业|公司|机构|组织|法人|经营者|场所");
    /** …的人员擅自从事船舶航行的: an act of persons, with no unit among its actors. */
    private static final Pattern PERSONS_ACT = Pattern.compile("人员");

    /** "依照下列规定处以罚款：", "按照下列规定处以罚款": the amounts are the items' (a band for each case they list). */
    private static final Pattern FINED_BY_ITEMS = Pattern.compile("(?:依照|按照)下列规定(?:处以?|予以)罚款[:：]?\\s*$");
    /** （一）, (二): an item of a list. */
    private static final Pattern ITEM = Pattern.compile("^\\s*[（(][一二三四五六七八九十]+[）)]");

    private static final String AMOUNT = "([0-9.]+[万亿]?|[零〇一二三四五六七八九十百千万亿两]+)元";
    private static final String RATE = "(百分之[零一二三四五六七八九十百]+|千分之[零一二三四五六七八九十百]+|[0-9.]+[%％‰]|(?:[0-9.]+|[零〇一二三四五六七八九十百两]+)倍|等值)";

    /** Between the two ends of a range: 五千元以上五万元以下, and in older texts 一百元至二千元, 百分之十至百分之二十. */
    private static final String TO = "(?:以上|至)";
    /** 但最高不超过三万元, 但最高不得超过二十万元: the most a multiple may come to, in its clause or the next. */
    private static final String CAP = "但?(?:最高|最多)不得?超过" + AMOUNT;
    /** 违法所得三倍以下、但最高不超过三万元的罚款 (侵害消费者权益行为处罚办法 第十五条): the cap inside the clause of the fine. */
    private static final Pattern MULTIPLE = Pattern.compile(RATE + "(?:" + TO + RATE + ")?(以下)?(?:、?" + CAP + ")?(?:的|计算)?罚款");
    /** 处违法所得三倍以上五倍以下罚款，但最高不超过十万元 (机动车登记规定 第八十一条): the cap in a clause of its own. */
    private static final Pattern CAP_CLAUSE = Pattern.compile("^" + CAP + "$");
    /** 处以最高不超过所涉及外债金额3%的罚款 (外债统计监测暂行规定 第九条): "at most" printed before the multiple, which is its 以下. */
    private static final Pattern AT_MOST = Pattern.compile("(?:最高|最多)?不得?超过");
    /** The upper end of a range may drop its 元 once the lower end said it: 处5万元以上10万以下的罚款 (生猪屠宰管理条例 37). */
    private static final Pattern YUAN = Pattern.compile(AMOUNT + "(?:" + TO + AMOUNT.replace(")元", ")元?") + ")?(以下)?的?罚款");
    /**
     * A fine per unit (处每平方米二元以下的罚款, 每立方米五百元以上五千元以下, 每株5万元以上10万元以下, 以每人五百元以上二千元以下的标准
     * 处以罚款): a multiple of the number of
     * units, which no fact carries — never the yuan amount alone.
     */
    private static final Pattern PER_UNIT = Pattern.compile("每([^，、0-9零〇一二三四五六七八九十百千万亿两]{1,6})" + AMOUNT
            + "(?:" + TO + AMOUNT + ")?(以下)?(?:的标准处以|的)?罚款");
    /** 对个人处…罚款、对单位处…罚款: two fines for two addressees in one clause. */
    private static final Pattern NEXT_ADDRESSEE = Pattern.compile("、(?=对[^，、]{1,15}?处)");
    /**
     * 处以罚款, 并处罚款, 并可以予以罚款, 可以并处警告、罚款: the article fines but sets no amount; 依照下列规定处以罚款
     * points to the items, which do.
     */
    private static final Pattern UNSTATED = Pattern.compile("(?:处以?|予以)(?:警告、)?罚款");
    /**
     * "由县级以上人民政府生态环境主管部门依照本条第二款的规定处以罚款" (大气污染防治法 第一百二十二条, 水污染防治法 第九十四条, 固体废物污染环境
     * 防治法 第一百一十八条, 海洋环境保护法 第九十条): the fine is the one another paragraph of the article sets ("对造成一般或者较大大气污染
     * 事故的，按照污染事故造成直接损失的一倍以上三倍以下计算罚款；…").
     */
    private static final Pattern FINE_REFERRED = Pattern.compile("(?:依照|按照)(?:本条第([一二三四五六七八九十]+)款|前款)(?:的)?规定处以?罚款");
    /**
     * 由县级以上人民政府民政部门对直接负责的主管人员…处 (慈善法 第一百一十二条): the authority before the addressee, so that the
     * fine on the persons is not taken for the party's.
     */
    private static final Pattern AUTHORITY = Pattern.compile("^由[^，；。对]*(?:部门|机关|机构|政府|委员会)(?:依据职责|按照职责分工)?");
    /** 对单位处…, 并对其直接负责的主管人员和其他直接责任人员处…, 对农户（，并处…）: a named addressee, never 对…进行无害化处理. */
    private static final Pattern ADDRESSEE = Pattern.compile(
            // "责令改正并对责任人员处1000元以上5000元以下罚款" (地名管理条例 第三十八条): after the party's order, whom the fine is for
            "^(?:责令[^，；。]*?(?=并对))?(?:并|另|同时|还|也|可以|应当)*对其?(.*?(?:单位|者|主|户|机构|企业|组织|公司|人|员))(?=(?:可以|并|单|依法)*(?:处|给予)|$)");
    /**
     * 农药使用者为…等单位的，处…；农药使用者为个人的，处… (农药管理条例 第六十条): whom the fine is for, worded as a condition —
     * the party type decides it, not the officer's finding.
     */
    private static final Pattern PARTY_IS = Pattern.compile("^[^，]{1,10}?为([^，]*(?:单位|个人))的$");
    /**
     * 尚不够刑事处罚的, 尚不构成犯罪的 (the criminal alternative set aside), 种子法未作规定的, 法律、行政法规…没有明确规定的 (the law
     * applies where the other is silent): they frame the penalty, they are no condition of its fine.
     */
    private static final Pattern FRAMING = Pattern.compile("刑事|犯罪|未作规定|没有明确规定|另有规定");
    /**
     * "…的" clauses after the authority that are no condition of the fine that follows: 情节较轻的 (反电信网络诈骗法 第三十九条
     * "责令改正，情节较轻的，给予警告、通报批评，或者处五万元以上五十万元以下罚款；情节严重的，处…" — the lower tier, the one every
     * case short of 情节严重 falls in); 已经实施安装、改造的 (特种设备安全监察条例 第七十五条 "…已经实施安装、改造的，责令恢复原状或者责令
     * 限期由取得许可的单位重新安装、改造，处10万元以上50万元以下罚款" — a state the next order depends on, the fine does not); and
     * 对有第(一)项…规定的行为的 (劳动保障监察条例 第三十条), which names the items the fine is for — the deriver gives the
     * other items no violation with it.
     */
    private static final Pattern NOT_A_CONDITION = Pattern.compile("情节(?:较轻|轻微|显著轻微)|^已|第[(（]?[一二三四五六七八九十]+[)）]?项");
    /** 情节较重的处50万元以上200万元以下的罚款: the condition printed in the clause of the fine itself. */
    private static final Pattern LEADING_CONDITION = Pattern.compile("^([^处]+?的)(?=(?:可以|并|单)*处)");

    /**
     * A refused order: 拒不改正, 逾期未改正, and an order to pay refused after its deadline — "责令限期缴纳；逾期拒不缴纳的，
     * 处应缴纳排污费数额2倍以上3倍以下的罚款" (防治海洋工程建设项目污染损害海洋环境管理条例 第五十四条). A bare 拒不召回的 or
     * 拒不缴纳…的 can be the act itself (药品管理法 第一百三十五条 "…责令其召回后，拒不召回的，处…"; 水土保持法 第五十七条), which
     * must not wait for a second refusal.
     */
    private static final Pattern REFUSED = Pattern.compile(
            "拒不(?:改正|执行|整改|停止|消除|纠正|拆除|恢复|补办|采取)|逾期(?:仍)?(?:[不未]|拒不)|拒绝改正|限期内(?:仍)?(?:[不未]改|拒不)");
    private static final Pattern SERIOUS = Pattern.compile("情节严重|严重情节|情节较重");
    private static final Pattern BELOW = Pattern.compile("(?:不足|不满|低于)" + AMOUNT);
    private static final Pattern UP_TO = Pattern.compile(AMOUNT + "以下");
    private static final Pattern AT_LEAST = Pattern.compile(AMOUNT + "以上");
    /** 违法所得超过10万元的 (危险废物经营许可证管理办法 第二十三条): more than the amount, a threshold one fen above it. */
    private static final Pattern ABOVE = Pattern.compile("(?:超过|高于|多于)" + AMOUNT);
    /** 单位从事内幕交易的, 单位操纵市场的, 单位因前述违法行为受到处罚的: a condition the party type meets. */
    private static final Pattern UNIT_ACTED = Pattern.compile("^单位[^，]*的$");
    /** 没有违法所得: the amount is nil (an amount of 0). */
    private static final Pattern NONE = Pattern.compile("没有");
    /**
     * 造成医疗保障基金损失的, 给他人造成损失的: some loss, met by a {@code lossAmount} above 0 — not 造成重大损失的 / 造成严重损失的,
     * a degree only the officer can find.
     */
    private static final Pattern CAUSED_LOSS = Pattern.compile("^(?!.*(?:重大|严重|较大|特大|巨大|特别)).*造成[^，]*损失的$");
    /** 无法计算, 难以确定, 不能计算, 明显偏低: the officer's finding ({@link ViolationFacts#uncomputable}), never a missing amount. */
    private static final Pattern UNCOMPUTABLE = Pattern.compile("无法|难以|不能|偏低");

    /** One yuan-fen: "N元以下" includes N, and amounts are counted to the fen. */
    private static final BigDecimal FEN = new BigDecimal("0.01");

    private StatutoryFines() {
    }

    public static List<StatutoryFine> parse(String text) {
        List<StatutoryFine> fines = new ArrayList<>();
        boolean bands = false;
        boolean referred = false;
        for (String paragraph : text.split("\n")) {
            if (paragraph.isBlank()) {
                continue;
            }
            bands = bands && isItem(paragraph);
            if (referred) {
                // read on its own, as the fine of the paragraph before: its act is no condition of that fine
                List<StatutoryFine> set = new ArrayList<>();
                parse(paragraph, false, true, set);
                if (set.stream().anyMatch(f -> f.fine() != null && !f.onResponsiblePersons())) {
                    // the 处以罚款 of the paragraph before is the one this paragraph sets
                    fines.removeIf(f -> f.addressee() == null && f.fine() == null);
                }
                fines.addAll(set);
            } else {
                parse(paragraph, bands, false, fines);
            }
            bands |= finedByItems(paragraph);
            referred = fineParagraph(paragraph).isPresent();
        }
        return fines;
    }

    /**
     * The number of the paragraph of its article ({@code 第N款}) whose fine {@code paragraph} imposes ("依照本条第二款的规定处以罚款"),
     * 0 for the paragraph before it ("依照前款规定处以罚款"); empty where it sets its own. {@link #parse} reads a paragraph that
     * follows such a one as the fine it refers to.
     */
    public static java.util.OptionalInt fineParagraph(String paragraph) {
        Matcher m = FINE_REFERRED.matcher(paragraph);
        if (!m.find()) {
            return java.util.OptionalInt.empty();
        }
        return java.util.OptionalInt.of(m.group(1) == null ? 0 : ChineseNumerals.parse(m.group(1)));
    }

    /**
     * The fines of one paragraph, added to {@code fines}; {@code band}: an item of a list that sets the bands of the fine
     * before it (依照下列规定处以罚款：). The act is what comes before the authority (…的，由…部门):
     * a "…的" clause after it is a condition of the fines that follow it in its sentence (医疗保障基金使用监督管理条例 第三十八条
     * "由医疗保障行政部门责令改正，…；造成医疗保障基金损失的，责令退回，处造成损失金额1倍以上2倍以下的罚款"). A paragraph
     * {@code referred} to for the fine ({@link #fineParagraph}) has no act: its "…的" clauses are conditions from the start.
     */
    private static void parse(String paragraph, boolean band, boolean referred, List<StatutoryFine> all) {
        List<StatutoryFine> fines = new ArrayList<>(all);
        boolean authorised = referred;
        // an order the penalty imposes (…的，责令改正；拒不改正的，处…) — not one the act tells of ("经煤矿安全监察人员责令立即停止作业，
        // 拒不停止作业的", 煤矿安全监察条例 第四十二条, where the refusal is the act itself and no condition of the fine)
        boolean ordered = false;
        StringBuilder act = new StringBuilder();
        // 5,000元: a thousands separator, not a clause break.
        for (String segment : paragraph.replaceAll("\\s", "").replaceAll("(?<=\\d)[,，](?=\\d{3}(?!\\d))", "").split("[。；;]")) {
            int sentence = fines.size();
            String addressee = null;
            List<String> conditions = new ArrayList<>();
            String previous = "";
            for (String printed : segment.split("[，,：:]|" + NEXT_ADDRESSEE.pattern())) {
                // 逾期不改正，或者造成古生物化石损毁的 (古生物化石保护条例 第三十七条): one condition of two alternatives
                String clause = authorised && printed.startsWith("或者") && !previous.endsWith("的") && circumstance(previous + "的") == Circumstance.REFUSED
                        ? previous + "，" + printed : printed;
                previous = printed;
                Matcher cap = CAP_CLAUSE.matcher(clause);
                if (cap.find() && fines.size() > sentence) {
                    capLast(fines, ChineseNumerals.amount(cap.group(1)));
                    continue;
                }
                Matcher by = AUTHORITY.matcher(clause);
                authorised |= by.lookingAt();
                ordered |= clause.contains("责令") && !clause.startsWith("经");
                if (!authorised) {
                    act.append(clause).append('，');
                }
                Matcher to = ADDRESSEE.matcher(by.replaceFirst(""));
                Matcher party = PARTY_IS.matcher(clause);
                if (to.find()) {
                    addressee = to.group(1);
                } else if (authorised && party.find()) {
                    addressee = party.group(1);
                    continue;
                }
                boolean fining = clause.contains("罚款") && !clause.contains("下列");
                Matcher leading = LEADING_CONDITION.matcher(clause);
                if (fining && leading.find()) {
                    condition(conditions, leading.group(1));
                }
                Optional<Fine> fine = fining ? amountOf(clause, conditions) : Optional.empty();
                if (fine.isPresent() || fining && UNSTATED.matcher(clause).find()) {
                    fines.add(new StatutoryFine(addressee, stoodInFor(fines, addressee, conditions, fine.orElse(null)), fine.orElse(null)));
                } else if (band && isItem(clause)) {
                    // "（一）发生一般事故的，处三十万元以上一百万元以下的罚款" (安全生产法 第一百一十四条), "（一）发生一般事故，处十万元以上
                    // 二十万元以下罚款" (特种设备安全法 第九十条): the case an item of the list sets its band for
                    condition(conditions, ITEM.matcher(clause).replaceFirst(""));
                } else if (clause.endsWith("的") && (authorised && !FRAMING.matcher(clause).find() && !NOT_A_CONDITION.matcher(clause).find()
                        || !fines.isEmpty()
                        || circumstance(clause) != Circumstance.OTHER && (ordered || circumstance(clause) != Circumstance.REFUSED))) {
                    // Before the authority and the first fine a "…的" clause describes the act, unless it is a condition the
                    // facts can meet.
                    condition(conditions, clause);
                }
            }
        }
        List<StatutoryFine> own = fines.subList(all.size(), fines.size());
        all.addAll(actorsNamed(act.toString(), own));
    }

    /** "…罚款，但最高不超过十万元": the cap of the multiple just read; a fixed fine has its maximum already. */
    private static void capLast(List<StatutoryFine> fines, BigDecimal cap) {
        StatutoryFine last = fines.getLast();
        if (last.fine() != null && last.fine().kind() == Fine.Kind.MULTIPLE) {
            fines.set(fines.size() - 1, new StatutoryFine(last.addressee(), last.conditions(), last.fine().capped(cap), last.actor()));
        }
    }

    /**
     * 内河交通安全管理条例 第六十六条 "未经考试合格…的人员擅自从事船舶航行的，…对直接责任人员处2000元以上2万元以下的罚款，并对聘用单位
     * 处1万元以上10万元以下的罚款": where persons act (人员, no unit among the actors) and the paragraph fines a unit of its own
     * but no party unnamed, its 直接责任人员 are the ones who acted — a party of their own, not persons fined beside a unit.
     */
    private static List<StatutoryFine> actorsNamed(String act, List<StatutoryFine> fines) {
        boolean personsAct = PERSONS_ACT.matcher(act).find() && !UNIT.matcher(act).find();
        boolean unitApart = fines.stream().anyMatch(f -> f.addressee() != null && UNIT.matcher(f.addressee()).find() && !f.onResponsiblePersons());
        if (!personsAct || !unitApart || fines.stream().anyMatch(f -> f.addressee() == null)) {
            return fines;
        }
        return fines.stream().map(f -> f.onResponsiblePersons() ? new StatutoryFine(f.addressee(), f.conditions(), f.fine(), true) : f).toList();
    }

    /**
     * The conditions of a fine, with those of the multiple it stands in for: "拒不改正的，并处违法所得1倍以上3倍以下的罚款；
     * 没有违法所得或者违法所得不足10万元的，处1万元以上10万元以下的罚款" (无线电管理条例 71) — the fixed range, in a sentence of
     * its own, still needs the refusal the multiple needs.
     */
    private static List<String> stoodInFor(List<StatutoryFine> fines, String addressee, List<String> conditions, Fine fine) {
        List<String> bases = conditions.stream().map(StatutoryFines::amountTest).flatMap(Optional::stream).map(AmountTest::basis).toList();
        if (fine == null || fine.kind() != Fine.Kind.FIXED || bases.isEmpty() || bases.size() != conditions.size()) {
            return conditions;
        }
        List<String> all = new ArrayList<>();
        fines.reversed().stream().filter(f -> Objects.equals(f.addressee(), addressee) && f.fine() != null
                        && f.fine().kind() == Fine.Kind.MULTIPLE && bases.contains(f.fine().basis())).findFirst()
                .ifPresent(m -> m.conditions().stream().filter(c -> circumstance(c) != Circumstance.AMOUNT).forEach(all::add));
        all.addAll(conditions);
        return all;
    }

    /**
     * The statutory range for these facts: the fines on the party (not on its responsible persons) whose conditions
     * the facts meet, the heaviest circumstance first (情节严重 before 拒不改正 before the ordinary fine); a fixed fine
     * the amounts call for (没有违法所得的, 违法所得不足1万元的, 广告费用无法计算或者明显偏低的) replaces the multiple of that
     * amount. Empty when no fine applies to these facts, or when the text or the facts do not say how much (an amount
     * a threshold or multiple needs, 处以罚款 without an amount, several addressees of which the facts do not name the party).
     */
    public static Optional<YuanRange> rangeFor(String text, ViolationFacts facts) {
        List<StatutoryFine> party = party(forParty(parse(text), facts.partyType()));
        List<Integer> levels = party.stream().map(f -> level(f, facts)).flatMap(Optional::stream).distinct()
                .sorted(Comparator.reverseOrder()).toList();
        for (int level : levels) {
            List<StatutoryFine> group = party.stream().filter(f -> level(f, facts).equals(Optional.of(level))).toList();
            List<Optional<YuanRange>> ranges = applied(group, facts);
            if (ranges.stream().anyMatch(Optional::isEmpty)) {
                return Optional.empty();
            }
            if (!ranges.isEmpty()) {
                return Optional.of(new YuanRange(ranges.stream().map(r -> r.get().min()).min(Comparator.naturalOrder()).orElseThrow(),
                        ranges.stream().map(r -> r.get().max()).max(Comparator.naturalOrder()).orElseThrow()));
            }
        }
        return Optional.empty();
    }

    /** A fine in yuan: as it is, or times the basis amount of the facts (empty when they lack it or the basis is not one they carry). */
    static Optional<YuanRange> inYuan(Fine fine, ViolationFacts facts) {
        if (fine.kind() == Fine.Kind.FIXED) {
            return Optional.of(new YuanRange(fine.min(), fine.max()));
        }
        return Basis.known(fine.basis()).flatMap(facts::amount)
                .map(a -> new YuanRange(a.multiply(fine.min()), a.multiply(fine.max())).atMost(fine.cap()));
    }

    /**
     * The amount a multiple can be taken of: known, above 0 and not found 无法计算 or 明显偏低. A multiple of nothing is 0
     * yuan, which no article means to impose; where the amount is 0 or so found the article's fixed range for
     * 没有/无法计算/明显偏低 applies.
     */
    static Optional<BigDecimal> multipliable(ViolationFacts facts, Basis basis) {
        return facts.amount(basis).filter(a -> a.signum() > 0 && !facts.uncomputable(basis));
    }

    /**
     * Whether the paragraph leaves the amount of its fine to the items after it ("…由应急管理部门依照下列规定处以罚款:", 安全生产法
     * 第一百一十四条): read with those items, each item's "…的" is the case its band is for.
     */
    public static boolean finedByItems(String paragraph) {
        return FINED_BY_ITEMS.matcher(paragraph).find();
    }

    /** （一）…, (二)…: an item of a list. */
    public static boolean isItem(String paragraph) {
        return ITEM.matcher(paragraph).find();
    }

    /** The condition kind of a "…的" clause. */
    public static Circumstance circumstance(String condition) {
        boolean refused = REFUSED.matcher(condition).find();
        boolean serious = SERIOUS.matcher(condition).find() && !condition.contains("特别严重");
        if (refused && serious) {
            return condition.contains("或者") ? Circumstance.REFUSED_OR_SERIOUS : Circumstance.OTHER;
        }
        if (refused) {
            return Circumstance.REFUSED;
        }
        if (serious) {
            return Circumstance.SERIOUS;
        }
        return amountTest(condition).isPresent() ? Circumstance.AMOUNT : Circumstance.OTHER;
    }

    /**
     * The alternative of 情节严重 in "情节严重或者在禁采区、禁采期采砂的" (长江河道采砂管理条例 第十九条) that no fact states
     * ("在禁采区、禁采期采砂的"), and so of 逾期不改正 in "逾期不改正或者造成古生物化石损毁的" (古生物化石保护条例 第三十七条): the
     * condition is met by the fact or by the officer's finding of the other. Empty for a condition without such an
     * alternative (情节严重的; 情节严重或者逾期未改正的, which facts meet either way).
     */
    public static Optional<String> unstatedAlternative(String condition) {
        Circumstance kind = circumstance(condition);
        if (kind != Circumstance.SERIOUS && kind != Circumstance.REFUSED || !condition.contains("或者")) {
            return Optional.empty();
        }
        List<String> others = Arrays.stream(condition.replaceFirst("的$", "").split("或者"))
                .filter(p -> !SERIOUS.matcher(p).find() && !REFUSED.matcher(p).find()).map(p -> p + "的").filter(p -> circumstance(p) == Circumstance.OTHER).toList();
        return others.isEmpty() ? Optional.empty() : Optional.of(String.join("或者", others));
    }

    /** Adds a condition; one of the same sort (amount; 拒不改正 or 情节严重; other) said earlier in the sentence gives way to it. */
    private static void condition(List<String> conditions, String clause) {
        int sort = sort(circumstance(clause));
        conditions.removeIf(c -> sort(circumstance(c)) == sort);
        conditions.add(clause);
    }

    private static int sort(Circumstance circumstance) {
        return switch (circumstance) {
            case AMOUNT -> 0;
            case REFUSED, SERIOUS, REFUSED_OR_SERIOUS -> 1;
            case OTHER -> 2;
        };
    }

    /**
     * The fines of a paragraph for a party of {@code type} where the paragraph fines a unit by a condition of its own:
     * 陆地国界法 第五十八条第二款 "…处五千元以上两万元以下罚款；情节严重的，处两万元以上五万元以下罚款。单位有违反该条规定行为的，处五万元以上
     * 二十万元以下罚款。" — a unit gets that fine alone, its condition met by the party type (the others are the person's), a
     * person never gets it; without the type, all of them. The persons' fines (双罚) stay as they are.
     */
    public static List<StatutoryFine> forParty(List<StatutoryFine> fines, PartyType type) {
        List<StatutoryFine> unit = fines.stream().filter(f -> !f.onResponsiblePersons() && f.conditions().stream().anyMatch(c -> UNIT_ACTED.matcher(c).matches()))
                .toList();
        if (unit.isEmpty() || type == null) {
            return fines;
        }
        if (type.naturalPerson()) {
            return fines.stream().filter(f -> !unit.contains(f)).toList();
        }
        return fines.stream().filter(f -> f.onResponsiblePersons() || unit.contains(f))
                .map(f -> unit.contains(f) ? new StatutoryFine(f.addressee(), f.conditions().stream().filter(c -> !UNIT_ACTED.matcher(c).matches()).toList(),
                        f.fine(), f.actor()) : f).toList();
    }

    /** The party's fines: those the article addresses to no one in particular, else to the one party it names. */
    private static List<StatutoryFine> party(List<StatutoryFine> fines) {
        List<StatutoryFine> unaddressed = fines.stream().filter(f -> f.addressee() == null).toList();
        if (!unaddressed.isEmpty()) {
            return unaddressed;
        }
        Set<String> parties = fines.stream().filter(f -> !f.onResponsiblePersons()).map(StatutoryFine::addressee).collect(Collectors.toSet());
        return parties.size() == 1 ? fines.stream().filter(f -> parties.contains(f.addressee())).toList() : List.of();
    }

    /**
     * The fines on 直接负责的主管人员 and the like (双罚) the facts reach: those whose conditions they meet, of the
     * highest level (拒不执行的，…对其直接负责的主管人员…处…). Never part of the party's range.
     */
    static List<StatutoryFine> onPersons(String text, ViolationFacts facts) {
        List<StatutoryFine> met = parse(text).stream().filter(StatutoryFine::onResponsiblePersons).filter(f -> f.fine() != null)
                .filter(f -> level(f, facts).isPresent() && amountConditionsMet(f, facts).orElse(false)).toList();
        int top = met.stream().mapToInt(f -> level(f, facts).orElseThrow()).max().orElse(0);
        return met.stream().filter(f -> level(f, facts).orElseThrow() == top).toList();
    }

    /**
     * 0 for the ordinary fine, 1 for one after a refused order, 2 for 情节严重; empty when the facts miss a condition. "单位从事
     * 内幕交易的，还应当对直接负责的主管人员和其他直接责任人员给予警告，并处3万元以上30万元以下的罚款" (期货交易管理条例 第六十九条): the
     * party being a unit (法人或者其他组织) is the fact that meets "单位…的".
     */
    private static Optional<Integer> level(StatutoryFine fine, ViolationFacts facts) {
        int level = 0;
        for (String condition : fine.conditions()) {
            int met = switch (circumstance(condition)) {
                case AMOUNT -> 0;
                case REFUSED -> facts.refusedCorrection() ? 1 : -1;
                case SERIOUS -> facts.serious() ? 2 : -1;
                case REFUSED_OR_SERIOUS -> facts.serious() ? 2 : facts.refusedCorrection() ? 1 : -1;
                case OTHER -> UNIT_ACTED.matcher(condition).matches() && facts.partyType() == PartyType.ORGANIZATION ? 0 : -1;
            };
            if (met < 0) {
                return Optional.empty();
            }
            level = Math.max(level, met);
        }
        return Optional.of(level);
    }

    /** The ranges of the fines of one level the amounts call for; an empty element where the facts or the text do not say. */
    private static List<Optional<YuanRange>> applied(List<StatutoryFine> group, ViolationFacts facts) {
        List<StatutoryFine> met = new ArrayList<>();
        for (StatutoryFine f : group) {
            Optional<Boolean> meets = amountConditionsMet(f, facts);
            if (meets.isEmpty()) {
                return List.of(Optional.empty());
            }
            if (meets.get()) {
                met.add(f);
            }
        }
        // 没有违法所得的，处…; 广告费用无法计算或者明显偏低的，处…: the fixed fine stands in for the multiple of that amount.
        Set<String> replaced = met.stream().filter(f -> f.fine() != null && f.fine().kind() == Fine.Kind.FIXED)
                .flatMap(f -> f.conditions().stream().map(StatutoryFines::amountTest).flatMap(Optional::stream))
                .map(AmountTest::basis).collect(Collectors.toSet());
        return met.stream().filter(f -> f.fine() == null || f.fine().kind() == Fine.Kind.FIXED || !replaced.contains(f.fine().basis()))
                .map(f -> f.fine() == null ? Optional.<YuanRange>empty() : inYuan(f.fine(), facts)).toList();
    }

    private static Optional<Boolean> amountConditionsMet(StatutoryFine fine, ViolationFacts facts) {
        boolean all = true;
        for (String condition : fine.conditions()) {
            Optional<AmountTest> test = amountTest(condition);
            if (test.isPresent()) {
                Optional<Boolean> met = test.get().metBy(facts);
                if (met.isEmpty()) {
                    return met;
                }
                all &= met.get();
            }
        }
        return Optional.of(all);
    }

    /**
     * An amount condition: on a basis (its label, or the article's word for one the facts do not carry), with its
     * threshold, whether it covers a nil amount (没有…), one that cannot be computed or is obviously low (…无法计算,
     * …难以确定, …明显偏低) or asks for some (有违法所得的, 造成…损失的: a threshold of one fen).
     */
    private record AmountTest(String basis, Threshold threshold, boolean none, boolean uncomputable, boolean some) {

        /**
         * Empty when the facts do not say: an amount missing is never taken as nil nor as uncomputable (广告法 第五十五条
         * without 广告费用 is neither 三倍以上五倍以下 nor 二十万元以上一百万元以下 until the officer says which).
         */
        Optional<Boolean> metBy(ViolationFacts facts) {
            Optional<Basis> known = Basis.known(basis);
            if (known.isEmpty()) {
                return Optional.empty();
            }
            Optional<BigDecimal> amount = facts.amount(known.get());
            if (facts.uncomputable(known.get()) && (uncomputable || amount.isEmpty())) {
                return Optional.of(uncomputable);
            }
            if (amount.isEmpty()) {
                return Optional.empty();
            }
            BigDecimal a = amount.get();
            if (some) {
                return Optional.of(a.signum() > 0);
            }
            return Optional.of(a.signum() == 0 && (none || uncomputable) || threshold != null && threshold.covers(a));
        }
    }

    /**
     * The threshold an amount condition sets (货值金额不足一万元的 → 货值金额 below 10000), when it is on an amount the
     * facts carry; empty for any other condition, and for one on nil (没有违法所得的) or an amount facts do not carry.
     */
    public static Optional<Threshold> threshold(String condition) {
        return amountTest(condition).map(AmountTest::threshold).filter(t -> Basis.known(t.basis()).isPresent());
    }

    private static Optional<AmountTest> amountTest(String condition) {
        boolean caused = CAUSED_LOSS.matcher(condition).matches();
        Optional<Basis> named = caused ? Optional.of(Basis.LOSS) : Basis.in(condition);
        BigDecimal atLeast = Optional.ofNullable(amount(AT_LEAST, condition))
                .orElseGet(() -> Optional.ofNullable(amount(ABOVE, condition)).map(FEN::add).orElse(null));
        BigDecimal below = Optional.ofNullable(amount(BELOW, condition)).orElseGet(() -> {
            BigDecimal upTo = amount(UP_TO, condition);
            return upTo == null ? null : upTo.add(FEN);
        });
        boolean none = NONE.matcher(condition).find();
        boolean uncomputable = UNCOMPUTABLE.matcher(condition).find();
        boolean some = caused || named.isPresent() && condition.startsWith("有" + named.get().label());
        boolean bounded = atLeast != null || below != null;
        if (named.isEmpty() && !bounded || named.isPresent() && !bounded && !none && !uncomputable && !some) {
            return Optional.empty();
        }
        // 违法经营额不足1万元的: a threshold on an amount the facts do not carry, kept by the article's word for it.
        String basis = named.map(Basis::label).orElseGet(() -> condition.replaceFirst("的$", "").replaceFirst("^.*(?:的|或者|没有)", "")
                .replaceFirst("在?(?:不足|不满|低于)?[0-9.零〇一二三四五六七八九十百千万亿两]+元.*$", ""));
        if (basis.isEmpty() || atLeast != null && below != null && atLeast.compareTo(below) >= 0) {
            return Optional.empty();
        }
        // 有违法所得的, 造成…损失的: any amount above 0, as a threshold of one fen
        Threshold threshold = bounded ? new Threshold(basis, atLeast, below) : some ? new Threshold(basis, FEN, null) : null;
        return Optional.of(new AmountTest(basis, threshold, none, uncomputable, some));
    }

    private static BigDecimal amount(Pattern pattern, String text) {
        Matcher m = pattern.matcher(text);
        return m.find() ? ChineseNumerals.amount(m.group(1)) : null;
    }

    /** The fine a clause prints, if any; a multiple needs its basis (named in the clause, or by the amount condition in force). */
    private static Optional<Fine> amountOf(String clause, List<String> conditions) {
        Matcher m = MULTIPLE.matcher(clause);
        if (m.find()) {
            String before = clause.substring(0, m.start());
            String basis = multipleBasis(before, conditions);
            if (basis == null) {
                return Optional.empty();
            }
            BigDecimal first = rate(m.group(1));
            boolean upTo = m.group(3) != null || AT_MOST.matcher(before.replaceFirst("^.*处", "")).find();
            BigDecimal cap = m.group(4) == null ? null : ChineseNumerals.amount(m.group(4));
            return Optional.of(m.group(2) != null ? new Fine(Fine.Kind.MULTIPLE, basis, first, rate(m.group(2)), cap)
                    : new Fine(Fine.Kind.MULTIPLE, basis, upTo ? BigDecimal.ZERO : first, first, cap));
        }
        if ((m = PER_UNIT.matcher(clause)).find()) {
            BigDecimal first = ChineseNumerals.amount(m.group(2));
            String basis = "每" + m.group(1);
            return Optional.of(m.group(3) != null ? new Fine(Fine.Kind.MULTIPLE, basis, first, ChineseNumerals.amount(m.group(3)))
                    : new Fine(Fine.Kind.MULTIPLE, basis, m.group(4) != null ? BigDecimal.ZERO : first, first));
        }
        if ((m = YUAN.matcher(clause)).find()) {
            BigDecimal first = ChineseNumerals.amount(m.group(1));
            return Optional.of(m.group(2) != null ? new Fine(Fine.Kind.FIXED, null, first, ChineseNumerals.amount(m.group(2)))
                    : new Fine(Fine.Kind.FIXED, null, m.group(3) != null ? BigDecimal.ZERO : first, first));
        }
        return Optional.empty();
    }

    /**
     * 并处违法生产、销售产品货值金额… → 货值金额; 处工程合同价款… → 工程合同价款; 并处十倍以上… → the threshold's basis; the 处 of
     * 处应缴纳污水处理费数额 is the fine's, not the one of 处理费 or 处置费.
     */
    private static String multipleBasis(String before, List<String> conditions) {
        // "处以相当于销售额2倍以下的罚款" (卫星电视广播地面接收设施管理规定 第十条): the basis is the 销售额
        String phrase = before.replaceFirst("^.*(?:处(?![理置])|按照|按)", "").replaceFirst("^以", "").replaceFirst("^" + AT_MOST.pattern(), "")
                .replaceFirst("^相当于?", "").replaceFirst("的$", "");
        if (!phrase.isEmpty()) {
            // 反洗钱法 第五十七条 "造成损失的，并处所造成直接经济损失一倍以上五倍以下罚款": the loss the condition asks for
            boolean lossInForce = conditions.stream().anyMatch(c -> CAUSED_LOSS.matcher(c).matches());
            return Basis.in(phrase).or(() -> lossInForce && phrase.contains("损失") ? Optional.of(Basis.LOSS) : Optional.empty())
                    .map(Basis::label).orElse(phrase);
        }
        return conditions.stream().map(StatutoryFines::amountTest).flatMap(Optional::stream).map(AmountTest::basis).findFirst().orElse(null);
    }

    /** 百分之五十 → 0.50; 千分之五 → 0.005; 2% → 0.02; 5‰ → 0.005; 三倍 → 3; 等值 → 1. */
    private static BigDecimal rate(String rate) {
        if (rate.equals("等值")) {
            return BigDecimal.ONE;
        }
        if (rate.startsWith("百分之") || rate.startsWith("千分之")) {
            return BigDecimal.valueOf(ChineseNumerals.parse(rate.substring(3))).movePointLeft(rate.startsWith("百") ? 2 : 3);
        }
        if (rate.endsWith("%") || rate.endsWith("％")) {
            return new BigDecimal(rate.substring(0, rate.length() - 1)).movePointLeft(2);
        }
        if (rate.endsWith("‰")) {
            return new BigDecimal(rate.substring(0, rate.length() - 1)).movePointLeft(3);
        }
        String times = rate.substring(0, rate.length() - 1);
        return Character.isDigit(times.charAt(0)) ? new BigDecimal(times) : BigDecimal.valueOf(ChineseNumerals.parse(times));
    }
}
