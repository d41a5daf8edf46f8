package dev.onecheck.domain.penalty.advice;

/** 说理: one step of the reasoning — the rule weighed, the article it comes from, and what it found for these facts. */
public record Step(String rule, String citation, String finding) {
}
