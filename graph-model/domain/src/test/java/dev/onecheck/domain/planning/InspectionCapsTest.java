package dev.onecheck.domain.planning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import dev.onecheck.domain.planning.InspectionCaps.Proposal;
import dev.onecheck.domain.planning.Visit.Part;
import org.junit.jupiter.api.Test;

class InspectionCapsTest {

    private static final String FIRM = "91329900MA1JH0001C";
    /** 海西区市场监管局 reports to the city bureau. */
    private static final Map<String, List<String>> UPPER = Map.of("JH-HX-SCJG", List.of("JH-SCJG"));

    private final InspectionCaps wuxi = new InspectionCaps(CityPolicy.WUXI, d -> UPPER.getOrDefault(d, List.of()));
    private final InspectionCaps lianyungang = new InspectionCaps(CityPolicy.LIANYUNGANG, d -> UPPER.getOrDefault(d, List.of()));

    private static Visit visit(String code, LocalDate day, String department, String... items) {
        return new Visit(code, FIRM, "6210", new Window(day, day), List.of(new Part(department, List.of(items))));
    }

    private static Proposal task(String department, LocalDate from, Trigger trigger, String... items) {
        return new Proposal(department, List.of(items), new Window(from, from.plusDays(2)), trigger);
    }

    private static List<CapRule> rules(List<CapBreach> breaches) {
        return breaches.stream().map(CapBreach::rule).toList();
    }

    @Test
    void aFourthVisitInOneMonthIsOverTheCap() {
        List<Visit> three = List.of(visit("V1", LocalDate.of(2027, 3, 2), "JH-XF", "JH-XF-003"),
                visit("V2", LocalDate.of(2027, 3, 9), "JH-CGJ", "JH-CGJ-005"),
                visit("V3", LocalDate.of(2027, 3, 16), "JH-STHJJ", "JH-STHJJ-004"));
        List<CapBreach> breaches = wuxi.breaches(task("JH-SCJG", LocalDate.of(2027, 3, 23), Trigger.ROUTINE, "JH-SCJG-001"), false, three);
        assertThat(rules(breaches)).containsExactly(CapRule.MONTHLY);
        assertThat(breaches.getFirst().message()).contains("不超过3次", "2027-03");
        assertThat(wuxi.breaches(task("JH-SCJG", LocalDate.of(2027, 4, 1), Trigger.ROUTINE, "JH-SCJG-001"), false, three)).isEmpty();
    }

    @Test
    void aTaskThatJoinsAVisitAddsNoVisit() {
        List<Visit> three = List.of(visit("V1", LocalDate.of(2027, 3, 2), "JH-XF", "JH-XF-003"),
                visit("V2", LocalDate.of(2027, 3, 9), "JH-CGJ", "JH-CGJ-005"),
                visit("V3", LocalDate.of(2027, 3, 16), "JH-STHJJ", "JH-STHJJ-004"));
        assertThat(wuxi.breaches(task("JH-SCJG", LocalDate.of(2027, 3, 15), Trigger.ROUTINE, "JH-SCJG-001"), false, three)).isEmpty();
    }

    @Test
    void theSameItemIsCheckedAtMostNTimesAYearAsTheCitySets() {
        List<Visit> once = List.of(visit("V1", LocalDate.of(2027, 2, 1), "JH-SCJG", "JH-SCJG-001"));
        Proposal again = task("JH-SCJG", LocalDate.of(2027, 6, 1), Trigger.ROUTINE, "JH-SCJG-001", "JH-SCJG-002");
        assertThat(wuxi.breaches(again, false, once)).isEmpty();
        List<CapBreach> breaches = lianyungang.breaches(again, false, once);
        assertThat(breaches).extracting(CapBreach::rule, CapBreach::item).containsExactly(tuple(CapRule.ITEM_YEARLY, "JH-SCJG-001"));
        assertThat(lianyungang.breaches(task("JH-SCJG", LocalDate.of(2028, 1, 10), Trigger.ROUTINE, "JH-SCJG-001"), false, once)).isEmpty();
    }

    @Test
    void aWhiteListedFirmIsInspectedOnlyWhenTriggered() {
        Proposal routine = task("JH-SCJG", LocalDate.of(2027, 3, 1), Trigger.ROUTINE, "JH-SCJG-001");
        assertThat(rules(wuxi.breaches(routine, true, List.of()))).containsExactly(CapRule.WHITE_LIST);
        assertThat(wuxi.breaches(task("JH-SCJG", LocalDate.of(2027, 3, 1), Trigger.COMPLAINT, "JH-SCJG-001"), true, List.of())).isEmpty();
        assertThat(wuxi.breaches(routine, false, List.of())).isEmpty();
    }

    @Test
    void aFirmTheUpperLevelCheckedForTheItemIsExcludedBelow() {
        List<Visit> byTheCity = List.of(visit("V1", LocalDate.of(2027, 2, 1), "JH-SCJG", "JH-SCJG-001"));
        List<CapBreach> breaches = wuxi.breaches(task("JH-HX-SCJG", LocalDate.of(2027, 5, 1), Trigger.ROUTINE, "JH-SCJG-001"), false, byTheCity);
        assertThat(rules(breaches)).containsExactly(CapRule.UPPER_LEVEL);
        assertThat(breaches.getFirst().message()).contains("结果互认", "JH-SCJG");
        assertThat(wuxi.breaches(task("JH-HX-SCJG", LocalDate.of(2027, 5, 1), Trigger.ROUTINE, "JH-SCJG-002"), false, byTheCity)).isEmpty();
        // Not the other way round: the city is not excluded by what its district branch did.
        List<Visit> byTheDistrict = List.of(visit("V1", LocalDate.of(2027, 2, 1), "JH-HX-SCJG", "JH-SCJG-001"));
        assertThat(wuxi.breaches(task("JH-SCJG", LocalDate.of(2027, 5, 1), Trigger.ROUTINE, "JH-SCJG-001"), false, byTheDistrict)).isEmpty();
    }
}
