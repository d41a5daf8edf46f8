package dev.onecheck.search.index;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch._types.query_dsl.TextQueryType;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch.core.search.HighlightField;
import co.elastic.clients.elasticsearch.core.search.HighlighterType;
import co.elastic.clients.elasticsearch.core.search.Hit;
import co.elastic.clients.elasticsearch.core.search.SourceConfig;
import co.elastic.clients.json.JsonData;
import co.elastic.clients.util.NamedValue;
import dev.onecheck.search.index.ReciprocalRankFusion.Fused;
import dev.onecheck.search.index.ReciprocalRankFusion.Ranking;
import dev.onecheck.store.Page;
import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;

/**
 * The query side of the knowledge base ("罚不罚、罚多少"): keyword search with the Chinese analyzers and legal
 * synonyms, and kNN over bge-small-zh vectors, fused by {@link ReciprocalRankFusion}. Every query is built with the
 * client's builders; the officer's text only ever travels as a query value.
 */
public final class KnowledgeSearch {

    /** Searched fields and their weights; a field absent from an index is skipped there. */
    private static final List<String> FIELDS = List.of("name^4", "aliases^3", "title^2", "text^2", "lawTitle^0.5",
            "chapter^0.5", "violatedText", "penaltyText", "tiersText^0.5", "facts", "decision^0.5", "violationName");
    private static final List<String> HIGHLIGHTED = List.of("name", "aliases", "title", "text", "violatedText", "penaltyText",
            "tiersText", "facts", "decision");
    /** The deepest page fusion serves: RRF must see each ranking's top offset + size. */
    public static final int MAX_WINDOW = 500;
    /** Pages within the same {@code DEPTH} hits come from the same rankings. */
    private static final int DEPTH = 50;
    /**
     * Vector hits count more since penalty articles have vectors: an officer's words (喝了酒开车, 没证) are rarely the
     * article's (饮酒后驾驶机动车, 未取得许可), and a keyword hit on one shared common word otherwise comes first.
     * Measured on kb-colloquial.jsonl (README): 0.9 → 1.3 raised penalty-article hit@3 from 0.50 to 0.66; with the
     * fusion's constant at 10 (see {@link ReciprocalRankFusion#K}) 2.0 measured best (1.5–3.0 within 0.01). Keyword
     * hits still break ties (they come first in the fusion) and carry the highlights.
     */
    private static final double KEYWORD_WEIGHT = 1.0;
    private static final double VECTOR_WEIGHT = 2.0;
    /** Below this cosine similarity a vector neighbour is noise, not a match (0.55 cut some colloquial questions' articles). */
    private static final float MIN_SIMILARITY = 0.45f;

    /**
     * A conduct question wants the article that punishes it (罚则) above the article that states the duty; added
     * like the status and level boosts, to BM25 scores that are mostly 10–40 (6 measured a little worse than 12).
     */
    private static final float PENALTY_BOOST = 12f;
    /** A question on the general rules wants 行政处罚法 第四章 whatever else shares its words. */
    private static final float GENERAL_RULE_BOOST = 40f;

    private static final SourceConfig HIT_FIELDS = SourceConfig.of(c -> c.filter(f -> f.includes("provisionIds", "violatedProvisionIds", "penalty")));
    private static final SourceConfig PUBLISHED = SourceConfig.of(c -> c.filter(f -> f.includes("published")));
    /** Completions asked for beyond those wanted when unpublished ones will be dropped. */
    private static final int UNPUBLISHED_HEADROOM = 40;

    /**
     * Elasticsearch that stops answering costs each search the client's socket timeout; once half of the last four
     * calls failed that way, searches fail at once for {@code OPEN_FOR}, then one call tries again. Only
     * unavailability counts, not a query Elasticsearch refuses.
     */
    private static final Duration OPEN_FOR = Duration.ofSeconds(5);

    private final ElasticsearchClient es;
    private final TextEmbedder embedder;
    private final CircuitBreaker breaker = CircuitBreaker.of("elasticsearch", CircuitBreakerConfig.custom()
            .slidingWindowType(CircuitBreakerConfig.SlidingWindowType.COUNT_BASED).slidingWindowSize(4).minimumNumberOfCalls(2)
            .failureRateThreshold(50).waitDurationInOpenState(OPEN_FOR).permittedNumberOfCallsInHalfOpenState(1)
            .recordException(SearchUnavailableException.class::isInstance).build());

    public KnowledgeSearch(ElasticsearchClient es, TextEmbedder embedder) {
        this.es = es;
        this.embedder = embedder;
    }

    /** Keyword and vector hits fused; the page {@code query.offset()}..{@code +size()}. */
    public Page<SearchHit> search(SearchQuery query) {
        Ranked ranked = rank(query, MIN_SIMILARITY);
        List<SearchHit> page = ranked.fused().stream().skip(query.offset()).limit(query.size())
                .map(f -> hit(ranked.found().get(f.key()), f.score(), ranked.keyword().get(f.key()))).toList();
        return new Page<>(page, ranked.fused().size() > query.offset() + query.size());
    }

    /**
     * 研判 of a clue: the violations (STANDARD hits, curated and derived) a text reads as — the search an officer's
     * question gets — best first, at most {@code size}, of those whose vector is at least {@code minSimilarity}
     * (cosine) near the text's. The fused score is made of ranks, not of fit: some violation always comes first, so
     * without the cut a text about nothing the knowledge base knows was read as whatever shared a word with it.
     */
    public List<String> violationsFor(String text, int size, double minSimilarity) {
        if (!(minSimilarity > 0 && minSimilarity <= 1)) {
            throw new IllegalArgumentException("the minimum similarity lies above 0 and at most 1, got " + minSimilarity);
        }
        Ranked ranked = rank(new SearchQuery(text, List.of(SearchKind.STANDARD), SearchQuery.Filter.NONE, false, 0, size),
                (float) Math.max(minSimilarity, MIN_SIMILARITY));
        return ranked.fused().stream().filter(f -> ranked.vector().containsKey(f.key())).limit(size)
                .map(f -> ranked.found().get(f.key()).id()).toList();
    }

    /** Both rankings of a query, fused: the keyword and vector hits by key, and all of them. */
    private record Ranked(List<Fused<String>> fused, Map<String, Hit<JsonData>> keyword, Map<String, Hit<JsonData>> vector,
                          Map<String, Hit<JsonData>> found) {
    }

    private Ranked rank(SearchQuery query, float minSimilarity) {
        int window = window(query);
        Map<String, Hit<JsonData>> keywordHits = keyword(query, window);
        Map<String, Hit<JsonData>> vectorHits = vector(query, window, minSimilarity);
        List<Fused<String>> fused = ReciprocalRankFusion.fuse(new Ranking<>(List.copyOf(keywordHits.keySet()), KEYWORD_WEIGHT),
                new Ranking<>(List.copyOf(vectorHits.keySet()), VECTOR_WEIGHT));
        Map<String, Hit<JsonData>> found = new HashMap<>(vectorHits);
        found.putAll(keywordHits);
        if (QuestionKind.of(query.text()) == QuestionKind.CONDUCT) {
            fused = OnePerPenaltyArticle.collapse(fused, key -> penaltyArticles(found.get(key)));
        }
        return new Ranked(fused, keywordHits, vectorHits, found);
    }

    /** Keyword hits alone, best first: the BM25 ranking that fusion starts from. */
    public Page<SearchHit> keywordOnly(SearchQuery query) {
        return page(keyword(query, window(query)), query);
    }

    /** Vector hits alone, best first: what the model finds when the words differ. */
    public Page<SearchHit> vectorOnly(SearchQuery query) {
        return page(vector(query, window(query), MIN_SIMILARITY), query);
    }

    /**
     * How deep each ranking is read: at least one past the page, so the caller learns whether another page follows,
     * rounded up to {@link #DEPTH}. Fusion and the vector search's candidates depend on that depth, so reading exactly
     * to the page's end would rank page two (read deeper) differently from page one and repeat its hits.
     */
    private static int window(SearchQuery query) {
        int needed = query.offset() + query.size() + 1;
        return Math.min(MAX_WINDOW, Math.ceilDiv(needed, DEPTH) * DEPTH);
    }

    /**
     * Completions of what the officer is typing: violation names and aliases, law titles, case titles. With
     * {@code publishedOnly}, completions from unpublished documents are left out: a case title names the party.
     */
    public List<String> suggest(String prefix, List<SearchKind> kinds, int size, boolean publishedOnly) {
        // The completion suggester cannot filter on a field, so each option comes with its document's flag and the
        // unpublished are dropped here: more are asked for to leave room for them, and duplicates are not skipped
        // by Elasticsearch, which might keep an unpublished twin of a published text.
        int asked = publishedOnly ? size + UNPUBLISHED_HEADROOM : size;
        SearchResponse<JsonData> response = call(() -> es.search(s -> s.index(SearchKind.aliases(kinds)).size(0).source(PUBLISHED)
                .suggest(g -> g.suggesters("completion", f -> f.prefix(prefix)
                        .completion(c -> c.field("suggest").size(asked).skipDuplicates(!publishedOnly)))), JsonData.class));
        return response.suggest().getOrDefault("completion", List.of()).stream()
                .flatMap(sg -> sg.completion().options().stream())
                .filter(o -> !publishedOnly || o.source() != null && o.source().toJson().asJsonObject().getBoolean("published", false))
                .map(o -> o.text()).distinct().limit(size).toList();
    }

    private Map<String, Hit<JsonData>> keyword(SearchQuery query, int window) {
        QuestionKind kind = QuestionKind.of(query.text());
        Query match = Query.of(q -> q.bool(b -> b
                .must(m -> m.multiMatch(mm -> mm.query(query.text()).fields(FIELDS).type(TextQueryType.BestFields).tieBreaker(0.3)))
                .should(s -> s.multiMatch(mm -> mm.query(query.text()).fields(FIELDS).type(TextQueryType.Phrase).slop(3).boost(2f)))
                .should(s -> kind == QuestionKind.GENERAL_RULE
                        ? s.constantScore(c -> c.filter(f -> f.term(t -> t.field("generalRule").value(true))).boost(GENERAL_RULE_BOOST))
                        : s.constantScore(c -> c.filter(f -> f.term(t -> t.field("penalty").value(true))).boost(PENALTY_BOOST)))
                // 现行有效 first, and higher legal force first: 法律 above 行政法规 above the rest.
                .should(s -> s.constantScore(c -> c.filter(f -> f.term(t -> t.field("status").value("现行有效"))).boost(4f)))
                .should(s -> s.constantScore(c -> c.filter(f -> f.term(t -> t.field("level").value("法律"))).boost(3f)))
                .should(s -> s.constantScore(c -> c.filter(f -> f.term(t -> t.field("level").value("行政法规"))).boost(1f)))
                .filter(filters(query))));
        SearchResponse<JsonData> response = call(() -> es.search(s -> s.index(SearchKind.aliases(query.kinds())).query(match)
                .size(window).source(HIT_FIELDS)
                .highlight(h -> h.type(HighlighterType.Unified).preTags("<em>").postTags("</em>").fragmentSize(60)
                        .numberOfFragments(2).requireFieldMatch(true)
                        .fields(HIGHLIGHTED.stream().map(field -> NamedValue.of(field, HighlightField.of(hf -> hf))).toList())),
                JsonData.class));
        return byKey(response);
    }

    private Map<String, Hit<JsonData>> vector(SearchQuery query, int window, float minSimilarity) {
        List<Float> vector = new ArrayList<>(TextEmbedder.DIMENSIONS);
        for (float v : embedder.query(query.text())) {
            vector.add(v);
        }
        // For the general rules only their articles are neighbours worth having: every penalty article is near a
        // question that says 罚.
        List<Query> filters = filters(query);
        if (QuestionKind.of(query.text()) == QuestionKind.GENERAL_RULE) {
            filters.add(Query.of(q -> q.term(t -> t.field("generalRule").value(true))));
        }
        SearchResponse<JsonData> response = call(() -> es.search(s -> s.index(SearchKind.aliases(query.kinds())).size(window)
                .source(HIT_FIELDS)
                .knn(k -> k.field("vector").queryVector(vector).k(window).numCandidates(Math.max(100, 2 * window))
                        .similarity(minSimilarity).filter(filters)), JsonData.class));
        return byKey(response);
    }

    /** The articles that punish what a penalty article or violation is about; none for anything else. */
    private static Set<String> penaltyArticles(Hit<JsonData> hit) {
        SearchHit h = hit(hit, 0, null);
        return h.setsPenalty() && h.kind() != SearchKind.CASE ? Set.copyOf(h.penaltyProvisionIds()) : Set.of();
    }

    private static String key(Hit<JsonData> hit) {
        return SearchKind.ofIndex(hit.index()) + ":" + hit.id();
    }

    private static JsonObject source(Hit<JsonData> hit) {
        return hit.source() == null ? JsonValue.EMPTY_JSON_OBJECT : hit.source().toJson().asJsonObject();
    }

    /** Filters shared by both rankings: published only, law level, department, domain, in force at a date. */
    private static List<Query> filters(SearchQuery query) {
        SearchQuery.Filter f = query.filter();
        List<Query> filters = new ArrayList<>();
        if (query.publishedOnly()) {
            filters.add(Query.of(q -> q.term(t -> t.field("published").value(true))));
        }
        terms(filters, "level", f.lawLevels());
        terms(filters, "departments", f.departments());
        terms(filters, "domains", f.domains());
        if (f.inForceOn() != null) {
            String day = f.inForceOn().toString();
            filters.add(Query.of(q -> q.range(r -> r.date(d -> d.field("effectiveFrom").lte(day)))));
            filters.add(Query.of(q -> q.bool(b -> b
                    .should(s -> s.range(r -> r.date(d -> d.field("effectiveTo").gte(day))))
                    .should(s -> s.bool(n -> n.mustNot(m -> m.exists(e -> e.field("effectiveTo")))))
                    .minimumShouldMatch("1"))));
        }
        return filters;
    }

    private static void terms(List<Query> filters, String field, List<String> values) {
        if (!values.isEmpty()) {
            filters.add(Query.of(q -> q.terms(t -> t.field(field).terms(v -> v.value(values.stream().map(FieldValue::of).toList())))));
        }
    }

    private static Map<String, Hit<JsonData>> byKey(SearchResponse<JsonData> response) {
        Map<String, Hit<JsonData>> hits = new LinkedHashMap<>();
        response.hits().hits().forEach(h -> hits.put(key(h), h));
        return hits;
    }

    private static Page<SearchHit> page(Map<String, Hit<JsonData>> hits, SearchQuery query) {
        List<SearchHit> rows = hits.values().stream().skip(query.offset()).limit(query.size())
                .map(h -> hit(h, h.score() == null ? 0 : h.score(), h))
                .toList();
        return new Page<>(rows, hits.size() > query.offset() + query.size());
    }

    /** A hit with what its document says: the articles it is about, those violated, whether it sets a penalty. */
    private static SearchHit hit(Hit<JsonData> hit, double score, Hit<JsonData> highlighted) {
        JsonObject source = source(hit);
        SearchKind kind = SearchKind.ofIndex(hit.index());
        return new SearchHit(kind, hit.id(), score, highlights(highlighted), ids(source, "provisionIds"),
                ids(source, "violatedProvisionIds"), kind == SearchKind.STANDARD || source.getBoolean("penalty", false));
    }

    private static List<String> ids(JsonObject source, String field) {
        return source.containsKey(field) ? source.getJsonArray(field).getValuesAs(JsonString::getString) : List.of();
    }

    private static List<String> highlights(Hit<JsonData> hit) {
        if (hit == null) {
            return List.of();
        }
        Map<String, List<String>> byField = new HashMap<>(hit.highlight());
        return HIGHLIGHTED.stream().flatMap(field -> byField.getOrDefault(field, List.of()).stream()).toList();
    }

    @FunctionalInterface
    private interface EsCall<T> {
        T run() throws IOException;
    }

    /** Elasticsearch unreachable, failing or known to be down (breaker open) is one condition for callers: the search is unavailable. */
    private <T> T call(EsCall<T> call) {
        try {
            return breaker.executeCallable(() -> unguarded(call));
        } catch (CallNotPermittedException e) {
            throw new SearchUnavailableException(e);
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static <T> T unguarded(EsCall<T> call) {
        try {
            return call.run();
        } catch (IOException e) {
            throw new SearchUnavailableException(e);
        } catch (ElasticsearchException e) {
            // 401/403: the cluster refuses this client's credentials (a wrong or rotated password) — for the caller
            // the search is as unavailable as a server that is down; the operator finds the cause in the message.
            if (e.status() >= 500 || e.status() == 401 || e.status() == 403) {
                throw new SearchUnavailableException(e);
            }
            throw e;
        }
    }
}
