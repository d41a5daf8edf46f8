package dev.onecheck.domain.penalty.advice;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import dev.onecheck.domain.law.LawReference;
import dev.onecheck.domain.penalty.derive.ViolationDeriver;

/**
 * 行政处罚法 第三十三条第二款: "当事人有证据足以证明没有主观过错的，不予行政处罚。法律、行政法规另有规定的，从其规定。"
 * One law or administrative regulation that provides otherwise, as a row of {@link #TABLE}: the penalty articles of
 * {@code law} it covers, the parties it speaks of ({@code roles}; another party without fault falls under 第三十三条第二款
 * itself), what it needs beyond the lack of fault ({@code needs}), the measure that stays mandatory ({@code kept}, null:
 * none), whether it exempts, may exempt or only mitigates, and its {@code source} clause with the {@code text} verbatim.
 */
record NoFaultRule(String law, List<Covered> covers, Set<PartyRole> roles, List<Need> needs, String kept, Effect effect, String source,
                   String text) {

    /** What the rule does where it applies. */
    enum Effect {
        /** 由…责令停止销售 (商标法 第六十条第二款): no penalty, only the kept measure. */
        EXEMPT,
        /** 可以免予处罚 / 可以免除行政处罚: the authority may waive the penalty, never the kept measure. */
        MAY_EXEMPT,
        /** 可以从轻或者减轻处罚 (产品质量法 第五十五条): no exemption. */
        MITIGATE
    }

    /** The fact a need is stated by; UNSTATED where no fact of the advice states it (the officer finds it in the file). */
    enum Fact {
        PURCHASE_CHECKED, SOURCE_DISCLOSED, UNSTATED;

        boolean met(ViolationFacts facts) {
            return switch (this) {
                case PURCHASE_CHECKED -> facts.purchaseChecked();
                case SOURCE_DISCLOSED -> facts.sourceDisclosed();
                case UNSTATED -> false;
            };
        }
    }

    /** A requirement beyond the lack of fault, in the clause's words. */
    record Need(Fact fact, String wording) {
    }

    /** A penalty article the rule covers; {@code item} the 项 of its listing paragraph, 0 for the whole article. */
    record Covered(int article, int item) {
    }

    /**
     * The clauses, one row each: law | covered articles (123; 49-53 a run; 86:3 第三项 of the listing paragraph) | roles
     * | needs (FACT:wording; …) | kept measure (- for none) | effect | source | text verbatim from /work/shared/data/laws.
     * NoFaultRuleCorpusTest proves every such clause of the corpus is here or says why not.
     */
    private static final String TABLE = """
            食品安全法 | 123 124 125 | SELLER | PURCHASE_CHECKED:履行了本法规定的进货查验等义务; SOURCE_DISCLOSED:能如实说明其进货来源 | 没收其不符合食品安全标准的食品 | MAY_EXEMPT | 《食品安全法》第一百三十六条 | 食品经营者履行了本法规定的进货查验等义务，有充分证据证明其不知道所采购的食品不符合食品安全标准，并能如实说明其进货来源的，可以免予处罚，但应当依法没收其不符合食品安全标准的食品；造成人身、财产或者其他损害的，依法承担赔偿责任。
            产品质量法 | 49-53 | SELLER | SOURCE_DISCLOSED:如实说明其进货来源 | - | MITIGATE | 《产品质量法》第五十五条 | 销售者销售本法第四十九条至第五十三条规定禁止销售的产品，有充分证据证明其不知道该产品为禁止销售的产品并如实说明其进货来源的，可以从轻或者减轻处罚。
            医疗器械监督管理条例 | 81:1 84:1 86:1 86:3 | SELLER USER | PURCHASE_CHECKED:履行了本条例规定的进货查验等义务; SOURCE_DISCLOSED:能如实说明其进货来源 | 收缴其经营、使用的不符合法定要求的医疗器械 | MAY_EXEMPT | 《医疗器械监督管理条例》第八十七条 | 医疗器械经营企业、使用单位履行了本条例规定的进货查验等义务，有充分证据证明其不知道所经营、使用的医疗器械为本条例第八十一条第一款第一项、第八十四条第一项、第八十六条第一项和第三项规定情形的医疗器械，并能如实说明其进货来源的，收缴其经营、使用的不符合法定要求的医疗器械，可以免除行政处罚。
            化妆品监督管理条例 | 60:2 | SELLER | PURCHASE_CHECKED:履行了本条例规定的进货查验记录等义务 | 收缴其经营的不符合强制性国家标准、技术规范或者不符合化妆品注册、备案资料载明的技术要求的化妆品 | MAY_EXEMPT | 《化妆品监督管理条例》第六十八条 | 化妆品经营者履行了本条例规定的进货查验记录等义务，有证据证明其不知道所采购的化妆品是不符合强制性国家标准、技术规范或者不符合化妆品注册、备案资料载明的技术要求的，收缴其经营的不符合强制性国家标准、技术规范或者不符合化妆品注册、备案资料载明的技术要求的化妆品，可以免除行政处罚。
            药品管理法 | 116 117 119 | SELLER USER | UNSTATED:未违反《药品管理法》和本条例的有关规定 | 没收其销售或者使用的假药、劣药和违法所得 | MAY_EXEMPT | 《药品管理法实施条例》第七十五条 | 药品经营企业、医疗机构未违反《药品管理法》和本条例的有关规定，并有充分证据证明其不知道所销售或者使用的药品是假药、劣药的，应当没收其销售或者使用的假药、劣药和违法所得；但是，可以免除其他行政处罚。
            商标法 | 60 | SELLER | PURCHASE_CHECKED:能证明该商品是自己合法取得; SOURCE_DISCLOSED:说明提供者 | 责令停止销售 | EXEMPT | 《商标法》第六十条第二款 | 销售不知道是侵犯注册商标专用权的商品，能证明该商品是自己合法取得并说明提供者的，由工商行政管理部门责令停止销售。
            专利法 | 68 | SELLER | PURCHASE_CHECKED:能够证明该产品合法来源 | 责令停止销售 | EXEMPT | 《专利法实施细则》第一百零一条第三款 | 销售不知道是假冒专利的产品，并且能够证明该产品合法来源的，由县级以上负责专利执法的部门责令停止销售。
            """;

    /** Wording that makes the lack of fault a matter of a rule of its own: 不知道…, 能证明…合法取得, 能够证明…合法来源. */
    static final Pattern WORDING = Pattern.compile("不知道|能证明[^，。；]{0,12}合法取得|能够证明[^，。；]{0,12}合法来源");

    static final List<NoFaultRule> RULES = TABLE.lines().map(String::strip).filter(l -> !l.isEmpty()).map(NoFaultRule::row).toList();

    NoFaultRule {
        covers = List.copyOf(covers);
        roles = Set.copyOf(roles);
        needs = List.copyOf(needs);
        if (effect == Effect.EXEMPT && needs.stream().anyMatch(n -> n.fact() == Fact.UNSTATED)) {
            // A mandatory exemption on a fact no one states would exempt by default: the rule must name a fact.
            throw new IllegalArgumentException(source + ": an exemption cannot rest on an unstated fact");
        }
        if (kept != null && !text.contains(kept) || needs.stream().anyMatch(n -> !text.contains(n.wording()))) {
            throw new IllegalArgumentException(source + ": its kept measure and needs must be words of its text");
        }
    }

    /** What the rules make of a claim of no fault for one violation. */
    sealed interface Match {
        /** No law provides otherwise: 第三十三条第二款 itself. */
        record None() implements Match {
        }

        /** The rule covers the violation and the party's role. */
        record Applies(NoFaultRule rule) implements Match {
        }

        /** The rule covers the violation but speaks of another party: 第三十三条第二款 for this one. */
        record OtherRole(NoFaultRule rule) implements Match {
        }

        /** A clause that may provide otherwise and that the rules cannot apply: the officer must read it. */
        record Unread(String citation, String clause, String why) implements Match {
        }
    }

    /**
     * The match for the penalty article {@code article} of {@code law} applied on {@code asOf}. The item comes from
     * the code of a derived violation (a curated one names none). Any cited article whose text has the wording of
     * such a clause the table does not hold is {@link Match.Unread}.
     */
    static Match match(AdviceBasis basis, String law, int article, ViolationFacts facts, LocalDate asOf) {
        OptionalInt item = ViolationDeriver.item(basis.violationCode());
        for (NoFaultRule rule : RULES) {
            if (!rule.law.equals(law) || rule.covers.stream().noneMatch(c -> c.article() == article)) {
                continue;
            }
            Optional<Boolean> covered = rule.covers(article, item);
            if (covered.isEmpty()) {
                return new Match.Unread(rule.source, rule.text, "该条只适用于第" + article + "条" + rule.items(article)
                        + "规定的情形，本违法行为未载明属于哪一项，须核对");
            }
            if (!covered.get()) {
                continue;
            }
            if (facts.role() == null) {
                throw new InvalidFactException("role", "is needed: " + rule.source + " concerns the " + rule.roleLabels()
                        + " only; a party without fault in another role falls under 第三十三条第二款 (不予行政处罚)");
            }
            return rule.roles.contains(facts.role()) ? new Match.Applies(rule) : new Match.OtherRole(rule);
        }
        return Stream.concat(basis.violated().stream(), basis.penalties().stream())
                .flatMap(a -> unknownClauses(a.versionOn(asOf).provision().lawId(), a.versionOn(asOf).provision().article(), a.citation(),
                        a.versionOn(asOf).provision().text()))
                .findFirst().<Match>map(c -> c).orElse(new Match.None());
    }

    /** The sentences of a cited article with the wording of a clause of its own that no row's source is. */
    private static Stream<Match.Unread> unknownClauses(String lawId, int article, String citation, String text) {
        String law = lawId.substring(0, lawId.indexOf('@'));
        if (RULES.stream().map(NoFaultRule::sourceReference).anyMatch(s -> s.law().equals(law) && s.article() == article)) {
            return Stream.empty();
        }
        return Arrays.stream(text.split("(?<=[。；])")).filter(s -> WORDING.matcher(s).find())
                .map(s -> new Match.Unread(citation, s.strip(), "规则未收录该条款"));
    }

    /** The source clause as a reference: 《商标法》第六十条第二款 → 商标法 60. */
    LawReference sourceReference() {
        return LawReference.parseAll(source).getFirst();
    }

    /** Whether the rule covers item {@code item} of {@code article}; empty when it covers some items only and the item is not known. */
    private Optional<Boolean> covers(int article, OptionalInt item) {
        List<Covered> of = covers.stream().filter(c -> c.article() == article).toList();
        if (of.stream().anyMatch(c -> c.item() == 0)) {
            return Optional.of(true);
        }
        return item.isEmpty() ? Optional.empty() : Optional.of(of.stream().anyMatch(c -> c.item() == item.getAsInt()));
    }

    /** 第一项、第三项 */
    private String items(int article) {
        return covers.stream().filter(c -> c.article() == article).map(c -> "第" + c.item() + "项").collect(Collectors.joining("、"));
    }

    String roleLabels() {
        return roles.stream().sorted().map(PartyRole::label).collect(Collectors.joining("、"));
    }

    /** What the facts lack for this rule, in its words; empty when it applies. */
    List<String> unmet(ViolationFacts facts) {
        return needs.stream().filter(n -> n.fact() != Fact.UNSTATED && !n.fact().met(facts)).map(n -> "未认定“" + n.wording() + "”").toList();
    }

    /** What no fact states and the officer must find before waiving: 未违反《药品管理法》和本条例的有关规定. */
    List<String> unstated() {
        return needs.stream().filter(n -> n.fact() == Fact.UNSTATED).map(Need::wording).toList();
    }

    private static NoFaultRule row(String line) {
        String[] f = line.split(" \\| ");
        if (f.length != 8) {
            throw new IllegalArgumentException("a no-fault rule needs 8 fields, got " + f.length + ": " + line);
        }
        List<Covered> covers = new ArrayList<>();
        for (String c : f[1].split(" ")) {
            String[] range = c.split("-");
            String[] item = c.split(":");
            if (range.length == 2) {
                for (int a = Integer.parseInt(range[0]); a <= Integer.parseInt(range[1]); a++) {
                    covers.add(new Covered(a, 0));
                }
            } else {
                covers.add(new Covered(Integer.parseInt(item[0]), item.length == 2 ? Integer.parseInt(item[1]) : 0));
            }
        }
        Set<PartyRole> roles = EnumSet.noneOf(PartyRole.class);
        Arrays.stream(f[2].split(" ")).map(PartyRole::valueOf).forEach(roles::add);
        List<Need> needs = Arrays.stream(f[3].split("; ")).map(n -> n.split(":", 2)).map(n -> new Need(Fact.valueOf(n[0]), n[1])).toList();
        return new NoFaultRule(f[0], covers, roles, needs, f[4].equals("-") ? null : f[4], Effect.valueOf(f[5]), f[6], f[7]);
    }
}
