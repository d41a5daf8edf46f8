package dev.onecheck.domain.penalty.advice;

/**
 * 行政处罚法 第三十一条: the state of a 精神病人、智力残疾人 when acting. An 间歇性精神病人 acting 在精神正常时 is neither
 * (应当给予行政处罚): leave the fact out.
 */
public enum MentalState {
    /** 在不能辨认或者不能控制自己行为时有违法行为: 不予行政处罚 */
    INCAPABLE,
    /** 尚未完全丧失辨认或者控制自己行为能力: 可以从轻或者减轻行政处罚 */
    IMPAIRED
}
