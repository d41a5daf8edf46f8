package dev.onecheck.domain.onsite;

import java.time.Instant;

import dev.onecheck.domain.text.Labelled;

/** What a check of a 行政行为码 finds. Only {@link #VALID} lets officers record results (无码不检查). */
public enum CodeStatus implements Labelled {
    VALID("有效"),
    /** Not signed by the platform, altered, or signed with a key that was retired. */
    FORGED("无效码 (伪造或被篡改)"),
    /** Signed by the platform but no longer on record. */
    REVOKED("已撤销"),
    /** Replaced by a code issued later for the same visit. */
    SUPERSEDED("已被新码替代"),
    /** The visit it authorised has been carried out; showing it again is a replay. */
    USED("检查已完成，码已使用"),
    NOT_YET_VALID("未到检查时间"),
    EXPIRED("已过期");

    private final String label;

    CodeStatus(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }

    /** A genuine code's status: first what the record says, then the time. {@code record} is null when none is kept. */
    public static CodeStatus of(ActionCode code, CodeRecord record, Instant now) {
        if (record == null) {
            return REVOKED;
        }
        if (record.superseded()) {
            return SUPERSEDED;
        }
        if (record.visitDone()) {
            return USED;
        }
        if (now.isBefore(code.notBefore())) {
            return NOT_YET_VALID;
        }
        return now.isBefore(code.expiresAt()) ? VALID : EXPIRED;
    }

    /** What the graph keeps of an issued code. */
    public record CodeRecord(boolean superseded, boolean visitDone) {
    }
}
