package dev.onecheck.loaders;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import dev.onecheck.domain.penalty.advice.StatutoryFines;
import dev.onecheck.search.index.KnowledgeSearch;
import dev.onecheck.search.index.SearchEvaluation;
import dev.onecheck.search.index.SearchEvaluation.Outcome;
import dev.onecheck.search.index.SearchEvaluation.Question;
import dev.onecheck.search.index.SearchHit;
import dev.onecheck.search.index.SearchQuery;
import dev.onecheck.search.index.TextEmbedder;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Runs search evaluation sets ({@code {"q": …, "law": 简称, "article": 处罚条款, "violated": [违法条款 …]}} per line;
 * {@code violated} may be left out) against the running index and prints hit@1, hit@3 and MRR per file, for any
 * matching article and for the penalty article only, and each question whose penalty article missed rank 1 with
 * what came first.
 */
@Command(name = "eval", mixinStandardHelpOptions = true,
        description = "Evaluates the knowledge-base search: hit@1, hit@3, MRR (any matching article; penalty article only) for JSON-lines question files.")
class EvalCommand implements Callable<Integer> {

    @ParentCommand
    LoadCommand load;

    @Parameters(paramLabel = "FILE", arity = "0..*", description = "e.g. ../shared/eval/kb-queries.jsonl")
    List<Path> files = List.of();

    @Option(names = "--coverage", description = "Also print how many fining articles in force have a violation and a readable statutory range.")
    boolean coverage;

    /** Fining articles in force (条文含“罚款”), with their violations by provenance. */
    private static final String FINING = """
            MATCH (:Law {status: '现行有效'})-[:HAS_PROVISION]->(p:Provision) WHERE p.text CONTAINS '罚款'
            RETURN p.id AS id, p.text AS text,
                   COUNT { (p)<-[:PENALIZED_BY]-(v:Violation) WHERE coalesce(v.provenance, 'CURATED') = 'CURATED' } AS curated,
                   COUNT { (p)<-[:PENALIZED_BY]-(:Violation {provenance: 'DERIVED'}) } AS derived
            ORDER BY id""";
    private static final int FORMS_SHOWN = 15;

    @Override
    public Integer call() throws IOException {
        if (files.isEmpty() && !coverage) {
            load.err().println("eval: give question files, --coverage, or both");
            return 1;
        }
        if (coverage) {
            coverage();
        }
        if (files.isEmpty()) {
            return 0;
        }
        try (ElasticsearchClient es = load.search()) {
            KnowledgeSearch search = new KnowledgeSearch(es, new TextEmbedder());
            load.out().println("| file | questions | hit@1 | hit@3 | MRR | penalty hit@1 | penalty hit@3 | penalty MRR |");
            load.out().println("|---|---:|---:|---:|---:|---:|---:|---:|");
            List<String> misses = new ArrayList<>();
            for (Path file : files) {
                SearchEvaluation.Report report = SearchEvaluation.run(questions(file), text -> search.search(
                        new SearchQuery(text, null, null, false, 0, SearchEvaluation.DEPTH)).rows());
                load.out().printf(Locale.ROOT, "| %s | %d | %.2f | %.2f | %.3f | %.2f | %.2f | %.3f |%n", file.getFileName(),
                        report.outcomes().size(), report.hitAt(1), report.hitAt(3), report.meanReciprocalRank(),
                        report.penaltyHitAt(1), report.penaltyHitAt(3), report.penaltyMeanReciprocalRank());
                report.outcomes().stream().filter(o -> o.penaltyRank() != 1).map(EvalCommand::miss).forEach(misses::add);
            }
            if (!misses.isEmpty()) {
                load.out().println();
                load.out().println("Penalty article not at rank 1:");
                misses.forEach(load.out()::println);
            }
            return 0;
        }
    }

    /**
     * 覆盖率: fining articles in force with a violation (curated or derived) and with a statutory range the parser
     * reads, and the forms it cannot read yet — the words before 罚款, numbers as N — most frequent first.
     */
    private void coverage() {
        int fining = 0;
        int withViolation = 0;
        int readable = 0;
        long curated = 0;
        long derived = 0;
        Map<String, List<String>> unread = new HashMap<>();
        try (Driver driver = load.connect()) {
            for (Record r : driver.executableQuery(FINING).execute().records()) {
                fining++;
                curated += r.get("curated").asLong();
                derived += r.get("derived").asLong();
                if (r.get("curated").asLong() + r.get("derived").asLong() > 0) {
                    withViolation++;
                }
                String text = r.get("text").asString();
                if (StatutoryFines.parse(text).stream().anyMatch(f -> f.fine() != null)) {
                    readable++;
                } else {
                    unread.computeIfAbsent(form(text), k -> new ArrayList<>()).add(r.get("id").asString());
                }
            }
        }
        PrintWriter out = load.out();
        out.printf(Locale.ROOT, "fining articles in force: %d%n", fining);
        out.printf(Locale.ROOT, "  with a violation (curated or derived): %d (%.1f %%) — %d curated, %d derived violation links%n",
                withViolation, 100.0 * withViolation / Math.max(1, fining), curated, derived);
        out.printf(Locale.ROOT, "  with a readable statutory range: %d (%.1f %%)%n", readable, 100.0 * readable / Math.max(1, fining));
        out.println("forms the fine parser cannot read yet (articles, example):");
        unread.entrySet().stream().sorted(Comparator.comparing((Map.Entry<String, List<String>> e) -> -e.getValue().size()).thenComparing(Map.Entry::getKey))
                .limit(FORMS_SHOWN).forEach(e -> out.printf(Locale.ROOT, "  %4d  …%s罚款…  e.g. %s%n", e.getValue().size(), e.getKey(), e.getValue().getFirst()));
        out.printf(Locale.ROOT, "  (%d forms in all)%n", unread.size());
    }

    /** The words just before the first 罚款 of an unread article, numbers as N: 处以罚款, 依照…规定处以罚款, 处N美元以下… */
    private static String form(String text) {
        String plain = text.replaceAll("\\s", "");
        int at = plain.indexOf("罚款");
        String before = plain.substring(Math.max(0, at - 8), at).replaceAll("[0-9０-９.]+|[零〇一二三四五六七八九十百千万亿两]{2,}", "N");
        int clause = Math.max(before.lastIndexOf('，'), before.lastIndexOf('；'));
        return before.substring(clause + 1);
    }

    private static String miss(Outcome o) {
        SearchHit first = o.hits().isEmpty() ? null : o.hits().getFirst();
        return "- " + o.question().text() + " → " + o.question().law() + " " + o.question().article() + ": "
                + (o.penaltyRank() == 0 ? "not in the first " + SearchEvaluation.DEPTH : "rank " + o.penaltyRank())
                + (o.rank() == 0 ? "" : " (any article: rank " + o.rank() + ")")
                + (first == null ? "" : "; first " + first.kind() + " " + first.id());
    }

    private List<Question> questions(Path file) throws IOException {
        JsonMapper json = JsonMapper.builder().build();
        List<Question> questions = new ArrayList<>();
        List<String> lines = Files.readAllLines(file);
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).isBlank()) {
                continue;
            }
            JsonNode q = json.readTree(lines.get(i));
            if (!q.path("q").isString() || !q.path("law").isString() || !q.path("article").isInt()) {
                throw new IllegalArgumentException(file + " line " + (i + 1) + ": needs \"q\", \"law\" and \"article\" (a number)");
            }
            JsonNode violated = q.path("violated");
            if (!violated.isMissingNode() && !(violated.isArray() && violated.valueStream().allMatch(JsonNode::isInt))) {
                throw new IllegalArgumentException(file + " line " + (i + 1) + ": \"violated\" must be a list of article numbers");
            }
            questions.add(new Question(q.get("q").asString(), q.get("law").asString(), q.get("article").asInt(),
                    violated.isMissingNode() ? List.of() : violated.valueStream().map(JsonNode::asInt).toList()));
        }
        return questions;
    }
}
