package dev.onecheck.infra.test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import dev.onecheck.infra.stack.StackEndpoints;
import dev.onecheck.infra.stack.StackLauncher;
import dev.onecheck.infra.stack.StackLauncher.RunningStack;
import org.junit.jupiter.api.Assumptions;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.driver.Session;

/**
 * The stack shared by every test class of one test JVM: started on first use on free ports, in a scratch folder under
 * {@code onecheck.var}/test, and stopped when the JVM exits. Embedded by default; with {@code -Donecheck.stack=containers}
 * the same Neo4j and Elasticsearch run as containers of this repository's images ({@link ContainerStack}). Either way its
 * Neo4j has authentication and its Elasticsearch security on, like the stack of {@code ./onecheck up}: clients take
 * users and passwords from {@link StackEndpoints}.
 */
public final class TestStack {

    /** The embedded stack; null in container mode. */
    private static RunningStack running;
    private static ContainerStack containers;
    private static Driver driver;

    private TestStack() {
    }

    /** Whether the stack runs as containers ({@code -Donecheck.stack=containers}) rather than embedded. */
    public static boolean inContainers() {
        return "containers".equals(System.getProperty("onecheck.stack"));
    }

    public static synchronized StackEndpoints endpoints() {
        if (running == null && containers == null) {
            Path var = Path.of(System.getProperty("onecheck.var", "var")).resolve("test");
            try {
                if (inContainers()) {
                    containers = ContainerStack.start(var);
                } else {
                    running = StackLauncher.startScratch(var);
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            StackEndpoints endpoints = started();
            driver = GraphDatabase.driver(endpoints.bolt(), AuthTokens.basic(endpoints.neo4jUser(), endpoints.neo4jPassword()));
            Runtime.getRuntime().addShutdownHook(new Thread(TestStack::stop, "test-stack-stop"));
        }
        return started();
    }

    private static StackEndpoints started() {
        return running != null ? running.endpoints() : containers.endpoints();
    }

    /**
     * The Elasticsearch server of the test stack (stack JVM → launcher → server JVM), for fault tests that stop,
     * resume or kill it; the stack restarts a server that exits or hangs.
     */
    public static synchronized ProcessHandle elasticsearchServer() {
        return server("org.elasticsearch.bootstrap.Elasticsearch");
    }

    /**
     * The stack's child whose command line (its first 4 KB, as Linux shows it) contains {@code mark}. Fault tests stop
     * and kill the embedded stack's processes; in container mode they are skipped (the embedded run covers them).
     */
    private static ProcessHandle server(String mark) {
        Assumptions.assumeFalse(inContainers(), "fault tests act on the embedded stack's processes");
        endpoints();
        return running.process().descendants()
                .filter(p -> p.info().commandLine().orElse("").contains(mark))
                .findFirst().orElseThrow(() -> new IllegalStateException("the test stack runs no server marked " + mark));
    }

    /** The Neo4j server of the test stack (a child JVM of the stack JVM), for fault tests; the stack restarts it too. */
    public static synchronized ProcessHandle neo4jServer() {
        return server("-Donecheck.stack.node=neo4j");
    }

    /** A driver to the test Neo4j, for test set-up and assertions. */
    public static synchronized Driver driver() {
        endpoints();
        return driver;
    }

    /** Deletes every node and every non-system Elasticsearch index, so each test class starts empty. */
    public static void clean() {
        // CALL … IN TRANSACTIONS needs an auto-commit transaction, hence session.run.
        try (Session session = driver().session()) {
            session.run("MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 10000 ROWS").consume();
        }
        URI es = endpoints().elasticsearch();
        String authorization = endpoints().elasticsearchAuthorization();
        HttpClient http = HttpClient.newHttpClient();
        try {
            HttpResponse<String> listed = http.send(HttpRequest.newBuilder(es.resolve("/_cat/indices?h=index&expand_wildcards=open,closed"))
                    .header("Authorization", authorization).build(), HttpResponse.BodyHandlers.ofString());
            if (listed.statusCode() != 200) {
                throw new IllegalStateException("could not list test indices: " + listed.statusCode() + " " + listed.body());
            }
            List<String> indices = Arrays.stream(listed.body().split("\n")).map(String::trim)
                    .filter(name -> !name.isEmpty() && !name.startsWith(".")).toList();
            if (!indices.isEmpty()) {
                HttpResponse<String> deleted = http.send(HttpRequest.newBuilder(es.resolve("/" + String.join(",", indices)))
                        .header("Authorization", authorization).DELETE().build(), HttpResponse.BodyHandlers.ofString());
                if (deleted.statusCode() != 200) {
                    throw new IllegalStateException("could not delete test indices " + indices + ": " + deleted.body());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static synchronized void stop() {
        try {
            driver.close();
            if (containers != null) {
                containers.close();
                return;
            }
            running.close();
        } catch (IOException | InterruptedException e) {
            System.err.println("test stack did not stop cleanly: " + e);
        }
    }
}
