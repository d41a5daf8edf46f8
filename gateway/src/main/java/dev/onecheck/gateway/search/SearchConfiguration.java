package dev.onecheck.gateway.search;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.transport.rest5_client.low_level.Rest5ClientBuilder;
import dev.onecheck.search.index.IndexProjector;
import dev.onecheck.search.index.KnowledgeSearch;
import dev.onecheck.search.index.TextEmbedder;
import dev.onecheck.store.outbox.IndexOutbox;
import dev.onecheck.store.outbox.IndexSource;
import org.apache.hc.client5.http.config.RequestConfig;
import org.apache.hc.client5.http.impl.async.HttpAsyncClientBuilder;
import org.apache.hc.client5.http.impl.auth.BasicCredentialsProvider;
import org.apache.hc.core5.http.Header;
import org.apache.hc.core5.http.HttpHeaders;
import org.apache.hc.core5.http.message.BasicHeader;
import org.apache.hc.core5.util.Timeout;
import org.neo4j.driver.Driver;
import org.springframework.boot.elasticsearch.autoconfigure.ElasticsearchProperties;
import org.springframework.boot.elasticsearch.autoconfigure.Rest5ClientBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.util.StringUtils;

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

    /**
     * Boot gives {@code spring.elasticsearch.username}/{@code password} to the HTTP client as credentials it sends
     * only after a 401 challenge, and this client keeps no authentication cache between requests: every search would
     * cost two round trips. They go with each request instead, as Elasticsearch's own client sends a user's; and the
     * challenge-driven credentials are dropped, since with both a refused password fails inside the HTTP client
     * ("AuthScheme is null") instead of coming back as Elasticsearch's 401 (SEARCH_UNAVAILABLE).
     */
    @Bean
    Rest5ClientBuilderCustomizer preemptiveCredentials(ElasticsearchProperties properties) {
        boolean user = StringUtils.hasText(properties.getUsername());
        return new Rest5ClientBuilderCustomizer() {
            @Override
            public void customize(Rest5ClientBuilder builder) {
                if (user) {
                    String basic = Base64.getEncoder().encodeToString((properties.getUsername() + ":" + properties.getPassword())
                            .getBytes(StandardCharsets.UTF_8));
                    builder.setDefaultHeaders(new Header[] {new BasicHeader(HttpHeaders.AUTHORIZATION, "Basic " + basic)});
                }
            }

            @Override
            public void customize(HttpAsyncClientBuilder client) {
                if (user) {
                    client.setDefaultCredentialsProvider(new BasicCredentialsProvider());
                }
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
