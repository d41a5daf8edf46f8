package dev.onecheck.graph.penalty;

/** 裁量阶次: the tiers of a discretion standard, from no penalty to heavier. */
public enum TierLevel {
    NO_PENALTY("不予处罚"),
    MITIGATED("减轻处罚"),
    LIGHTER("从轻处罚"),
    ORDINARY("一般"),
    HEAVIER("从重处罚");

    private final String label;

    TierLevel(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public static TierLevel ofLabel(String label) {
        for (TierLevel level : values()) {
            if (level.label.equals(label)) {
                return level;
            }
        }
        throw new IllegalArgumentException("'" + label + "' is not a tier (不予处罚, 减轻处罚, 从轻处罚, 一般, 从重处罚)");
    }
}
