package dev.onecheck.domain.penalty.advice;

import java.util.List;
import java.util.Map;

import dev.onecheck.domain.law.Provision;
import dev.onecheck.domain.penalty.DiscretionStandard;

/**
 * What the graph knows that a penalty advice rests on: the violation, its 裁量基准, the articles it violates and
 * the ones that penalise it (the first is the one the standard is built on), each in all versions, and the
 * 行政处罚法 articles in force, by article number.
 */
public record AdviceBasis(String violationCode, String violationName, String domain, DiscretionStandard standard,
                          List<CitedArticle> violated, List<CitedArticle> penalties, Map<Integer, Provision> generalRules) {

    public AdviceBasis {
        violated = List.copyOf(violated);
        penalties = List.copyOf(penalties);
        generalRules = Map.copyOf(generalRules);
        if (penalties.isEmpty()) {
            throw new IllegalArgumentException("violation " + violationCode + " has no penalty article (处罚条款)");
        }
    }
}
