package dev.onecheck.domain.subject;

/** 信用等级 from the public credit evaluation: A (守信) to D (严重失信). */
public enum CreditLevel {
    A, B, C, D
}
