package dev.onecheck.graph.subject;

/** 风险等级 from the department's risk classification. */
public enum RiskLevel {
    LOW("低"), MEDIUM("中"), HIGH("高");

    private final String label;

    RiskLevel(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public static RiskLevel ofLabel(String label) {
        for (RiskLevel level : values()) {
            if (level.label.equals(label) || level.name().equalsIgnoreCase(label)) {
                return level;
            }
        }
        throw new IllegalArgumentException("risk level must be 低, 中 or 高, got " + label);
    }
}
