package dev.onecheck.domain.penalty.advice;

/**
 * A procedure of 行政处罚法 the advice calls for: {@code applies} true (required, or for 当场处罚 possible), false (not),
 * or null when it turns on a fact not given or on the authority's own judgment — {@code finding} says which.
 */
public record ProcedureFlag(Kind kind, Boolean applies, String citation, String finding) {

    public enum Kind {
        /** 当场处罚 (第五十一条) */
        ON_THE_SPOT,
        /** 告知听证权利 (第六十三条) */
        HEARING_NOTICE,
        /** 法制审核 (第五十八条) */
        LEGAL_REVIEW,
        /** 负责人集体讨论 (第五十七条第二款) */
        COLLECTIVE_DISCUSSION,
        /** 涉嫌犯罪移送司法机关 (第二十七条) */
        CRIMINAL_REFERRAL
    }
}
