package dev.onecheck.infra.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import dev.onecheck.search.index.KnowledgeSearch;
import dev.onecheck.search.index.SearchQuery;
import dev.onecheck.search.index.TextEmbedder;
import tools.jackson.databind.json.JsonMapper;

/**
 * 知识库检索 through the gateway against the same search sent straight to Elasticsearch. The direct side runs the
 * gateway's own {@link KnowledgeSearch} (query embedding, keyword and kNN queries, rank fusion) in this process
 * with the Java client, so the ratio is what HTTP, the bearer token, GraphQL and the JSON answer add. A second
 * gateway row also resolves each hit's graph object (条款, 裁量基准 with its tiers, 案例) from Neo4j, as the
 * officer's app does. Needs a running stack (./onecheck up).
 *
 * <pre>./onecheck bench search [QUESTIONS.jsonl] [MEASURED_REQUESTS] [OUT.md]</pre>
 */
public final class SearchBenchmark {

    private static final String HITS = """
            query($text: String!) { search(text: $text, first: 10) { edges { node { kind score highlights } } } }""";
    private static final String HITS_WITH_GRAPH = """
            query($text: String!) { search(text: $text, first: 10) { edges { node { kind score highlights
              provision { label text law { title } }
              standard { title violation { name } penaltyProvision { label } tiers { level fine { kind min max } } }
              case { title decisionDate } } } } }""";

    private SearchBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path questions = Path.of(args.length > 0 ? args[0] : "search-index/eval/kb-colloquial.jsonl");
        int measured = args.length > 1 ? Integer.parseInt(args[1]) : 400;
        Path out = Path.of(args.length > 2 ? args[2] : "var/bench/search.md");
        List<String> texts = texts(questions);
        Endpoints endpoints = Endpoints.fromEnvironment();
        GatewayClient gateway = GatewayClient.signIn(endpoints, "officer");
        try (ElasticsearchClient es = endpoints.elasticsearchClient()) {
            KnowledgeSearch direct = new KnowledgeSearch(es, new TextEmbedder());
            checkSameHits(texts.getFirst(), direct, gateway);
            MarkdownTable table = new MarkdownTable("知识库检索: gateway vs direct Elasticsearch (%d questions of %s, first 10 hits)"
                    .formatted(texts.size(), questions.getFileName()), "path", "clients", "requests", "median ms", "p99 ms", "requests/s");
            List<String> ratios = new ArrayList<>();
            for (int clients : ConcurrentClients.LEVELS) {
                Timings directRun = ConcurrentClients.run(clients, measured,
                        (c, i) -> direct.search(officerQuery(question(texts, c, i))));
                Timings gatewayRun = ConcurrentClients.run(clients, measured,
                        (c, i) -> gateway.query(HITS, Map.of("text", question(texts, c, i))));
                Timings graphRun = ConcurrentClients.run(clients, measured,
                        (c, i) -> gateway.query(HITS_WITH_GRAPH, Map.of("text", question(texts, c, i))));
                row(table, "direct: KnowledgeSearch + Java client", clients, directRun);
                row(table, "gateway: GraphQL `search`, hits", clients, gatewayRun);
                row(table, "gateway: GraphQL `search`, hits + graph objects", clients, graphRun);
                ratios.add("%s: gateway / direct %.2f× at the median (%.2f× with graph objects), throughput %.2f× of direct"
                        .formatted(ConcurrentClients.describe(clients), gatewayRun.median() / directRun.median(),
                                graphRun.median() / directRun.median(), gatewayRun.throughput() / directRun.throughput()));
                System.out.println(ratios.getLast());
            }
            ratios.forEach(table::note);
            table.note("Target: gateway ≤ 1.5× direct at the median. Both sides share the 2 cores with Neo4j and Elasticsearch; "
                    + "the direct side embeds the question in this process as the gateway does in its own.");
            MarkdownTable.write(out, List.of(table));
        }
    }

    /** The question client {@code client} asks as its {@code sequence}-th: every client goes round the whole list. */
    private static String question(List<String> texts, int client, int sequence) {
        return texts.get((client + sequence) % texts.size());
    }

    /** What the gateway asks for an officer: every kind, unpublished cases too, the first page of 10. */
    private static SearchQuery officerQuery(String text) {
        return new SearchQuery(text, null, null, false, 0, 10);
    }

    private static void row(MarkdownTable table, String path, int clients, Timings t) {
        table.row(path, clients, t.count(), t.median(), t.p99(), t.throughput());
    }

    /** Both sides must answer the same search (the same kinds in the same order), or the comparison means nothing. */
    private static void checkSameHits(String text, KnowledgeSearch direct, GatewayClient gateway) throws Exception {
        List<String> directHits = direct.search(officerQuery(text)).rows().stream().map(h -> h.kind().name()).toList();
        List<String> gatewayHits = new ArrayList<>();
        gateway.query(HITS, Map.of("text", text)).at("/search/edges").forEach(e -> gatewayHits.add(e.at("/node/kind").asString()));
        if (!directHits.equals(gatewayHits) || directHits.isEmpty()) {
            throw new IllegalStateException("'%s': %s direct, %s through the gateway; is the index loaded?"
                    .formatted(text, directHits, gatewayHits));
        }
    }

    private static List<String> texts(Path questions) throws Exception {
        JsonMapper json = JsonMapper.builder().build();
        List<String> texts = Files.readAllLines(questions).stream().filter(l -> !l.isBlank())
                .map(l -> json.readTree(l).get("q").asString()).toList();
        if (texts.isEmpty()) {
            throw new IllegalArgumentException(questions + " has no questions");
        }
        return texts;
    }
}
