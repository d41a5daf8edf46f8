package dev.onecheck.infra.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * The Neo4j GraphQL Library (@neo4j/graphql on Apollo Server, Node) serving OneCheck's graph: the peer the graph
 * reads are measured against. Its package.json (pinned versions), type definitions and server script are resources
 * of this module; {@link #start} copies them into a folder, installs the packages there with npm when the
 * package.json changed (never globally), and starts the server on a free loopback port.
 */
final class PeerServer implements AutoCloseable {

    private static final List<String> FILES = List.of("package.json", "schema.graphql", "server.mjs");

    private final Process node;
    private final URI graphql;

    private PeerServer(Process node, URI graphql) {
        this.node = node;
        this.graphql = graphql;
    }

    static PeerServer start(Path folder, URI bolt) throws IOException, InterruptedException {
        Files.createDirectories(folder);
        boolean packagesChanged = false;
        for (String file : FILES) {
            byte[] wanted;
            try (InputStream in = PeerServer.class.getResourceAsStream("peer/" + file)) {
                wanted = in.readAllBytes();
            }
            Path target = folder.resolve(file);
            boolean same = Files.exists(target) && java.util.Arrays.equals(Files.readAllBytes(target), wanted);
            if (!same) {
                Files.write(target, wanted);
                packagesChanged |= file.equals("package.json");
            }
        }
        if (packagesChanged || !Files.isDirectory(folder.resolve("node_modules/@neo4j/graphql"))) {
            System.out.println("installing the Neo4j GraphQL Library into " + folder + " (npm install) …");
            Process npm = new ProcessBuilder("npm", "install", "--no-audit", "--no-fund", "--no-update-notifier")
                    .directory(folder.toFile()).inheritIO().start();
            if (!npm.waitFor(10, TimeUnit.MINUTES) || npm.exitValue() != 0) {
                npm.destroyForcibly();
                throw new IOException("npm install failed in " + folder);
            }
        }
        int port;
        try (ServerSocket free = new ServerSocket(0)) {
            port = free.getLocalPort();
        }
        ProcessBuilder builder = new ProcessBuilder("node", "server.mjs").directory(folder.toFile()).redirectErrorStream(true);
        builder.environment().put("NEO4J_URI", bolt.toString());
        builder.environment().put("PEER_PORT", String.valueOf(port));
        Process node = builder.start();
        CompletableFuture<String> ready = CompletableFuture.supplyAsync(() -> awaitReady(node));
        try {
            String line = ready.get(120, TimeUnit.SECONDS);
            if (line == null) {
                throw new IOException("the peer server exited before it was ready (node server.mjs in " + folder + ")");
            }
        } catch (Exception e) {
            node.destroyForcibly();
            throw e instanceof IOException io ? io : new IOException("the peer server did not start: " + e, e);
        }
        return new PeerServer(node, URI.create("http://127.0.0.1:" + port + "/"));
    }

    /** Echoes the server's output until its ready line, then keeps draining it so the pipe never blocks the server. */
    private static String awaitReady(Process node) {
        BufferedReader out = new BufferedReader(new InputStreamReader(node.getInputStream(), StandardCharsets.UTF_8));
        try {
            for (String line = out.readLine(); line != null; line = out.readLine()) {
                System.out.println("peer: " + line);
                if (line.startsWith("PEER READY")) {
                    Thread.ofVirtual().start(() -> out.lines().forEach(l -> System.out.println("peer: " + l)));
                    return line;
                }
            }
            return null;
        } catch (IOException e) {
            return null;
        }
    }

    URI graphql() {
        return graphql;
    }

    @Override
    public void close() throws InterruptedException {
        node.destroy();
        if (!node.waitFor(10, TimeUnit.SECONDS)) {
            node.destroyForcibly();
        }
    }
}
