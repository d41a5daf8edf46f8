package dev.onecheck.infra.stack;

import java.net.URI;

/** Where a running stack answers: Neo4j over Bolt and Elasticsearch over HTTP, both on loopback. */
public record StackEndpoints(URI bolt, URI elasticsearch) {

    static final String READY_PREFIX = "ONECHECK-STACK READY ";

    /** The line {@link StackMain} prints once both parts answer; launchers wait for it. */
    String readyLine() {
        return READY_PREFIX + bolt + " " + elasticsearch;
    }

    static StackEndpoints parseReadyLine(String line) {
        String[] parts = line.substring(READY_PREFIX.length()).trim().split(" ");
        return new StackEndpoints(URI.create(parts[0]), URI.create(parts[1]));
    }
}
