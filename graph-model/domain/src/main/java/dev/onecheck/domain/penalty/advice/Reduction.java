package dev.onecheck.domain.penalty.advice;

import dev.onecheck.domain.penalty.TierLevel;

/**
 * 从轻 or 减轻: 行政处罚法 第三十二条 says 应当从轻或者减轻 and leaves the choice to the authority — the officer names it,
 * or the advice gives both.
 */
public enum Reduction {
    LIGHTER(TierLevel.LIGHTER),
    MITIGATED(TierLevel.MITIGATED);

    private final TierLevel level;

    Reduction(TierLevel level) {
        this.level = level;
    }

    public TierLevel level() {
        return level;
    }

    Reduction other() {
        return this == LIGHTER ? MITIGATED : LIGHTER;
    }
}
