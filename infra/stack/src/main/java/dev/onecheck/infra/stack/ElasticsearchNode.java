package dev.onecheck.infra.stack;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * One single-node Elasticsearch started as a child process, on loopback, with security on: every request
 * authenticates (HTTP basic) as {@value GeneratedPassword#ELASTICSEARCH_USER}, whose password its settings folder's
 * keystore bootstraps ({@link ElasticsearchConfig}). HTTP stays plain: it listens on loopback only.
 */
final class ElasticsearchNode implements SupervisedNode, AutoCloseable {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private final Process process;
    private final URI uri;
    private final Path logs;
    private final String authorization;

    private ElasticsearchNode(Process process, URI uri, Path logs, String authorization) {
        this.process = process;
        this.uri = uri;
        this.logs = logs;
        this.authorization = authorization;
    }

    /**
     * Launches Elasticsearch from {@code home} with its settings (and keystore) in {@code configDir}, data and logs in
     * {@code dataDir} and {@code logsDir}; returns at once, so the caller can stop it even while it boots.
     * {@link #awaitHealthy()} waits until it is at least yellow. {@code password} is the one the keystore bootstraps.
     */
    static ElasticsearchNode launch(Path home, Path configDir, Path dataDir, Path logsDir, int httpPort, String heap, String password,
                                    ServiceUser user) throws IOException, InterruptedException {
        Files.createDirectories(dataDir);
        Files.createDirectories(logsDir);
        user.own(dataDir);
        user.own(logsDir);
        int transportPort = FreePorts.pick();
        List<String> command = new ArrayList<>(List.of(home.resolve("bin/elasticsearch").toString(),
                "-E", "cluster.name=onecheck",
                "-E", "node.name=onecheck",
                "-E", "discovery.type=single-node",
                "-E", "xpack.security.enabled=true",
                "-E", "http.host=127.0.0.1",
                "-E", "http.port=" + httpPort,
                "-E", "transport.host=127.0.0.1",
                "-E", "transport.port=" + transportPort,
                "-E", "path.data=" + dataDir,
                "-E", "path.logs=" + logsDir,
                // A nearly full disk must not turn the development node read-only.
                "-E", "cluster.routing.allocation.disk.threshold_enabled=false"));
        ProcessBuilder builder = new ProcessBuilder(user.command(command))
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(logsDir.resolve("console.log").toFile()));
        builder.environment().put("ES_JAVA_HOME", System.getProperty("java.home"));
        builder.environment().put("ES_PATH_CONF", configDir.toString());
        // The built-in queryable roles job needs analysis-common, which this distribution lacks: off, or it logs a
        // stack trace at every cluster change.
        builder.environment().put("ES_JAVA_OPTS", "-Xms" + heap + " -Xmx" + heap + " -Des.queryable_built_in_roles_enabled=false");
        builder.environment().put("HOME", home.toString());
        builder.environment().remove("JAVA_TOOL_OPTIONS");
        return new ElasticsearchNode(builder.start(), URI.create("http://127.0.0.1:" + httpPort), logsDir,
                StackEndpoints.basic(GeneratedPassword.ELASTICSEARCH_USER, password));
    }

    @Override
    public String name() {
        return "Elasticsearch";
    }

    /** One health check: the cluster answers, at least yellow, within two seconds (not listening yet, hung, stopped: no). */
    @Override
    public boolean answers() throws InterruptedException {
        HttpRequest health = HttpRequest.newBuilder(uri.resolve("/_cluster/health?wait_for_status=yellow&timeout=1s"))
                .header("Authorization", authorization).timeout(Duration.ofSeconds(2)).build();
        try {
            return HTTP.send(health, HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
        } catch (IOException e) {
            return false;
        }
    }

    URI uri() {
        return uri;
    }

    @Override
    public Process process() {
        return process;
    }

    @Override
    public Path console() {
        return logs.resolve("console.log");
    }

    /** Stops Elasticsearch gracefully (SIGTERM), then forcibly with all its descendants after a grace period. */
    @Override
    public void close() throws InterruptedException {
        List<ProcessHandle> descendants = process.descendants().toList();
        process.destroy();
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly();
        }
        for (ProcessHandle child : descendants) {
            try {
                child.onExit().get(30, TimeUnit.SECONDS);
            } catch (ExecutionException | TimeoutException e) {
                child.destroyForcibly();
            }
        }
    }
}
