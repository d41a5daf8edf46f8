package dev.onecheck.infra.stack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Path;

/**
 * Where a running stack answers: Neo4j over Bolt and Elasticsearch over HTTP, both on loopback; and the file with
 * the password of Neo4j's user {@value Neo4jPassword#USER} (the ready line names the file, never the password).
 */
public record StackEndpoints(URI bolt, URI elasticsearch, Path neo4jPasswordFile) {

    static final String READY_PREFIX = "ONECHECK-STACK READY ";

    /** The line {@link StackMain} prints once both parts answer; launchers wait for it. */
    String readyLine() {
        return READY_PREFIX + bolt + " " + elasticsearch + " " + neo4jPasswordFile.toAbsolutePath();
    }

    static StackEndpoints parseReadyLine(String line) {
        String[] parts = line.substring(READY_PREFIX.length()).trim().split(" ", 3);
        return new StackEndpoints(URI.create(parts[0]), URI.create(parts[1]), Path.of(parts[2]));
    }

    public String neo4jUser() {
        return Neo4jPassword.USER;
    }

    public String neo4jPassword() {
        try {
            return Neo4jPassword.read(neo4jPasswordFile);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the stack's Neo4j password from " + neo4jPasswordFile, e);
        }
    }
}
