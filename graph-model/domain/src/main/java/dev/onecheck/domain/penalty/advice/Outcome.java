package dev.onecheck.domain.penalty.advice;

/** 处理结论: whether to punish, and on what footing. */
public enum Outcome {
    /** 给予行政处罚 */
    PUNISH,
    /** 不予行政处罚 */
    NO_PENALTY,
    /** 可以不予行政处罚 (首违不罚) */
    MAY_WAIVE,
    /** 超过追责时效，不再给予行政处罚 */
    TIME_BARRED
}
