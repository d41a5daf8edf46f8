package dev.onecheck.domain.penalty.advice;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import dev.onecheck.domain.penalty.DiscretionStandard;
import dev.onecheck.domain.penalty.Fine;
import dev.onecheck.domain.penalty.Threshold;
import dev.onecheck.domain.penalty.Tier;
import dev.onecheck.domain.penalty.TierCondition;
import dev.onecheck.domain.penalty.TierLevel;
import dev.onecheck.domain.penalty.advice.StatutoryFine.Circumstance;
import dev.onecheck.domain.penalty.derive.ViolationDeriver;

/**
 * 通用裁量规则: how to split a statutory fine into tiers where no local 裁量基准 exists, as a rule set a province or city
 * replaces (data, versioned, in effect from a date). The shipped set is this project's default, not a published rule:
 * no source at hand sets such percentages (国办发〔2022〕27号 sets none). A range with a minimum (五千元以上五万元以下,
 * 十倍以上二十倍以下) is split by {@code range}, a maximum only (五万元以下, 五倍以下) by {@code maximumOnly}: three
 * contiguous bands — 从轻, 一般, 从重 — from the statutory minimum to the maximum, as fractions of the width above the
 * minimum, so 从轻 never leaves the statutory range and every amount in it belongs to one tier. 减轻 is below the
 * statutory minimum (行政处罚法 第三十二条), and only where there is one: {@code mitigated} gives it as fractions of that
 * minimum, above 0 (a fine reduced to nothing is 不予处罚, which only 第三十三条 allows). With {@code firstOffenceWaiver} the
 * standard lists 第三十三条第一款's 初次违法且危害后果轻微并及时改正的，可以不予行政处罚 for every act; 轻微、及时改正、无危害后果 →
 * 不予处罚 applies anyway ({@link PenaltyAdvisor}). A fine for a circumstance no fact states (造成严重后果的) gets tiers
 * under {@link TierCondition#OFFICER_JUDGEMENT}: offered, never applied.
 */
public record GeneralDiscretionRules(String code, String title, String version, LocalDate effectiveFrom, String basis, Split range,
                                     Split maximumOnly, Band mitigated, boolean firstOffenceWaiver) {

    /** Standards made from a rule set carry codes with this prefix, so an advice tells which basis it used. */
    public static final String STANDARD_PREFIX = "GENERAL/";

    static final String FIRST_OFFENCE = "初次违法且危害后果轻微并及时改正的，可以不予行政处罚（《行政处罚法》第三十三条第一款）";
    private static final BigDecimal FEN = new BigDecimal("0.01");
    private static final BigDecimal TENTH_OF_A_PERCENT = new BigDecimal("0.001");
    /** The tier of an article that fines without an amount this reading finds (处以罚款; the amount set elsewhere). */
    private static final String UNREAD_FINE = "法定罚款幅度未能从条文读出";
    /**
     * The tier of an article whose fine is due in bands the facts cannot choose: its items (依照下列规定处以罚款：（一）…的，处…)
     * or amounts they do not carry (违法经营额1万元以上的 / 不足1万元的).
     */
    private static final String BANDED_FINE = "罚款按条文分档";

    /** One band: from–to as fractions (0–1) of the range's width above its minimum. */
    public record Band(BigDecimal from, BigDecimal to) {

        public Band {
            if (from == null || to == null || from.signum() < 0 || to.compareTo(BigDecimal.ONE) > 0 || from.compareTo(to) > 0) {
                throw new IllegalArgumentException("a band needs 0 ≤ from ≤ to ≤ 1, got " + from + "–" + to);
            }
        }
    }

    /** The three bands of a range, contiguous from its minimum (0) to its maximum (1). */
    public record Split(Band lighter, Band ordinary, Band heavier) {

        public Split {
            if (lighter == null || ordinary == null || heavier == null) {
                throw new IllegalArgumentException("a split needs 从轻, 一般 and 从重 bands");
            }
            // A gap (从轻 to 20 %, 一般 from 40 %) leaves amounts of the statutory range in no tier; 从轻 below the minimum is 减轻.
            if (lighter.from().signum() != 0 || lighter.to().compareTo(ordinary.from()) != 0 || ordinary.to().compareTo(heavier.from()) != 0
                    || heavier.to().compareTo(BigDecimal.ONE) != 0) {
                throw new IllegalArgumentException("the 从轻, 一般 and 从重 bands must be contiguous from 0 to 1, got " + lighter.from() + "–"
                        + lighter.to() + ", " + ordinary.from() + "–" + ordinary.to() + ", " + heavier.from() + "–" + heavier.to());
            }
        }
    }

    public GeneralDiscretionRules {
        if (code == null || code.isBlank() || title == null || title.isBlank() || version == null || version.isBlank() || effectiveFrom == null) {
            throw new IllegalArgumentException("a rule set needs its code, title, version and effective date");
        }
        if (range == null || maximumOnly == null) {
            throw new IllegalArgumentException("rule set " + code + " needs the range and maximum-only splits");
        }
        if (mitigated == null || mitigated.from().signum() <= 0) {
            throw new IllegalArgumentException("rule set " + code + " needs the 减轻 band (mitigated) as fractions of the statutory minimum, "
                    + "from above 0: a fine reduced to 0 yuan is no fine, got " + mitigated);
        }
    }

    /** The code of the standards this rule set makes, which {@link #isGeneral} recognises. */
    public String standardCode() {
        return STANDARD_PREFIX + code + "@" + version;
    }

    public static boolean isGeneral(String standardCode) {
        return standardCode != null && standardCode.startsWith(STANDARD_PREFIX);
    }

    /**
     * The 裁量基准 this rule set gives a penalty paragraph: for each fine on the party that the facts can meet (the
     * ordinary one, 拒不改正的, 情节严重的, an amount threshold), its 从轻/一般/从重 (and 减轻) tiers, with the measures
     * the paragraph imposes at once ({@code measures}); a paragraph without a readable fine gets one 一般 tier with its
     * measures, to be fined as the text says.
     */
    public DiscretionStandard standardFor(String penaltyText) {
        return standardFor(penaltyText, ViolationDeriver.immediateMeasures(penaltyText));
    }

    /** The standard of a penalty paragraph whose immediate measures are {@code measures}, for any party. */
    public DiscretionStandard standardFor(String penaltyText, List<String> measures) {
        return standardFor(penaltyText, measures, party(StatutoryFines.parse(penaltyText)));
    }

    /**
     * The standard for a party of {@code type}: where the paragraph fines 单位 and 个人 apart ("对单位处一万元以上十万元以下的
     * 罚款，对个人处五百元以上二千元以下的罚款"), only the fines on that kind of party (and those on no one named); one kind
     * without the other's range, never a unit's range for a person. Without the party type such a paragraph is refused
     * naming {@code partyType}. A unit's fine printed as a condition ("单位有违反该条规定行为的，处…") is the unit's alone
     * ({@link StatutoryFines#forParty}).
     */
    public DiscretionStandard standardFor(String penaltyText, PartyType type) {
        List<StatutoryFine> fines = party(StatutoryFines.forParty(StatutoryFines.parse(penaltyText), type));
        List<String> measures = ViolationDeriver.immediateMeasures(penaltyText);
        if (!finesPartiesApart(fines)) {
            return standardFor(penaltyText, measures, fines);
        }
        if (type == null) {
            throw new InvalidFactException("partyType", "is needed: the article fines " + String.join(" and ", fines.stream()
                    .map(StatutoryFine::addressee).filter(a -> a != null).distinct().toList()) + " apart (单位 or 个人)");
        }
        return standardFor(penaltyText, measures, fines.stream()
                .filter(f -> f.addressee() == null || naturalPerson(f.addressee()) == type.naturalPerson()).toList());
    }

    /** Whether the paragraph fines a unit and a natural person with ranges of their own. */
    private static boolean finesPartiesApart(List<StatutoryFine> fines) {
        List<Boolean> kinds = fines.stream().map(StatutoryFine::addressee).filter(a -> a != null).map(GeneralDiscretionRules::naturalPerson)
                .distinct().toList();
        return kinds.size() > 1;
    }

    /** 个人, 公民, 船长, 直销员, 驾驶人 … as opposed to 单位, 企业, 公司, 机构, 组织. */
    private static boolean naturalPerson(String addressee) {
        return !StatutoryFines.UNIT.matcher(addressee).find();
    }

    /**
     * The tiers of a paragraph. A penalty it prints as the fine's alternative ("处警告或者二百元以下罚款", 道路交通安全法 第九十条)
     * is no part of the fine tiers — imposing both is more than the law allows — but a choice of its own, offered for the
     * officer to take instead of the fine.
     */
    private DiscretionStandard standardFor(String penaltyText, List<String> measures, List<StatutoryFine> fines) {
        List<Tier> tiers = new ArrayList<>();
        if (firstOffenceWaiver) {
            tiers.add(new Tier(TierLevel.NO_PENALTY, FIRST_OFFENCE, null, null, null, List.of("责令改正")));
        }
        List<String> beside = measures.stream().filter(m -> !ViolationDeriver.insteadOfFine(m)).toList();
        for (StatutoryFine f : fines) {
            tiers.addAll(tiersOf(f, beside));
        }
        if (tiers.stream().noneMatch(t -> t.level() != TierLevel.NO_PENALTY)) {
            // 森林法实施条例 第四十四条第二款, 基金会管理条例 第四十二条: no 罚款 in the paragraph — its penalty is the measures, and
            // no tier may claim a fine the article does not set
            // 认证认可条例 第六十八条 "…责令改正；对主要负责人和负有责任的人员给予警告": the party is only ordered, the persons punished
            boolean othersOnly = measures.stream().noneMatch(ViolationDeriver::isPenalty) && !ViolationDeriver.othersMeasures(penaltyText).isEmpty();
            tiers.add(new Tier(TierLevel.ORDINARY, ViolationDeriver.finesParty(penaltyText) ? UNREAD_FINE + "，依条文处罚（" + title + "）"
                    : othersOnly ? "条文对当事人未规定行政处罚" + (measures.isEmpty() ? "" : "，" + given(measures))
                            + "；处罚的对象是条文所指的人员（另列，另行决定）（" + title + "）"
                    // 劳动法 第九十六条 "由公安机关对责任人员处以十五日以下拘留、罚款或者警告": the persons' fine, not the party's
                    : (measures.isEmpty() ? "依条文处罚" : given(measures))
                            + (penaltyText.contains("罚款") ? "，条文未规定对当事人的罚款（" : "，条文未规定罚款（") + title + "）",
                    null, null, null, measures));
            return new DiscretionStandard(standardCode(), title, tiers);
        }
        boolean allJudged = tiers.stream().allMatch(t -> t.level() == TierLevel.NO_PENALTY || t.condition() == TierCondition.OFFICER_JUDGEMENT);
        // 印刷业管理条例 第四十二条 "违法经营额1万元以上的，并处…5倍以上10倍以下的罚款；违法经营额不足1万元的，并处1万元以上5万元以下
        // 的罚款": bands of an amount the facts do not carry cover every case — a fine is due, its band is the officer's to find
        List<String> bands = fines.stream().flatMap(f -> f.conditions().stream()).map(c -> c.replaceFirst("的$", "")).distinct().toList();
        boolean amountBands = allJudged && !fines.isEmpty() && fines.stream().allMatch(f -> !f.conditions().isEmpty()
                && f.conditions().stream().allMatch(c -> StatutoryFines.circumstance(c) == Circumstance.AMOUNT))
                && bands.size() > 1;
        String first = penaltyText.split("\n")[0];
        if (allJudged && StatutoryFines.finedByItems(first)) {
            // 安全生产法 第一百一十四条 "…依照下列规定处以罚款：（一）发生一般事故的，处…": the fine is due, only its band waits for the
            // case the officer finds — never 只责令改正 because no fact names the accident's class
            tiers.add(new Tier(TierLevel.ORDINARY, BANDED_FINE + "（按所列各项情形）：须认定属于哪一项，按该项幅度处罚（另列各项；" + title + "）",
                    null, null, null, beside));
        } else if (allJudged && StatutoryFines.fineParagraph(first).isPresent()) {
            // 大气污染防治法 第一百二十二条 "…依照本条第二款的规定处以罚款" / "对造成一般或者较大大气污染事故的，按照…一倍以上三倍以下计算罚款；
            // 对造成重大或者特大大气污染事故的，…三倍以上五倍以下…": so too where another paragraph sets the fine's bands
            tiers.add(new Tier(TierLevel.ORDINARY, BANDED_FINE + "（按本条另款所定各种情形）：须认定属于哪一种，按该种幅度处罚（另列各种；" + title + "）", null, null, null, beside));
        } else if (amountBands) {
            tiers.add(new Tier(TierLevel.ORDINARY, BANDED_FINE + "（按数额）：须认定" + String.join("、", bands) + "中属于哪一档，按该档幅度处罚（另列各档；"
                    + title + "）", null, null, null, beside));
        } else if (tiers.stream().noneMatch(t -> t.level() != TierLevel.NO_PENALTY && t.condition() == null && t.when() == null)
                && beside.stream().anyMatch(ViolationDeriver::isPenalty)) {
            // 核安全法 第七十七条 "责令改正，给予警告；情节严重的，处…罚款": every fine waits for a condition, but the 警告 does not
            tiers.add(new Tier(TierLevel.ORDINARY, given(beside.stream().filter(ViolationDeriver::isPenalty).toList())
                    + "，不并处罚款（" + title + "）", null, null, null, beside));
        }
        List<String> instead = measures.stream().filter(ViolationDeriver::insteadOfFine).map(ViolationDeriver::unmarked).toList();
        if (!instead.isEmpty()) {
            String choice = String.join("或者", instead);
            List<String> given = new ArrayList<>(beside);
            given.add(choice);
            tiers.add(new Tier(TierLevel.ORDINARY, "选择给予" + choice + "而不处罚款的：条文规定" + choice + "或者罚款，择一适用，给予" + choice
                    + "的不并处罚款（" + title + "）", TierCondition.OFFICER_JUDGEMENT, null, null, given));
        }
        return new DiscretionStandard(standardCode(), title, tiers);
    }

    /**
     * 依条文给予吊销营业执照; a measure the article leaves to the authority is said to be so (公司法 第二百六十条 "公司登记机关可以吊销营业
     * 执照" → 依条文可以给予吊销营业执照), never as one the law requires.
     */
    private static String given(List<String> measures) {
        List<String> required = measures.stream().filter(m -> !ViolationDeriver.optional(m)).toList();
        List<String> optional = measures.stream().filter(ViolationDeriver::optional).map(m -> m.substring(ViolationDeriver.MAY.length())).toList();
        return (required.isEmpty() ? "" : "依条文给予" + String.join("、", required) + (optional.isEmpty() ? "" : "，"))
                + (optional.isEmpty() ? "" : "依条文可以给予" + String.join("、", optional) + "（由行政机关裁量决定）");
    }

    /** Whether a tier of these rules fines by the article although no amount is given with it (unread, or in bands to find). */
    public static boolean finesWithoutAmount(Tier tier) {
        return tier.fine() == null && tier.circumstances() != null && (tier.circumstances().startsWith(UNREAD_FINE) || finesInBands(tier));
    }

    /** Whether the tier fines in the bands the article's items set, the band left to the officer's finding. */
    public static boolean finesInBands(Tier tier) {
        return tier.fine() == null && tier.circumstances() != null && tier.circumstances().startsWith(BANDED_FINE);
    }

    private static List<StatutoryFine> party(List<StatutoryFine> fines) {
        return fines.stream().filter(f -> f.fine() != null && !f.onResponsiblePersons()).toList();
    }

    /**
     * The tiers of one fine. A condition no fact states (造成严重后果的; 违法经营额不足1万元的, an amount the facts do not
     * carry) makes them tiers for the officer to judge ({@link TierCondition#OFFICER_JUDGEMENT}), never left out.
     */
    private List<Tier> tiersOf(StatutoryFine statutory, List<String> measures) {
        TierCondition condition = null;
        Threshold threshold = null;
        boolean judged = false;
        for (String c : statutory.conditions()) {
            Circumstance kind = StatutoryFines.circumstance(c);
            switch (kind) {
                case SERIOUS -> condition = TierCondition.SERIOUS;
                case REFUSED -> condition = condition == TierCondition.SERIOUS ? condition : TierCondition.REFUSED_CORRECTION;
                // "拒不改正或者情节严重的": either fact opens the fine, not the refusal alone
                case REFUSED_OR_SERIOUS -> condition = condition == TierCondition.SERIOUS ? condition : TierCondition.REFUSED_OR_SERIOUS;
                case AMOUNT -> {
                    // 没有违法所得的: a nil amount, held to it (价格违法行为行政处罚规定 第五条 "没有违法所得的，处10万元以上100万元
                    // 以下的罚款，情节较重的处100万元以上500万元以下的罚款" is no tier for an income of 100,000 yuan)
                    Optional<Threshold> t = StatutoryFines.threshold(c)
                            .or(() -> c.contains("没有") ? Basis.in(c).map(b -> new Threshold(b.label(), null, FEN)) : Optional.empty());
                    if (t.isEmpty() && !c.contains("没有") && !c.contains("无法") && !c.contains("偏低")) {
                        judged = true;
                    }
                    threshold = t.orElse(null);
                }
                case OTHER -> judged = true;
            }
        }
        if (judged) {
            condition = TierCondition.OFFICER_JUDGEMENT;
        }
        List<Tier> tiers = tiers(statutory, statutory.conditions(), condition, threshold, measures);
        // 长江河道采砂管理条例 第十九条 "情节严重或者在禁采区、禁采期采砂的，…并处…货值金额2倍以上20倍以下的罚款": 情节严重 opens
        // the fine, and so does the other alternative, which no fact states — offered for the officer to find, never lost; so
        // with 逾期不改正 (古生物化石保护条例 第三十七条 "逾期不改正，或者造成古生物化石损毁的，处10万元以上50万元以下的罚款").
        if (condition == TierCondition.SERIOUS || condition == TierCondition.REFUSED_CORRECTION) {
            List<String> alternative = statutory.conditions().stream()
                    .map(c -> StatutoryFines.unstatedAlternative(c).orElse(c)).toList();
            if (!alternative.equals(statutory.conditions())) {
                tiers.addAll(tiers(statutory, alternative, TierCondition.OFFICER_JUDGEMENT, threshold, measures));
            }
        }
        return tiers;
    }

    /** The 从轻/一般/从重 (and 减轻) tiers of one fine under {@code conditions} as printed. */
    private List<Tier> tiers(StatutoryFine statutory, List<String> conditions, TierCondition condition, Threshold threshold, List<String> measures) {
        Fine fine = statutory.fine();
        String when = (statutory.addressee() == null ? "" : "对" + statutory.addressee() + "，")
                + (conditions.isEmpty() ? "" : String.join("，", conditions) + "：");
        String of = "（法定" + describe(fine) + "，" + title + "）";
        List<Tier> tiers = new ArrayList<>();
        if (fine.min().compareTo(fine.max()) == 0) {
            tiers.add(new Tier(TierLevel.ORDINARY, when + "按法定数额处罚" + of, condition, threshold, fine, measures));
            return tiers;
        }
        Split split = fine.min().signum() > 0 ? range : maximumOnly;
        if (fine.min().signum() > 0) {
            BigDecimal unit = fine.kind() == Fine.Kind.FIXED ? FEN : TENTH_OF_A_PERCENT;
            BigDecimal top = mitigated.to().compareTo(BigDecimal.ONE) == 0 ? fine.min().subtract(unit) : share(fine, mitigated.to());
            tiers.add(new Tier(TierLevel.MITIGATED, when + "有法定减轻情节的，在法定最低罚款数额以下处罚，不低于其"
                    + mitigated.from().movePointRight(2).stripTrailingZeros().toPlainString() + "%" + of, condition, threshold,
                    new Fine(fine.kind(), fine.basis(), share(fine, mitigated.from()).min(top), top, fine.cap()), measures));
        }
        tiers.add(tier(TierLevel.LIGHTER, when + "有从轻情节的", split.lighter(), fine, of, condition, threshold, measures));
        tiers.add(tier(TierLevel.ORDINARY, when + "无从轻、从重情节的", split.ordinary(), fine, of, condition, threshold, measures));
        tiers.add(tier(TierLevel.HEAVIER, when + "有从重情节的", split.heavier(), fine, of, condition, threshold, measures));
        return tiers;
    }

    private static Tier tier(TierLevel level, String circumstances, Band band, Fine fine, String of, TierCondition condition, Threshold threshold,
                             List<String> measures) {
        BigDecimal width = fine.max().subtract(fine.min());
        Fine part = new Fine(fine.kind(), fine.basis(), at(fine, width, band.from()), at(fine, width, band.to()), fine.cap());
        return new Tier(level, circumstances + of, condition, threshold, part, measures);
    }

    /** {@code fraction} of the statutory minimum, to the fen (or the thousandth of a multiple). */
    private static BigDecimal share(Fine fine, BigDecimal fraction) {
        return fine.min().multiply(fraction).setScale(fine.kind() == Fine.Kind.FIXED ? 2 : 3, RoundingMode.HALF_UP).stripTrailingZeros();
    }

    private static BigDecimal at(Fine fine, BigDecimal width, BigDecimal fraction) {
        return fine.min().add(width.multiply(fraction)).setScale(fine.kind() == Fine.Kind.FIXED ? 2 : 4, RoundingMode.HALF_UP).stripTrailingZeros();
    }

    private static String describe(Fine fine) {
        String min = fine.min().stripTrailingZeros().toPlainString();
        String max = fine.max().stripTrailingZeros().toPlainString();
        return fine.kind() == Fine.Kind.FIXED ? (fine.min().signum() > 0 ? min + "元以上" : "") + max + "元以下"
                : fine.basis() + (fine.min().signum() > 0 ? min + "倍以上" : "") + max + "倍以下" + fine.capClause();
    }
}
