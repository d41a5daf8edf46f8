package dev.onecheck.domain.penalty.advice;

import java.math.BigDecimal;

/**
 * 较大数额罚款 of 行政处罚法 第六十三条第一款第（一）项, which the law leaves to provinces and departments: the smallest
 * fine that needs a hearing notice for a natural person and for an organisation, and the rule they come from.
 */
public record HearingThresholds(BigDecimal individual, BigDecimal organization, String source) {

    public HearingThresholds {
        if (individual == null || organization == null || individual.signum() <= 0 || organization.signum() <= 0) {
            throw new IllegalArgumentException("hearing thresholds must be positive amounts, got " + individual + " / " + organization);
        }
        if (source == null || source.isBlank()) {
            throw new IllegalArgumentException("hearing thresholds must name the rule they come from");
        }
    }

    /** The threshold for a party of {@code type}; null when the type is not given. */
    BigDecimal of(PartyType type) {
        return type == null ? null : type.naturalPerson() ? individual : organization;
    }
}
