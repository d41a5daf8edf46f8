package dev.onecheck.infra.stack;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * Starts {@link StackMain} in a child JVM and waits for its ready line. Used by the test extension; refers to
 * no Neo4j class, so a caller needs only this jar (the child's classpath comes from the build).
 */
public final class StackLauncher {

    private static final Duration START_TIMEOUT = Duration.ofMinutes(5);
    private static final List<String> JVM_OPTIONS = List.of("-Xmx256m", "-XX:+UseSerialGC",
            "--enable-native-access=ALL-UNNAMED", "--add-modules", "jdk.incubator.vector");

    /** A stack running in a child process; closing it stops the child and removes its scratch data. */
    public record RunningStack(StackEndpoints endpoints, Process process) implements AutoCloseable {
        @Override
        public void close() throws IOException, InterruptedException {
            process.getOutputStream().close();
            if (!process.waitFor(90, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        }
    }

    private StackLauncher() {
    }

    /** Starts a scratch stack on free ports below {@code var}, logging to {@code var/logs/stack-<pid>.log}. */
    public static RunningStack startScratch(Path var) throws IOException, InterruptedException {
        Path log = Files.createDirectories(var.resolve("logs")).resolve("stack-" + ProcessHandle.current().pid() + ".log");
        Files.deleteIfExists(log);
        List<String> command = new java.util.ArrayList<>();
        command.add(javaExecutable());
        command.addAll(JVM_OPTIONS);
        command.addAll(List.of("-cp", classpath(), StackMain.class.getName(),
                "--var", var.toString(), "--neo4j-port", "0", "--es-port", "0", "--scratch", "--watch-stdin"));
        Process process = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .start();
        Instant deadline = Instant.now().plus(START_TIMEOUT);
        while (Instant.now().isBefore(deadline)) {
            Optional<String> ready = Files.readAllLines(log, StandardCharsets.UTF_8).stream()
                    .filter(line -> line.startsWith(StackEndpoints.READY_PREFIX)).findFirst();
            if (ready.isPresent()) {
                return new RunningStack(StackEndpoints.parseReadyLine(ready.get()), process);
            }
            if (!process.isAlive()) {
                throw new IOException("the stack exited with code " + process.exitValue() + "; its log:\n" + Files.readString(log));
            }
            Thread.sleep(200);
        }
        process.destroyForcibly();
        throw new IOException("the stack did not get ready within " + START_TIMEOUT + "; see " + log);
    }

    /** The java of this JVM: children run on the same JDK. */
    public static String javaExecutable() {
        return ProcessHandle.current().info().command()
                .orElse(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    }

    /** This module's classes plus the runtime classpath recorded at build time. */
    static String classpath() {
        try (InputStream in = StackLauncher.class.getResourceAsStream("stack.classpath")) {
            if (in == null) {
                throw new IllegalStateException("stack.classpath is missing: build infra/stack with Maven first");
            }
            Path self = Path.of(StackLauncher.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            return self + File.pathSeparator + new String(in.readAllBytes(), StandardCharsets.UTF_8).trim();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
