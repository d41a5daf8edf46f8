package dev.onecheck.gateway;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
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
 * Issue 20, finding 9: Bolt answered anyone on loopback without credentials. The stack's Neo4j (the same
 * {@code StackMain} as {@code ./onecheck up}) refuses a client without the generated password, which only the
 * stack's own user can read.
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
    void thePasswordIsReadableByTheStacksUserAlone(StackEndpoints stack) throws Exception {
        Path file = stack.neo4jPasswordFile();
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file.getParent()))).isEqualTo("rwx------");
        assertThat(stack.neo4jPassword()).hasSizeGreaterThanOrEqualTo(32);
    }
}
