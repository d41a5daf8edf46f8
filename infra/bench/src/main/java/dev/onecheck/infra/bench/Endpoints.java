package dev.onecheck.infra.bench;

import java.net.URI;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import org.neo4j.driver.AuthToken;
import org.neo4j.driver.AuthTokens;

/** The running stack's addresses, as the launcher passes them (the defaults are those of ./onecheck up). */
record Endpoints(URI gateway, URI issuer, URI bolt, URI elasticsearch, String demoSecret) {

    static Endpoints fromEnvironment() {
        return new Endpoints(uri("ONECHECK_GATEWAY_URI", "http://127.0.0.1:8080"), uri("ONECHECK_ISSUER_URI", "http://127.0.0.1:9000"),
                uri("ONECHECK_BOLT_URI", "bolt://127.0.0.1:7687"), uri("ONECHECK_ES_URI", "http://127.0.0.1:9200"),
                System.getenv().getOrDefault("ONECHECK_DEMO_SECRET", "demo"));
    }

    /** Neo4j's credentials as the launcher passes them (the embedded stack's generated password); none when unset. */
    static AuthToken neo4jAuth() {
        String password = System.getenv().getOrDefault("ONECHECK_NEO4J_PASSWORD", "");
        return password.isEmpty() ? AuthTokens.none()
                : AuthTokens.basic(System.getenv().getOrDefault("ONECHECK_NEO4J_USER", "neo4j"), password);
    }

    /** A client of the stack's Elasticsearch as the launcher's user (security is on); without credentials when unset. */
    ElasticsearchClient elasticsearchClient() {
        String user = System.getenv().getOrDefault("ONECHECK_ELASTICSEARCH_USER", "");
        return ElasticsearchClient.of(b -> user.isEmpty() ? b.host(elasticsearch.toString())
                : b.host(elasticsearch.toString()).usernameAndPassword(user, System.getenv().getOrDefault("ONECHECK_ELASTICSEARCH_PASSWORD", "")));
    }

    private static URI uri(String variable, String fallback) {
        return URI.create(System.getenv().getOrDefault(variable, fallback));
    }
}
