package dev.onecheck.domain.onsite;

/** 检查结果 of one item. */
public enum ItemOutcome {
    /** 未发现问题 — archived (予以归档). */
    NO_PROBLEM,
    /** 发现问题 — the violation found, the articles it breaks and is penalised under. */
    PROBLEM_FOUND
}
