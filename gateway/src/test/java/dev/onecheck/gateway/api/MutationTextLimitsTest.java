package dev.onecheck.gateway.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import dev.onecheck.gateway.api.MutationTextLimits.Problem;
import org.junit.jupiter.api.Test;

class MutationTextLimitsTest {

    @Test
    void aPlanTitleIsALineNotAPage() {
        assertThat(MutationTextLimits.problem(Map.of("input", Map.of("title", "年".repeat(200))))).isEmpty();
        assertThat(MutationTextLimits.problem(Map.of("input", Map.of("title", "年".repeat(5000)))))
                .contains(new Problem("input.title", "is 5000 characters long; at most 200"));
    }

    @Test
    void textsInListsAreNamedByTheirPlace() {
        Map<String, Object> results = Map.of("results", List.of(
                Map.of("item", "JH-SCJG-001", "note", "已整改"),
                Map.of("item", "JH-SCJG-002", "rectification", Map.of("requirement", "x".repeat(501)))));
        assertThat(MutationTextLimits.problem(results)).map(Problem::argument).contains("results[1].rectification.requirement");
        assertThat(MutationTextLimits.problem(Map.of("items", List.of("JH-SCJG-001", "J".repeat(101)))))
                .map(Problem::argument).contains("items[1]");
    }

    @Test
    void controlAndBidiCharactersAreRefusedInEveryText() {
        assertThat(MutationTextLimits.problem(Map.of("reason", "投诉\u0000核实")))
                .contains(new Problem("reason", "contains the control character U+0000 at position 2"));
        assertThat(MutationTextLimits.problem(Map.of("uscc", "91329900\u202EMA1JH0001C"))).map(Problem::argument).contains("uscc");
        assertThat(MutationTextLimits.problem(Map.of("note", "第一行\n第二行\t完"))).isEmpty();
    }

    @Test
    void aNameWithoutItsOwnLimitIsAnIdentifier() {
        assertThat(MutationTextLimits.problem(Map.of("plan", "P".repeat(100)))).isEmpty();
        assertThat(MutationTextLimits.problem(Map.of("plan", "P".repeat(101)))).map(Problem::argument).contains("plan");
        assertThat(MutationTextLimits.problem(Map.of("score", 5, "open", true))).isEmpty();
    }
}
