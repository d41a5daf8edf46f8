package dev.onecheck.gateway.search;

import java.time.Duration;
import java.util.List;

import dev.onecheck.search.index.KnowledgeSearch;
import dev.onecheck.search.index.SearchKind;
import dev.onecheck.search.index.SearchQuery;
import dev.onecheck.search.index.SearchUnavailableException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;

/**
 * 检索预热: the first search after start pays for what later ones do not — the embedding model's first inference, and
 * Elasticsearch's first query of each index (files read from disk, the vector graph loaded). On a busy machine that
 * once passed the client's socket timeout (1.5 s), and the first officer was told the search is unavailable (the
 * deploy test of stop 35's CI, both replicas just started). The gateway asks that search itself before it reports
 * ready: Boot accepts traffic (readiness) only after the application runners, and the launcher and the container
 * health check wait for readiness. Unanswered, it is asked again — Elasticsearch finishes a query the client gave up
 * on, so the next one is warm — until {@code onecheck.search.warm-up} is spent; then the gateway is ready without it,
 * since the graph answers without Elasticsearch and the search comes back by itself (the circuit breaker). A query
 * Elasticsearch refuses (nothing indexed yet) ends it at once.
 */
@Component
class SearchWarmUp implements ApplicationRunner {

    private static final Logger LOG = LoggerFactory.getLogger(SearchWarmUp.class);
    /** A plain officer's question that reaches every index (条款, 违法行为, 案例) and both rankings. */
    private static final SearchQuery QUESTION = new SearchQuery("未取得许可从事经营活动", List.of(SearchKind.values()),
            SearchQuery.Filter.NONE, false, 0, 5);
    private static final Duration PAUSE = Duration.ofSeconds(1);

    private final KnowledgeSearch search;
    private final Duration budget;

    SearchWarmUp(KnowledgeSearch search, @Value("${onecheck.search.warm-up}") Duration budget) {
        this.search = search;
        this.budget = budget;
    }

    @Override
    public void run(ApplicationArguments args) throws InterruptedException {
        warmUp();
    }

    /** Whether a search answered, after how many attempts. */
    record Outcome(boolean warm, int attempts) {
    }

    Outcome warmUp() throws InterruptedException {
        long start = System.nanoTime();
        long deadline = start + budget.toNanos();
        for (int attempt = 1; ; attempt++) {
            try {
                search.search(QUESTION);
                LOG.info("search warmed up in {} ms ({} attempt(s))", Duration.ofNanos(System.nanoTime() - start).toMillis(), attempt);
                return new Outcome(true, attempt);
            } catch (SearchUnavailableException e) {
                if (System.nanoTime() + PAUSE.toNanos() >= deadline) {
                    LOG.warn("search not warmed up within {} ({} attempt(s)): {}; ready without it", budget, attempt, e.getMessage());
                    return new Outcome(false, attempt);
                }
                Thread.sleep(PAUSE);
            } catch (RuntimeException e) {
                // A query Elasticsearch refuses (no index yet: nothing loaded) is not made warm by asking again, and a
                // warm-up never keeps the gateway from starting.
                LOG.warn("search not warmed up: {}; ready without it", e.getMessage());
                return new Outcome(false, attempt);
            }
        }
    }
}
