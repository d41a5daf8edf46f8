package dev.onecheck.loaders;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;

import dev.onecheck.infra.stack.StackEndpoints;
import dev.onecheck.infra.test.EmbeddedStack;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

@EmbeddedStack
class SchemaCommandIT {

    private static String run(String... args) {
        StringWriter out = new StringWriter();
        CommandLine cli = LoadCommand.commandLine().setOut(new PrintWriter(out)).setErr(new PrintWriter(out));
        int exit = cli.execute(args);
        return exit + " " + out;
    }

    @Test
    void appliesTheSchemaOnceThenReportsItCurrent(StackEndpoints stack) {
        String bolt = stack.bolt().toString();

        assertThat(run("--neo4j", bolt, "schema")).startsWith("0 ").contains("applied migration(s) [V1]");
        assertThat(run("--neo4j", bolt, "schema")).startsWith("0 ").contains("schema: up to date");
    }

    @Test
    void anUnreachableDatabaseIsAClearError() {
        assertThat(run("--neo4j", "bolt://127.0.0.1:1", "schema")).startsWith("1 load: ").contains("127.0.0.1:1");
    }
}
