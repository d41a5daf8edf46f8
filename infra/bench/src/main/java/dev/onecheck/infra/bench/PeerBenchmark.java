package dev.onecheck.infra.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.driver.Record;

/**
 * OneCheck's gateway against its peer, the Neo4j GraphQL Library on Apollo Server ({@link PeerServer}), and against
 * hand-written Cypher over Bolt, on the same Neo4j and data: the nested read and the lookup of {@link ScenarioReads}.
 * It first checks that all three return the same rows in the same order, counts the Cypher queries one request of
 * each makes Neo4j run ({@link QueryCounter}: the server's query collector), then times them interleaved — rounds
 * of gateway, library, Cypher in turn — at 1 and 16 clients. Needs a running stack (./onecheck up) and Node.
 *
 * <pre>./onecheck bench peer [MEASURED_REQUESTS] [OUT.md] [PEER_FOLDER]</pre>
 */
public final class PeerBenchmark {

    /** Each contender's measured requests are split into this many rounds, alternating with the others'. */
    private static final int ROUNDS = 4;

    /** One way to send a read: the request, and how its answer flattens into comparable rows. */
    private record Contender(String name, ConcurrentClients.Request request, Check check) {
    }

    @FunctionalInterface
    private interface Check {
        List<String> rows(int sequence) throws Exception;
    }

    private PeerBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int measured = args.length > 0 ? Integer.parseInt(args[0]) : 400;
        Path out = Path.of(args.length > 1 ? args[1] : "var/bench/peer.md");
        Path folder = Path.of(args.length > 2 ? args[2] : "var/bench/peer");
        Endpoints endpoints = Endpoints.fromEnvironment();
        GatewayClient gateway = GatewayClient.signIn(endpoints, "public");
        try (Driver driver = GraphDatabase.driver(endpoints.bolt(), Endpoints.neo4jAuth()); PeerServer peer = PeerServer.start(folder, endpoints.bolt())) {
            GatewayClient library = GatewayClient.anonymous(peer.graphql());
            List<String> codes = driver.executableQuery(ScenarioReads.SCENARIO_CODES).execute().records().stream()
                    .map(r -> r.get("code").asString()).toList();
            if (codes.isEmpty()) {
                throw new IllegalStateException("no 综合查一次场景 in the graph; is the sample loaded?");
            }
            Function<Integer, Map<String, Object>> code = sequence -> Map.of("code", codes.get(sequence % codes.size()));

            List<Contender> nested = List.of(
                    new Contender("gateway", (c, i) -> gateway.query(ScenarioReads.NESTED_GATEWAY, Map.of()),
                            i -> ScenarioReads.nestedOfGateway(gateway.query(ScenarioReads.NESTED_GATEWAY, Map.of()))),
                    new Contender("library", (c, i) -> library.query(ScenarioReads.NESTED_LIBRARY, Map.of()),
                            i -> ScenarioReads.nestedOfLibrary(library.query(ScenarioReads.NESTED_LIBRARY, Map.of()))),
                    new Contender("cypher", (c, i) -> cypher(driver, ScenarioReads.NESTED_CYPHER, Map.of()),
                            i -> ScenarioReads.nestedOfCypher(cypher(driver, ScenarioReads.NESTED_CYPHER, Map.of()))));
            List<Contender> lookup = List.of(
                    new Contender("gateway", (c, i) -> gateway.query(ScenarioReads.LOOKUP_GATEWAY, code.apply(c * 7 + i)),
                            i -> ScenarioReads.lookupOfGateway(gateway.query(ScenarioReads.LOOKUP_GATEWAY, code.apply(i)))),
                    new Contender("library", (c, i) -> library.query(ScenarioReads.LOOKUP_LIBRARY, code.apply(c * 7 + i)),
                            i -> ScenarioReads.lookupOfLibrary(library.query(ScenarioReads.LOOKUP_LIBRARY, code.apply(i)))),
                    new Contender("cypher", (c, i) -> cypher(driver, ScenarioReads.LOOKUP_CYPHER, code.apply(c * 7 + i)),
                            i -> ScenarioReads.lookupOfCypher(cypher(driver, ScenarioReads.LOOKUP_CYPHER, code.apply(i)))));

            int nestedRows = checkSame("nested", nested, 1);
            for (int s = 0; s < codes.size(); s++) {
                checkSame("lookup of " + codes.get(s), lookup, s);
            }
            MarkdownTable table = new MarkdownTable(("OneCheck vs the Neo4j GraphQL Library vs hand-written Cypher: nested read "
                    + "(%,d scenario/item/article/law rows) and one-scenario lookup (%d scenarios in turn)").formatted(nestedRows, codes.size()),
                    "read", "clients", "path", "requests", "Cypher queries per request", "median ms", "p99 ms", "requests/s");
            QueryCounter counter = new QueryCounter(driver);
            measure("nested", nested, counter, measured, table);
            measure("lookup", lookup, counter, measured, table);
            table.note("Same Neo4j, same data; the three contenders are timed interleaved (%d rounds of each in turn per load). "
                    .formatted(ROUNDS) + "Cypher queries per request counted on the server by Neo4j's query collector "
                    + "(db.stats.collect('QUERIES')), one request of each while nothing else ran. The library runs "
                    + "@neo4j/graphql and @apollo/server at the versions pinned in " + folder.resolve("package.json") + ", without auth; "
                    + "the gateway is signed in as the demo account 'public', its access rules and limits applied. "
                    + "Targets (issue 22): gateway/cypher ≤ 1.5 nested and lookup, library/gateway ≥ 2 nested.");
            MarkdownTable.write(out, List.of(table));
        }
    }

    private static List<Record> cypher(Driver driver, String query, Map<String, Object> parameters) {
        return driver.executableQuery(query).withParameters(parameters).execute().records();
    }

    /** Fails unless every contender returns the first contender's rows, in its order; returns their number. */
    private static int checkSame(String read, List<Contender> contenders, int sequence) throws Exception {
        List<String> expected = contenders.getFirst().check().rows(sequence);
        if (expected.isEmpty()) {
            throw new IllegalStateException(read + ": the gateway returned nothing; is the sample loaded?");
        }
        for (Contender other : contenders.subList(1, contenders.size())) {
            List<String> rows = other.check().rows(sequence);
            if (!rows.equals(expected)) {
                throw new IllegalStateException("%s: %s and %s differ at %s".formatted(read, contenders.getFirst().name(), other.name(),
                        ScenarioReads.firstDifference(expected, rows)));
            }
        }
        return expected.size();
    }

    private static void measure(String read, List<Contender> contenders, QueryCounter counter, int measured, MarkdownTable table)
            throws Exception {
        int[] queries = new int[contenders.size()];
        for (int k = 0; k < contenders.size(); k++) {
            ConcurrentClients.Request request = contenders.get(k).request();
            queries[k] = counter.count(() -> {
                request.send(0, 0);
                return null;
            });
        }
        for (int clients : ConcurrentClients.LEVELS) {
            List<List<Timings>> rounds = new ArrayList<>();
            contenders.forEach(c -> rounds.add(new ArrayList<>()));
            int measuredEach = Math.max(1, measured / ROUNDS / clients);
            for (int round = 0; round < ROUNDS; round++) {
                for (int k = 0; k < contenders.size(); k++) {
                    // Warmed up in the first round only: later rounds follow the others' warm traffic anyway.
                    int warmUpEach = round == 0 ? Math.max(5, 40 / clients) : 0;
                    rounds.get(k).add(ConcurrentClients.run(clients, warmUpEach, measuredEach, contenders.get(k).request()));
                }
            }
            Timings[] timings = rounds.stream().map(PeerBenchmark::merged).toArray(Timings[]::new);
            for (int k = 0; k < contenders.size(); k++) {
                table.row(read, clients, contenders.get(k).name(), timings[k].count(), queries[k], timings[k].median(), timings[k].p99(),
                        timings[k].throughput());
            }
            double gateway = timings[0].median(), library = timings[1].median(), cypher = timings[2].median();
            String line = "peer %s %d: gateway %.1f ms, library %.1f ms, cypher %.1f ms, gateway/cypher %.2f, library/gateway %.2f"
                    .formatted(read, clients, gateway, library, cypher, gateway / cypher, library / gateway);
            System.out.println(line);
            table.note(line);
        }
    }

    private static Timings merged(List<Timings> rounds) {
        double[] all = rounds.stream().flatMapToDouble(t -> Arrays.stream(t.millis())).toArray();
        return new Timings(all, rounds.stream().mapToDouble(Timings::elapsedSeconds).sum());
    }
}
