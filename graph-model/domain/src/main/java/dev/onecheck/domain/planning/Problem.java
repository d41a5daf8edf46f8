package dev.onecheck.domain.planning;

/** What is wrong with a request, and in which field of it. */
public record Problem(String field, String message) {
}
