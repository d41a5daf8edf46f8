package dev.onecheck.infra.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import dev.onecheck.infra.stack.StackEndpoints;
import dev.onecheck.infra.stack.StackLauncher;
import dev.onecheck.infra.stack.StackLauncher.RunningStack;
import dev.onecheck.search.index.SearchKind;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;

/**
 * Loading rates for the sample city scaled ×N ({@link SampleScaler}): each step of ./onecheck up runs as the
 * operator runs it (the loaders CLI, one JVM per step) against a scratch Neo4j and Elasticsearch of its own, and
 * the report gives nodes and relationships created per second, and documents indexed per second with the default
 * vectors (standards and cases) and with every article embedded as well.
 *
 * <pre>./onecheck bench load [COPIES] [OUT.md] [--graph-only]</pre>
 *
 * {@code --graph-only} leaves out the two indexing steps (a quarter of an hour with every article embedded), for
 * comparing loaders before and after a change in the same conditions.
 */
public final class LoadBenchmark {

    /** One loaders command; {@code indexing} steps are measured in documents, the others in nodes and relationships. */
    private record Step(String name, boolean indexing, List<String> args) {
    }

    private record Counts(long nodes, long relationships) {
    }

    private LoadBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path loaders = Path.of(args[0]);
        Path sample = Path.of(args[1]);
        int copies = Integer.parseInt(args[2]);
        Path var = Path.of(args[3]);
        Path out = Path.of(args[4]);
        boolean graphOnly = args.length > 5 && args[5].equals("--graph-only");
        Path work = Files.createTempDirectory(Files.createDirectories(var.resolve("bench")), "load-");
        try {
            Path scaled = work.resolve("sample");
            SampleScaler.scale(sample, copies, scaled);
            System.out.println("sample ×" + copies + " written to " + scaled + "; starting a scratch stack …");
            try (RunningStack stack = StackLauncher.startScratch(var);
                 Driver driver = GraphDatabase.driver(stack.endpoints().bolt(),
                         AuthTokens.basic(stack.endpoints().neo4jUser(), stack.endpoints().neo4jPassword()));
                 ElasticsearchClient es = ElasticsearchClient.of(b -> b.host(stack.endpoints().elasticsearch().toString())
                         .usernameAndPassword(stack.endpoints().elasticsearchUser(), stack.endpoints().elasticsearchPassword()))) {
                List<String> connection = List.of("--neo4j", stack.endpoints().bolt().toString(),
                        "--elasticsearch", stack.endpoints().elasticsearch().toString());
                MarkdownTable table = new MarkdownTable("装载: the sample city ×%d into an empty Neo4j and Elasticsearch".formatted(copies),
                        "step", "seconds", "nodes", "relationships", "nodes/s", "relationships/s", "documents", "documents/s");
                double jvmStart = jvmStart(loaders, work);
                for (Step step : steps(scaled, copies).stream().filter(s -> !(graphOnly && s.indexing())).toList()) {
                    Counts before = step.indexing() ? null : counts(driver);
                    List<String> command = new ArrayList<>(connection);
                    command.addAll(step.args());
                    double seconds = run(loaders, command, credentials(stack.endpoints()), work.resolve("load.log"));
                    if (step.indexing()) {
                        long documents = documents(es);
                        table.row(step.name(), seconds, "–", "–", "–", "–", documents, documents / seconds);
                    } else {
                        Counts after = counts(driver);
                        long nodes = after.nodes() - before.nodes();
                        long relationships = after.relationships() - before.relationships();
                        table.row(step.name(), seconds, nodes, relationships, nodes / seconds, relationships / seconds, "–", "–");
                    }
                    System.out.println("done: " + step.name() + " in %.1f s".formatted(seconds));
                }
                table.note(("Each step is one run of the loaders CLI as ./onecheck up runs it, so its time includes a JVM start "
                        + "(%.1f s for `--help`) and, for graph steps, validating every row of a file before writing it in one "
                        + "transaction (all or nothing).").formatted(jvmStart));
                table.note("Generated firms are supervised by every department of their industry, in all %d copies alike: "
                        .formatted(copies) + "their relationships grow with the number of copies.");
                table.note("Target: ≥ 25,000 nodes/s into Neo4j on 2 cores. The scratch Neo4j has a 256 MB page cache; "
                        + "indexing reads the graph back from Neo4j and embeds on the same 2 cores.");
                MarkdownTable.write(out, List.of(table));
            }
        } finally {
            Folders.delete(work);
        }
    }

    private static List<Step> steps(Path scaled, int copies) throws IOException {
        return List.of(
                new Step("法律法规: %d law texts".formatted(SampleScaler.lawFileCount(scaled.resolve("laws"))), false,
                        List.of("laws", scaled.resolve("laws").toString())),
                new Step("catalogue: regions, industries, departments, officers, items, scenarios", false, List.of("catalog", scaled.toString())),
                new Step("subjects: %,d generated + the roster".formatted(SampleScaler.SUBJECTS_PER_COPY * copies), false,
                        List.of("subjects", "--generate", Integer.toString(SampleScaler.SUBJECTS_PER_COPY * copies),
                                scaled.resolve("subjects.csv").toString())),
                new Step("violations with 裁量基准", false, List.of("violations", scaled.resolve("violations.json").toString())),
                new Step("典型案例", false, List.of("cases", scaled.resolve("cases.json").toString())),
                new Step("index: articles keyword-only, standards and cases with vectors (default)", true, List.of("index", "--rebuild")),
                new Step("index: every document with a vector (--embed-all-provisions)", true,
                        List.of("index", "--rebuild", "--embed-all-provisions")));
    }

    /** The scratch stack's credentials, for the loaders' environment (not their command line, which ps shows). */
    private static Map<String, String> credentials(StackEndpoints stack) {
        return Map.of("ONECHECK_NEO4J_USER", stack.neo4jUser(), "ONECHECK_NEO4J_PASSWORD", stack.neo4jPassword(),
                "ONECHECK_ELASTICSEARCH_USER", stack.elasticsearchUser(), "ONECHECK_ELASTICSEARCH_PASSWORD", stack.elasticsearchPassword());
    }

    /** Runs the loaders CLI with {@code environment} added to ours; its output goes to {@code log}, which a failure prints. */
    private static double run(Path loaders, List<String> args, Map<String, String> environment, Path log) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(StackLauncher.javaExecutable(), "-jar", loaders.toString()));
        command.addAll(args);
        long start = System.nanoTime();
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().putAll(environment);
        Process process = builder.start();
        int code = process.waitFor();
        double seconds = (System.nanoTime() - start) / 1e9;
        if (code != 0) {
            throw new IllegalStateException("loaders " + String.join(" ", args) + " exited with " + code + ":\n" + Files.readString(log));
        }
        return seconds;
    }

    /** The median of three starts of the CLI doing nothing: what every step pays before loading. */
    private static double jvmStart(Path loaders, Path work) throws IOException, InterruptedException {
        double[] seconds = new double[3];
        for (int i = 0; i < seconds.length; i++) {
            seconds[i] = run(loaders, List.of("--help"), Map.of(), work.resolve("help.log"));
        }
        return new Timings(seconds, 1).median();
    }

    private static Counts counts(Driver driver) {
        var record = driver.executableQuery("CALL { MATCH (n) RETURN count(n) AS nodes } CALL { MATCH ()-[r]->() RETURN count(r) AS relationships } "
                + "RETURN nodes, relationships").execute().records().getFirst();
        return new Counts(record.get("nodes").asLong(), record.get("relationships").asLong());
    }

    private static long documents(ElasticsearchClient es) throws IOException {
        List<String> aliases = SearchKind.aliases(List.of(SearchKind.values()));
        es.indices().refresh(r -> r.index(aliases));
        return es.count(c -> c.index(aliases)).count();
    }
}
