package dev.onecheck.gateway.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import dev.onecheck.gateway.GatewayTest;
import dev.onecheck.infra.test.TestStack;
import dev.onecheck.search.index.KnowledgeBaseFixture;
import dev.onecheck.search.index.KnowledgeSearch;
import dev.onecheck.search.index.TextEmbedder;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** 检索预热 (stop 35's CI): the gateway's own first search before it reports ready, asked again while unanswered. */
@GatewayTest
class SearchWarmUpIT {

    @Autowired
    KnowledgeSearch search;
    @Autowired
    TextEmbedder embedder;

    @Test
    void anAnsweringElasticsearchIsWarmedUpByOneSearch() throws Exception {
        KnowledgeBaseFixture.loadAndIndex(TestStack.driver(), TestStack.endpoints());

        assertThat(new SearchWarmUp(search, Duration.ZERO).warmUp()).isEqualTo(new SearchWarmUp.Outcome(true, 1));
    }

    /** Nothing listens: asked about once a second until the budget is spent, then ready without the search. */
    @Test
    void anUnansweredSearchIsAskedAgainUntilTheBudgetIsSpent() throws Exception {
        try (ElasticsearchClient nowhere = ElasticsearchClient.of(b -> b.host("http://127.0.0.1:1"))) {
            KnowledgeSearch unreachable = new KnowledgeSearch(nowhere, embedder);

            SearchWarmUp.Outcome outcome = new SearchWarmUp(unreachable, Duration.ofMillis(2500)).warmUp();

            assertThat(outcome.warm()).isFalse();
            assertThat(outcome.attempts()).as("asked again").isGreaterThan(1);
        }
    }
}
