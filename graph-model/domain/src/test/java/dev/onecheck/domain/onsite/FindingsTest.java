package dev.onecheck.domain.onsite;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import dev.onecheck.domain.onsite.ItemFinding.Rectification;
import dev.onecheck.domain.planning.Problem;
import org.junit.jupiter.api.Test;

class FindingsTest {

    private static final LocalDate TODAY = LocalDate.of(2027, 3, 10);
    private static final List<String> ITEMS = List.of("I-1", "I-2");

    @Test
    void everyItemOnceWithAViolationForAProblem() {
        assertThat(Findings.problems(ITEMS, List.of(
                new ItemFinding("I-1", ItemOutcome.NO_PROBLEM, null, null, null, null),
                new ItemFinding("I-2", ItemOutcome.PROBLEM_FOUND, "SP-001", "无证经营", new Rectification("办理许可证", TODAY.plusDays(15)), null)),
                TODAY)).isEmpty();
    }

    @Test
    void problemsNameTheArgumentField() {
        List<Problem> problems = Findings.problems(ITEMS, List.of(
                new ItemFinding("I-9", ItemOutcome.NO_PROBLEM, null, null, null, null),
                new ItemFinding("I-1", ItemOutcome.PROBLEM_FOUND, " ", null, new Rectification("", TODAY), null),
                new ItemFinding("I-1", ItemOutcome.NO_PROBLEM, "SP-001", null, null, null)), TODAY);
        assertThat(problems).extracting(Problem::field).containsExactly(
                "results[0].item", "results[1].violation", "results[1].rectification.requirement", "results[1].rectification.deadline",
                "results[2].item", "results[2].outcome", "results");
        assertThat(problems.getLast().message()).contains("I-2");
    }
}
