package dev.onecheck.gateway.search;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import dev.onecheck.search.index.IndexProjector;
import dev.onecheck.search.index.KnowledgeSearch;
import dev.onecheck.search.index.TextEmbedder;
import dev.onecheck.store.outbox.IndexOutbox;
import dev.onecheck.store.outbox.IndexSource;
import org.neo4j.driver.Driver;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

@Configuration(proxyBeanMethods = false)
@EnableScheduling
class SearchConfiguration {

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
