package dev.onecheck.infra.bench;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;

/**
 * The portal's nested read — 综合查一次场景 → 检查事项 → 设定依据 (条款) → 法律法规 — as one GraphQL query through the
 * gateway, against one hand-written Cypher query returning the same data over Bolt. Reports the latency ratio and
 * how many Cypher queries each costs the database. Needs a running stack (./onecheck up).
 *
 * <pre>./onecheck bench graph [MEASURED_REQUESTS] [OUT.md]</pre>
 */
public final class GraphBenchmark {

    private static final String NESTED = ScenarioReads.NESTED_GATEWAY;
    private static final String CYPHER = ScenarioReads.NESTED_CYPHER;

    private GraphBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int measured = args.length > 0 ? Integer.parseInt(args[0]) : 400;
        Path out = Path.of(args.length > 1 ? args[1] : "var/bench/graph.md");
        Endpoints endpoints = Endpoints.fromEnvironment();
        GatewayClient gateway = GatewayClient.signIn(endpoints, "public");
        try (Driver driver = GraphDatabase.driver(endpoints.bolt(), Endpoints.neo4jAuth())) {
            List<String> viaGateway = ScenarioReads.nestedOfGateway(gateway.query(NESTED, Map.of()));
            List<String> viaCypher = ScenarioReads.nestedOfCypher(driver.executableQuery(CYPHER).execute().records());
            if (!viaGateway.equals(viaCypher) || viaGateway.isEmpty()) {
                throw new IllegalStateException("the two reads differ (%s); is the sample loaded?"
                        .formatted(ScenarioReads.firstDifference(viaGateway, viaCypher)));
            }
            QueryCounter counter = new QueryCounter(driver);
            int gatewayQueries = counter.count(() -> gateway.query(NESTED, Map.of()));
            int cypherQueries = counter.count(() -> driver.executableQuery(CYPHER).execute());
            MarkdownTable table = new MarkdownTable(("嵌套查询: scenarios → items → provisions → law, GraphQL vs one Cypher query "
                    + "(%,d scenario/item/article/law rows, compared in order)").formatted(viaGateway.size()),
                    "path", "clients", "requests", "Cypher queries per read", "median ms", "p99 ms", "reads/s");
            for (int clients : ConcurrentClients.LEVELS) {
                Timings cypher = ConcurrentClients.run(clients, measured, (c, i) -> driver.executableQuery(CYPHER).execute());
                Timings nested = ConcurrentClients.run(clients, measured, (c, i) -> gateway.query(NESTED, Map.of()));
                table.row("one Cypher query over Bolt (Java driver)", clients, cypher.count(), cypherQueries, cypher.median(), cypher.p99(),
                        cypher.throughput());
                table.row("nested GraphQL through the gateway", clients, nested.count(), gatewayQueries, nested.median(), nested.p99(),
                        nested.throughput());
                String ratio = "%s: GraphQL / Cypher %.2f× at the median, %.2f× at p99".formatted(ConcurrentClients.describe(clients),
                        nested.median() / cypher.median(), nested.p99() / cypher.p99());
                System.out.println(ratio);
                table.note(ratio);
            }
            table.note("Target: nested GraphQL ≤ 2× the single Cypher query. Cypher queries counted by Neo4j's query collector; "
                    + "the gateway batches each level (DataLoader): one query per level, for all scenarios of the page at once.");
            MarkdownTable.write(out, List.of(table));
        }
    }

}
