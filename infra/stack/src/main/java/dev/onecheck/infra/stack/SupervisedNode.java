package dev.onecheck.infra.stack;

import java.io.IOException;
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

/** A server the stack runs as a child process and {@link NodeSupervisor} keeps running: Elasticsearch or Neo4j. */
interface SupervisedNode {

    int LOG_TAIL_LINES = 40;
    Duration START_TIMEOUT = Duration.ofSeconds(180);

    /** What the node is, for messages: "Elasticsearch", "Neo4j". */
    String name();

    Process process();

    /** The file the server's console output goes to. */
    Path console();

    /** One short health check (two seconds at most): not listening yet, hung, stopped: false. */
    boolean answers() throws InterruptedException;

    /** Waits until the node answers after a launch; on failure the exception carries the log tail. */
    default void awaitHealthy() throws IOException, InterruptedException {
        Instant deadline = Instant.now().plus(START_TIMEOUT);
        while (Instant.now().isBefore(deadline)) {
            if (!process().isAlive()) {
                throw new IOException(name() + " exited with code " + process().exitValue() + " while starting.\n" + logTail());
            }
            if (answers()) {
                return;
            }
            Thread.sleep(500);
        }
        throw new IOException(name() + " did not answer within " + START_TIMEOUT.toSeconds() + " s.\n" + logTail());
    }

    /** The last lines the node wrote, for error messages. */
    default String logTail() {
        try {
            List<String> lines = Files.readAllLines(console(), StandardCharsets.UTF_8);
            return "--- last lines of " + console() + " ---\n"
                    + String.join("\n", lines.subList(Math.max(0, lines.size() - LOG_TAIL_LINES), lines.size()));
        } catch (IOException e) {
            return "(no log at " + console() + ": " + e.getMessage() + ")";
        }
    }

    /** Kills the node and its descendants at once (SIGKILL works on a stopped or hung process too), and waits for them. */
    default void kill() throws InterruptedException {
        List<ProcessHandle> all = new ArrayList<>(process().descendants().toList());
        all.add(process().toHandle());
        all.forEach(ProcessHandle::destroyForcibly);
        for (ProcessHandle p : all) {
            try {
                p.onExit().get(30, TimeUnit.SECONDS);
            } catch (ExecutionException | TimeoutException e) {
                // the kernel reaps it; nothing more to do
            }
        }
    }
}
