package dev.onecheck.domain.planning;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import dev.onecheck.domain.planning.Merger.Merge;
import dev.onecheck.domain.planning.Visit.Part;
import org.junit.jupiter.api.Test;

class MergerTest {

    /** 餐饮服务单位综合查一次 is led by the market regulator. */
    private final Merger merger = new Merger(new LeadRule(Map.of("6210", List.of("JH-SCJG"))));

    private static Visit visit(String code, String firm, String industry, String from, String to, String department, String... items) {
        return new Visit(code, firm, industry, new Window(LocalDate.parse(from), LocalDate.parse(to)), List.of(new Part(department, List.of(items))));
    }

    @Test
    void threeDepartmentsDrawingOneFirmInOverlappingWindowsVisitItOnceLedByTheScenarioLead() {
        List<Merge> merges = merger.merge(List.of(
                visit("T-XF", "F1", "6210", "2027-03-01", "2027-03-31", "JH-XF", "JH-XF-003"),
                visit("T-SCJG", "F1", "6210", "2027-03-10", "2027-04-10", "JH-SCJG", "JH-SCJG-001", "JH-SCJG-002"),
                visit("T-STHJJ", "F1", "6210", "2027-03-20", "2027-05-01", "JH-STHJJ", "JH-STHJJ-004")));
        assertThat(merges).hasSize(1);
        Merge merge = merges.getFirst();
        assertThat(merge.departments()).containsExactly("JH-SCJG", "JH-STHJJ", "JH-XF");
        assertThat(merge.lead()).isEqualTo("JH-SCJG");
        assertThat(merge.window()).isEqualTo(new Window(LocalDate.parse("2027-03-20"), LocalDate.parse("2027-03-31")));
        assertThat(merge.survivor()).isEqualTo("T-SCJG");
        assertThat(merge.absorbed()).containsExactly("T-STHJJ", "T-XF");
    }

    @Test
    void windowsThatDoNotOverlapStaySeparateVisits() {
        assertThat(merger.merge(List.of(
                visit("A", "F1", "6210", "2027-03-01", "2027-03-10", "JH-XF", "JH-XF-003"),
                visit("B", "F1", "6210", "2027-03-11", "2027-03-20", "JH-SCJG", "JH-SCJG-001")))).isEmpty();
    }

    @Test
    void aVisitJoinsOnlyWhileTheSharedWindowStillOverlapsIt() {
        List<Merge> merges = merger.merge(List.of(
                visit("A", "F1", "6210", "2027-03-01", "2027-03-10", "JH-XF", "JH-XF-003"),
                visit("B", "F1", "6210", "2027-03-05", "2027-03-30", "JH-SCJG", "JH-SCJG-001"),
                visit("C", "F1", "6210", "2027-03-15", "2027-03-30", "JH-CGJ", "JH-CGJ-005"),
                visit("D", "F1", "6210", "2027-03-20", "2027-03-25", "JH-STHJJ", "JH-STHJJ-004")));
        assertThat(merges).extracting(Merge::departments).containsExactly(List.of("JH-SCJG", "JH-XF"), List.of("JH-CGJ", "JH-STHJJ"));
    }

    @Test
    void differentFirmsAreNeverMerged() {
        assertThat(merger.merge(List.of(
                visit("A", "F1", "6210", "2027-03-01", "2027-03-31", "JH-XF", "JH-XF-003"),
                visit("B", "F2", "6210", "2027-03-01", "2027-03-31", "JH-SCJG", "JH-SCJG-001")))).isEmpty();
    }

    @Test
    void anExistingJointVisitKeepsItsCodeWhenAThirdDepartmentJoins() {
        Visit joint = new Visit("J1", "F1", "6210", new Window(LocalDate.parse("2027-03-01"), LocalDate.parse("2027-03-31")),
                List.of(new Part("JH-XF", List.of("JH-XF-003")), new Part("JH-CGJ", List.of("JH-CGJ-005"))));
        List<Merge> merges = merger.merge(List.of(joint, visit("A0", "F1", "6210", "2027-03-15", "2027-04-15", "JH-STHJJ", "JH-STHJJ-004")));
        assertThat(merges).singleElement().satisfies(m -> {
            assertThat(m.survivor()).isEqualTo("J1");
            assertThat(m.absorbed()).containsExactly("A0");
            assertThat(m.departments()).containsExactly("JH-CGJ", "JH-STHJJ", "JH-XF");
        });
    }

    @Test
    void withoutAScenarioLeadTheDepartmentCheckingMostItemsLeads() {
        LeadRule noScenario = new LeadRule(Map.of());
        assertThat(noScenario.lead("9999", List.of(new Part("JH-XF", List.of("X1")), new Part("JH-CGJ", List.of("C1", "C2")))))
                .isEqualTo("JH-CGJ");
        assertThat(noScenario.lead("9999", List.of(new Part("JH-XF", List.of("X1")), new Part("JH-CGJ", List.of("C1")))))
                .as("ties go to the lowest code").isEqualTo("JH-CGJ");
        assertThat(new LeadRule(Map.of("6210", List.of("JH-SCJG"))).lead("6210", List.of(new Part("JH-XF", List.of("X1")))))
                .as("a scenario lead who is not taking part does not lead").isEqualTo("JH-XF");
    }
}
