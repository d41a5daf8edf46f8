package dev.onecheck.loaders;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;

import dev.onecheck.infra.stack.StackEndpoints;
import dev.onecheck.infra.test.TestStack;

/**
 * Runs the loaders' command line in-process, as ./onecheck load does, and captures what it prints; with the test
 * stack's Neo4j and Elasticsearch credentials, as the launcher passes them.
 */
record LoadCli(int exitCode, String out, String err) {

    static LoadCli run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        StackEndpoints stack = TestStack.endpoints();
        List<String> withCredentials = new ArrayList<>(List.of("--neo4j-user", stack.neo4jUser(), "--neo4j-password", stack.neo4jPassword(),
                "--elasticsearch-user", stack.elasticsearchUser(), "--elasticsearch-password", stack.elasticsearchPassword()));
        withCredentials.addAll(List.of(args));
        int exit = LoadCommand.commandLine().setOut(new PrintWriter(out)).setErr(new PrintWriter(err))
                .execute(withCredentials.toArray(String[]::new));
        return new LoadCli(exit, out.toString(), err.toString());
    }
}
