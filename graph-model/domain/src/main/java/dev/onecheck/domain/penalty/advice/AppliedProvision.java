package dev.onecheck.domain.penalty.advice;

import dev.onecheck.domain.law.Provision;

/** An article version an advice applies, and in which capacity. */
public record AppliedProvision(Use use, Provision provision) {

    public enum Use {
        /** 违法条款 (定性依据) */
        VIOLATED,
        /** 处罚条款 (处罚依据) */
        PENALTY,
        /** 行政处罚法 总则: 第三十二、三十三、三十六、三十七条 */
        GENERAL_RULE
    }
}
