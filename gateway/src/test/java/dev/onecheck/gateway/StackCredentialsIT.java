package dev.onecheck.gateway;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Base64;
import java.util.List;

import dev.onecheck.infra.stack.StackEndpoints;
import dev.onecheck.infra.test.EmbeddedStack;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.AuthToken;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.driver.exceptions.AuthenticationException;

/**
 * Issue 20, finding 9: Bolt and Elasticsearch answered anyone on loopback without credentials. The stack's Neo4j and
 * Elasticsearch (the same {@code StackMain} as {@code ./onecheck up}) refuse a client without the generated password,
 * which only the stack's own user can read.
 */
@EmbeddedStack
class StackCredentialsIT {

    @Test
    void neo4jRefusesAClientWithoutThePassword(StackEndpoints stack) {
        for (AuthToken auth : List.of(AuthTokens.none(), AuthTokens.basic("neo4j", "neo4j"))) {
            try (Driver anyone = GraphDatabase.driver(stack.bolt(), auth)) {
                assertThatThrownBy(anyone::verifyConnectivity).isInstanceOf(AuthenticationException.class);
            }
        }
        try (Driver stackUser = GraphDatabase.driver(stack.bolt(), AuthTokens.basic(stack.neo4jUser(), stack.neo4jPassword()))) {
            stackUser.verifyConnectivity();
        }
    }

    @Test
    void elasticsearchRefusesAClientWithoutThePassword(StackEndpoints stack) throws Exception {
        URI health = stack.elasticsearch().resolve("/_cluster/health");
        HttpClient http = HttpClient.newHttpClient();
        assertThat(http.send(HttpRequest.newBuilder(health).build(), HttpResponse.BodyHandlers.discarding()).statusCode())
                .as("no credentials").isEqualTo(401);
        String wrong = "Basic " + Base64.getEncoder().encodeToString((stack.elasticsearchUser() + ":not-the-password").getBytes(StandardCharsets.UTF_8));
        assertThat(http.send(HttpRequest.newBuilder(health).header("Authorization", wrong).build(), HttpResponse.BodyHandlers.discarding())
                .statusCode()).as("a wrong password").isEqualTo(401);
        assertThat(http.send(HttpRequest.newBuilder(health).header("Authorization", stack.elasticsearchAuthorization()).build(),
                HttpResponse.BodyHandlers.discarding()).statusCode()).as("the stack's user").isEqualTo(200);
    }

    @Test
    void thePasswordsAreReadableByTheStacksUserAlone(StackEndpoints stack) throws Exception {
        for (Path file : List.of(stack.neo4jPasswordFile(), stack.elasticsearchPasswordFile())) {
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).as(file.toString()).isEqualTo("rw-------");
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file.getParent()))).isEqualTo("rwx------");
        }
        assertThat(stack.neo4jPassword()).hasSizeGreaterThanOrEqualTo(32);
        assertThat(stack.elasticsearchPassword()).hasSizeGreaterThanOrEqualTo(32).isNotEqualTo(stack.neo4jPassword());
    }
}
