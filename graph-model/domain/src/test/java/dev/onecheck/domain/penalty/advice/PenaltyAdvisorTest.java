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

import dev.onecheck.domain.law.LawLevel;
import dev.onecheck.domain.law.Provision;
import dev.onecheck.domain.penalty.DiscretionStandard;
import dev.onecheck.domain.penalty.Fine;
import dev.onecheck.domain.penalty.Threshold;
import dev.onecheck.domain.penalty.Tier;
import dev.onecheck.domain.penalty.TierCondition;
import dev.onecheck.domain.penalty.TierLevel;
import dev.onecheck.domain.penalty.advice.AppliedProvision.Use;
import dev.onecheck.domain.penalty.derive.ViolationDeriver;
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

    /** 较大数额罚款 as 公安机关办理行政案件程序规定 第一百二十三条 fixes it for 公安机关 (the tests need some figure). */
    static final HearingThresholds HEARING = new HearingThresholds(yuan(2000), yuan(10000), "公安机关办理行政案件程序规定第一百二十三条");

    private final PenaltyAdvisor advisor = new PenaltyAdvisor(HEARING);

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
        // 第三十二条: "当事人有下列情形之一，应当从轻或者减轻行政处罚" — no count of circumstances picks 减轻; the authority
        // chooses, so the advice gives 从轻 and lists 减轻 beside it, or gives the one the officer chose.
        PenaltyAdvice two = advise(base.mitigating(Mitigation.CONFESSED, Mitigation.ELIMINATED_HARM).build());
        assertThat(two.tier().level()).isEqualTo(TierLevel.LIGHTER);
        assertThat(two.alternatives()).extracting(PenaltyAdvice.Alternative::choice, a -> a.tier().level(), PenaltyAdvice.Alternative::range)
                .containsExactly(tuple("减轻处罚", TierLevel.MITIGATED, range(25000, 50000)));
        assertThat(advise(base.mitigating().aggravating(Aggravation.REPEATED).build()).range()).isEqualTo(range(85000, 100000));
        // Both kinds: the mandatory 从轻或者减轻 of 第三十二条 is not cancelled by the standard's 从重 (it was 一般 before).
        PenaltyAdvice both = advise(base.mitigating(Mitigation.CONFESSED).aggravating(Aggravation.REPEATED).build());
        assertThat(both.tier().level()).isEqualTo(TierLevel.LIGHTER);
        assertThat(both.reasoning()).anySatisfy(s -> assertThat(s.finding()).contains("并存").contains("不因此抵消"));
        assertThat(advise(base.aggravating().mitigating(Mitigation.CONFESSED).reduction(Reduction.MITIGATED).build()).range())
                .isEqualTo(range(25000, 50000));
    }

    @Test
    void aStandardWithoutTheWantedTierFallsBackTowardsTheOrdinary() {
        DiscretionStandard twoTiers = new DiscretionStandard("XF-010-JH2024", "江海市消防行政处罚裁量基准（2024）", List.of(
                new Tier(TierLevel.ORDINARY, "一般", null, null, fixed(5000, 30000), List.of()),
                new Tier(TierLevel.HEAVIER, "从重", null, null, fixed(30000, 50000), List.of())));

        PenaltyAdvice advice = advisor.advise(basis(twoTiers, "消防安全", ART_122_2021),
                facts(LocalDate.of(2026, 5, 1)).mitigating(Mitigation.CONFESSED, Mitigation.COERCED).reduction(Reduction.MITIGATED).build());

        assertThat(advice.tier().level()).isEqualTo(TierLevel.ORDINARY);
        assertThat(advice.reasoning()).anySatisfy(s -> assertThat(s.finding()).contains("没有减轻处罚，就近适用一般"));
    }

    @Test
    void aMinorCorrectedHarmlessActOnTheNoPenaltyListIsNotPunished() {
        // 第三十三条第一款: "违法行为轻微并及时改正，没有造成危害后果的，不予行政处罚" — 轻微 is the officer's finding.
        PenaltyAdvice advice = advise(facts(LocalDate.of(2026, 5, 1)).minor().correctedInTime().goodsValue(500).build());

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
        // 第三十六条: "涉及公民生命健康安全、金融安全且有危害后果的，上述期限延长至五年" — a fact of the act, not of the domain.
        Facts harmful = facts(LocalDate.of(2022, 3, 1)).discoveredOn(LocalDate.of(2026, 3, 1)).goodsValue(500).harm(Harm.HARMFUL)
                .lifeHealthOrFinance(true);
        Facts continuing = facts(LocalDate.of(2022, 3, 1)).lifeHealthOrFinance(null).endedOn(LocalDate.of(2025, 1, 1)).discoveredOn(LocalDate.of(2026, 3, 1))
                .goodsValue(500);

        assertThat(advise(harmful.build()).outcome()).isEqualTo(Outcome.PUNISH);
        assertThat(advise(harmful.lifeHealthOrFinance(false).build()).outcome()).isEqualTo(Outcome.TIME_BARRED);
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
        // 2022 第七十一条 adds "并可以没收用于违法生产经营的工具、设备、原料等物品" (第九条: 没收非法财物) besides the heavier fine.
        assertThat(heavierLater.reasoning().getFirst().finding())
                .contains("新版增加了没收非法财物（新版50000–100000元，旧版2000–20000元），处罚不轻于旧版");
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
        // A cost not given is not one that "无法计算或者明显偏低": the officer is asked, with the range of each case.
        assertThatThrownBy(() -> advisor.advise(basis, facts(LocalDate.of(2026, 5, 1)).build()))
                .isInstanceOfSatisfying(InvalidFactException.class, e -> assertThat(e.fact()).isEqualTo("advertisingCost"))
                .hasMessageContaining("3.6–4.4 times it").hasMessageContaining("uncomputableAmounts: [ADVERTISING_COST]")
                .hasMessageContaining("440000–760000元");
        PenaltyAdvice found = advisor.advise(basis, facts(LocalDate.of(2026, 5, 1)).uncomputable(Basis.ADVERTISING_COST).build());
        assertThat(found.range()).isEqualTo(range(440000, 760000));
        assertThat(found.reasoning()).anySatisfy(s -> assertThat(s.finding()).startsWith("执法人员认定广告费用无法计算或者明显偏低"));
        assertThatThrownBy(() -> advisor.advise(basis, serious))
                .isInstanceOfSatisfying(InvalidFactException.class, e -> assertThat(e.fact()).isEqualTo("advertisingCost"));
    }

    // ---- issue 19 ----

    @Test
    void theNoPenaltyListNeedsMinorAndTheEntrysOwnConditions() {
        // 第三十三条第一款: "违法行为轻微并及时改正，没有造成危害后果的，不予行政处罚。初次违法且危害后果轻微并及时改正的，可以不予行政处罚。"
        // SP-001, 货值金额 2,000,000 yuan, not a first offence, corrected and harmless but not found 轻微: punished.
        Facts large = facts(LocalDate.of(2026, 5, 1)).goodsValue(2_000_000).correctedInTime();
        PenaltyAdvice punished = advise(large.build());

        assertThat(punished.outcome()).isEqualTo(Outcome.PUNISH);
        assertThat(punished.range()).isEqualTo(range(26_000_000, 34_000_000));
        assertThat(punished.reasoning()).anySatisfy(s -> assertThat(s.finding()).contains("并非初次违法").contains("未认定违法行为轻微"));
        assertThat(advise(large.minor().build()).outcome()).isEqualTo(Outcome.NO_PENALTY);
        // The entry "…初次违法、危害后果轻微并及时改正" cannot be offered to a second offence as 首违不罚 either.
        assertThat(advise(facts(LocalDate.of(2026, 5, 1)).goodsValue(500).harm(Harm.MINOR).correctedInTime().build()).outcome())
                .isEqualTo(Outcome.PUNISH);
    }

    @Test
    void anEntryThatOnlyOrdersCorrectionExemptsACorrectedAct() {
        // 消防法 第六十六条: "…责令限期改正；逾期不改正的，责令停止使用，可以并处一千元以上五千元以下罚款。"
        DiscretionStandard wiring = new DiscretionStandard("XF-009", "江海市消防行政处罚裁量基准（2024）", List.of(
                new Tier(TierLevel.NO_PENALTY, "首次发现，依法责令限期改正，当事人在期限内改正到位的（责令改正不属于行政处罚）", null, null, null,
                        List.of("责令限期改正")),
                new Tier(TierLevel.ORDINARY, "逾期不改正", TierCondition.REFUSED_CORRECTION, null, fixed(1000, 5000), List.of("责令停止使用"))));
        AdviceBasis basis = basis(wiring, "消防安全", ART_122_2021);

        assertThat(advisor.advise(basis, facts(LocalDate.of(2026, 5, 1)).correctedInTime().build()).outcome()).isEqualTo(Outcome.NO_PENALTY);
        assertThat(advisor.advise(basis, facts(LocalDate.of(2026, 5, 1)).refusedCorrection().build()).outcome()).isEqualTo(Outcome.PUNISH);
    }

    @Test
    void firstOffenceWaiverIsForListedViolationsAndGivesTheRangeIfPunished() {
        // 第三十三条第一款: "初次违法且危害后果轻微并及时改正的，可以不予行政处罚" — 可以: the range if the officer punishes.
        Facts first = facts(LocalDate.of(2026, 5, 1)).goodsValue(3000).firstOffence().harm(Harm.MINOR).correctedInTime();
        PenaltyAdvice waived = advise(first.build());

        assertThat(waived.outcome()).isEqualTo(Outcome.MAY_WAIVE);
        assertThat(waived.alternatives()).extracting(PenaltyAdvice.Alternative::choice, PenaltyAdvice.Alternative::range)
                .containsExactly(tuple("决定处罚的", range(65000, 85000)));
        assertThat(waived.reasoning()).noneSatisfy(s -> assertThat(s.finding()).contains("不勾选"));
        // Without the amount the punished range needs, the advice names the fact instead of inventing it.
        PenaltyAdvice noAmount = advise(facts(LocalDate.of(2026, 5, 1)).firstOffence().harm(Harm.MINOR).correctedInTime().build());
        assertThat(noAmount.outcome()).isEqualTo(Outcome.MAY_WAIVE);
        assertThat(noAmount.alternatives()).isEmpty();
        assertThat(noAmount.reasoning()).anySatisfy(s -> assertThat(s.finding()).contains("facts.goodsValue"));
        // A violation the city left off its list: no 首违不罚 offered.
        DiscretionStandard unlisted = new DiscretionStandard("XF-010", "江海市消防行政处罚裁量基准（2024）", List.of(
                new Tier(TierLevel.ORDINARY, "一般", null, null, fixed(5000, 30000), List.of())));
        PenaltyAdvice offList = advisor.advise(basis(unlisted, "消防安全", ART_122_2021), first.build());
        assertThat(offList.outcome()).isEqualTo(Outcome.PUNISH);
        assertThat(offList.reasoning()).anySatisfy(s -> assertThat(s.finding()).contains("基准未将本违法行为列入首违不罚清单"));
    }

    @Test
    void noFaultYieldsToTheLawsThatProvideOtherwise() throws Exception {
        // 第三十三条第二款: "当事人有证据足以证明没有主观过错的，不予行政处罚。法律、行政法规另有规定的，从其规定。"
        ProvisionVersion food124 = version("食品安全法@2021-04-29", 124, lawArticle("行政法/食品安全法(2021-04-29).md", "第一百二十四条"),
                LocalDate.of(2021, 4, 29), null);
        DiscretionStandard residue = new DiscretionStandard("SP-010", "江海市市场监督管理行政处罚裁量基准（2024）", List.of(
                new Tier(TierLevel.NO_PENALTY, "依照《食品安全法》第一百三十六条免予处罚", null, null, null, List.of("没收不符合食品安全标准的食用农产品")),
                new Tier(TierLevel.ORDINARY, "一般", null, null, fixed(50000, 100000), List.of("没收违法所得"))));
        AdviceBasis basis = basis(residue, "食品安全", food124);
        Facts noFault = facts(LocalDate.of(2026, 5, 1)).noFault().role(PartyRole.SELLER);

        PenaltyAdvice unchecked = advisor.advise(basis, noFault.sourceDisclosed().build());
        assertThat(unchecked.outcome()).isEqualTo(Outcome.PUNISH);
        assertThat(unchecked.reasoning()).anySatisfy(s -> assertThat(s.finding()).contains("食品经营者履行了本法规定的进货查验等义务")
                .contains("未认定“履行了本法规定的进货查验等义务”"));
        // 食品安全法 第一百三十六条: "…可以免予处罚，但应当依法没收其不符合食品安全标准的食品".
        PenaltyAdvice exempt = advisor.advise(basis, noFault.purchaseChecked().build());
        assertThat(exempt.outcome()).isEqualTo(Outcome.MAY_WAIVE);
        assertThat(exempt.measures()).contains("没收其不符合食品安全标准的食品");
        assertThat(exempt.alternatives()).extracting(PenaltyAdvice.Alternative::range).containsExactly(range(50000, 100000));
        // 产品质量法 第五十五条: "…有充分证据证明其不知道该产品为禁止销售的产品并如实说明其进货来源的，可以从轻或者减轻处罚。"
        ProvisionVersion quality50 = version("产品质量法@2018-12-29", 50, lawArticle("经济法/产品质量法(2018-12-29).md", "第五十条"),
                LocalDate.of(2018, 12, 29), null);
        DiscretionStandard fake = new DiscretionStandard("CP-001", "江海市市场监督管理行政处罚裁量基准（2024）", List.of(
                new Tier(TierLevel.MITIGATED, "减轻", null, null, fixed(1000, 2000), List.of()),
                new Tier(TierLevel.LIGHTER, "从轻", null, null, fixed(2000, 5000), List.of()),
                new Tier(TierLevel.ORDINARY, "一般", null, null, fixed(5000, 15000), List.of())));
        PenaltyAdvice seller = advisor.advise(basis(fake, "产品质量", quality50), facts(LocalDate.of(2026, 5, 1)).noFault().role(PartyRole.SELLER)
                .sourceDisclosed().build());
        assertThat(seller.outcome()).isEqualTo(Outcome.PUNISH);
        assertThat(seller.tier().level()).isEqualTo(TierLevel.ORDINARY);
        assertThat(seller.alternatives()).extracting(a -> a.tier().level()).containsExactly(TierLevel.LIGHTER, TierLevel.MITIGATED);
        // "构成犯罪的，依法追究刑事责任" in 第五十条: the referral prompt of 行政处罚法 第二十七条.
        assertThat(seller.procedure()).filteredOn(f -> f.kind() == ProcedureFlag.Kind.CRIMINAL_REFERRAL)
                .singleElement().satisfies(f -> assertThat(f.finding()).contains("应当及时将案件移送司法机关"));
    }

    @Test
    void theFoodDealersNoFaultRuleIsNotOfferedToAProducerAndTheRoleIsAskedForWhereItDecides() throws Exception {
        // 食品安全法 第一百三十六条: "食品经营者履行了本法规定的进货查验等义务，有充分证据证明其不知道所采购的食品不符合食品安全标准，
        // 并能如实说明其进货来源的，可以免予处罚，但应当依法没收其不符合食品安全标准的食品" — 经营者 only; a 生产者 with
        // evidence of no fault falls under 行政处罚法 第三十三条第二款 ("当事人有证据足以证明没有主观过错的，不予行政处罚").
        String text = lawArticle("行政法/食品安全法(2021-04-29).md", "第一百三十六条");
        assertThat(text).startsWith("食品经营者履行了本法规定的进货查验等义务");
        ProvisionVersion food124 = version("食品安全法@2021-04-29", 124, lawArticle("行政法/食品安全法(2021-04-29).md", "第一百二十四条"),
                LocalDate.of(2021, 4, 29), null);
        DiscretionStandard residue = new DiscretionStandard("SP-010", "江海市市场监督管理行政处罚裁量基准（2024）", List.of(
                new Tier(TierLevel.ORDINARY, "一般", null, null, fixed(50000, 100000), List.of("没收违法所得"))));
        AdviceBasis basis = basis(residue, "食品安全", food124);
        Facts noFault = facts(LocalDate.of(2026, 5, 1)).noFault().purchaseChecked().sourceDisclosed();

        PenaltyAdvice producer = advisor.advise(basis, noFault.role(PartyRole.PRODUCER).build());
        assertThat(producer.outcome()).isEqualTo(Outcome.NO_PENALTY);
        assertThat(producer.measures()).doesNotContain("没收其不符合食品安全标准的食品");
        assertThat(producer.reasoning()).anySatisfy(s -> assertThat(s.finding()).contains("《食品安全法》第一百三十六条只适用于经营者（销售者），本案当事人为生产者"));
        assertThat(advisor.advise(basis, noFault.role(PartyRole.SELLER).build()).outcome()).isEqualTo(Outcome.MAY_WAIVE);
        assertThatThrownBy(() -> advisor.advise(basis, noFault.role(null).build())).isInstanceOf(InvalidFactException.class)
                .hasMessageStartingWith("role is needed: 《食品安全法》第一百三十六条 concerns the 经营者（销售者） only");
    }

    @Test
    void minorsAndMentalIllnessFollowArticlesThirtyAndThirtyOne() {
        // 第三十条: "不满十四周岁的未成年人有违法行为的，不予行政处罚，责令监护人加以管教；已满十四周岁不满十八周岁的未成年人有违法行为的，
        // 应当从轻或者减轻行政处罚。"
        Facts base = facts(LocalDate.of(2026, 5, 1)).goodsValue(3000);
        PenaltyAdvice child = advise(base.party(PartyType.INDIVIDUAL, 13, null).build());
        PenaltyAdvice teen = advise(base.party(PartyType.INDIVIDUAL, 16, null).build());
        // 第三十一条: "…在不能辨认或者不能控制自己行为时有违法行为的，不予行政处罚，但应当责令其监护人严加看管和治疗。…尚未完全丧失辨认或者
        // 控制自己行为能力的精神病人、智力残疾人有违法行为的，可以从轻或者减轻行政处罚。"
        PenaltyAdvice incapable = advise(base.party(PartyType.INDIVIDUAL, 40, MentalState.INCAPABLE).build());
        PenaltyAdvice impaired = advise(base.party(PartyType.INDIVIDUAL, 40, MentalState.IMPAIRED).build());

        assertThat(child.outcome()).isEqualTo(Outcome.NO_PENALTY);
        assertThat(child.measures()).contains("责令监护人加以管教");
        // a ground of its own: not the standard's 不予处罚 entry (初次违法…), whose circumstances no one stated
        assertThat(child.tier()).isNull();
        assertThat(teen.tier().level()).isEqualTo(TierLevel.LIGHTER);
        assertThat(teen.alternatives()).extracting(a -> a.tier().level()).containsExactly(TierLevel.MITIGATED);
        assertThat(incapable.outcome()).isEqualTo(Outcome.NO_PENALTY);
        assertThat(incapable.measures()).contains("责令监护人严加看管和治疗");
        assertThat(incapable.tier()).isNull();
        assertThat(impaired.tier().level()).isEqualTo(TierLevel.ORDINARY);
        assertThat(impaired.alternatives()).extracting(a -> a.tier().level()).containsExactly(TierLevel.LIGHTER, TierLevel.MITIGATED);
        // 第三十二条第（五）项: "法律、法规、规章规定其他应当从轻或者减轻行政处罚的".
        assertThat(advise(base.party(null, null, null).mitigating(Mitigation.STATUTORY).build()).tier().level()).isEqualTo(TierLevel.LIGHTER);
        assertThatThrownBy(() -> base.party(PartyType.ORGANIZATION, 16, null).build())
                .isInstanceOfSatisfying(InvalidFactException.class, e -> assertThat(e.fact()).isEqualTo("age"));
        assertThatThrownBy(() -> advise(base.party(null, null, null).mitigating().reduction(Reduction.MITIGATED).build()))
                .isInstanceOfSatisfying(InvalidFactException.class, e -> assertThat(e.fact()).isEqualTo("reduction"));
    }

    @Test
    void theLimitationPeriodFollowsTheActAndTheLawsThatProvideOtherwise() throws Exception {
        // 第三十六条: "…涉及公民生命健康安全、金融安全且有危害后果的，上述期限延长至五年。法律另有规定的除外。"
        // A harmful heater (产品质量) found 2 years 5 months later.
        AdviceBasis heater = basis(FOOD_LICENCE, "产品质量", ART_122_2021);
        Facts late = facts(LocalDate.of(2024, 1, 1)).discoveredOn(LocalDate.of(2026, 6, 1)).goodsValue(500).harm(Harm.HARMFUL);

        assertThat(advisor.advise(heater, late.lifeHealthOrFinance(true).build()).outcome()).isEqualTo(Outcome.PUNISH);
        assertThat(advisor.advise(heater, late.lifeHealthOrFinance(false).build()).outcome()).isEqualTo(Outcome.TIME_BARRED);
        assertThatThrownBy(() -> advisor.advise(heater, late.lifeHealthOrFinance(null).build()))
                .isInstanceOfSatisfying(InvalidFactException.class, e -> assertThat(e.fact()).isEqualTo("lifeHealthOrFinance"));
        // 税收征收管理法 第八十六条: "违反税收法律、行政法规应当给予行政处罚的行为，在五年内未被发现的，不再给予行政处罚。"
        ProvisionVersion tax = version("税收征收管理法@2015-04-24", 64, "纳税人、扣缴义务人编造虚假计税依据的，由税务机关责令限期改正，并处五万元以下的罚款。",
                LocalDate.of(2015, 4, 24), null);
        PenaltyAdvice taxed = advisor.advise(basis(FOOD_LICENCE, "税务", tax), facts(LocalDate.of(2022, 6, 1))
                .discoveredOn(LocalDate.of(2026, 6, 1)).goodsValue(500).build());
        assertThat(taxed.outcome()).isEqualTo(Outcome.PUNISH);
        assertThat(taxed.reasoning()).anySatisfy(s -> assertThat(s.finding()).contains("在五年内未被发现的，不再给予行政处罚"));
        // …and any other tax 行政法规: 发票管理办法 第三十五条 (虚开发票), found 2 years 10 months later, is within the five years;
        // a 部门规章 with 税 in its name (made up: the collection has none) is not a 税收法律、行政法规.
        ProvisionVersion invoice = version("发票管理办法@2023-07-20", 35, lawArticle("行政法规/发票管理办法(2023-07-20).md", "第三十五条"),
                LocalDate.of(2023, 7, 20), null);
        assertThat(invoice.provision().text()).startsWith("违反本办法的规定虚开发票的，由税务机关没收违法所得");
        Facts invoiced = facts(LocalDate.of(2023, 8, 1)).discoveredOn(LocalDate.of(2026, 6, 1)).goodsValue(500).harm(Harm.NONE);
        PenaltyAdvice regulation = advisor.advise(cited(invoice, LawLevel.ADMINISTRATIVE_REGULATION), invoiced.build());
        assertThat(regulation.outcome()).isEqualTo(Outcome.PUNISH);
        assertThat(regulation.reasoning().get(1).finding()).startsWith("法律另有规定，《税收征收管理法》第八十六条");
        ProvisionVersion rule = version("某税务管理办法@2019-07-24", 42, "纳税人未按照规定报送资料的，由税务机关责令限期改正，可以处二千元以下的罚款。",
                LocalDate.of(2019, 7, 24), null);
        assertThat(advisor.advise(cited(rule, LawLevel.DEPARTMENTAL_RULE), invoiced.build()).outcome()).isEqualTo(Outcome.TIME_BARRED);
        // discoveredOn: not needed when the decision itself lies within the period; required, never assumed, when not.
        PenaltyAdvice recent = advise(facts(LocalDate.of(2026, 5, 1)).goodsValue(500).build());
        assertThat(recent.reasoning().get(1).finding()).contains("发现之日不晚于决定之日");
        assertThatThrownBy(() -> advise(facts(LocalDate.of(2024, 1, 1)).goodsValue(500).build()))
                .isInstanceOfSatisfying(InvalidFactException.class, e -> assertThat(e.fact()).isEqualTo("discoveredOn"));
    }

    @Test
    void aContinuingActIsJudgedByItsEndNotItsStart() {
        // 第三十七条: "实施行政处罚，适用违法行为发生时的法律…"; 第三十六条第二款: "违法行为有连续或者继续状态的，从行为终了之日起计算。"
        // DJ-001: 2021-12 to 2026-11 under an article in force from 2022-03-01.
        ProvisionVersion registration = version("市场主体登记管理条例@2021-07-27", 43, StatutoryFinesTest.REGISTRATION_43, LocalDate.of(2022, 3, 1), null);
        DiscretionStandard standard = new DiscretionStandard("DJ-001", "江海市市场监督管理行政处罚裁量基准（2024）", List.of(
                new Tier(TierLevel.ORDINARY, "一般", null, null, fixed(10000, 100000), List.of())));
        AdviceBasis basis = basis(standard, "市场主体登记", registration);

        PenaltyAdvice advice = advisor.advise(basis, facts(LocalDate.of(2021, 12, 1)).endedOn(LocalDate.of(2026, 11, 1)).build());
        assertThat(advice.outcome()).isEqualTo(Outcome.PUNISH);
        assertThatThrownBy(() -> advisor.advise(basis, facts(LocalDate.of(2021, 12, 1)).endedOn(LocalDate.of(2022, 2, 1)).build()))
                .isInstanceOfSatisfying(InvalidFactException.class, e -> assertThat(e.fact()).isEqualTo("endedOn"));
    }

    @Test
    void seriousCircumstancesApplyOnTheirOwn() throws Exception {
        // 食品安全法 第一百二十六条: "…责令改正，给予警告；拒不改正的，处五千元以上五万元以下罚款；情节严重的，责令停产停业，直至吊销许可证"
        ProvisionVersion art126 = version("食品安全法@2021-04-29", 126, lawArticle("行政法/食品安全法(2021-04-29).md", "第一百二十六条"),
                LocalDate.of(2021, 4, 29), null);
        DiscretionStandard inspection = new DiscretionStandard("SP-003", "江海市市场监督管理行政处罚裁量基准（2024）", List.of(
                new Tier(TierLevel.ORDINARY, "首次检查发现，责令改正，给予警告", TierCondition.BEFORE_ORDER, null, null, List.of("责令改正", "警告")),
                new Tier(TierLevel.ORDINARY, "拒不改正", TierCondition.REFUSED_CORRECTION, null, fixed(20000, 35000), List.of())));

        PenaltyAdvice serious = advisor.advise(basis(inspection, "食品安全", art126), facts(LocalDate.of(2026, 5, 1)).serious().build());

        assertThat(serious.outcome()).isEqualTo(Outcome.PUNISH);
        assertThat(serious.measures()).containsExactly("责令改正", "警告", "责令停产停业，直至吊销许可证");
        assertThat(serious.procedure()).filteredOn(f -> f.kind() == ProcedureFlag.Kind.HEARING_NOTICE).singleElement()
                .satisfies(f -> assertThat(f.applies()).isTrue());
    }

    @Test
    void theAnswerCarriesTheStatutoryRangeAndTheProcedure() {
        PenaltyAdvice advice = advise(facts(LocalDate.of(2026, 5, 1)).goodsValue(3000).build());

        // 食品安全法 第一百二十二条: "货值金额不足一万元的，并处五万元以上十万元以下罚款".
        assertThat(advice.statutoryRange().range()).isEqualTo(range(50000, 100000));
        assertThat(advice.statutoryRange().source()).isEqualTo("《食品安全法》（2021-04-29版）第122条");
        // 第五十一条 allows 当场 only "罚款或者警告"; 没收违法所得 is neither. 第六十三条: "较大数额罚款" needs a hearing notice.
        assertThat(advice.procedure()).extracting(ProcedureFlag::kind, ProcedureFlag::applies).containsExactly(
                tuple(ProcedureFlag.Kind.ON_THE_SPOT, false), tuple(ProcedureFlag.Kind.HEARING_NOTICE, true),
                tuple(ProcedureFlag.Kind.LEGAL_REVIEW, null), tuple(ProcedureFlag.Kind.COLLECTIVE_DISCUSSION, null),
                tuple(ProcedureFlag.Kind.CRIMINAL_REFERRAL, null));
        // "对公民处以二百元以下…罚款或者警告的行政处罚的，可以当场作出行政处罚决定"
        DiscretionStandard small = new DiscretionStandard("XF-006", "江海市消防行政处罚裁量基准（2024）", List.of(
                new Tier(TierLevel.ORDINARY, "一般", null, null, fixed(50, 200), List.of("警告"))));
        PenaltyAdvice person = advisor.advise(basis(small, "消防安全", ART_122_2021),
                facts(LocalDate.of(2026, 5, 1)).party(PartyType.INDIVIDUAL, 30, null).build());
        assertThat(person.procedure().getFirst().applies()).isTrue();
    }

    @Test
    void dailyPenaltyAndSeveralNorms() throws Exception {
        // 环境保护法 第五十九条: "…拒不改正的，依法作出处罚决定的行政机关可以自责令改正之日的次日起，按照原处罚数额按日连续处罚。"
        ProvisionVersion water83 = version("水污染防治法@2017-06-27", 83, lawArticle("行政法/水污染防治法(2017-06-27).md", "第八十三条"),
                LocalDate.of(2018, 1, 1), null);
        ProvisionVersion env59 = version("环境保护法@2014-04-24", 59, lawArticle("行政法/环境保护法(2014-04-24).md", "第五十九条"),
                LocalDate.of(2015, 1, 1), null);
        DiscretionStandard discharge = new DiscretionStandard("HJ-002", "江海市生态环境行政处罚裁量基准（2024）", List.of(
                new Tier(TierLevel.ORDINARY, "一般", null, null, fixed(100000, 400000), List.of("责令改正"))));
        AdviceBasis basis = new AdviceBasis("HJ-002", "超过水污染物排放标准排放水污染物", "环境保护", discharge, List.of(),
                List.of(new CitedArticle("《水污染防治法》第八十三条", 1, water83, List.of(water83)),
                        new CitedArticle("《环境保护法》第五十九条", 1, env59, List.of(env59))), GENERAL_RULES);

        // "按照原处罚数额": the fine decided on the act times the days — not the range this advice gives (it was 100,000–400,000 × 10).
        PenaltyAdvice advice = advisor.advise(basis, facts(LocalDate.of(2026, 5, 1)).refusedCorrection().daysUncorrected(10).originalFine(200000).build());
        assertThat(advice.dailyPenalty().perDay()).isEqualTo(range(200000, 200000));
        assertThat(advice.dailyPenalty().total()).isEqualTo(range(2_000_000, 2_000_000));
        PenaltyAdvice noOriginal = advisor.advise(basis, facts(LocalDate.of(2026, 5, 1)).refusedCorrection().daysUncorrected(10).build());
        assertThat(noOriginal.dailyPenalty()).isNull();
        assertThat(noOriginal.reasoning()).anySatisfy(s -> assertThat(s.finding()).contains("facts.originalFine（原处罚数额").doesNotContain("facts.daysUncorrected"));
        assertThat(advisor.advise(basis, facts(LocalDate.of(2026, 5, 1)).refusedCorrection().build()).reasoning())
                .anySatisfy(s -> assertThat(s.finding()).contains("facts.daysUncorrected").contains("facts.originalFine"));
        assertThatThrownBy(() -> facts(LocalDate.of(2026, 5, 1)).originalFine(200000).build())
                .isInstanceOfSatisfying(InvalidFactException.class, e -> assertThat(e.fact()).isEqualTo("originalFine"));
        // 第二十九条: "同一个违法行为违反多个法律规范应当给予罚款处罚的，按照罚款数额高的规定处罚。"
        ProvisionVersion other = version("大气污染防治法@2018-10-26", 99, "超过大气污染物排放标准排放大气污染物的，处十万元以上一百万元以下的罚款。",
                LocalDate.of(2018, 10, 26), null);
        AdviceBasis twoNorms = new AdviceBasis("HJ-002", "超标排放", "环境保护", discharge, List.of(),
                List.of(new CitedArticle("《水污染防治法》第八十三条", 1, water83, List.of(water83)),
                        new CitedArticle("《大气污染防治法》第九十九条", 1, other, List.of(other))), GENERAL_RULES);
        assertThat(advisor.advise(twoNorms, facts(LocalDate.of(2026, 5, 1)).build()).reasoning())
                .anySatisfy(s -> assertThat(s.rule()).isEqualTo("法条竞合（择重）"));
    }

    // ---- third legal read (general rules) ----

    @Test
    void refusedOrSeriousFinesForSeriousAloneUnderTheGeneralRules() throws Exception {
        // 妇女权益保障法 第八十三条: "…责令改正；拒不改正或者情节严重的，处一万元以上五万元以下罚款。" 情节严重 without a refusal is
        // fined; it was answered NO_PENALTY "只责令改正" when the general rules read the condition as 拒不改正 only.
        String text = lawArticle("社会法/妇女权益保障法(2022-10-30).md", "第八十三条");
        ProvisionVersion women83 = version("妇女权益保障法@2022-10-30", 83, text, LocalDate.of(2023, 1, 1), null);
        AdviceBasis basis = new AdviceBasis("DV-妇女权益保障法-83-1", "用人单位违反本法第四十三条和第四十八条规定", null,
                GeneralDiscretionRulesTest.DEFAULT.standardFor(text, List.of("责令改正")), List.of(),
                List.of(new CitedArticle("《妇女权益保障法》第八十三条", 1, women83, List.of(women83))), GENERAL_RULES);

        PenaltyAdvice serious = advisor.advise(basis, facts(LocalDate.of(2026, 5, 1)).serious().build());
        assertThat(serious.outcome()).isEqualTo(Outcome.PUNISH);
        assertThat(serious.range().min()).isGreaterThanOrEqualTo(yuan(10000));
        assertThat(serious.range().max()).isLessThanOrEqualTo(yuan(50000));
        assertThat(advisor.advise(basis, facts(LocalDate.of(2026, 5, 1)).refusedCorrection().build()).outcome()).isEqualTo(Outcome.PUNISH);
        assertThat(advisor.advise(basis, facts(LocalDate.of(2026, 5, 1)).build()).outcome()).isNotEqualTo(Outcome.PUNISH);
    }

    @Test
    void aWarningImposedAtOnceIsGivenWhenEveryFineWaitsForACondition() throws Exception {
        // 核安全法 第七十七条: "…责令改正，给予警告；情节严重的，处二十万元以上一百万元以下的罚款；…" — 警告 (行政处罚法 第九条（一）)
        // is due without 情节严重; it was answered NO_PENALTY "只责令改正".
        String text = lawArticle("行政法/核安全法(2017-09-01).md", "第七十七条");
        ProvisionVersion nuclear77 = version("核安全法@2017-09-01", 77, text, LocalDate.of(2018, 1, 1), null);
        AdviceBasis basis = new AdviceBasis("DV-核安全法-77-1", "核安全法第七十七条所列行为", null,
                GeneralDiscretionRulesTest.DEFAULT.standardFor(text, ViolationDeriver.immediateMeasures(text)), List.of(),
                List.of(new CitedArticle("《核安全法》第七十七条", 1, nuclear77, List.of(nuclear77))), GENERAL_RULES);

        PenaltyAdvice ordinary = advisor.advise(basis, facts(LocalDate.of(2026, 5, 1)).build());
        assertThat(ordinary.outcome()).isEqualTo(Outcome.PUNISH);
        assertThat(ordinary.measures()).contains("警告");
        PenaltyAdvice serious = advisor.advise(basis, facts(LocalDate.of(2026, 5, 1)).serious().build());
        assertThat(serious.range().min()).isGreaterThanOrEqualTo(yuan(200000));
    }

    @Test
    void aPenaltyAfterTwoActsIsImposedAtOnceNotAfterTheSecondAct() throws Exception {
        // 商业银行法 第二十三条第二款: "…无正当理由超过六个月未开业的，或者开业后自行停业连续六个月以上的，由国务院银行业监督管理机构吊销其经营
        // 许可证，并予以公告。" — the second "…的" is the other act, no condition: 吊销 is due, it was left out of the advice.
        String bank = lawLine("民法商法/商业银行法(2015-08-29).md", "无正当理由超过六个月未开业的");
        // 个人独资企业法 第三十六条, the same shape: "…超过六个月未开业的，或者开业后自行停业连续六个月以上的，吊销营业执照。"
        String soleTrader = lawArticle("民法商法/个人独资企业法(1999-08-30).md", "第三十六条");
        for (String text : List.of(bank, soleTrader)) {
            ProvisionVersion article = version("law@2000-01-01", 23, text, LocalDate.of(2000, 1, 1), null);
            PenaltyAdvice advice = advisor.advise(underGeneralRules("DV-x-23-2", "超过六个月未开业", "第二十三条", article),
                    facts(LocalDate.of(2026, 5, 1)).build());
            assertThat(advice.outcome()).as(text).isEqualTo(Outcome.PUNISH);
            assertThat(advice.measures()).as(text).anyMatch(m -> m.startsWith("吊销") && text.contains(m));
        }
    }

    @Test
    void aPenaltyTheArticleLeavesToTheAuthorityIsAdvisedAsItsChoiceNotAsRequired() throws Exception {
        // 公司法 第二百六十条: "公司成立后无正当理由超过六个月未开业的，或者开业后自行停业连续六个月以上的，公司登记机关可以吊销营业执照，
        // 但公司依法办理歇业的除外。" — an officer told to 吊销 where the law says 可以 cannot defend it as required.
        String company = lawArticle("民法商法/公司法(2023-12-29).md", "第二百六十条");
        ProvisionVersion article = version("公司法@2023-12-29", 260, company, LocalDate.of(2024, 7, 1), null);
        PenaltyAdvice advice = advisor.advise(underGeneralRules("DV-公司法-260-1", "公司成立后无正当理由超过六个月未开业", "《公司法》第二百六十条", article),
                facts(LocalDate.of(2026, 5, 1)).build());
        assertThat(advice.measures()).containsExactly("可以吊销营业执照");
        assertThat(advice.tier().circumstances()).startsWith("依条文可以给予吊销营业执照（由行政机关裁量决定）");
        // 建筑法 第六十七条, the same in a paragraph with a fine: "…责令改正，没收违法所得，并处罚款，可以责令停业整顿，降低资质等级；…"
        String building = lawArticle("经济法/建筑法(2019-04-23).md", "第六十七条");
        ProvisionVersion building67 = version("建筑法@2019-04-23", 67, building, LocalDate.of(2019, 4, 23), null);
        assertThat(advisor.advise(underGeneralRules("DV-建筑法-67-1", "承包单位将承包的工程转包", "《建筑法》第六十七条", building67),
                facts(LocalDate.of(2026, 5, 1)).build()).measures()).contains("可以责令停业整顿").doesNotContain("责令停业整顿");
    }

    @Test
    void aMeasureTheArticleImposesOnAnotherIsAdvisedAsTheirsAndALaterSentenceIsRead() throws Exception {
        // 精神卫生法 第七十三条 "…；对有关医务人员，吊销其执业证书。" and 旅游法 第一百条 "…；对直接负责的主管人员和其他直接责任人员，
        // 处二千元以上二万元以下罚款，并暂扣或者吊销导游证": left out of the advice they were lost; they are no penalty of the party.
        String clinic = lawArticle("行政法/精神卫生法(2018-04-27).md", "第七十三条");
        String agency = lawArticle("经济法/旅游法(2018-10-26).md", "第一百条");
        for (String text : List.of(clinic, agency)) {
            ProvisionVersion article = version("law@2018-01-01", 73, text, LocalDate.of(2018, 1, 1), null);
            PenaltyAdvice advice = advisor.advise(underGeneralRules("DV-x-73-1", "擅自从事", "第七十三条", article),
                    facts(LocalDate.of(2026, 5, 1)).party(PartyType.ORGANIZATION, null, null).build());
            assertThat(advice.measures()).as(text).anyMatch(m -> m.startsWith("对") && m.contains("吊销") && m.endsWith("（对条文所指对象另行决定，不计入对当事人的处罚）"));
            assertThat(advice.reasoning()).as(text).anyMatch(s -> s.rule().equals("对其他对象的处罚"));
        }
        // 专利代理条例 第二十六条第二款 "…依照有关法律、行政法规的规定承担法律责任；由国务院专利行政部门吊销专利代理师资格证。"
        String agent = lawLine("行政法规/专利代理条例(2018-11-06).md", "专利代理师在执业过程中泄露");
        ProvisionVersion article = version("专利代理条例@2018-11-06", 26, agent, LocalDate.of(2019, 3, 1), null);
        assertThat(advisor.advise(underGeneralRules("DV-专利代理条例-26-2", "泄露委托人的发明创造内容", "《专利代理条例》第二十六条", article),
                facts(LocalDate.of(2026, 5, 1)).build()).measures()).containsExactly("吊销专利代理师资格证");
    }

    @Test
    void aMeasureForSeriousCircumstancesAppliesWhenTheFineWaitsForARefusal() throws Exception {
        // 市场主体登记管理条例实施细则 第七十二条: "市场主体未按规定办理变更登记的，由登记机关责令改正；拒不改正的，处1万元以上10万元以下的
        // 罚款；情节严重的，吊销营业执照。" — 情节严重 stands on its own: a serious act not (yet) refused is 吊销营业执照, not 只责令改正.
        String text = lawArticle("部门规章/市场监督管理总局/市场主体登记管理条例实施细则(2022-03-01).md", "第七十二条");
        ProvisionVersion registration72 = version("市场主体登记管理条例实施细则@2022-03-01", 72, text, LocalDate.of(2022, 3, 1), null);
        AdviceBasis basis = new AdviceBasis("DV-市场主体登记管理条例实施细则-72-1", "市场主体未按规定办理变更登记", null,
                GeneralDiscretionRulesTest.DEFAULT.standardFor(text, ViolationDeriver.immediateMeasures(text)), List.of(),
                List.of(new CitedArticle("《市场主体登记管理条例实施细则》第七十二条", 1, registration72, List.of(registration72))), GENERAL_RULES);

        PenaltyAdvice serious = advisor.advise(basis, facts(LocalDate.of(2026, 5, 1)).serious().build());
        assertThat(serious.outcome()).isEqualTo(Outcome.PUNISH);
        assertThat(serious.measures()).contains("吊销营业执照");
        PenaltyAdvice refused = advisor.advise(basis, facts(LocalDate.of(2026, 5, 1)).refusedCorrection().build());
        assertThat(refused.outcome()).isEqualTo(Outcome.PUNISH);
        assertThat(refused.range()).isNotNull();
        assertThat(refused.range().min()).isGreaterThanOrEqualTo(yuan(10000));
        assertThat(refused.measures()).doesNotContain("吊销营业执照");
        PenaltyAdvice both = advisor.advise(basis, facts(LocalDate.of(2026, 5, 1)).refusedCorrection().serious().build());
        assertThat(both.range().min()).isGreaterThanOrEqualTo(yuan(10000));
        assertThat(both.measures()).contains("吊销营业执照");
        PenaltyAdvice ordinary = advisor.advise(basis, facts(LocalDate.of(2026, 5, 1)).build());
        assertThat(ordinary.outcome()).isNotEqualTo(Outcome.PUNISH);

        // 特种设备安全法 第八十一条: "…责令限期改正；逾期未改正的，责令停止生产，处五万元以上五十万元以下罚款；情节严重的，吊销生产许可证"
        String special = lawArticle("社会法/特种设备安全法(2013-06-29).md", "第八十一条");
        ProvisionVersion special81 = version("特种设备安全法@2013-06-29", 81, special, LocalDate.of(2014, 1, 1), null);
        AdviceBasis producer = new AdviceBasis("DV-特种设备安全法-81-1-1", "不再具备生产条件、生产许可证已经过期或者超出许可范围生产", null,
                GeneralDiscretionRulesTest.DEFAULT.standardFor(special, ViolationDeriver.immediateMeasures(special)), List.of(),
                List.of(new CitedArticle("《特种设备安全法》第八十一条", 1, special81, List.of(special81))), GENERAL_RULES);
        PenaltyAdvice revoked = advisor.advise(producer, facts(LocalDate.of(2026, 5, 1)).serious().build());
        assertThat(revoked.outcome()).isEqualTo(Outcome.PUNISH);
        assertThat(revoked.measures()).contains("吊销生产许可证");
    }

    // ---- second legal read ----

    @Test
    void anEntryThatOnlyOrdersCorrectionDoesNotExemptAnActTheArticleFinesAtOnce() throws Exception {
        // 消防法 第六十条: "单位违反本法规定，有下列行为之一的，责令改正，处五千元以上五万元以下罚款：" — the fine does not wait for a
        // refused order, so an entry worded "责令改正" exempts a corrected act only through 第三十三条第一款 (轻微).
        ProvisionVersion fire60 = version("消防法@2021-04-29", 60, lawArticle("行政法/消防法(2021-04-29).md", "第六十条"),
                LocalDate.of(2021, 4, 29), null);
        DiscretionStandard exits = new DiscretionStandard("XF-001", "江海市消防行政处罚裁量基准（2024）", List.of(
                new Tier(TierLevel.NO_PENALTY, "依法责令改正，当场改正到位的", null, null, null, List.of("责令改正")),
                new Tier(TierLevel.ORDINARY, "不具有从轻、减轻、从重情节的", null, null, fixed(20000, 35000), List.of("责令改正"))));
        AdviceBasis basis = basis(exits, "消防安全", fire60);

        PenaltyAdvice corrected = advisor.advise(basis, facts(LocalDate.of(2026, 5, 1)).correctedInTime().build());
        assertThat(corrected.outcome()).isEqualTo(Outcome.PUNISH);
        assertThat(corrected.range()).isEqualTo(range(20000, 35000));
        assertThat(advisor.advise(basis, facts(LocalDate.of(2026, 5, 1)).correctedInTime().minor().build()).outcome()).isEqualTo(Outcome.NO_PENALTY);
    }

    @Test
    void aListedFirstOffenceWithoutHarmMayGoUnpunished() {
        // 第三十三条第一款: "初次违法且危害后果轻微并及时改正的，可以不予行政处罚" — no harm at all is within 危害后果轻微; 轻微 of the act
        // is needed only for the mandatory exemption of the first sentence.
        PenaltyAdvice advice = advise(facts(LocalDate.of(2026, 5, 1)).goodsValue(3000).firstOffence().correctedInTime().build());

        assertThat(advice.outcome()).isEqualTo(Outcome.MAY_WAIVE);
        assertThat(advice.alternatives()).extracting(PenaltyAdvice.Alternative::range).containsExactly(range(65000, 85000));
    }

    @Test
    void anIndividualWithoutIllegalIncomeIsFinedUnderArticleEleven() throws Exception {
        // 价格违法行为行政处罚规定 第七条: "…没收违法所得，并处违法所得5倍以下的罚款；没有违法所得的，处5万元以上50万元以下的罚款…";
        // 第十一条: "本规定第四条、第七条至第九条规定中经营者为个人的，对其没有违法所得的价格违法行为，可以处10万元以下的罚款。"
        AdviceBasis basis = priceBasis(7);
        Facts none = facts(LocalDate.of(2026, 5, 1)).illegalIncome(0);

        PenaltyAdvice person = advisor.advise(basis, none.party(PartyType.SOLE_TRADER, null, null).build());
        assertThat(person.range()).isEqualTo(range(0, 100000));
        assertThat(person.statutoryRange().range()).isEqualTo(range(0, 100000));
        assertThat(person.reasoning()).noneSatisfy(s -> assertThat(s.rule()).isEqualTo("法条竞合（择重）"));
        assertThat(advisor.advise(basis, none.party(PartyType.ORGANIZATION, null, null).build()).range()).isEqualTo(range(150000, 350000));
        assertThatThrownBy(() -> advisor.advise(basis, none.party(null, null, null).build()))
                .isInstanceOfSatisfying(InvalidFactException.class, e -> assertThat(e.fact()).isEqualTo("partyType"));
        // With an income the multiple applies to every party: 违法所得 10,000 yuan, 一般 1.5–3.5 times.
        assertThat(advisor.advise(basis, facts(LocalDate.of(2026, 5, 1)).illegalIncome(10000).party(PartyType.INDIVIDUAL, 40, null).build())
                .range()).isEqualTo(range(15000, 35000));
    }

    @Test
    void anIllegalIncomeNotGivenIsNotTakenForNone() throws Exception {
        // 第七条 "没有违法所得的，处5万元以上50万元以下的罚款" is for an income found to be none; for an income of 1,000 yuan the
        // article allows "违法所得5倍以下", at most 5,000 yuan. Not given, the income is asked for, never assumed to be 0.
        assertThatThrownBy(() -> advisor.advise(priceBasis(7), facts(LocalDate.of(2026, 5, 1)).party(PartyType.ORGANIZATION, null, null).build()))
                .isInstanceOfSatisfying(InvalidFactException.class, e -> assertThat(e.fact()).isEqualTo("illegalIncome"));
    }

    @Test
    void theFineForSeriousCircumstancesWithoutIncomeNeedsBoth() throws Exception {
        // 价格违法行为行政处罚规定 第九条: "…并处违法所得5倍以下的罚款；没有违法所得的，处5万元以上50万元以下的罚款，情节较重的处50万元
        // 以上200万元以下的罚款；情节严重的，责令停业整顿". An aggravating circumstance is not 情节较重: 从重 stays within 5万–50万.
        ProvisionVersion art9 = version("价格违法行为行政处罚规定@2010-12-04", 9, lawArticle(PRICE, "第九条"), LocalDate.of(2010, 12, 4), null);
        Threshold none = new Threshold("违法所得", null, new BigDecimal("0.01"));
        DiscretionStandard charges = new DiscretionStandard("JG-003", "江海市价格行政处罚裁量基准（2024）", List.of(
                new Tier(TierLevel.ORDINARY, "有违法所得", null, null, new Fine(Fine.Kind.MULTIPLE, "违法所得", new BigDecimal("1.5"), new BigDecimal("3.5")),
                        List.of("没收违法所得")),
                new Tier(TierLevel.HEAVIER, "有违法所得，从重", null, null, new Fine(Fine.Kind.MULTIPLE, "违法所得", new BigDecimal("3.5"), yuan(5)),
                        List.of("没收违法所得")),
                new Tier(TierLevel.ORDINARY, "没有违法所得的", null, null, fixed(50000, 500000), List.of("责令改正")),
                new Tier(TierLevel.HEAVIER, "没有违法所得，情节较重的", TierCondition.SERIOUS, none, fixed(500000, 2000000), List.of("责令改正"))));
        AdviceBasis basis = new AdviceBasis("JG-003", "不执行政府指导价、政府定价", "价格", charges, List.of(),
                List.of(new CitedArticle("《价格违法行为行政处罚规定》第九条", 1, art9, List.of(art9))), GENERAL_RULES);
        Facts noIncome = facts(LocalDate.of(2026, 5, 1)).illegalIncome(0).party(PartyType.ORGANIZATION, null, null);

        PenaltyAdvice repeated = advisor.advise(basis, noIncome.aggravating(Aggravation.REPEATED).build());
        assertThat(repeated.range()).isEqualTo(range(50000, 500000));
        assertThat(advisor.advise(basis, noIncome.aggravating().serious().build()).range()).isEqualTo(range(500000, 2000000));
        // 情节较重的 clause is for 没有违法所得: with an income of 10,000 yuan the multiple applies.
        PenaltyAdvice seriousWithIncome = advisor.advise(basis, facts(LocalDate.of(2026, 5, 1)).illegalIncome(10000).serious().build());
        assertThat(seriousWithIncome.range()).isEqualTo(range(15000, 35000));
        // …but "情节严重的，责令停业整顿" holds with an income too: the standard's 情节严重 tier (没有违法所得) does not cancel it.
        assertThat(seriousWithIncome.measures()).contains("没收违法所得", "责令停业整顿");
        assertThat(seriousWithIncome.reasoning()).anySatisfy(s -> assertThat(s.finding()).contains("规定“情节严重的，责令停业整顿”")
                .contains("基准的情节严重阶次不适用于本案"));
        assertThat(advisor.advise(basis, noIncome.aggravating().serious().build()).measures()).containsExactly("责令改正");
    }

    @Test
    void otherSeriousCircumstancesOfTheAdvertisingLawCountAsSerious() throws Exception {
        // 广告法 第五十五条: "…两年内有三次以上违法行为或者有其他严重情节的，处广告费用五倍以上十倍以下的罚款，广告费用无法计算或者明显偏低的，
        // 处一百万元以上二百万元以下的罚款，可以吊销营业执照…" — 情节严重 worded 有其他严重情节.
        String text = lawArticle("行政法/广告法(2021-04-29).md", "第五十五条");
        assertThat(ArticleReading.seriousClause(text)).hasValueSatisfying(c -> assertThat(c).startsWith("处广告费用五倍以上十倍以下的罚款"));
        ProvisionVersion art55 = version("广告法@2021-04-29", 55, text, LocalDate.of(2021, 4, 29), null);
        DiscretionStandard standard = new DiscretionStandard("GG-001", "江海市市场监督管理行政处罚裁量基准（2024）", List.of(
                new Tier(TierLevel.ORDINARY, "一般", null, null, new Fine(Fine.Kind.MULTIPLE, "广告费用", new BigDecimal("3.6"), new BigDecimal("4.4")),
                        List.of("责令停止发布广告"))));
        AdviceBasis basis = new AdviceBasis("GG-001", "发布虚假广告", "广告", standard, List.of(),
                List.of(new CitedArticle("《广告法》第五十五条", 1, art55, List.of(art55))), GENERAL_RULES);
        ViolationFacts facts = new ViolationFacts(LocalDate.of(2026, 5, 1), null, null, DECIDED, false, Harm.NONE, false, false, true, false,
                Map.of(Basis.ADVERTISING_COST, yuan(10000)), Set.of(), Set.of());

        PenaltyAdvice advice = advisor.advise(basis, facts);
        assertThat(advice.statutoryRange().range()).isEqualTo(range(50000, 100000));
        assertThat(advice.range()).isEqualTo(range(50000, 100000));
        assertThat(advice.reasoning()).anySatisfy(s -> assertThat(s.finding()).contains("规定“有其他严重情节的，处广告费用五倍以上十倍以下的罚款"));
    }

    @Test
    void anUnstatedHarmIsNoGroundForTheTwoYearBarNorForAnExemption() {
        // 第三十六条: "违法行为在二年内未被发现的，不再给予行政处罚；涉及公民生命健康安全、金融安全且有危害后果的，上述期限延长至五年。"
        // Found 2 years 5 months after the act: whether it is barred turns on the harm, which the officer has not given.
        Facts late = facts(LocalDate.of(2023, 1, 1)).discoveredOn(LocalDate.of(2025, 6, 1)).goodsValue(3000).harm(null);

        assertThatThrownBy(() -> advise(late.build()))
                .isInstanceOfSatisfying(InvalidFactException.class, e -> assertThat(e.fact()).isEqualTo("harm"));
        assertThatThrownBy(() -> advise(late.lifeHealthOrFinance(true).build()))
                .isInstanceOfSatisfying(InvalidFactException.class, e -> assertThat(e.fact()).isEqualTo("harm"));
        assertThat(advise(late.harm(Harm.HARMFUL).build()).outcome()).isEqualTo(Outcome.PUNISH);
        assertThat(advise(late.harm(null).lifeHealthOrFinance(false).build()).outcome()).isEqualTo(Outcome.TIME_BARRED);
        assertThat(advise(late.harm(Harm.NONE).lifeHealthOrFinance(null).build()).outcome()).isEqualTo(Outcome.TIME_BARRED);
        // 第三十三条第一款 "没有造成危害后果的" / "危害后果轻微": the officer's finding, not the absence of one.
        PenaltyAdvice unstated = advise(facts(LocalDate.of(2026, 5, 1)).goodsValue(3000).firstOffence().minor().correctedInTime().harm(null).build());
        assertThat(unstated.outcome()).isEqualTo(Outcome.PUNISH);
        assertThat(unstated.reasoning()).anySatisfy(s -> assertThat(s.finding()).contains("未认定危害后果"));
    }

    private static final String PRICE = "行政法规/价格违法行为行政处罚规定(2010-12-04).md";

    /** 价格欺诈 as JG-002 ships it: 第七条 with 第十一条 beside it. */
    private static AdviceBasis priceBasis(int article) throws Exception {
        ProvisionVersion fraud = version("价格违法行为行政处罚规定@2010-12-04", article, lawArticle(PRICE, "第七条"), LocalDate.of(2010, 12, 4), null);
        ProvisionVersion persons = version("价格违法行为行政处罚规定@2010-12-04", 11, lawArticle(PRICE, "第十一条"), LocalDate.of(2010, 12, 4), null);
        DiscretionStandard standard = new DiscretionStandard("JG-002", "江海市价格行政处罚裁量基准（2024）", List.of(
                new Tier(TierLevel.ORDINARY, "有违法所得，不具有从轻、从重情节的", null, null,
                        new Fine(Fine.Kind.MULTIPLE, "违法所得", new BigDecimal("1.5"), new BigDecimal("3.5")), List.of("没收违法所得")),
                new Tier(TierLevel.ORDINARY, "没有违法所得，不具有从轻、从重情节的（经营者为个人的，依照第十一条第一款可以处十万元以下罚款，不适用本阶次幅度）",
                        null, null, fixed(150000, 350000), List.of("责令改正"))));
        return new AdviceBasis("JG-002", "价格欺诈", "价格", standard, List.of(),
                List.of(new CitedArticle("《价格违法行为行政处罚规定》第七条", 1, fraud, List.of(fraud)),
                        new CitedArticle("《价格违法行为行政处罚规定》第十一条", 1, persons, List.of(persons))), GENERAL_RULES);
    }

    @Test
    void aRenumberedArticleIsComparedWithItsCounterpartAndNewKindsOfPenaltyMakeTheNewTextHeavier() throws Exception {
        // 会计法 2017 第四十二条 "…由县级以上人民政府财政部门责令限期改正，可以对单位并处三千元以上五万元以下的罚款…" continues as
        // 2024 第四十条 "…责令限期改正，给予警告、通报批评，对单位可以并处二十万元以下的罚款…" (2024 第四十二条 is another act).
        ProvisionVersion old = version("会计法@2017-11-04", 42, lawArticle(ACCOUNTING_2017, "第四十二条"), LocalDate.of(2017, 11, 4),
                LocalDate.of(2024, 6, 30));
        ProvisionVersion current = version("会计法@2024-06-28", 40, lawArticle(ACCOUNTING_2024, "第四十条"), LocalDate.of(2024, 7, 1), null);
        DiscretionStandard standard = new DiscretionStandard("KJ-001", "会计违法行为裁量基准", List.of(
                new Tier(TierLevel.ORDINARY, "一般", null, null, fixed(60000, 140000), List.of("责令限期改正"))));
        AdviceBasis basis = new AdviceBasis("KJ-001", "私设会计账簿", "财会", standard, List.of(),
                List.of(new CitedArticle("《会计法》第四十条", 1, current, List.of(old, current))), GENERAL_RULES);

        PenaltyAdvice advice = advisor.advise(basis, facts(LocalDate.of(2024, 3, 1)).discoveredOn(LocalDate.of(2025, 1, 6))
                .party(PartyType.ORGANIZATION, null, null).build());

        assertThat(advice.provisions()).filteredOn(p -> p.use() == Use.PENALTY).extracting(p -> p.provision().id())
                .containsExactly("会计法@2017-11-04/42");
        assertThat(advice.reasoning().getFirst().finding()).contains("（条文序号由第42条调整为第40条）")
                .contains("新版增加了警告、通报批评").contains("处罚不轻于旧版，适用违法行为发生时的规定");
        // 一般 sits at 30 %–70 % of 二十万元以下; in 三千至五万 that is 17100–35900 yuan.
        assertThat(advice.range()).isEqualTo(range(17100, 35900));
    }

    @Test
    void aVersionWithoutACounterpartOfTheArticleIsReportedNeverReadByNumber() {
        ProvisionVersion current = version("会计法@2024-06-28", 40, "违反本法规定，有下列行为之一的，由县级以上人民政府财政部门责令限期改正，"
                + "给予警告、通报批评，对单位可以并处二十万元以下的罚款", LocalDate.of(2024, 7, 1), null);
        DiscretionStandard standard = new DiscretionStandard("KJ-001", "会计违法行为裁量基准", List.of(
                new Tier(TierLevel.ORDINARY, "一般", null, null, fixed(60000, 140000), List.of("责令限期改正"))));
        CitedArticle.Unmatched before = new CitedArticle.Unmatched("会计法@2017-11-04", LocalDate.of(2017, 11, 4), LocalDate.of(2024, 6, 30));
        AdviceBasis basis = new AdviceBasis("KJ-001", "私设会计账簿", "财会", standard,
                List.of(new CitedArticle("《会计法》第三条", 1, ART_35_2021, List.of(ART_35_2021))),
                List.of(new CitedArticle("《会计法》第四十条", 1, current, List.of(current), List.of(before), LawLevel.LAW)), GENERAL_RULES);

        assertThatThrownBy(() -> advisor.advise(basis, facts(LocalDate.of(2024, 3, 1)).discoveredOn(LocalDate.of(2025, 1, 6)).build()))
                .isInstanceOf(InvalidFactException.class).hasMessageContaining("《会计法》（2017-11-04版）, which has no article corresponding to "
                        + "《会计法》第四十条");
        // A violated article the decision's version no longer has: the new law may not deem the act unlawful.
        CitedArticle.Unmatched later = new CitedArticle.Unmatched("食品安全法@2026-01-01", LocalDate.of(2026, 1, 1), null);
        AdviceBasis dropped = new AdviceBasis("SP-001", "未取得食品经营许可从事食品经营活动", "食品安全", FOOD_LICENCE,
                List.of(new CitedArticle("《食品安全法》第三十五条", 1, ART_35_2021, List.of(ART_35_2021), List.of(later), LawLevel.LAW)),
                List.of(new CitedArticle("《食品安全法》第一百二十二条", 1, ART_122_2021, List.of(ART_122_2021))), GENERAL_RULES);
        PenaltyAdvice advice = advisor.advise(dropped, facts(LocalDate.of(2025, 5, 1)).goodsValue(3000).build());
        assertThat(advice.reasoning().getFirst().finding()).contains("违法条款《食品安全法》第三十五条在作出决定时施行的《食品安全法》（2026-01-01版）"
                + "中没有对应条文，如新的规定不认为是违法，应当适用新的规定");
    }

    @Test
    void anActBeforeTheEarliestLoadedVersionIsReferredToTheTextThenInForce() throws Exception {
        // 消费者权益保护法 (2013-10-25, 第二次修正): "本决定自2014年3月15日起施行"; before it the 2009 text applied, which the
        // collection does not hold. 第五十六条: "…没有违法所得的，处以五十万元以下的罚款…"
        String text = lawArticle("民法商法/消费者权益保护法(2013-10-25).md", "第五十六条");
        ProvisionVersion consumer56 = version("消费者权益保护法@2013-10-25", 56, text, LocalDate.of(2014, 3, 15), null);

        assertThatThrownBy(() -> advisor.advise(cited(consumer56, LawLevel.LAW), facts(LocalDate.of(2014, 1, 10)).build()))
                .isInstanceOf(InvalidFactException.class)
                .hasMessageContaining("(2014-01-10) is before the earliest version of 第56条 in the law collection, in force from 2014-03-15")
                .hasMessageContaining("must be read in that version")
                .hasMessageNotContaining("no version");
    }

    /** A violation without a local standard: the basis the default general rules make of the 款 (or act) it cites, as linked. */
    private static AdviceBasis underGeneralRules(String code, String name, CitedArticle cited) {
        GeneralDiscretionRules rules = GeneralDiscretionRulesTest.DEFAULT;
        return new AdviceBasis(code, name, null, rules.standardFor(cited.text(cited.linked())), List.of(), List.of(cited), GENERAL_RULES, rules);
    }

    /** 旅行社条例 第四十七条 under the general rules, as the violation of its {@code act}-th act. */
    private static AdviceBasis travelAgencyAct(int act) throws Exception {
        ProvisionVersion current = version("旅行社条例@2020-11-29", 47, lawArticle("行政法规/旅行社条例(2020-11-29).md", "第四十七条"),
                LocalDate.of(2020, 11, 29), null);
        return underGeneralRules("DV-旅行社条例-47-1" + (act > 1 ? "." + act : ""), "旅行社条例 47 act " + act,
                new CitedArticle("《旅行社条例》第四十七条", 1, act, current, List.of(current), List.of(), null));
    }

    @Test
    void eachActOfAParagraphIsAdvisedOnItsOwnPenalties() throws Exception {
        // 旅行社条例 第四十七条: "旅行社转让、出租、出借旅行社业务经营许可证的，由旅游行政管理部门责令停业整顿1个月至3个月，并没收违法所得；
        // 情节严重的，吊销旅行社业务经营许可证。受让或者租借旅行社业务经营许可证的，由旅游行政管理部门责令停止非法经营，没收违法所得，
        // 并处10万元以上50万元以下的罚款。" The 10万–50万 fine is the taker's: the agency that lent its licence was advised it too.
        ViolationFacts facts = facts(LocalDate.of(2025, 3, 1)).discoveredOn(LocalDate.of(2025, 6, 1)).party(PartyType.ORGANIZATION, null, null).build();

        PenaltyAdvice lender = advisor.advise(travelAgencyAct(1), facts);
        PenaltyAdvice taker = advisor.advise(travelAgencyAct(2), facts);

        assertThat(lender.range()).isNull();
        assertThat(lender.statutoryRange()).isNull();
        assertThat(lender.measures()).contains("责令停业整顿", "没收违法所得");
        assertThat(taker.statutoryRange().range()).isEqualTo(range(100000, 500000));
        assertThat(taker.measures()).contains("没收违法所得").doesNotContain("责令停业整顿");
    }

    @Test
    void aUnitIsNotAdvisedUnderTheParagraphThatPunishesAPerson() throws Exception {
        // 网络安全法 第六十三条: "…尚不构成犯罪的，由公安机关没收违法所得，处五日以下拘留，可以并处五万元以上五十万元以下罚款…" and its second
        // paragraph "单位有前款行为的，由公安机关没收违法所得，处十万元以上一百万元以下罚款，并对直接负责的主管人员和其他直接责任人员依照前款
        // 规定处罚。" A unit advised 五万元以上五十万元以下 could be fined below its statutory minimum.
        String person = lawArticle("行政法/网络安全法(2016-11-07).md", "第六十三条");
        String unit = java.nio.file.Files.readAllLines(LAWS.resolve("行政法/网络安全法(2016-11-07).md")).stream()
                .filter(l -> l.startsWith("单位有前款行为的，由公安机关没收违法所得，处十万元以上一百万元以下罚款")).findFirst().orElseThrow();
        Provision article = new Provision(Provision.id("网络安全法@2016-11-07", 63, 0), "网络安全法@2016-11-07", 63, 0, "第六十三条", null, null,
                List.of(person, unit));
        ProvisionVersion current = new ProvisionVersion(article, LocalDate.of(2017, 6, 1), null);
        AdviceBasis basis = underGeneralRules("DV-网络安全法-63-1", "从事危害网络安全的活动",
                new CitedArticle("《网络安全法》第六十三条", 1, current, List.of(current)));
        Facts facts = facts(LocalDate.of(2025, 3, 1)).discoveredOn(LocalDate.of(2025, 6, 1));

        assertThatThrownBy(() -> advisor.advise(basis, facts.party(PartyType.ORGANIZATION, null, null).build()))
                .isInstanceOfSatisfying(InvalidFactException.class, e -> assertThat(e.fact()).isEqualTo("partyType"))
                .hasMessageContaining("paragraph 2");
        assertThat(advisor.advise(basis, facts.party(PartyType.INDIVIDUAL, null, null).build()).statutoryRange().range())
                .isEqualTo(range(50000, 500000));
    }

    @Test
    void eachPartyIsAdvisedOnlyUnderTheActOfTheParagraphWrittenForIt() throws Exception {
        // 物业管理条例 第六十三条: "…由县级以上地方人民政府房地产行政主管部门责令限期改正，给予警告，并按照本条第二款的规定处以罚款…" and "个人有前款
        // 规定行为之一的，处1000元以上1万元以下的罚款；单位有前款规定行为之一的，处5万元以上20万元以下的罚款。" A 单位 advised the 个人's range would be
        // fined below its statutory minimum.
        String file = "行政法规/物业管理条例(2018-03-19).md";
        String parties = java.nio.file.Files.readAllLines(LAWS.resolve(file)).stream().filter(l -> l.startsWith("个人有前款规定行为之一的")).findFirst().orElseThrow();
        Provision article = new Provision(Provision.id("物业管理条例@2018-03-19", 63, 0), "物业管理条例@2018-03-19", 63, 0, "第六十三条", null, null,
                List.of(lawArticle(file, "第六十三条"), "(一)擅自改变物业管理区域内按照规划建设的公共建筑和共用设施用途的；", parties));
        ProvisionVersion current = new ProvisionVersion(article, LocalDate.of(2018, 3, 19), null);
        Facts facts = facts(LocalDate.of(2025, 3, 1)).discoveredOn(LocalDate.of(2025, 6, 1));
        AdviceBasis person = underGeneralRules("DV-物业管理条例-63-3-1", "擅自改变共用设施用途（个人）",
                new CitedArticle("《物业管理条例》第六十三条", 3, 1, current, List.of(current), List.of(), null));
        AdviceBasis unit = underGeneralRules("DV-物业管理条例-63-3.2-1", "擅自改变共用设施用途（单位）",
                new CitedArticle("《物业管理条例》第六十三条", 3, 2, current, List.of(current), List.of(), null));
        AdviceBasis either = underGeneralRules("DV-物业管理条例-63-1-1", "擅自改变共用设施用途",
                new CitedArticle("《物业管理条例》第六十三条", 1, current, List.of(current)));

        assertThat(advisor.advise(person, facts.party(PartyType.INDIVIDUAL, null, null).build()).statutoryRange().range()).isEqualTo(range(1000, 10000));
        assertThat(advisor.advise(unit, facts.party(PartyType.ORGANIZATION, null, null).build()).statutoryRange().range()).isEqualTo(range(50000, 200000));
        assertThatThrownBy(() -> advisor.advise(person, facts.party(PartyType.ORGANIZATION, null, null).build()))
                .isInstanceOfSatisfying(InvalidFactException.class, e -> assertThat(e.fact()).isEqualTo("partyType")).hasMessageContaining("个人有前款");
        assertThatThrownBy(() -> advisor.advise(either, facts.party(PartyType.ORGANIZATION, null, null).build()))
                .isInstanceOfSatisfying(InvalidFactException.class, e -> assertThat(e.fact()).isEqualTo("partyType")).hasMessageContaining("paragraph 3");
    }

    @Test
    void aFineSetByAnotherParagraphOfTheArticleIsReadFromIt() throws Exception {
        // 大气污染防治法 第一百二十二条: "违反本法规定，造成大气污染事故的，由县级以上人民政府生态环境主管部门依照本条第二款的规定处以罚款；…" and
        // "对造成一般或者较大大气污染事故的，按照污染事故造成直接损失的一倍以上三倍以下计算罚款；对造成重大或者特大大气污染事故的，按照污染事故
        // 造成的直接损失的三倍以上五倍以下计算罚款。" The fine was read as 处以罚款 without an amount: no range at all.
        String file = "行政法/大气污染防治法(2018-10-26).md";
        String second = java.nio.file.Files.readAllLines(LAWS.resolve(file)).stream().filter(l -> l.startsWith("对造成一般或者较大大气污染事故的")).findFirst().orElseThrow();
        Provision article = new Provision(Provision.id("大气污染防治法@2018-10-26", 122, 0), "大气污染防治法@2018-10-26", 122, 0, "第一百二十二条", null, null,
                List.of(lawArticle(file, "第一百二十二条"), second));
        ProvisionVersion current = new ProvisionVersion(article, LocalDate.of(2018, 10, 26), null);
        CitedArticle cited = new CitedArticle("《大气污染防治法》第一百二十二条", 1, current, List.of(current));
        AdviceBasis basis = underGeneralRules("DV-大气污染防治法-122-1", "造成大气污染事故", cited);

        assertThat(cited.text(current)).endsWith(second);
        PenaltyAdvice advice = advisor.advise(basis, facts(LocalDate.of(2025, 3, 1)).discoveredOn(LocalDate.of(2025, 6, 1))
                .party(PartyType.ORGANIZATION, null, null).build());
        // Every accident is of one class or the other: a fine is due, its band the officer's finding — never 只责令改正.
        assertThat(advice.outcome()).isEqualTo(Outcome.PUNISH);
        assertThat(advice.tier().circumstances()).contains("须认定属于哪一种");
        assertThat(advice.alternatives()).extracting(PenaltyAdvice.Alternative::choice)
                .containsExactly("若认定对造成一般或者较大大气污染事故的则", "若认定对造成重大或者特大大气污染事故的则");
    }

    @Test
    void anAnswerThatOnlyOrdersCorrectionShowsNoTierOfTheWaiverList() throws Exception {
        // 消防法 第六十六条: "电器产品、燃气用具的安装、使用及其线路、管路的设计、敷设、维护保养、检测不符合消防技术标准和管理规定的，责令限期改正；
        // 逾期不改正的，责令停止使用，可以并处一千元以上五千元以下罚款。" Not refused, only the order is due; the answer's tier was the general
        // rules' 首违不罚 entry "初次违法且危害后果轻微并及时改正的，可以不予行政处罚" — as if a fine were the officer's to choose.
        ProvisionVersion fire = version("消防法@2021-04-29", 66, lawArticle("行政法/消防法(2021-04-29).md", "第六十六条"), LocalDate.of(2021, 4, 29), null);
        AdviceBasis basis = underGeneralRules("DV-消防法-66-1", "电器产品、燃气用具的安装、使用不符合消防技术标准", "《消防法》第六十六条", fire);

        PenaltyAdvice advice = advisor.advise(basis, facts(LocalDate.of(2026, 5, 1)).party(PartyType.ORGANIZATION, null, null).build());

        assertThat(advice.outcome()).isEqualTo(Outcome.NO_PENALTY);
        assertThat(advice.tier()).isNull();
        assertThat(advice.reasoning()).anySatisfy(s -> assertThat(s.finding()).contains("只责令改正"));
        assertThat(advisor.advise(basis, facts(LocalDate.of(2026, 5, 1)).party(PartyType.ORGANIZATION, null, null).refusedCorrection().build())
                .outcome()).isEqualTo(Outcome.PUNISH);
    }

    @Test
    void aRefusalTheArticleAnswersWithItsOwnMeasureIsNotAlsoAHeavierFine() throws Exception {
        // 旅行社条例 第五十六条: "…由旅游行政管理部门责令改正，处1万元以上5万元以下的罚款；拒不改正的，责令停业整顿1个月至3个月。" The refusal
        // brings the 停业整顿; counted as 从重 for the fine as well, the same fact was weighed twice.
        ProvisionVersion current = version("旅行社条例@2020-11-29", 56, lawArticle("行政法规/旅行社条例(2020-11-29).md", "第五十六条"),
                LocalDate.of(2020, 11, 29), null);
        AdviceBasis basis = underGeneralRules("DV-旅行社条例-56-1", "旅行社组织中国内地居民出境旅游，不为旅游团队安排领队全程陪同",
                new CitedArticle("《旅行社条例》第五十六条", 1, current, List.of(current)));

        PenaltyAdvice advice = advisor.advise(basis, facts(LocalDate.of(2025, 3, 1)).discoveredOn(LocalDate.of(2025, 6, 1)).refusedCorrection()
                .party(PartyType.ORGANIZATION, null, null).build());

        assertThat(advice.tier().level()).isEqualTo(TierLevel.ORDINARY);
        assertThat(advice.measures()).anySatisfy(m -> assertThat(m).contains("责令停业整顿"));
    }

    // ---- fourth legal read: the general rules on the version applied, amounts never assumed, conditions left to the officer ----

    /** 会计法 第四十条 (2024) as a penalty article under the general rules, with its 2017 counterpart 第四十二条. */
    private static AdviceBasis accountingUnderGeneralRules(boolean commencementAssumed) throws Exception {
        ProvisionVersion old = version("会计法@2017-11-04", 42, lawArticle(ACCOUNTING_2017, "第四十二条"), LocalDate.of(2017, 11, 4),
                LocalDate.of(2024, 6, 27));
        ProvisionVersion current = new ProvisionVersion(article("会计法@2024-06-28", 40, lawArticle(ACCOUNTING_2024, "第四十条")),
                LocalDate.of(2024, 6, 28), null, commencementAssumed);
        return underGeneralRules("会计法@2024-06-28/40", "《会计法》第四十条", new CitedArticle("《会计法》第四十条", 0, current, List.of(old, current)));
    }

    @Test
    void theOlderVersionAppliedUnderTheGeneralRulesBringsItsOwnFinesAndMeasures() throws Exception {
        // 第三十七条: "实施行政处罚，适用违法行为发生时的法律、法规、规章的规定。" 会计法 2017 第四十二条: "…由县级以上人民政府财政部门
        // 责令限期改正，可以对单位并处三千元以上五万元以下的罚款…"; 2024 第四十条: "…责令限期改正，给予警告、通报批评，对单位可以并处
        // 二十万元以下的罚款…". The 2024 警告、通报批评 are no penalty of the law applied.
        AdviceBasis basis = accountingUnderGeneralRules(false);

        PenaltyAdvice advice = advisor.advise(basis, facts(LocalDate.of(2024, 3, 1)).discoveredOn(LocalDate.of(2025, 1, 6))
                .party(PartyType.ORGANIZATION, null, null).build());

        assertThat(advice.provisions()).filteredOn(p -> p.use() == Use.PENALTY).extracting(p -> p.provision().id())
                .containsExactly("会计法@2017-11-04/42");
        assertThat(advice.measures()).doesNotContain("警告", "通报批评").contains("责令限期改正");
        // 一般 30 %–70 % of 三千元以上五万元以下, made from the 2017 text itself.
        assertThat(advice.range()).isEqualTo(range(17100, 35900));
        assertThat(advice.tier().circumstances()).contains("法定3000元以上50000元以下");
        assertThat(advice.reasoning()).anySatisfy(s -> assertThat(s.finding()).contains("依所适用的《会计法》（2017-11-04版）第42条的罚款和处罚种类分档"));
        assertThat(advice.reasoning()).noneSatisfy(s -> assertThat(s.rule()).isEqualTo("施行日期（假定）"));
    }

    @Test
    void aVersionWhoseCommencementIsOnlyAssumedIsFlaggedForTwelveMonths() throws Exception {
        // 全国人民代表大会常务委员会关于修改《中华人民共和国会计法》的决定 "本决定自2024年7月1日起施行" is not in the amended text: without
        // that row the 2024 version starts on its adoption day, 2024-06-28, an assumption the answer must state.
        AdviceBasis assumed = accountingUnderGeneralRules(true);
        ViolationFacts soon = facts(LocalDate.of(2024, 9, 1)).discoveredOn(LocalDate.of(2025, 1, 6)).party(PartyType.ORGANIZATION, null, null).build();

        assertThat(advisor.advise(assumed, soon).reasoning()).anySatisfy(s -> {
            assertThat(s.rule()).isEqualTo("施行日期（假定）");
            assertThat(s.finding()).contains("修正决定的施行日期未经核实，按通过日期（2024-06-28）起算").contains("请核对");
        });
        ViolationFacts later = facts(LocalDate.of(2025, 7, 1)).discoveredOn(LocalDate.of(2026, 1, 6)).party(PartyType.ORGANIZATION, null, null).build();
        // decided 2026-11-23, acted 2025-07-01: both more than twelve months after 2024-06-28
        assertThat(advisor.advise(assumed, later).reasoning()).noneSatisfy(s -> assertThat(s.rule()).isEqualTo("施行日期（假定）"));
        assertThat(advisor.advise(accountingUnderGeneralRules(false), soon).reasoning()).noneSatisfy(s -> assertThat(s.rule()).isEqualTo("施行日期（假定）"));
    }

    @Test
    void aFineForACircumstanceNoFactStatesIsOfferedForTheOfficerToJudge() throws Exception {
        // 城镇排水与污水处理条例 第五十七条第一款: "…处2万元以上5万元以下罚款；造成严重后果的，处5万元以上10万元以下罚款；…"
        String text = lawArticle("行政法规/城镇排水与污水处理条例(2013-10-02).md", "第五十七条");
        ProvisionVersion drains = version("城镇排水与污水处理条例@2013-10-02", 57, text, LocalDate.of(2014, 1, 1), null);
        AdviceBasis basis = underGeneralRules("城镇排水与污水处理条例@2013-10-02/57", "《城镇排水与污水处理条例》第五十七条", "《城镇排水与污水处理条例》第五十七条", drains);

        PenaltyAdvice advice = advisor.advise(basis, facts(LocalDate.of(2026, 5, 1)).party(PartyType.ORGANIZATION, null, null).build());

        assertThat(advice.outcome()).isEqualTo(Outcome.PUNISH);
        assertThat(advice.range()).isEqualTo(range(29000, 41000));
        assertThat(advice.alternatives()).anySatisfy(a -> {
            assertThat(a.choice()).isEqualTo("若认定造成严重后果的则");
            assertThat(a.range()).isEqualTo(range(65000, 85000));
        });
        assertThat(advice.reasoning()).anySatisfy(s -> assertThat(s.finding()).startsWith("条文另规定“造成严重后果的…”的罚款，案件事实未载明是否属于该情形，未予适用"));
    }

    @Test
    void aMultipleOfAnAmountNoFactCarriesIsAClearRefusalNotACrash() throws Exception {
        // 森林法实施条例 第三十八条: "…没收盗伐的林木或者变卖所得，并处盗伐林木价值3倍至5倍的罚款。" — 盗伐林木价值 is no fact of
        // the advice; the answer says what to compute instead of failing inside (it was an IllegalArgumentException).
        String text = lawArticle("行政法规/森林法实施条例(2018-03-19).md", "第三十八条");
        ProvisionVersion forest = version("森林法实施条例@2018-03-19", 38, text, LocalDate.of(2018, 3, 19), null);
        AdviceBasis basis = underGeneralRules("森林法实施条例@2018-03-19/38", "《森林法实施条例》第三十八条", "《森林法实施条例》第三十八条", forest);

        assertThatThrownBy(() -> advisor.advise(basis, facts(LocalDate.of(2026, 5, 1)).party(PartyType.INDIVIDUAL, 40, null).build()))
                .isInstanceOfSatisfying(InvalidFactException.class, e -> assertThat(e.fact()).isEqualTo("facts"))
                .hasMessageContaining("cannot state 盗伐林木价值").hasMessageContaining("compute it from the article text");
    }

    @Test
    void anArticleThatFinesUnitsAndPersonsApartGivesEachOnlyItsOwnRange() throws Exception {
        // 大气污染防治法 第一百一十九条第二款: "…责令改正，对单位处一万元以上十万元以下的罚款，对个人处五百元以上二千元以下的罚款。"
        String text = "违反本法规定，在人口集中地区和其他依法需要特殊保护的区域内，焚烧沥青、油毡、橡胶、塑料、皮革、垃圾以及其他产生有毒有害"
                + "烟尘和恶臭气体的物质的，由县级人民政府确定的监督管理部门责令改正，对单位处一万元以上十万元以下的罚款，对个人处五百元以上二千元以下的罚款。";
        assertThat(java.nio.file.Files.readString(LAWS.resolve("行政法/大气污染防治法(2018-10-26).md"))).contains(text);
        ProvisionVersion air = version("大气污染防治法@2018-10-26", 119, text, LocalDate.of(2018, 10, 26), null);
        AdviceBasis basis = underGeneralRules("DV-大气污染防治法-119-2", "焚烧产生有毒有害烟尘的物质", "《大气污染防治法》第一百一十九条", air);

        PenaltyAdvice person = advisor.advise(basis, facts(LocalDate.of(2026, 5, 1)).party(PartyType.INDIVIDUAL, 40, null).build());
        PenaltyAdvice unit = advisor.advise(basis, facts(LocalDate.of(2026, 5, 1)).party(PartyType.ORGANIZATION, null, null).build());

        assertThat(person.range().min()).isGreaterThanOrEqualTo(yuan(500));
        assertThat(person.range().max()).isLessThanOrEqualTo(yuan(2000));
        assertThat(person.tier().circumstances()).startsWith("对个人");
        assertThat(unit.range().min()).isGreaterThanOrEqualTo(yuan(10000));
        assertThat(unit.range().max()).isLessThanOrEqualTo(yuan(100000));
        assertThat(unit.tier().circumstances()).startsWith("对单位");
        assertThatThrownBy(() -> advisor.advise(basis, facts(LocalDate.of(2026, 5, 1)).build()))
                .isInstanceOfSatisfying(InvalidFactException.class, e -> assertThat(e.fact()).isEqualTo("partyType"));
    }

    @Test
    void theFinesForNoIncomeAreNotForAnIncome() throws Exception {
        // 价格违法行为行政处罚规定 第五条: "…没收违法所得，并处违法所得5倍以下的罚款；没有违法所得的，处10万元以上100万元以下的罚款，
        // 情节较重的处100万元以上500万元以下的罚款；…" — with an income of 100,000 yuan the fine is at most 5 times it.
        String text = lawArticle(PRICE, "第五条");
        ProvisionVersion art5 = version("价格违法行为行政处罚规定@2010-12-04", 5, text, LocalDate.of(2010, 12, 4), null);
        AdviceBasis basis = underGeneralRules("DV-价格违法行为行政处罚规定-5-1", "相互串通，操纵市场价格", "《价格违法行为行政处罚规定》第五条", art5);

        PenaltyAdvice income = advisor.advise(basis, facts(LocalDate.of(2026, 5, 1)).party(PartyType.ORGANIZATION, null, null).illegalIncome(100000)
                .serious().build());
        PenaltyAdvice none = advisor.advise(basis, facts(LocalDate.of(2026, 5, 1)).party(PartyType.ORGANIZATION, null, null).illegalIncome(0)
                .serious().build());

        assertThat(income.range().max()).isLessThanOrEqualTo(yuan(500000));
        assertThat(none.range().min()).isGreaterThanOrEqualTo(yuan(1000000));
        assertThat(none.range().max()).isLessThanOrEqualTo(yuan(5000000));
    }

    @Test
    void aMissingAmountIsAskedForWithTheRangeOfEachCase() throws Exception {
        // 广告法 第五十五条第一款: "…处广告费用三倍以上五倍以下的罚款，广告费用无法计算或者明显偏低的，处二十万元以上一百万元以下的罚款；…"
        String text = lawArticle("经济法/广告法(2021-04-29).md", "第五十五条");
        ProvisionVersion ads = version("广告法@2021-04-29", 55, text, LocalDate.of(2021, 4, 29), null);
        AdviceBasis basis = underGeneralRules("广告法@2021-04-29/55", "《广告法》第五十五条", "《广告法》第五十五条", ads);

        assertThatThrownBy(() -> advisor.advise(basis, facts(LocalDate.of(2026, 5, 1)).build()))
                .isInstanceOfSatisfying(InvalidFactException.class, e -> assertThat(e.fact()).isEqualTo("advertisingCost"))
                .hasMessageContaining("uncomputableAmounts: [ADVERTISING_COST]").hasMessageContaining("440000–760000元");
        assertThat(StatutoryFines.rangeFor(text, facts(LocalDate.of(2026, 5, 1)).build())).isEmpty();

        PenaltyAdvice found = advisor.advise(basis, facts(LocalDate.of(2026, 5, 1)).uncomputable(Basis.ADVERTISING_COST).build());
        assertThat(found.statutoryRange().range()).isEqualTo(range(200000, 1000000));
        assertThat(found.range()).isEqualTo(range(440000, 760000));
        // 明显偏低: a cost is known, the officer finds it obviously low — the fixed range, not 3–5 times 1000 yuan.
        ViolationFacts low = facts(LocalDate.of(2026, 5, 1)).advertisingCost(1000).uncomputable(Basis.ADVERTISING_COST).build();
        assertThat(advisor.advise(basis, low).range()).isEqualTo(range(440000, 760000));
        assertThat(advisor.advise(basis, facts(LocalDate.of(2026, 5, 1)).advertisingCost(100000).build()).statutoryRange().range())
                .isEqualTo(range(300000, 500000));

        // 价格违法行为行政处罚规定 第七条: "…没收违法所得，并处违法所得5倍以下的罚款；没有违法所得的，处5万元以上50万元以下的罚款；…" —
        // no income given is not "没有违法所得": 0 is.
        String price = lawArticle(PRICE, "第七条");
        assertThat(StatutoryFines.rangeFor(price, facts(LocalDate.of(2026, 5, 1)).build())).isEmpty();
        assertThat(StatutoryFines.rangeFor(price, facts(LocalDate.of(2026, 5, 1)).illegalIncome(0).build())).contains(range(50000, 500000));
    }

    @Test
    void aFineForALossNeedsALoss() throws Exception {
        // 医疗保障基金使用监督管理条例 第三十八条: "…由医疗保障行政部门责令改正，并可以约谈有关负责人；造成医疗保障基金损失的，责令退回，
        // 处造成损失金额1倍以上2倍以下的罚款；…" — no fine without a loss (it answered PUNISH 0–0 when none was stated).
        String text = lawArticle("行政法规/医疗保障基金使用监督管理条例(2021-01-15).md", "第三十八条");
        assertThat(text).contains("由医疗保障行政部门责令改正，并可以约谈有关负责人；造成医疗保障基金损失的，责令退回，处造成损失金额1倍以上2倍以下的罚款");
        assertThat(StatutoryFines.parse(text)).containsExactly(new StatutoryFine(null, List.of("造成医疗保障基金损失的"),
                new Fine(Fine.Kind.MULTIPLE, "造成损失金额", BigDecimal.ONE, BigDecimal.TWO)));
        ProvisionVersion art38 = version("医疗保障基金使用监督管理条例@2021-01-15", 38, text, LocalDate.of(2021, 5, 1), null);
        AdviceBasis basis = underGeneralRules("DV-医疗保障基金使用监督管理条例-38-1-1", "分解住院、挂床住院", "《医疗保障基金使用监督管理条例》第三十八条", art38);

        assertThatThrownBy(() -> advisor.advise(basis, facts(LocalDate.of(2026, 5, 1)).party(PartyType.ORGANIZATION, null, null).build()))
                .isInstanceOfSatisfying(InvalidFactException.class, e -> assertThat(e.fact()).isEqualTo("lossAmount"));

        PenaltyAdvice none = advisor.advise(basis, facts(LocalDate.of(2026, 5, 1)).party(PartyType.ORGANIZATION, null, null).lossAmount(0).build());
        assertThat(none.outcome()).isEqualTo(Outcome.NO_PENALTY);
        assertThat(none.range()).isNull();
        assertThat(none.statutoryRange()).isNull();
        assertThat(none.measures()).contains("责令改正");
        assertThat(none.reasoning()).anySatisfy(s -> assertThat(s.finding()).isEqualTo("基准的处罚阶次均以“造成损失金额大于0元”为条件，本案不具备，只责令改正"));

        PenaltyAdvice loss = advisor.advise(basis, facts(LocalDate.of(2026, 5, 1)).party(PartyType.ORGANIZATION, null, null).lossAmount(10000).build());
        assertThat(loss.outcome()).isEqualTo(Outcome.PUNISH);
        assertThat(loss.statutoryRange().range()).isEqualTo(range(10000, 20000));
        assertThat(loss.range()).isEqualTo(range(13000, 17000));
        assertThat(loss.tier().circumstances()).startsWith("造成医疗保障基金损失的：");
    }

    @Test
    void aMultipleOfNothingIsNoFineButTheOtherPenaltiesRemain() {
        // 产品质量法 第五十条: "…责令停止生产、销售，没收违法生产、销售的产品，并处违法生产、销售产品货值金额百分之五十以上三倍以下的罚款；…"
        // — with a 货值金额 of 0 the multiple is no fine (it answered PUNISH 0–0); the confiscation stays.
        ProvisionVersion art50 = version("产品质量法@2018-12-29", 50, StatutoryFinesTest.QUALITY_50, LocalDate.of(2018, 12, 29), null);
        AdviceBasis basis = underGeneralRules("DV-产品质量法-50-1", "在产品中掺杂、掺假", "《产品质量法》第五十条", art50);

        PenaltyAdvice advice = advisor.advise(basis, facts(LocalDate.of(2026, 5, 1)).party(PartyType.ORGANIZATION, null, null).goodsValue(0).build());

        assertThat(advice.outcome()).isEqualTo(Outcome.PUNISH);
        assertThat(advice.range()).isNull();
        assertThat(advice.measures()).anyMatch(m -> m.startsWith("没收违法生产"));
        assertThat(advice.reasoning()).anySatisfy(s -> assertThat(s.finding()).startsWith("货值金额为0元，其倍数的罚款无从计算，不处罚款，给予没收违法生产"));
    }

    @Test
    void aFixedFineBelowAnIncomeThresholdStandsInForTheMultiple() throws Exception {
        // 证券投资基金法 第一百三十六条: "…没收违法所得，并处违法所得一倍以上五倍以下罚款；没有违法所得或者违法所得不足三十万元的，
        // 并处十万元以上三十万元以下罚款。" — an income of 100,000 yuan is fined 100,000–300,000, not one to five times it.
        String text = lawArticle("民法商法/证券投资基金法(2015-04-24).md", "第一百三十六条");
        assertThat(text).contains("并处违法所得一倍以上五倍以下罚款；没有违法所得或者违法所得不足三十万元的，并处十万元以上三十万元以下罚款");
        ProvisionVersion art136 = version("证券投资基金法@2015-04-24", 136, text, LocalDate.of(2015, 4, 24), null);
        AdviceBasis basis = underGeneralRules("DV-证券投资基金法-136-1", "擅自从事公开募集基金的基金服务业务", "《证券投资基金法》第一百三十六条", art136);

        PenaltyAdvice below = advisor.advise(basis, facts(LocalDate.of(2026, 5, 1)).party(PartyType.ORGANIZATION, null, null).illegalIncome(100000).build());
        assertThat(below.statutoryRange().range()).isEqualTo(range(100000, 300000));
        assertThat(below.range()).isEqualTo(range(160000, 240000));
        assertThat(below.reasoning()).anySatisfy(s -> assertThat(s.finding()).isEqualTo("违法所得为100000元，不足300000元，适用条文为此规定的固定幅度，不按其倍数处罚"));

        PenaltyAdvice above = advisor.advise(basis, facts(LocalDate.of(2026, 5, 1)).party(PartyType.ORGANIZATION, null, null).illegalIncome(1000000).build());
        assertThat(above.statutoryRange().range()).isEqualTo(range(1000000, 5000000));
        assertThat(above.range()).isEqualTo(range(2200000, 3800000));

        PenaltyAdvice none = advisor.advise(basis, facts(LocalDate.of(2026, 5, 1)).party(PartyType.ORGANIZATION, null, null).illegalIncome(0).build());
        assertThat(none.range()).isEqualTo(range(160000, 240000));
        assertThatThrownBy(() -> advisor.advise(basis, facts(LocalDate.of(2026, 5, 1)).party(PartyType.ORGANIZATION, null, null).build()))
                .isInstanceOfSatisfying(InvalidFactException.class, e -> assertThat(e.fact()).isEqualTo("illegalIncome"));
    }

    @Test
    void aSeriousCircumstanceOrAnotherKeepsBothAlternatives() throws Exception {
        // 长江河道采砂管理条例 第十九条: "…并处违法开采的砂石货值金额1倍以上2倍以下的罚款；情节严重或者在禁采区、禁采期采砂的，…并处违法开采的
        // 砂石货值金额2倍以上20倍以下的罚款，货值金额不足10万元的，并处20万元以上200万元以下的罚款；…" — 在禁采区、禁采期 opens the heavier
        // fine without 情节严重; no fact states it, so it is offered for the officer to find (it was read as 情节严重 alone).
        String text = lawArticle("行政法规/长江河道采砂管理条例(2023-07-20).md", "第十九条");
        assertThat(text).contains("情节严重或者在禁采区、禁采期采砂的，没收违法开采的砂石和违法所得以及采砂船舶和挖掘机械等作业设备、工具，吊销河道采砂许可证，"
                + "并处违法开采的砂石货值金额2倍以上20倍以下的罚款，货值金额不足10万元的，并处20万元以上200万元以下的罚款");
        assertThat(StatutoryFines.unstatedAlternative("情节严重或者在禁采区、禁采期采砂的")).contains("在禁采区、禁采期采砂的");
        assertThat(StatutoryFines.unstatedAlternative("情节严重或者逾期未改正的")).isEmpty();
        ProvisionVersion art19 = version("长江河道采砂管理条例@2023-07-20", 19, text, LocalDate.of(2023, 7, 20), null);
        AdviceBasis basis = underGeneralRules("DV-长江河道采砂管理条例-19-1", "未按照河道采砂许可证规定的要求采砂", "《长江河道采砂管理条例》第十九条", art19);

        PenaltyAdvice ordinary = advisor.advise(basis, facts(LocalDate.of(2026, 5, 1)).party(PartyType.ORGANIZATION, null, null).goodsValue(500000).build());
        assertThat(ordinary.range()).isEqualTo(range(650000, 850000));
        assertThat(ordinary.alternatives()).singleElement().satisfies(a -> {
            assertThat(a.choice()).isEqualTo("若认定在禁采区、禁采期采砂的则");
            assertThat(a.range()).isEqualTo(range(3700000, 7300000));
        });

        PenaltyAdvice serious = advisor.advise(basis, facts(LocalDate.of(2026, 5, 1)).party(PartyType.ORGANIZATION, null, null).goodsValue(500000)
                .serious().build());
        assertThat(serious.range()).isEqualTo(range(3700000, 7300000));
        assertThat(serious.alternatives()).isEmpty();

        // 货值金额不足10万元: the fixed 20万–200万 stands in for the multiple, in the alternative as in a tier applied
        PenaltyAdvice small = advisor.advise(basis, facts(LocalDate.of(2026, 5, 1)).party(PartyType.ORGANIZATION, null, null).goodsValue(50000).build());
        assertThat(small.alternatives()).singleElement().satisfies(a -> {
            assertThat(a.choice()).isEqualTo("若认定在禁采区、禁采期采砂的，货值金额不足10万元的则");
            assertThat(a.range()).isEqualTo(range(740000, 1460000));
        });
        assertThat(advisor.advise(basis, facts(LocalDate.of(2026, 5, 1)).party(PartyType.ORGANIZATION, null, null).goodsValue(50000).serious().build())
                .range()).isEqualTo(range(740000, 1460000));
    }

    @Test
    void aRefusalOrAnotherConsequenceKeepsBothAlternatives() throws Exception {
        // 古生物化石保护条例 第三十七条: "…责令限期改正；逾期不改正，或者造成古生物化石损毁的，处10万元以上50万元以下的罚款" — the refusal is a
        // fact, the damage the officer's finding: without the refusal the fine is offered for the damage, never lost.
        String text = lawArticle("行政法规/古生物化石保护条例(2019-03-02).md", "第三十七条");
        assertThat(text).contains("逾期不改正，或者造成古生物化石损毁的，处10万元以上50万元以下的罚款");
        ProvisionVersion art37 = version("古生物化石保护条例@2019-03-02", 37, text, LocalDate.of(2019, 3, 2), null);
        AdviceBasis basis = underGeneralRules("DV-古生物化石保护条例-37-1", "未按照规定移交发掘的古生物化石", "《古生物化石保护条例》第三十七条", art37);

        PenaltyAdvice refused = advisor.advise(basis, facts(LocalDate.of(2026, 5, 1)).refusedCorrection().build());
        assertThat(refused.outcome()).isEqualTo(Outcome.PUNISH);
        assertThat(refused.range()).isEqualTo(range(220000, 380000));

        PenaltyAdvice corrected = advisor.advise(basis, facts(LocalDate.of(2026, 5, 1)).build());
        assertThat(corrected.alternatives()).singleElement().satisfies(a -> {
            assertThat(a.choice()).isEqualTo("若认定造成古生物化石损毁的则");
            assertThat(a.range()).isEqualTo(range(220000, 380000));
        });
    }

    @Test
    void thePersonWhoActedIsFinedAsTheParty() {
        // 内河交通安全管理条例 第六十六条: "…对直接责任人员处2000元以上2万元以下的罚款，并对聘用单位处1万元以上10万元以下的罚款" — a person
        // who sailed without a certificate gets the persons' range as the party (it got the 聘用单位's, with its own fine listed as 双罚).
        String text = StatutoryFinesTest.INLAND_66;
        ProvisionVersion art66 = version("内河交通安全管理条例@2019-03-02", 66, text, LocalDate.of(2019, 3, 2), null);
        AdviceBasis basis = underGeneralRules("DV-内河交通安全管理条例-66-1", "未经考试合格并取得适任证书或者其他适任证件的人员擅自从事船舶航行", "《内河交通安全管理条例》第六十六条", art66);

        PenaltyAdvice person = advisor.advise(basis, facts(LocalDate.of(2026, 5, 1)).party(PartyType.INDIVIDUAL, 40, null).build());
        assertThat(person.range()).isEqualTo(range(7400, 14600));
        assertThat(person.tier().circumstances()).startsWith("对直接责任人员");
        assertThat(person.measures()).noneMatch(m -> m.contains("双罚"));
        PenaltyAdvice employer = advisor.advise(basis, facts(LocalDate.of(2026, 5, 1)).party(PartyType.ORGANIZATION, null, null).build());
        assertThat(employer.range()).isEqualTo(range(37000, 73000));
        assertThat(employer.tier().circumstances()).startsWith("对聘用单位");
    }

    /** SP-001's standard on one penalty article of a law of {@code level}. */
    private static AdviceBasis cited(ProvisionVersion article, LawLevel level) {
        return new AdviceBasis("SW-001", "税务违法行为", "税务", FOOD_LICENCE, List.of(), List.of(new CitedArticle(article.provision().label(), 1,
                article, List.of(article), List.of(), level)), GENERAL_RULES);
    }

    private static final String ACCOUNTING_2017 = "经济法/会计法(2017-11-04).md";
    private static final String ACCOUNTING_2024 = "经济法/会计法(2024-06-28).md";

    /** The first paragraph of an article of a real law text under /work/shared/data/laws, verbatim. */
    private static String lawArticle(String file, String number) throws java.io.IOException {
        return java.nio.file.Files.readAllLines(LAWS.resolve(file)).stream().filter(l -> l.startsWith(number + " ")).findFirst()
                .orElseThrow().substring(number.length() + 1);
    }

    private static final java.nio.file.Path LAWS = java.nio.file.Path.of("/work/shared/data/laws");

    /** The line of a real law text under /work/shared/data/laws that contains {@code text} (a paragraph after the first), verbatim. */
    private static String lawLine(String file, String text) throws java.io.IOException {
        return java.nio.file.Files.readAllLines(LAWS.resolve(file)).stream().filter(l -> l.contains(text)).findFirst().orElseThrow();
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
        private boolean minor;
        private boolean serious;
        private boolean purchaseChecked;
        private boolean sourceDisclosed;
        private Boolean lifeHealthOrFinance;
        private PartyType partyType;
        private PartyRole role;
        private Integer age;
        private MentalState mentalState;
        private Reduction reduction;
        private Integer daysUncorrected;
        private BigDecimal originalFine;
        private BigDecimal goodsValue;
        private BigDecimal illegalIncome;
        private BigDecimal advertisingCost;
        private BigDecimal lossAmount;
        private Set<Mitigation> mitigating = Set.of();
        private Set<Aggravation> aggravating = Set.of();
        private Set<Basis> uncomputable = Set.of();

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

        Facts minor() {
            minor = true;
            return this;
        }

        Facts serious() {
            serious = true;
            return this;
        }

        Facts purchaseChecked() {
            purchaseChecked = true;
            return this;
        }

        Facts sourceDisclosed() {
            sourceDisclosed = true;
            return this;
        }

        Facts lifeHealthOrFinance(Boolean value) {
            lifeHealthOrFinance = value;
            return this;
        }

        Facts party(PartyType type, Integer years, MentalState state) {
            partyType = type;
            age = years;
            mentalState = state;
            return this;
        }

        Facts role(PartyRole value) {
            role = value;
            return this;
        }

        Facts reduction(Reduction value) {
            reduction = value;
            return this;
        }

        Facts originalFine(double yuan) {
            originalFine = BigDecimal.valueOf(yuan);
            return this;
        }

        Facts daysUncorrected(int days) {
            daysUncorrected = days;
            return this;
        }

        Facts goodsValue(double yuan) {
            goodsValue = BigDecimal.valueOf(yuan);
            return this;
        }

        Facts advertisingCost(double yuan) {
            advertisingCost = BigDecimal.valueOf(yuan);
            return this;
        }

        Facts lossAmount(double yuan) {
            lossAmount = BigDecimal.valueOf(yuan);
            return this;
        }

        Facts uncomputable(Basis basis) {
            uncomputable = Set.of(basis);
            return this;
        }

        Facts illegalIncome(double yuan) {
            illegalIncome = BigDecimal.valueOf(yuan);
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
            return new ViolationFacts(committedOn, endedOn, discoveredOn, DECIDED, firstOffence, minor, harm, corrected, refused, serious, noFault,
                    purchaseChecked, sourceDisclosed, lifeHealthOrFinance, partyType, role, age, mentalState, reduction, daysUncorrected,
                    amounts(), mitigating, aggravating, uncomputable, originalFine);
        }

        private Map<Basis, BigDecimal> amounts() {
            Map<Basis, BigDecimal> amounts = new java.util.EnumMap<>(Basis.class);
            if (goodsValue != null) {
                amounts.put(Basis.GOODS_VALUE, goodsValue);
            }
            if (illegalIncome != null) {
                amounts.put(Basis.ILLEGAL_INCOME, illegalIncome);
            }
            if (advertisingCost != null) {
                amounts.put(Basis.ADVERTISING_COST, advertisingCost);
            }
            if (lossAmount != null) {
                amounts.put(Basis.LOSS, lossAmount);
            }
            return amounts;
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

    /** A violation answered by the default general rules from its one penalty article, the version given. */
    private static AdviceBasis underGeneralRules(String code, String name, String citation, ProvisionVersion version) {
        return new AdviceBasis(code, name, null, GeneralDiscretionRulesTest.DEFAULT.standardFor(version.provision().text()), List.of(),
                List.of(new CitedArticle(citation, 1, version, List.of(version))), GENERAL_RULES, GeneralDiscretionRulesTest.DEFAULT);
    }

    private static ProvisionVersion version(String lawId, int article, String text, LocalDate from, LocalDate to) {
        return new ProvisionVersion(article(lawId, article, text), from, to);
    }

    private static Provision article(String lawId, int article, String text) {
        return new Provision(Provision.id(lawId, article, 0), lawId, article, 0, "第" + article + "条", null, null, List.of(text));
    }
}
