package dev.onecheck.domain.planning;

/**
 * Why an inspection happens. Only a trigger lets a white-listed firm be inspected (非触发不检查) and lets an ad-hoc
 * inspection skip the filing lead time (投诉举报、上级交办、专项行动).
 */
public enum Trigger {
    /** 计划内的例行检查. */
    ROUTINE,
    /** 投诉举报. */
    COMPLAINT,
    /** 上级交办、线索移送. */
    REFERRAL,
    /** 专项行动. */
    SPECIAL_ACTION;

    public boolean triggered() {
        return this != ROUTINE;
    }
}
