package dev.onecheck.domain.planning;

/** 计划类型. */
public enum PlanKind {
    /** 年度监管检查计划: filed once a year, routine. */
    ANNUAL,
    /** 计划外的临时检查: filed ahead unless a trigger makes it urgent. */
    AD_HOC
}
