package dev.onecheck.gateway.clue;

import java.util.List;

import dev.onecheck.search.index.KnowledgeSearch;
import dev.onecheck.search.index.SearchHit;
import dev.onecheck.search.index.SearchKind;
import dev.onecheck.search.index.SearchQuery;
import org.springframework.stereotype.Component;

/**
 * 研判: reads a clue's text as a violation with the knowledge base — the same search an officer's question gets,
 * over violations (STANDARD hits, curated and derived). Only the best hit is taken: the fused ranking has no score
 * to cut a second reading at, and a clue about two problems is routed on by 转办 rather than by a guess.
 */
@Component
class ClueClassifier {

    private static final SearchQuery.Filter ANY = new SearchQuery.Filter(List.of(), List.of(), List.of(), null);

    private final KnowledgeSearch search;

    ClueClassifier(KnowledgeSearch search) {
        this.search = search;
    }

    List<String> violations(String content) {
        return search.search(new SearchQuery(content, List.of(SearchKind.STANDARD), ANY, false, 0, 1)).rows().stream()
                .map(SearchHit::id).toList();
    }
}
