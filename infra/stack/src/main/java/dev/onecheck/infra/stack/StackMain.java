package dev.onecheck.infra.stack;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Runs the embedded stack: Neo4j with Bolt ({@link Neo4jServerMain}) and Elasticsearch with the OneCheck analysis
 * plugin, each as a child process. Prints one ready line with both addresses, then runs until SIGTERM / Ctrl-C (or,
 * with {@code --watch-stdin}, until its parent closes stdin). If either server exits or hangs, a {@link NodeSupervisor}
 * restarts it while the other keeps running; only when restarts keep failing does the stack stop, with a non-zero
 * exit code and the server's log tail on stderr.
 *
 * <pre>
 * StackMain --var DIR [--neo4j-port 7687] [--es-port 9200] [--es-heap 512m] [--scratch] [--watch-stdin]
 * </pre>
 * Port 0 picks a free port. {@code --scratch} keeps data in folders removed on exit (tests).
 */
public final class StackMain {

    record Options(Path var, int neo4jPort, int elasticsearchPort, String elasticsearchHeap, boolean scratch, boolean watchStdin) {

        static Options parse(String[] args) {
            Path var = null;
            int neo4jPort = 7687;
            int esPort = 9200;
            String heap = "512m";
            boolean scratch = false;
            boolean watchStdin = false;
            for (int i = 0; i < args.length; i++) {
                switch (args[i]) {
                    case "--var" -> var = Path.of(value(args, ++i));
                    case "--neo4j-port" -> neo4jPort = port(args, ++i);
                    case "--es-port" -> esPort = port(args, ++i);
                    case "--es-heap" -> heap = value(args, ++i);
                    case "--scratch" -> scratch = true;
                    case "--watch-stdin" -> watchStdin = true;
                    default -> throw new IllegalArgumentException("unknown option " + args[i]);
                }
            }
            if (var == null) {
                throw new IllegalArgumentException("--var DIR is required");
            }
            return new Options(var, neo4jPort, esPort, heap, scratch, watchStdin);
        }

        private static String value(String[] args, int i) {
            if (i >= args.length) {
                throw new IllegalArgumentException(args[i - 1] + " needs a value");
            }
            return args[i];
        }

        private static int port(String[] args, int i) {
            String text = value(args, i);
            try {
                int port = Integer.parseInt(text);
                if (port < 0 || port > 65535) {
                    throw new NumberFormatException();
                }
                return port;
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException(args[i - 1] + " must be a port number 0-65535, got " + text);
            }
        }
    }

    private StackMain() {
    }

    public static void main(String[] args) throws Exception {
        Options options;
        try {
            options = Options.parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println("stack: " + e.getMessage());
            System.exit(64);
            return;
        }
        ServiceUser user = ServiceUser.current();
        user.ensureExists();
        StackLayout persistent = StackLayout.of(options.var(), user);
        StackLayout layout = options.scratch() ? persistent.scratch() : persistent;
        StackArtifacts artifacts = StackArtifacts.fromBuild();

        AtomicReference<Neo4jNode> neo4j = new AtomicReference<>();
        AtomicReference<ElasticsearchNode> elasticsearch = new AtomicReference<>();
        AtomicBoolean stopping = new AtomicBoolean();
        CountDownLatch stopped = new CountDownLatch(1);
        // Registered before anything is launched, so a SIGTERM during start-up leaves no orphan behind.
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            stopping.set(true);
            shutdown(neo4j.get(), elasticsearch.get(), layout, options);
            stopped.countDown();
        }, "stack-shutdown"));

        int boltPort = FreePorts.orPick(options.neo4jPort());
        long pageCache = options.scratch() ? 256 : 512;
        String neo4jHeap = options.scratch() ? "512m" : "1g";
        Path passwordFile = layout.neo4jPasswordFile();
        Path home;
        String searchPassword;
        try {
            // Neo4j boots while the distribution is unpacked and Elasticsearch boots: both take several seconds.
            GeneratedPassword.ensure(passwordFile);
            neo4j.set(Neo4jNode.launch(layout.neo4jHome(), boltPort, pageCache, neo4jHeap, passwordFile));
            searchPassword = GeneratedPassword.ensure(layout.elasticsearchPasswordFile());
            home = ElasticsearchDistribution.install(artifacts, persistent.elasticsearchDist(), user);
            user.own(layout.elasticsearchRoot());
            ElasticsearchConfig.prepare(home, layout.elasticsearchConfig(), searchPassword, user);
            elasticsearch.set(ElasticsearchNode.launch(home, layout.elasticsearchConfig(), layout.elasticsearchData(), layout.elasticsearchLogs(),
                    FreePorts.orPick(options.elasticsearchPort()), options.elasticsearchHeap(), searchPassword, user));
            elasticsearch.get().awaitHealthy();
            neo4j.get().awaitHealthy();
        } catch (IOException | RuntimeException e) {
            System.err.println("stack: the stack failed to start: " + e.getMessage());
            System.exit(1);
            return;
        }
        ElasticsearchNode search = elasticsearch.get();
        System.out.println(new StackEndpoints(neo4j.get().bolt(), search.uri(), layout.credentials()).readyLine());
        System.out.flush();

        // A server exiting or hanging is restarted; the other one (and the gateway above both) go on meanwhile.
        Runnable giveUp = () -> System.exit(2);
        new NodeSupervisor<>(elasticsearch, stopping, () -> ElasticsearchNode.launch(home, layout.elasticsearchConfig(),
                layout.elasticsearchData(), layout.elasticsearchLogs(), search.uri().getPort(), options.elasticsearchHeap(), searchPassword, user),
                giveUp).start();
        new NodeSupervisor<>(neo4j, stopping, () -> Neo4jNode.launch(layout.neo4jHome(), boltPort, pageCache, neo4jHeap, passwordFile),
                giveUp).start();
        if (options.watchStdin()) {
            watchStdin(System.in);
        }
        stopped.await();
    }

    /** Returns when the parent process closes our stdin (it exited or asked us to stop), then exits normally. */
    private static void watchStdin(InputStream in) throws IOException {
        while (in.read() >= 0) {
            // drain; the parent writes nothing
        }
        System.exit(0);
    }

    private static void shutdown(Neo4jNode neo4j, ElasticsearchNode elasticsearch, StackLayout layout, Options options) {
        try {
            if (elasticsearch != null) {
                elasticsearch.close();
            }
            if (neo4j != null) {
                neo4j.close();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        if (options.scratch()) {
            try {
                ElasticsearchDistribution.deleteTree(layout.neo4jHome());
                ElasticsearchDistribution.deleteTree(layout.elasticsearchRoot());
            } catch (IOException e) {
                System.err.println("stack: could not remove scratch data: " + e.getMessage());
            }
        }
    }
}
