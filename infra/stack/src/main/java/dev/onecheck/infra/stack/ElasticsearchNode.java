package dev.onecheck.infra.stack;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/** One single-node Elasticsearch started as a child process, on loopback, with security off (development only). */
final class ElasticsearchNode implements AutoCloseable {

    private static final Duration START_TIMEOUT = Duration.ofSeconds(180);
    private static final int LOG_TAIL_LINES = 40;
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private final Process process;
    private final URI uri;
    private final Path logs;

    private ElasticsearchNode(Process process, URI uri, Path logs) {
        this.process = process;
        this.uri = uri;
        this.logs = logs;
    }

    /**
     * Launches Elasticsearch from {@code home} with data and logs in {@code dataDir} and {@code logsDir}; returns
     * at once, so the caller can stop it even while it boots. {@link #awaitHealthy()} waits until it answers.
     */
    static ElasticsearchNode launch(Path home, Path dataDir, Path logsDir, int httpPort, String heap, ServiceUser user)
            throws IOException, InterruptedException {
        Files.createDirectories(dataDir);
        Files.createDirectories(logsDir);
        user.own(dataDir);
        user.own(logsDir);
        int transportPort = FreePorts.pick();
        List<String> command = new ArrayList<>(List.of(home.resolve("bin/elasticsearch").toString(),
                "-E", "cluster.name=onecheck",
                "-E", "node.name=onecheck",
                "-E", "discovery.type=single-node",
                "-E", "xpack.security.enabled=false",
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
        builder.environment().put("ES_JAVA_OPTS", "-Xms" + heap + " -Xmx" + heap);
        builder.environment().put("HOME", home.toString());
        builder.environment().remove("JAVA_TOOL_OPTIONS");
        return new ElasticsearchNode(builder.start(), URI.create("http://127.0.0.1:" + httpPort), logsDir);
    }

    /** Waits until the cluster is at least yellow; on failure the exception carries the log tail. */
    void awaitHealthy() throws IOException, InterruptedException {
        Instant deadline = Instant.now().plus(START_TIMEOUT);
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IOException("Elasticsearch exited with code " + process.exitValue() + " while starting.\n" + logTail());
            }
            if (answers()) {
                return;
            }
            Thread.sleep(500);
        }
        throw new IOException("Elasticsearch did not become healthy within " + START_TIMEOUT.toSeconds() + " s.\n" + logTail());
    }

    /** One health check: the cluster answers, at least yellow, within two seconds (not listening yet, hung, stopped: no). */
    boolean answers() throws InterruptedException {
        HttpRequest health = HttpRequest.newBuilder(uri.resolve("/_cluster/health?wait_for_status=yellow&timeout=1s"))
                .timeout(Duration.ofSeconds(2)).build();
        try {
            return HTTP.send(health, HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
        } catch (IOException e) {
            return false;
        }
    }

    URI uri() {
        return uri;
    }

    Process process() {
        return process;
    }

    /** The last lines Elasticsearch wrote, for error messages. */
    String logTail() {
        Path console = logs.resolve("console.log");
        try {
            List<String> lines = Files.readAllLines(console, StandardCharsets.UTF_8);
            return "--- last lines of " + console + " ---\n"
                    + String.join("\n", lines.subList(Math.max(0, lines.size() - LOG_TAIL_LINES), lines.size()));
        } catch (IOException e) {
            return "(no log at " + console + ": " + e.getMessage() + ")";
        }
    }

    /** Kills Elasticsearch and its descendants at once (SIGKILL works on a stopped or hung process too), and waits for them. */
    void kill() throws InterruptedException {
        List<ProcessHandle> all = new ArrayList<>(process.descendants().toList());
        all.add(process.toHandle());
        all.forEach(ProcessHandle::destroyForcibly);
        for (ProcessHandle p : all) {
            try {
                p.onExit().get(30, TimeUnit.SECONDS);
            } catch (ExecutionException | TimeoutException e) {
                // the kernel reaps it; nothing more to do
            }
        }
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
