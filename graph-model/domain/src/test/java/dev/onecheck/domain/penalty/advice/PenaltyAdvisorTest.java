package dev.onecheck.domain.penalty.advice;

import static dev.onecheck.domain.penalty.advice.StatutoryFinesTest.range;
import static dev.onecheck.domain.penalty.advice.StatutoryFinesTest.yuan;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import dev.onecheck.domain.law.Provision;
import dev.onecheck.domain.penalty.DiscretionStandard;
import dev.onecheck.domain.penalty.Fine;
import dev.onecheck.domain.penalty.Threshold;
import dev.onecheck.domain.penalty.Tier;
import dev.onecheck.domain.penalty.TierCondition;
import dev.onecheck.domain.penalty.TierLevel;
import dev.onecheck.domain.penalty.advice.AppliedProvision.Use;
import org.junit.jupiter.api.Test;

/** The general rules of 行政处罚法 2021 as the advisor applies them, on 食品安全法 第一百二十二条 and its 2024 standard. */
class PenaltyAdvisorTest {

    private static final LocalDate DECIDED = LocalDate.of(2026, 11, 23);
    private static final Threshold SMALL = new Threshold("货值金额", null, yuan(10000));
    private static final Threshold LARGE = new Threshold("货值金额", yuan(10000), null);
    private static final DiscretionStandard FOOD_LICENCE = new DiscretionStandard("SP-001-JH2024", "江海市市场监督管理行政处罚裁量基准（2024）",
            List.of(new Tier(TierLevel.NO_PENALTY, "许可证到期未及时延续，初次违法、危害后果轻微并及时改正", null, null, null, List.of("责令改正")),
                    tier(TierLevel.MITIGATED, SMALL, fixed(25000, 50000)), tier(TierLevel.MITIGATED, LARGE, times(5, 10)),
                    tier(TierLevel.LIGHTER, SMALL, fixed(50000, 65000)), tier(TierLevel.LIGHTER, LARGE, times(10, 13)),
                    tier(TierLevel.ORDINARY, SMALL, fixed(65000, 85000)), tier(TierLevel.ORDINARY, LARGE, times(13, 17)),
                    tier(TierLevel.HEAVIER, SMALL, fixed(85000, 100000)), tier(TierLevel.HEAVIER, LARGE, times(17, 20))));

    private static final ProvisionVersion ART_122_2015 = version("食品安全法@2015-04-24", 122, StatutoryFinesTest.FOOD_122,
            LocalDate.of(2015, 10, 1), LocalDate.of(2018, 12, 28));
    private static final ProvisionVersion ART_122_2018 = version("食品安全法@2018-12-29", 122, StatutoryFinesTest.FOOD_122,
            LocalDate.of(2018, 12, 29), LocalDate.of(2021, 4, 28));
    private static final ProvisionVersion ART_122_2021 = version("食品安全法@2021-04-29", 122, StatutoryFinesTest.FOOD_122,
            LocalDate.of(2021, 4, 29), null);
    private static final ProvisionVersion ART_35_2021 = version("食品安全法@2021-04-29", 35, "国家对食品生产经营实行许可制度。",
            LocalDate.of(2021, 4, 29), null);
    private static final Map<Integer, Provision> GENERAL_RULES = Map.of(32, article("行政处罚法@2021-01-22", 32, "当事人有下列情形之一，应当从轻或者减轻行政处罚"),
            33, article("行政处罚法@2021-01-22", 33, "违法行为轻微并及时改正，没有造成危害后果的，不予行政处罚。"),
            36, article("行政处罚法@2021-01-22", 36, "违法行为在二年内未被发现的，不再给予行政处罚"),
            37, article("行政处罚法@2021-01-22", 37, "实施行政处罚，适用违法行为发生时的法律、法规、规章的规定。"));

    private final PenaltyAdvisor advisor = new PenaltyAdvisor();

    @Test
    void anOrdinaryCaseLandsInTheOrdinaryTierOfItsAmountThreshold() {
        PenaltyAdvice small = advise(facts(LocalDate.of(2026, 5, 1)).goodsValue(9999.99).build());
        PenaltyAdvice large = advise(facts(LocalDate.of(2026, 5, 1)).goodsValue(10000).build());

        assertThat(small.outcome()).isEqualTo(Outcome.PUNISH);
        assertThat(small.punish()).isTrue();
        assertThat(small.tier().level()).isEqualTo(TierLevel.ORDINARY);
        assertThat(small.range()).isEqualTo(range(65000, 85000));
        assertThat(large.range()).isEqualTo(range(130000, 170000));
        assertThat(large.provisions()).extracting(AppliedProvision::use, p -> p.provision().id()).containsExactly(
                tuple(Use.VIOLATED, "食品安全法@2021-04-29/35"),
                tuple(Use.PENALTY, "食品安全法@2021-04-29/122"),
                tuple(Use.GENERAL_RULE, "行政处罚法@2021-01-22/37"),
                tuple(Use.GENERAL_RULE, "行政处罚法@2021-01-22/36"),
                tuple(Use.GENERAL_RULE, "行政处罚法@2021-01-22/33"),
                tuple(Use.GENERAL_RULE, "行政处罚法@2021-01-22/32"));
        assertThat(large.reasoning()).extracting(Step::rule).containsExactly("适用法律版本（从旧兼从轻）", "追责时效", "不予处罚情形", "裁量阶次",
                "裁量基准", "罚款幅度");
        assertThat(large.reasoning().getLast().finding()).isEqualTo("货值金额13倍至17倍，即130000–170000元");
    }

    @Test
    void mitigatingAndAggravatingCircumstancesChooseTheTier() {
        Facts base = facts(LocalDate.of(2026, 5, 1)).goodsValue(3000);

        assertThat(advise(base.mitigating(Mitigation.CONFESSED).build()).range()).isEqualTo(range(50000, 65000));
        assertThat(advise(base.mitigating(Mitigation.CONFESSED, Mitigation.ELIMINATED_HARM).build()).tier().level())
                .isEqualTo(TierLevel.MITIGATED);
        assertThat(advise(base.mitigating().aggravating(Aggravation.REPEATED).build()).range()).isEqualTo(range(85000, 100000));
        PenaltyAdvice both = advise(base.mitigating(Mitigation.CONFESSED).aggravating(Aggravation.REPEATED).build());
        assertThat(both.tier().level()).isEqualTo(TierLevel.ORDINARY);
        assertThat(both.reasoning()).anySatisfy(s -> assertThat(s.finding()).contains("并存"));
    }

    @Test
    void aStandardWithoutTheWantedTierFallsBackTowardsTheOrdinary() {
        DiscretionStandard twoTiers = new DiscretionStandard("XF-010-JH2024", "江海市消防行政处罚裁量基准（2024）", List.of(
                new Tier(TierLevel.ORDINARY, "一般", null, null, fixed(5000, 30000), List.of()),
                new Tier(TierLevel.HEAVIER, "从重", null, null, fixed(30000, 50000), List.of())));

        PenaltyAdvice advice = advisor.advise(basis(twoTiers, "消防安全", ART_122_2021),
                facts(LocalDate.of(2026, 5, 1)).mitigating(Mitigation.CONFESSED, Mitigation.COERCED).build());

        assertThat(advice.tier().level()).isEqualTo(TierLevel.ORDINARY);
        assertThat(advice.reasoning()).anySatisfy(s -> assertThat(s.finding()).contains("没有减轻处罚，就近适用一般"));
    }

    @Test
    void aMinorCorrectedHarmlessActOnTheNoPenaltyListIsNotPunished() {
        PenaltyAdvice advice = advise(facts(LocalDate.of(2026, 5, 1)).correctedInTime().goodsValue(500).build());

        assertThat(advice.outcome()).isEqualTo(Outcome.NO_PENALTY);
        assertThat(advice.punish()).isFalse();
        assertThat(advice.tier().level()).isEqualTo(TierLevel.NO_PENALTY);
        assertThat(advice.range()).isNull();
        assertThat(advice.measures()).containsExactly("责令改正", "批评教育");
    }

    @Test
    void aFirstOffenceWithMinorHarmCorrectedInTimeMayGoUnpunished() {
        Facts first = facts(LocalDate.of(2026, 5, 1)).goodsValue(500).firstOffence().harm(Harm.MINOR).correctedInTime();

        PenaltyAdvice waived = advise(first.build());
        PenaltyAdvice harmful = advise(first.harm(Harm.HARMFUL).build());
        PenaltyAdvice repeated = advise(first.harm(Harm.MINOR).aggravating(Aggravation.REPEATED).build());

        assertThat(waived.outcome()).isEqualTo(Outcome.MAY_WAIVE);
        assertThat(waived.reasoning()).extracting(Step::rule).contains("首违不罚");
        assertThat(harmful.outcome()).isEqualTo(Outcome.PUNISH);
        assertThat(harmful.reasoning()).anySatisfy(s -> assertThat(s.finding()).isEqualTo("不适用：造成了危害后果"));
        assertThat(repeated.outcome()).isEqualTo(Outcome.PUNISH);
        assertThat(repeated.tier().level()).isEqualTo(TierLevel.HEAVIER);
    }

    @Test
    void noFaultMeansNoPenalty() {
        PenaltyAdvice advice = advise(facts(LocalDate.of(2026, 5, 1)).noFault().build());

        assertThat(advice.outcome()).isEqualTo(Outcome.NO_PENALTY);
        assertThat(advice.measures()).containsExactly("批评教育");
    }

    @Test
    void anActUndiscoveredForTwoYearsIsNoLongerPunished() {
        // 过了好几年才发现: two years to the day is still in time; the day after is not.
        PenaltyAdvice inTime = advise(facts(LocalDate.of(2024, 3, 1)).discoveredOn(LocalDate.of(2026, 3, 1)).goodsValue(500).build());
        PenaltyAdvice late = advise(facts(LocalDate.of(2024, 3, 1)).discoveredOn(LocalDate.of(2026, 3, 2)).goodsValue(500).build());

        assertThat(inTime.outcome()).isEqualTo(Outcome.PUNISH);
        assertThat(late.outcome()).isEqualTo(Outcome.TIME_BARRED);
        assertThat(late.tier()).isNull();
        assertThat(late.reasoning().getLast().finding()).contains("至2026-03-01未被发现");
    }

    @Test
    void harmToLifeAndHealthExtendsTheLimitToFiveYearsAndAContinuingActCountsFromItsEnd() {
        Facts harmful = facts(LocalDate.of(2022, 3, 1)).discoveredOn(LocalDate.of(2026, 3, 1)).goodsValue(500).harm(Harm.HARMFUL);
        Facts continuing = facts(LocalDate.of(2022, 3, 1)).endedOn(LocalDate.of(2025, 1, 1)).discoveredOn(LocalDate.of(2026, 3, 1))
                .goodsValue(500);

        assertThat(advise(harmful.build()).outcome()).isEqualTo(Outcome.PUNISH);
        assertThat(advisor.advise(basis(FOOD_LICENCE, "价格", ART_122_2021), harmful.build()).outcome()).isEqualTo(Outcome.TIME_BARRED);
        assertThat(advise(continuing.build()).outcome()).isEqualTo(Outcome.PUNISH);
    }

    @Test
    void theVersionInForceAtTheActAppliesUnlessTheNewOneIsLighter() {
        // 农产品质量安全法: 2018 第五十条 fined 二千元以上二万元以下; from 2023-01-01 第七十一条 fines 五万元以上十万元以下.
        ProvisionVersion old = version("农产品质量安全法@2018-10-26", 50, StatutoryFinesTest.FARM_2018_50, LocalDate.of(2018, 10, 26),
                LocalDate.of(2022, 12, 31));
        ProvisionVersion current = version("农产品质量安全法@2022-09-02", 71, StatutoryFinesTest.FARM_2022_71, LocalDate.of(2023, 1, 1), null);
        DiscretionStandard standard = new DiscretionStandard("NC-001", "农产品质量安全裁量基准", List.of(
                tier(TierLevel.LIGHTER, SMALL, fixed(50000, 65000)), tier(TierLevel.ORDINARY, SMALL, fixed(65000, 85000)),
                tier(TierLevel.HEAVIER, SMALL, fixed(85000, 100000))));
        ViolationFacts facts = facts(LocalDate.of(2022, 11, 1)).discoveredOn(LocalDate.of(2023, 2, 1)).goodsValue(3000).build();

        PenaltyAdvice heavierLater = advisor.advise(basis(standard, "农产品质量安全", current, old), facts);
        // The reverse: had the later text been the lighter one, it would apply.
        ProvisionVersion lighterLater = version("农产品质量安全法@2022-09-02", 50, StatutoryFinesTest.FARM_2018_50, LocalDate.of(2023, 1, 1), null);
        ProvisionVersion heavierBefore = version("农产品质量安全法@2018-10-26", 71, StatutoryFinesTest.FARM_2022_71, LocalDate.of(2018, 10, 26),
                LocalDate.of(2022, 12, 31));
        PenaltyAdvice lighterNow = advisor.advise(basis(standard, "农产品质量安全", lighterLater, heavierBefore), facts);

        assertThat(heavierLater.provisions()).filteredOn(p -> p.use() == Use.PENALTY).extracting(p -> p.provision().id())
                .containsExactly("农产品质量安全法@2018-10-26/50");
        assertThat(heavierLater.reasoning().getFirst().finding()).contains("新版处罚不轻于旧版（新版50000–100000元，旧版2000–20000元）");
        // 一般 sits at 30 %–70 % of 五万至十万; in 二千至二万 that is 7400–14600 yuan.
        assertThat(heavierLater.range()).isEqualTo(range(7400, 14600));
        assertThat(lighterNow.provisions()).filteredOn(p -> p.use() == Use.PENALTY).extracting(p -> p.provision().id())
                .containsExactly("农产品质量安全法@2022-09-02/50");
        assertThat(lighterNow.reasoning().getFirst().finding()).contains("新版处罚较轻");
        assertThat(lighterNow.range()).isEqualTo(range(65000, 85000));
    }

    @Test
    void versionsWithTheSameFinesKeepTheOldOneAndTheStandardsRange() {
        PenaltyAdvice advice = advise(facts(LocalDate.of(2020, 6, 1)).discoveredOn(LocalDate.of(2021, 6, 1)).goodsValue(3000)
                .harm(Harm.HARMFUL).build());

        assertThat(advice.provisions()).filteredOn(p -> p.use() == Use.PENALTY).extracting(p -> p.provision().id())
                .containsExactly("食品安全法@2018-12-29/122");
        assertThat(advice.range()).isEqualTo(range(65000, 85000));
    }

    @Test
    void badFactsNameTheFact() {
        assertThatThrownBy(() -> advise(facts(LocalDate.of(2015, 9, 30)).goodsValue(100).build()))
                .isInstanceOfSatisfying(InvalidFactException.class, e -> assertThat(e.fact()).isEqualTo("committedOn"))
                .hasMessageContaining("2015-10-01");
        assertThatThrownBy(() -> advise(facts(LocalDate.of(2026, 5, 1)).build()))
                .isInstanceOfSatisfying(InvalidFactException.class, e -> assertThat(e.fact()).isEqualTo("goodsValue"))
                .hasMessageContaining("货值金额");
        assertThatThrownBy(() -> facts(LocalDate.of(2026, 5, 1)).goodsValue(-1).build())
                .isInstanceOfSatisfying(InvalidFactException.class, e -> assertThat(e.fact()).isEqualTo("goodsValue"));
        assertThatThrownBy(() -> facts(LocalDate.of(2026, 12, 1)).build())
                .isInstanceOfSatisfying(InvalidFactException.class, e -> assertThat(e.fact()).isEqualTo("committedOn"));
        assertThatThrownBy(() -> facts(LocalDate.of(2026, 5, 1)).discoveredOn(LocalDate.of(2026, 4, 1)).build())
                .isInstanceOfSatisfying(InvalidFactException.class, e -> assertThat(e.fact()).isEqualTo("discoveredOn"));
    }

    @Test
    void levelsFollowTheCircumstances() {
        assertThat(TierChoice.level(0, 0)).isEqualTo(TierLevel.ORDINARY);
        assertThat(TierChoice.level(0, 1)).isEqualTo(TierLevel.LIGHTER);
        assertThat(TierChoice.level(0, 3)).isEqualTo(TierLevel.MITIGATED);
        assertThat(TierChoice.level(2, 0)).isEqualTo(TierLevel.HEAVIER);
        assertThat(TierChoice.level(1, 1)).isEqualTo(TierLevel.ORDINARY);
    }

    @Test
    void refusingToCorrectIsWhatTheFineNeedsWhereTheStandardSaysSoAndAggravatesElsewhere() {
        // 食品安全法 第一百二十六条: 责令改正，给予警告；拒不改正的，处五千元以上五万元以下罚款.
        DiscretionStandard inspection = new DiscretionStandard("SP-003-JH2024", "江海市市场监督管理行政处罚裁量基准（2024）", List.of(
                new Tier(TierLevel.ORDINARY, "首次检查发现，责令改正，给予警告", TierCondition.BEFORE_ORDER, null, null, List.of("责令改正", "警告")),
                new Tier(TierLevel.LIGHTER, "拒不改正，但立案后主动改正", TierCondition.REFUSED_CORRECTION, null, fixed(5000, 20000), List.of()),
                new Tier(TierLevel.ORDINARY, "拒不改正", TierCondition.REFUSED_CORRECTION, null, fixed(20000, 35000), List.of()),
                new Tier(TierLevel.HEAVIER, "拒不改正，且情节较重", TierCondition.REFUSED_CORRECTION, null, fixed(35000, 50000), List.of())));
        AdviceBasis basis = basis(inspection, "食品安全", ART_122_2021);

        PenaltyAdvice warned = advisor.advise(basis, facts(LocalDate.of(2026, 5, 1)).build());
        PenaltyAdvice refused = advisor.advise(basis, facts(LocalDate.of(2026, 5, 1)).refusedCorrection().build());
        PenaltyAdvice elsewhere = advise(facts(LocalDate.of(2026, 5, 1)).goodsValue(3000).refusedCorrection().build());

        assertThat(warned.outcome()).isEqualTo(Outcome.PUNISH);
        assertThat(warned.range()).isNull();
        assertThat(warned.measures()).containsExactly("责令改正", "警告");
        assertThat(refused.range()).isEqualTo(range(20000, 35000));
        assertThat(elsewhere.tier().level()).isEqualTo(TierLevel.HEAVIER);
        assertThat(elsewhere.reasoning()).anySatisfy(s -> assertThat(s.finding()).isEqualTo("有从重情节（经责令改正拒不改正），从重处罚"));
    }

    @Test
    void aSeriousCaseTakesTheTierMadeForItAndAMultipleNeedsItsAmountOrFallsToTheFixedAlternative() {
        // 广告法 第五十五条: 广告费用三倍以上五倍以下, or 二十万元以上一百万元以下 when the cost cannot be computed.
        DiscretionStandard ads = new DiscretionStandard("GG-001-JH2024", "江海市广告行政处罚裁量基准（2024）", List.of(
                new Tier(TierLevel.ORDINARY, "一般", null, null, new Fine(Fine.Kind.MULTIPLE, "广告费用", new BigDecimal("3.6"),
                        new BigDecimal("4.4")), List.of()),
                new Tier(TierLevel.ORDINARY, "广告费用无法计算或者明显偏低的", null, null, fixed(440000, 760000), List.of()),
                new Tier(TierLevel.HEAVIER, "情节严重的", TierCondition.SERIOUS, null, new Fine(Fine.Kind.MULTIPLE, "广告费用", yuan(5),
                        yuan(10)), List.of())));
        AdviceBasis basis = basis(ads, "广告", ART_122_2021);
        ViolationFacts withCost = new ViolationFacts(LocalDate.of(2026, 5, 1), null, null, DECIDED, false, Harm.NONE, false, false,
                false, false, Map.of(Basis.ADVERTISING_COST, yuan(100000)), Set.of(), Set.of());
        ViolationFacts serious = new ViolationFacts(LocalDate.of(2026, 5, 1), null, null, DECIDED, false, Harm.NONE, false, false,
                true, false, Map.of(), Set.of(), Set.of());

        assertThat(advisor.advise(basis, withCost).range()).isEqualTo(range(360000, 440000));
        PenaltyAdvice withoutCost = advisor.advise(basis, facts(LocalDate.of(2026, 5, 1)).build());
        assertThat(withoutCost.range()).isEqualTo(range(440000, 760000));
        assertThat(withoutCost.reasoning()).anySatisfy(s -> assertThat(s.finding()).startsWith("未提供广告费用"));
        assertThatThrownBy(() -> advisor.advise(basis, serious))
                .isInstanceOfSatisfying(InvalidFactException.class, e -> assertThat(e.fact()).isEqualTo("advertisingCost"));
    }

    private PenaltyAdvice advise(ViolationFacts facts) {
        return advisor.advise(basis(FOOD_LICENCE, "食品安全", ART_122_2021, ART_122_2018, ART_122_2015), facts);
    }

    private static AdviceBasis basis(DiscretionStandard standard, String domain, ProvisionVersion linked, ProvisionVersion... earlier) {
        List<ProvisionVersion> versions = new ArrayList<>(List.of(earlier));
        versions.add(linked);
        return new AdviceBasis("SP-001", "未取得食品经营许可从事食品经营活动", domain, standard,
                List.of(new CitedArticle("《食品安全法》第三十五条", 1, ART_35_2021, List.of(ART_35_2021))),
                List.of(new CitedArticle("《食品安全法》第一百二十二条", 1, linked, versions)), GENERAL_RULES);
    }

    static Facts facts(LocalDate committedOn) {
        return new Facts(committedOn);
    }

    /** A builder for the facts of one test. */
    static final class Facts {
        private final LocalDate committedOn;
        private LocalDate endedOn;
        private LocalDate discoveredOn;
        private boolean firstOffence;
        private Harm harm = Harm.NONE;
        private boolean corrected;
        private boolean noFault;
        private boolean refused;
        private BigDecimal goodsValue;
        private Set<Mitigation> mitigating = Set.of();
        private Set<Aggravation> aggravating = Set.of();

        Facts(LocalDate committedOn) {
            this.committedOn = committedOn;
        }

        Facts endedOn(LocalDate date) {
            endedOn = date;
            return this;
        }

        Facts discoveredOn(LocalDate date) {
            discoveredOn = date;
            return this;
        }

        Facts firstOffence() {
            firstOffence = true;
            return this;
        }

        Facts harm(Harm value) {
            harm = value;
            return this;
        }

        Facts correctedInTime() {
            corrected = true;
            return this;
        }

        Facts refusedCorrection() {
            refused = true;
            return this;
        }

        Facts noFault() {
            noFault = true;
            return this;
        }

        Facts goodsValue(double yuan) {
            goodsValue = BigDecimal.valueOf(yuan);
            return this;
        }

        Facts mitigating(Mitigation... values) {
            mitigating = Set.of(values);
            return this;
        }

        Facts aggravating(Aggravation... values) {
            aggravating = Set.of(values);
            return this;
        }

        ViolationFacts build() {
            return new ViolationFacts(committedOn, endedOn, discoveredOn, DECIDED, firstOffence, harm, corrected, refused, false, noFault,
                    goodsValue == null ? Map.of() : Map.of(Basis.GOODS_VALUE, goodsValue), mitigating, aggravating);
        }
    }

    private static Tier tier(TierLevel level, Threshold when, Fine fine) {
        return new Tier(level, level.label() + (when.below() == null ? "，货值金额一万元以上" : "，货值金额不足一万元"), null, when, fine,
                List.of("没收违法所得"));
    }

    private static Fine fixed(long min, long max) {
        return new Fine(Fine.Kind.FIXED, null, yuan(min), yuan(max));
    }

    private static Fine times(long min, long max) {
        return new Fine(Fine.Kind.MULTIPLE, "货值金额", yuan(min), yuan(max));
    }

    private static ProvisionVersion version(String lawId, int article, String text, LocalDate from, LocalDate to) {
        return new ProvisionVersion(article(lawId, article, text), from, to);
    }

    private static Provision article(String lawId, int article, String text) {
        return new Provision(Provision.id(lawId, article, 0), lawId, article, 0, "第" + article + "条", null, null, List.of(text));
    }
}
