package dev.onecheck.infra.stack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Base64;

/**
 * Where a running stack answers: Neo4j over Bolt and Elasticsearch over HTTP, both on loopback; and the folder with
 * the generated passwords ({@link GeneratedPassword}) of Neo4j's user {@value GeneratedPassword#NEO4J_USER} and
 * Elasticsearch's {@value GeneratedPassword#ELASTICSEARCH_USER} (the ready line names the folder, never a password).
 */
public record StackEndpoints(URI bolt, URI elasticsearch, Path credentials) {

    static final String READY_PREFIX = "ONECHECK-STACK READY ";

    /** The line {@link StackMain} prints once both parts answer; launchers wait for it. */
    String readyLine() {
        return READY_PREFIX + bolt + " " + elasticsearch + " " + credentials.toAbsolutePath();
    }

    static StackEndpoints parseReadyLine(String line) {
        String[] parts = line.substring(READY_PREFIX.length()).trim().split(" ", 3);
        return new StackEndpoints(URI.create(parts[0]), URI.create(parts[1]), Path.of(parts[2]));
    }

    /** {@code credentials/neo4j}. */
    public Path neo4jPasswordFile() {
        return StackLayout.neo4jPasswordFile(credentials);
    }

    /** {@code credentials/elasticsearch}. */
    public Path elasticsearchPasswordFile() {
        return StackLayout.elasticsearchPasswordFile(credentials);
    }

    public String neo4jUser() {
        return GeneratedPassword.NEO4J_USER;
    }

    public String neo4jPassword() {
        return read(neo4jPasswordFile());
    }

    public String elasticsearchUser() {
        return GeneratedPassword.ELASTICSEARCH_USER;
    }

    public String elasticsearchPassword() {
        return read(elasticsearchPasswordFile());
    }

    /** The value of an {@code Authorization} header for Elasticsearch's user, for plain HTTP clients. */
    public String elasticsearchAuthorization() {
        return basic(elasticsearchUser(), elasticsearchPassword());
    }

    static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    private static String read(Path file) {
        try {
            return GeneratedPassword.read(file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the stack's password from " + file, e);
        }
    }
}
