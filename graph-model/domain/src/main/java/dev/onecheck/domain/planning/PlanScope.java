package dev.onecheck.domain.planning;

import java.util.Set;

import dev.onecheck.domain.subject.CreditLevel;

/**
 * 检查对象范围: the firms a plan draws from — an industry (with its sub-industries), optionally one region, and
 * optionally some credit levels (empty means all).
 */
public record PlanScope(String industry, String region, Set<CreditLevel> creditLevels) {

    public PlanScope {
        creditLevels = creditLevels == null ? Set.of() : Set.copyOf(creditLevels);
    }
}
