package dev.onecheck.domain.penalty;

import java.util.List;

/** 行政处罚裁量基准 for one violation: the tiers in the order the standard lists them. */
public record DiscretionStandard(String code, String title, List<Tier> tiers) {

    public DiscretionStandard {
        tiers = List.copyOf(tiers);
        if (tiers.isEmpty()) {
            throw new IllegalArgumentException("discretion standard " + code + " has no tiers");
        }
    }
}
