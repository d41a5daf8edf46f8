package dev.onecheck.search.index;

import java.util.List;

/**
 * One fused hit: which document (its graph key), its fused score, the matched passages with {@code <em>} marks, the
 * articles it is about (its own id for an article; 违法条款 and 处罚条款 for a standard; cited ones for a case), of
 * those the articles violated (what a penalty article names, a standard's 违法条款), and whether it sets a penalty
 * (a penalty article, a standard): then {@code penaltyAdvice} answers for it.
 */
public record SearchHit(SearchKind kind, String id, double score, List<String> highlights, List<String> provisionIds,
                        List<String> violatedProvisionIds, boolean setsPenalty) {

    public SearchHit {
        highlights = List.copyOf(highlights);
        provisionIds = List.copyOf(provisionIds);
        violatedProvisionIds = List.copyOf(violatedProvisionIds);
    }

    /** The articles that punish what the hit is about: those it is about, less those it says are violated. */
    public List<String> penaltyProvisionIds() {
        List<String> penalties = provisionIds.stream().filter(id -> !violatedProvisionIds.contains(id)).toList();
        return penalties.isEmpty() ? provisionIds : penalties;
    }
}
