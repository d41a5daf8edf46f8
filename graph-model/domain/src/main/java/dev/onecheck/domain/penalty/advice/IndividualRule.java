package dev.onecheck.domain.penalty.advice;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A rule that gives a natural person (个人, 个体工商户) a fine of its own where the penalty article's range is written
 * for any 经营者: 《价格违法行为行政处罚规定》第十一条 "本规定第四条、第七条至第九条规定中经营者为个人的，对其没有违法所得的价格
 * 违法行为，可以处10万元以下的罚款。" It is no second norm of 行政处罚法 第二十九条 (择重) but the range for that party:
 * where it applies, the party type decides the range and must be given.
 */
record IndividualRule(String law, int article, Set<Integer> articles, Basis basis, YuanRange range, String text) {

    private static final List<IndividualRule> RULES = List.of(new IndividualRule("价格违法行为行政处罚规定", 11, Set.of(4, 7, 8, 9),
            Basis.ILLEGAL_INCOME, new YuanRange(BigDecimal.ZERO, BigDecimal.valueOf(100_000)),
            "《价格违法行为行政处罚规定》第十一条：本规定第四条、第七条至第九条规定中经营者为个人的，对其没有违法所得的价格违法行为，"
                    + "可以处10万元以下的罚款"));

    /** The rule for the penalty article, when the facts are the ones it is about (here: 没有违法所得, an amount of 0 given). */
    static Optional<IndividualRule> forFacts(String law, int article, ViolationFacts facts) {
        return RULES.stream().filter(r -> r.law.equals(law) && r.articles.contains(article))
                .filter(r -> facts.amount(r.basis).filter(a -> a.signum() == 0).isPresent()).findFirst();
    }

    /** Whether {@code article} of {@code law} is such a rule itself, cited beside the penalty article. */
    static boolean isRule(String law, int article) {
        return RULES.stream().anyMatch(r -> r.law.equals(law) && r.article == article);
    }

    /** The party type the rule turns on; its absence is the caller's error, naming the fact. */
    boolean naturalPerson(ViolationFacts facts) {
        if (facts.partyType() == null) {
            throw new InvalidFactException("partyType", "is needed: " + text + "；没有违法所得的，经营者为个人与否决定罚款幅度");
        }
        return facts.partyType().naturalPerson();
    }
}
