package dev.onecheck.graph.penalty.advice;

import dev.onecheck.graph.text.Labelled;

/** 危害后果: what the act caused, as 行政处罚法 第三十三条 and 第三十六条 distinguish it. */
public enum Harm implements Labelled {
    NONE("没有造成危害后果"),
    MINOR("危害后果轻微"),
    HARMFUL("造成危害后果");

    private final String label;

    Harm(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
