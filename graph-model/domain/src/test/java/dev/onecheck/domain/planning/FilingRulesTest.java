package dev.onecheck.domain.planning;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import dev.onecheck.domain.subject.RiskLevel;
import org.junit.jupiter.api.Test;

class FilingRulesTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

    private static PlanDraft plan(PlanKind kind, Trigger trigger, LocalDate from, List<SamplingRatio> ratios) {
        return new PlanDraft("JH-SCJG", kind, trigger, "餐饮单位双随机抽查", List.of("JH-SCJG-001"), null,
                new PlanScope("6210", null, Set.of()), ratios, new Window(from, from.plusDays(20)), List.of("JH-XF"), "食品安全");
    }

    private static List<String> fields(PlanDraft plan) {
        return FilingRules.problems(plan, TODAY, CityPolicy.WUXI).stream().map(Problem::field).toList();
    }

    private static final List<SamplingRatio> TEN_PERCENT = List.of(SamplingRatio.percent(RiskLevel.LOW, 10));

    @Test
    void anAdHocRoutineInspectionIsFiledFiveDaysAhead() {
        assertThat(fields(plan(PlanKind.AD_HOC, Trigger.ROUTINE, TODAY.plusDays(4), TEN_PERCENT))).containsExactly("window.from");
        assertThat(fields(plan(PlanKind.AD_HOC, Trigger.ROUTINE, TODAY.plusDays(5), TEN_PERCENT))).isEmpty();
        assertThat(FilingRules.problems(plan(PlanKind.AD_HOC, Trigger.ROUTINE, TODAY, TEN_PERCENT), TODAY, CityPolicy.WUXI))
                .first().extracting(Problem::message).asString().contains("提前5日报备", "2026-11-28");
    }

    @Test
    void complaintsReferralsAndSpecialActionsNeedNoLeadTime() {
        for (Trigger trigger : List.of(Trigger.COMPLAINT, Trigger.REFERRAL, Trigger.SPECIAL_ACTION)) {
            assertThat(fields(plan(PlanKind.AD_HOC, trigger, TODAY, TEN_PERCENT))).as(trigger.name()).isEmpty();
        }
    }

    @Test
    void theLeadTimeIsTheCitysToSet() {
        CityPolicy tenDays = new CityPolicy(10, 3, 3, 2);
        assertThat(FilingRules.problems(plan(PlanKind.AD_HOC, Trigger.ROUTINE, TODAY.plusDays(7), TEN_PERCENT), TODAY, tenDays))
                .extracting(Problem::field).containsExactly("window.from");
    }

    @Test
    void anAnnualPlanIsRoutineAndWithinOneYear() {
        assertThat(fields(plan(PlanKind.ANNUAL, Trigger.ROUTINE, TODAY.plusDays(1), TEN_PERCENT))).isEmpty();
        assertThat(fields(plan(PlanKind.ANNUAL, Trigger.COMPLAINT, TODAY.plusDays(1), TEN_PERCENT))).containsExactly("trigger");
        assertThat(fields(plan(PlanKind.ANNUAL, Trigger.ROUTINE, LocalDate.of(2026, 12, 20), TEN_PERCENT))).containsExactly("window");
    }

    @Test
    void nothingStartsInThePast() {
        assertThat(fields(plan(PlanKind.AD_HOC, Trigger.COMPLAINT, TODAY.minusDays(1), TEN_PERCENT))).containsExactly("window.from");
    }

    @Test
    void ratiosAreAboveZeroAtMostAHundredAndOnePerTier() {
        assertThat(fields(plan(PlanKind.ANNUAL, Trigger.ROUTINE, TODAY.plusDays(1), List.of()))).containsExactly("ratios");
        assertThat(fields(plan(PlanKind.ANNUAL, Trigger.ROUTINE, TODAY.plusDays(1), List.of(
                SamplingRatio.percent(RiskLevel.LOW, 0), SamplingRatio.percent(RiskLevel.MEDIUM, 100.5),
                SamplingRatio.percent(RiskLevel.HIGH, 50), SamplingRatio.percent(RiskLevel.HIGH, 60)))))
                .containsExactly("ratios[0].percent", "ratios[1].percent", "ratios[3].risk");
    }

    @Test
    void aPlanNamesItsTitleItemsDomainAndOtherDepartments() {
        PlanDraft empty = new PlanDraft("JH-SCJG", PlanKind.ANNUAL, Trigger.ROUTINE, " ", List.of(), null,
                new PlanScope("6210", null, Set.of()), TEN_PERCENT, new Window(TODAY, TODAY), List.of("JH-SCJG"), "");
        assertThat(fields(empty)).containsExactly("title", "items", "domain", "participants");
    }
}
