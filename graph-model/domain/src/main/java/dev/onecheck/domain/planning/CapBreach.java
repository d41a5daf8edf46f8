package dev.onecheck.domain.planning;

/** A cap a new task would break; {@code item} is set for the per-item rules. */
public record CapBreach(CapRule rule, String item, String message) {
}
