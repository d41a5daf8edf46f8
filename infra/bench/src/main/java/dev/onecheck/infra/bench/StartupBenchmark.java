package dev.onecheck.infra.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A fresh machine's first minutes: clones the checkout, runs {@code ./onecheck up} in the clone (build, stack, issuer,
 * data, gateway) on free ports, asks the gateway a first GraphQL question, and reads the memory of every process it
 * started from /proc. The clone sees the law collection beside it when the checkout does, as on the real machine.
 *
 * <pre>./onecheck bench startup [OUT.md]</pre>
 */
public final class StartupBenchmark {

    /** ./onecheck up's progress lines that start each phase, in order. */
    private static final Map<String, String> PHASES = phases();

    private record Memory(String part, long rssKb, long peakKb) {
    }

    private StartupBenchmark() {
    }

    private static Map<String, String> phases() {
        Map<String, String> phases = new LinkedHashMap<>();
        phases.put("onecheck: building", "build (./mvnw package, warm Maven cache)");
        phases.put("onecheck: starting Neo4j", "Neo4j + Elasticsearch start");
        phases.put("onecheck: starting the development OAuth2 issuer", "issuer start");
        phases.put("onecheck: loading law texts", "load law texts, sample city, index");
        phases.put("onecheck: starting the gateway", "gateway start");
        phases.put("onecheck: ready", "");
        return phases;
    }

    public static void main(String[] args) throws Exception {
        Path root = Path.of(args[0]).toAbsolutePath();
        Path out = Path.of(args.length > 1 ? args[1] : "var/bench/startup.md");
        // Below the checkout's var/, which the unprivileged Elasticsearch user can reach (a private /tmp folder is not).
        Path work = Files.createTempDirectory(Files.createDirectories(root.resolve("var/bench")), "startup-");
        Path clone = work.resolve("main");
        Map<String, String> environment = new LinkedHashMap<>();
        for (String port : List.of("NEO4J", "ES", "ISSUER", "GATEWAY")) {
            environment.put("ONECHECK_" + port + "_PORT", Integer.toString(freePort()));
        }
        environment.put("ONECHECK_VAR", clone.resolve("var").toString());
        try {
            exec(work, List.of("git", "clone", "-q", root.toString(), clone.toString()), Map.of());
            Path laws = root.resolveSibling("shared");
            if (Files.isDirectory(laws)) {
                Files.createSymbolicLink(work.resolve("shared"), laws.toRealPath());
            }
            long start = System.nanoTime();
            Map<String, Double> reached = up(clone, environment, start);
            Endpoints endpoints = new Endpoints(URI.create("http://127.0.0.1:" + environment.get("ONECHECK_GATEWAY_PORT")),
                    URI.create("http://127.0.0.1:" + environment.get("ONECHECK_ISSUER_PORT")), null, null,
                    Endpoints.fromEnvironment().demoSecret());
            GatewayClient.signIn(endpoints, "officer").query("{ scenarios(first: 1) { edges { node { code name } } } }", Map.of());
            double firstAnswer = (System.nanoTime() - start) / 1e9;
            List<Memory> memory = memory(clone.resolve("var/run"));
            MarkdownTable.write(out, List.of(phaseTable(reached, firstAnswer), memoryTable(memory)));
        } finally {
            try {
                if (Files.exists(clone.resolve("onecheck"))) {
                    exec(clone, List.of("./onecheck", "down"), environment);
                }
            } finally {
                Folders.delete(work);
            }
        }
    }

    /** Runs ./onecheck up, echoing its lines, and returns when each phase began (seconds since {@code start}). */
    private static Map<String, Double> up(Path clone, Map<String, String> environment, long start) throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder("./onecheck", "up").directory(clone.toFile()).redirectErrorStream(true);
        builder.environment().putAll(environment);
        Process up = builder.start();
        Map<String, Double> reached = new LinkedHashMap<>();
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(up.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                double at = (System.nanoTime() - start) / 1e9;
                System.out.printf("[%6.1f s] %s%n", at, line);
                String current = line;
                PHASES.keySet().stream().filter(current::startsWith).findFirst().ifPresent(p -> reached.putIfAbsent(p, at));
            }
        }
        if (up.waitFor() != 0 || !reached.containsKey("onecheck: ready")) {
            throw new IllegalStateException("./onecheck up failed in the clone; its output is above");
        }
        return reached;
    }

    private static MarkdownTable phaseTable(Map<String, Double> reached, double firstAnswer) {
        MarkdownTable table = new MarkdownTable("启动: a clean clone to the first GraphQL answer", "phase", "seconds", "since the clone");
        List<String> marks = new ArrayList<>(reached.keySet());
        for (int i = 0; i + 1 < marks.size(); i++) {
            double from = reached.get(marks.get(i));
            double to = reached.get(marks.get(i + 1));
            table.row(PHASES.get(marks.get(i)), to - from, to);
        }
        double ready = reached.get("onecheck: ready");
        table.row("first GraphQL answer (token, then `scenarios`)", firstAnswer - ready, firstAnswer);
        table.note("`./onecheck up` in a fresh `git clone` on free ports; the Maven cache was warm, as after the first build on a machine. "
                + "Phases are read from up's progress lines, which it echoes once a second: each boundary is ±1 s.");
        return table;
    }

    private static MarkdownTable memoryTable(List<Memory> memory) {
        MarkdownTable table = new MarkdownTable("内存: resident memory of each process right after the first answer",
                "process", "RSS MB", "peak RSS MB");
        long total = 0;
        for (Memory m : memory) {
            table.row(m.part(), m.rssKb() / 1024, m.peakKb() / 1024);
            total += m.rssKb();
        }
        table.row("all together", total / 1024, "–");
        table.note("Heaps as the launcher sets them: stack JVM (embedded Neo4j) -Xmx1g with a 512 MB page cache, "
                + "Elasticsearch 512m, issuer -Xmx256m, gateway -Xmx512m.");
        return table;
    }

    /** RSS of the parts ./onecheck started (their pid files) and of Elasticsearch, the stack's child. */
    private static List<Memory> memory(Path run) throws IOException {
        List<Memory> memory = new ArrayList<>();
        for (String part : List.of("stack", "issuer", "gateway")) {
            long pid = Long.parseLong(Files.readString(run.resolve(part + ".pid")).strip());
            memory.add(status(part.equals("stack") ? "stack: embedded Neo4j" : part, pid));
            if (part.equals("stack")) {
                List<ProcessHandle> elasticsearch = ProcessHandle.of(pid).stream().flatMap(ProcessHandle::descendants)
                        .filter(p -> p.info().commandLine().orElse("").contains("org.elasticsearch")).toList();
                for (ProcessHandle es : elasticsearch) {
                    boolean server = es.info().commandLine().orElse("").contains("org.elasticsearch.bootstrap.Elasticsearch");
                    memory.add(status(server ? "Elasticsearch server" : "Elasticsearch launcher", es.pid()));
                }
            }
        }
        return memory;
    }

    private static Memory status(String part, long pid) throws IOException {
        long rss = 0;
        long peak = 0;
        for (String line : Files.readAllLines(Path.of("/proc", Long.toString(pid), "status"))) {
            if (line.startsWith("VmRSS:")) {
                rss = kilobytes(line);
            } else if (line.startsWith("VmHWM:")) {
                peak = kilobytes(line);
            }
        }
        return new Memory(part, rss, peak);
    }

    private static long kilobytes(String statusLine) {
        return Long.parseLong(statusLine.replaceAll("\\D", ""));
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static void exec(Path dir, List<String> command, Map<String, String> environment) throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(command).directory(dir.toFile()).inheritIO();
        builder.environment().putAll(environment);
        int code = builder.start().waitFor();
        if (code != 0) {
            throw new IllegalStateException(String.join(" ", command) + " exited with " + code);
        }
    }
}
