package dev.onecheck.domain.planning;

/** The limits on how often a firm is inspected (001 无锡, 003 连云港). */
public enum CapRule {
    /** 同一企业同一月内接受检查不超过 N 次. */
    MONTHLY,
    /** 同一企业同一事项全年接受检查不超过 N 次 (同类检查). */
    ITEM_YEARLY,
    /** 白名单企业非触发不检查. */
    WHITE_LIST,
    /** 上级执法部门在同一年度内已检查的企业，下级执法部门予以排除 (结果互认). */
    UPPER_LEVEL
}
