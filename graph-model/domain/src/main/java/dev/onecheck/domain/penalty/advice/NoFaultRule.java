package dev.onecheck.domain.penalty.advice;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * 行政处罚法 第三十三条第二款: "当事人有证据足以证明没有主观过错的，不予行政处罚。法律、行政法规另有规定的，从其规定。"
 * The laws that do provide otherwise, for the penalty articles they cover: what they need beyond the lack of fault and
 * what follows. {@code confiscation} is the measure that remains mandatory; {@code exempts} false means the law only
 * allows 从轻或者减轻. {@code role} is the party the rule speaks of (食品经营者, 销售者): another party without fault falls
 * under 第三十三条第二款 itself.
 */
record NoFaultRule(String law, Set<Integer> articles, PartyRole role, String text, boolean needsPurchaseCheck, boolean exempts,
                   String confiscation) {

    private static final List<NoFaultRule> RULES = List.of(
            // 123–125 penalise dealing in food that does not meet 食品安全标准, which 第一百三十六条 addresses.
            new NoFaultRule("食品安全法", Set.of(123, 124, 125), PartyRole.SELLER, "《食品安全法》第一百三十六条：食品经营者履行了本法规定的进货查验等义务，"
                    + "有充分证据证明其不知道所采购的食品不符合食品安全标准，并能如实说明其进货来源的，可以免予处罚，但应当依法没收其不符合"
                    + "食品安全标准的食品", true, true, "没收不符合食品安全标准的食品"),
            new NoFaultRule("产品质量法", Set.of(49, 50, 51, 52, 53), PartyRole.SELLER, "《产品质量法》第五十五条：销售者销售本法第四十九条至第五十三条规定禁止"
                    + "销售的产品，有充分证据证明其不知道该产品为禁止销售的产品并如实说明其进货来源的，可以从轻或者减轻处罚", false, false, null));

    /** The rule a law sets for a penalty article, whatever the party's role. */
    static Optional<NoFaultRule> forArticle(String law, int article) {
        return RULES.stream().filter(r -> r.law.equals(law) && r.articles.contains(article)).findFirst();
    }

    /** 《食品安全法》第一百三十六条 */
    String citation() {
        return text.substring(0, text.indexOf('：'));
    }

    /** What the facts lack for this rule; empty when it applies. */
    List<String> unmet(ViolationFacts facts) {
        return Stream.of(needsPurchaseCheck && !facts.purchaseChecked() ? "未履行进货查验等义务" : null,
                facts.sourceDisclosed() ? null : "未如实说明进货来源").filter(Objects::nonNull).toList();
    }
}
