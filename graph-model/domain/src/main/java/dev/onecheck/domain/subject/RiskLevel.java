package dev.onecheck.domain.subject;

import dev.onecheck.domain.text.Labelled;

/** 风险等级 from the department's risk classification. */
public enum RiskLevel implements Labelled {
    LOW("低"), MEDIUM("中"), HIGH("高");

    private final String label;

    RiskLevel(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }

    public static RiskLevel ofLabel(String label) {
        return Labelled.ofLabel(RiskLevel.class, label, "risk level");
    }
}
