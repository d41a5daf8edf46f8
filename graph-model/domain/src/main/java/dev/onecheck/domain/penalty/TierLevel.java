package dev.onecheck.domain.penalty;

import dev.onecheck.domain.text.Labelled;

/** 裁量阶次: the tiers of a discretion standard, from no penalty to heavier. */
public enum TierLevel implements Labelled {
    NO_PENALTY("不予处罚"),
    MITIGATED("减轻处罚"),
    LIGHTER("从轻处罚"),
    ORDINARY("一般"),
    HEAVIER("从重处罚");

    private final String label;

    TierLevel(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }

    public static TierLevel ofLabel(String label) {
        return Labelled.ofLabel(TierLevel.class, label, "tier");
    }
}
