package dev.onecheck.loaders;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import dev.onecheck.search.index.KnowledgeSearch;
import dev.onecheck.search.index.SearchEvaluation;
import dev.onecheck.search.index.SearchEvaluation.Outcome;
import dev.onecheck.search.index.SearchEvaluation.Question;
import dev.onecheck.search.index.SearchHit;
import dev.onecheck.search.index.SearchQuery;
import dev.onecheck.search.index.TextEmbedder;
import picocli.CommandLine.Command;
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

    @Parameters(paramLabel = "FILE", arity = "1..*", description = "e.g. ../shared/eval/kb-queries.jsonl")
    List<Path> files;

    @Override
    public Integer call() throws IOException {
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
