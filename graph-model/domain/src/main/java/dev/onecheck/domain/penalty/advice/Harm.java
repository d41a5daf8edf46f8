package dev.onecheck.domain.penalty.advice;

/** 危害后果: what the act caused, as 行政处罚法 第三十三条 and 第三十六条 distinguish it. */
public enum Harm {
    /** 没有造成危害后果 */
    NONE,
    /** 危害后果轻微 */
    MINOR,
    /** 造成危害后果 */
    HARMFUL
}
