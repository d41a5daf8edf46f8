package dev.onecheck.domain.penalty;

import dev.onecheck.domain.text.Labelled;

/**
 * What a tier needs beyond its level, where a penalty article makes the fine depend on it: 拒不改正的，处…罚款 (or
 * 逾期未改正的), 情节严重的，处…; the warning-only tier of the first finding, before any order to correct; and a
 * circumstance only the officer can find.
 */
public enum TierCondition implements Labelled {
    BEFORE_ORDER("首次发现责令改正"),
    REFUSED_CORRECTION("经责令改正拒不改正"),
    /** "拒不改正或者情节严重的" (妇女权益保障法 第八十三条, 网络安全法 第六十九条): either one is enough. */
    REFUSED_OR_SERIOUS("拒不改正或者情节严重"),
    SERIOUS("情节严重"),
    /**
     * A circumstance the article prints that no fact of the case states (城镇排水与污水处理条例 第五十七条 "造成严重后果的"):
     * the tier is offered for the officer to judge ("若…则…"), never applied by the rules.
     */
    OFFICER_JUDGEMENT("须由执法人员认定的情形");

    private final String label;

    TierCondition(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }

    public static TierCondition ofLabel(String label) {
        return Labelled.ofLabel(TierCondition.class, label, "tier condition");
    }
}
