package dev.onecheck.infra.stack;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Neo4j in a child JVM of the stack ({@link Neo4jServerMain}), so that the stack can restart a Neo4j that died or
 * hangs while Elasticsearch and the gateway go on — as it does for Elasticsearch.
 */
final class Neo4jNode implements SupervisedNode, AutoCloseable {

    /** Bolt's magic preamble: a server that reads it answers with the protocol version it picked (4 bytes). */
    private static final int BOLT_MAGIC = 0x6060B017;
    /** Versions offered: 5.0 to 5.8 (a range), 4.4, none, none — any answer at all means the server is serving. */
    private static final int[] BOLT_VERSIONS = {0x00080805, 0x00000404, 0, 0};
    private static final int ANSWER_WITHIN_MILLIS = 2000;
    /**
     * First on the command line, so tools that see only its first 4 KB (Linux's /proc/PID/cmdline as the JDK reads
     * it, ps) can tell this JVM by it: the classpath before the main class is longer than that.
     */
    static final String MARKER = "-Donecheck.stack.node=neo4j";

    private final Process process;
    private final URI bolt;
    private final Path console;

    private Neo4jNode(Process process, URI bolt, Path console) {
        this.process = process;
        this.bolt = bolt;
        this.console = console;
    }

    /**
     * Launches Neo4j with its store in {@code home}, on loopback {@code boltPort}, its user's password in
     * {@code passwordFile} (read by the child, never on its command line); returns at once.
     */
    static Neo4jNode launch(Path home, int boltPort, long pageCacheMegabytes, String heap, Path passwordFile) throws IOException {
        Files.createDirectories(home);
        Path console = home.resolve("console.log");
        List<String> command = List.of(StackLauncher.javaExecutable(), MARKER, "-Xmx" + heap, "-XX:+UseSerialGC",
                "--enable-native-access=ALL-UNNAMED", "--add-modules", "jdk.incubator.vector",
                "-cp", System.getProperty("java.class.path"), Neo4jServerMain.class.getName(),
                "--home", home.toString(), "--port", Integer.toString(boltPort), "--page-cache", Long.toString(pageCacheMegabytes),
                "--password-file", passwordFile.toString());
        Process process = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(console.toFile())).start();
        return new Neo4jNode(process, URI.create("bolt://127.0.0.1:" + boltPort), console);
    }

    @Override
    public String name() {
        return "Neo4j";
    }

    /**
     * One Bolt handshake within two seconds. A stopped process still accepts the TCP connection (the kernel does),
     * so only the server's own answer counts.
     */
    @Override
    public boolean answers() {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(bolt.getHost(), bolt.getPort()), ANSWER_WITHIN_MILLIS);
            socket.setSoTimeout(ANSWER_WITHIN_MILLIS);
            DataOutputStream out = new DataOutputStream(socket.getOutputStream());
            out.writeInt(BOLT_MAGIC);
            for (int version : BOLT_VERSIONS) {
                out.writeInt(version);
            }
            out.flush();
            new DataInputStream(socket.getInputStream()).readInt();
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    URI bolt() {
        return bolt;
    }

    @Override
    public Process process() {
        return process;
    }

    @Override
    public Path console() {
        return console;
    }

    /** Stops Neo4j gracefully (it checkpoints the store on SIGTERM), forcibly after a grace period. */
    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            kill();
        }
    }
}
