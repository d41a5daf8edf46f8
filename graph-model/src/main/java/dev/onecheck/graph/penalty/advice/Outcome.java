package dev.onecheck.graph.penalty.advice;

import dev.onecheck.graph.text.Labelled;

/** 处理结论: whether to punish, and on what footing. */
public enum Outcome implements Labelled {
    PUNISH("给予行政处罚"),
    NO_PENALTY("不予行政处罚"),
    MAY_WAIVE("可以不予行政处罚"),
    TIME_BARRED("超过追责时效，不再给予行政处罚");

    private final String label;

    Outcome(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
