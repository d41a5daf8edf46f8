package dev.onecheck.domain.penalty.advice;

import java.time.LocalDate;

import dev.onecheck.domain.law.Provision;

/** One version of a cited article, with the dates its law version was in force ({@code effectiveTo} null: still). */
public record ProvisionVersion(Provision provision, LocalDate effectiveFrom, LocalDate effectiveTo) {

    public boolean inForceOn(LocalDate date) {
        return !date.isBefore(effectiveFrom) && (effectiveTo == null || !date.isAfter(effectiveTo));
    }
}
