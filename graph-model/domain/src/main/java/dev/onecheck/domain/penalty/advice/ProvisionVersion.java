package dev.onecheck.domain.penalty.advice;

import java.time.LocalDate;

import dev.onecheck.domain.law.Provision;

/**
 * One version of a cited article, with the dates its law version was in force ({@code effectiveTo} null: still).
 * {@code commencementAssumed}: {@code effectiveFrom} is the adoption day of a 修改决定 whose own day of entry into force
 * no source confirms ({@link dev.onecheck.domain.law.Law#commencementAssumed}).
 */
public record ProvisionVersion(Provision provision, LocalDate effectiveFrom, LocalDate effectiveTo, boolean commencementAssumed) {

    /** How long after an assumed commencement an act may still fall under the previous version: a 修改决定 sets its day within months. */
    static final int UNCONFIRMED_MONTHS = 12;

    /** A version whose day of entry into force is confirmed. */
    public ProvisionVersion(Provision provision, LocalDate effectiveFrom, LocalDate effectiveTo) {
        this(provision, effectiveFrom, effectiveTo, false);
    }

    public boolean inForceOn(LocalDate date) {
        return !date.isBefore(effectiveFrom) && (effectiveTo == null || !date.isAfter(effectiveTo));
    }

    /** Whether {@code date} falls in the months after an assumed commencement, when the version may not have been in force yet. */
    boolean possiblyNotYetInForceOn(LocalDate date) {
        return commencementAssumed && !date.isBefore(effectiveFrom) && date.isBefore(effectiveFrom.plusMonths(UNCONFIRMED_MONTHS));
    }
}
