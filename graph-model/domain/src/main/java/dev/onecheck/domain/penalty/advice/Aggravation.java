package dev.onecheck.domain.penalty.advice;

import dev.onecheck.domain.text.Labelled;

/** 从重情节 as the city's 裁量基准 list them (拒不改正 and 情节严重 are facts of their own: some articles fine only then). */
public enum Aggravation implements Labelled {
    REPEATED("一年内因同一种违法行为受过行政处罚"),
    OBSTRUCTED("拒不配合调查、隐匿或者销毁证据"),
    VULNERABLE_PARTIES("针对学校、托幼机构、养老机构或者未成年人、老年人等群体"),
    SERIOUS_HARM("造成严重危害后果或者恶劣社会影响");

    private final String label;

    Aggravation(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
