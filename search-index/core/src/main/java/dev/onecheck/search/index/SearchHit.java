package dev.onecheck.search.index;

import java.util.List;

/**
 * One fused hit: which document (its graph key), its fused score, the matched passages with {@code <em>} marks, and
 * the articles it is about (its own id for an article; 违法条款 and 处罚条款 for a standard; cited ones for a case).
 */
public record SearchHit(SearchKind kind, String id, double score, List<String> highlights, List<String> provisionIds) {

    public SearchHit {
        highlights = List.copyOf(highlights);
        provisionIds = List.copyOf(provisionIds);
    }
}
