package dev.onecheck.infra.stack;

import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;

/**
 * The stack's Neo4j in a JVM of its own, started by {@link Neo4jNode} or as a container's process (infra/images/neo4j):
 * runs until SIGTERM or until its parent (the stack) exits, so a killed stack leaves no Neo4j behind.
 *
 * <pre>
 * Neo4jServerMain --home DIR [--listen 127.0.0.1] --port 7687 --page-cache 512 --password-file FILE
 * </pre>
 */
public final class Neo4jServerMain {

    private Neo4jServerMain() {
    }

    public static void main(String[] args) throws Exception {
        Path home = null;
        String listen = "127.0.0.1";
        int port = -1;
        long pageCache = 512;
        Path passwordFile = null;
        for (int i = 0; i + 1 < args.length; i += 2) {
            switch (args[i]) {
                case "--home" -> home = Path.of(args[i + 1]);
                case "--listen" -> listen = args[i + 1];
                case "--port" -> port = Integer.parseInt(args[i + 1]);
                case "--page-cache" -> pageCache = Long.parseLong(args[i + 1]);
                case "--password-file" -> passwordFile = Path.of(args[i + 1]);
                default -> throw new IllegalArgumentException("unknown option " + args[i]);
            }
        }
        if (home == null || port < 0 || passwordFile == null) {
            throw new IllegalArgumentException("--home DIR, --port N and --password-file FILE are required");
        }
        EmbeddedNeo4j neo4j = EmbeddedNeo4j.start(home, listen, port, pageCache, GeneratedPassword.read(passwordFile));
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            neo4j.close();
            stopped.countDown();
        }, "neo4j-shutdown"));
        System.out.println("neo4j: serving Bolt at " + neo4j.bolt());
        System.out.flush();
        // PID 1 of a container has no parent to outlive: it runs until SIGTERM.
        ProcessHandle.current().parent().ifPresent(parent -> {
            Thread parentWatch = new Thread(() -> {
                parent.onExit().join();
                System.exit(0);
            }, "parent-watch");
            parentWatch.setDaemon(true);
            parentWatch.start();
        });
        stopped.await();
    }
}
