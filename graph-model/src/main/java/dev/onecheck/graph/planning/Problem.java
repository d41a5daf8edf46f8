package dev.onecheck.graph.planning;

/** What is wrong with a request, and in which field of it. */
public record Problem(String field, String message) {
}
