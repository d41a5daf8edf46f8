package dev.onecheck.infra.bench;

import java.net.URI;

/** The running stack's addresses, as the launcher passes them (the defaults are those of ./onecheck up). */
record Endpoints(URI gateway, URI issuer, URI bolt, URI elasticsearch, String demoSecret) {

    static Endpoints fromEnvironment() {
        return new Endpoints(uri("ONECHECK_GATEWAY_URI", "http://127.0.0.1:8080"), uri("ONECHECK_ISSUER_URI", "http://127.0.0.1:9000"),
                uri("ONECHECK_BOLT_URI", "bolt://127.0.0.1:7687"), uri("ONECHECK_ES_URI", "http://127.0.0.1:9200"),
                System.getenv().getOrDefault("ONECHECK_DEMO_SECRET", "demo"));
    }

    private static URI uri(String variable, String fallback) {
        return URI.create(System.getenv().getOrDefault(variable, fallback));
    }
}
