package dev.onecheck.domain.onsite;

import java.time.LocalDate;

import dev.onecheck.domain.penalty.advice.ViolationFacts;

/**
 * What an officer found for one item of a task: nothing, or a violation (违法行为), optionally with a
 * rectification order (责令整改) and the facts for a penalty advice (处罚建议) kept with the result.
 */
public record ItemFinding(String item, ItemOutcome outcome, String violation, String note, Rectification rectification,
                          ViolationFacts facts) {

    /** 整改要求 and its deadline (整改期限). */
    public record Rectification(String requirement, LocalDate deadline) {
    }
}
