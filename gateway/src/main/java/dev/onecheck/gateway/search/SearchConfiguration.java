package dev.onecheck.gateway.search;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.transport.rest5_client.low_level.Rest5ClientBuilder;
import dev.onecheck.search.index.IndexProjector;
import dev.onecheck.search.index.KnowledgeSearch;
import dev.onecheck.search.index.TextEmbedder;
import dev.onecheck.store.outbox.IndexOutbox;
import dev.onecheck.store.outbox.IndexSource;
import org.apache.hc.client5.http.config.RequestConfig;
import org.apache.hc.core5.util.Timeout;
import org.neo4j.driver.Driver;
import org.springframework.boot.elasticsearch.autoconfigure.ElasticsearchProperties;
import org.springframework.boot.elasticsearch.autoconfigure.Rest5ClientBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

@Configuration(proxyBeanMethods = false)
@EnableScheduling
class SearchConfiguration {

    /**
     * The client waits for an answer no longer than {@code spring.elasticsearch.socket-timeout}: Boot applies that
     * to the connection, but the client's own response timeout (30 s) would still govern a server that accepts and
     * never answers (a hung or stopped process).
     */
    @Bean
    Rest5ClientBuilderCustomizer boundedResponseWait(ElasticsearchProperties properties) {
        return new Rest5ClientBuilderCustomizer() {
            @Override
            public void customize(Rest5ClientBuilder builder) {
            }

            @Override
            public void customize(RequestConfig.Builder request) {
                request.setResponseTimeout(Timeout.of(properties.getSocketTimeout()));
            }
        };
    }

    @Bean
    TextEmbedder textEmbedder() {
        return new TextEmbedder();
    }

    @Bean
    KnowledgeSearch knowledgeSearch(ElasticsearchClient elasticsearch, TextEmbedder embedder) {
        return new KnowledgeSearch(elasticsearch, embedder);
    }

    /** Drains the outbox only: rebuilds are the loaders' job ({@code ./onecheck load index --rebuild}). */
    @Bean
    IndexProjector indexProjector(ElasticsearchClient elasticsearch, Driver driver, TextEmbedder embedder) {
        return new IndexProjector(elasticsearch, new IndexSource(driver), new IndexOutbox(driver), embedder, false,
                (step, done, total) -> { });
    }
}
