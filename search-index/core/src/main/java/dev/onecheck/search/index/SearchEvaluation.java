package dev.onecheck.search.index;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * Measures search against questions with a known answer (法律简称 + 条): hit@1, hit@3 and mean reciprocal rank
 * over the first {@value #DEPTH} hits. A hit answers when it is about that article: the article itself, a
 * standard whose 违法条款 or 处罚条款 it is, or a case that cites it.
 */
public final class SearchEvaluation {

    public static final int DEPTH = 10;

    /** One question: what is typed, and the law and article that answer it. */
    public record Question(String text, String law, int article) {
    }

    /** The rank (1-based) at which a question was answered, 0 when not within {@value #DEPTH}. */
    public record Outcome(Question question, int rank, List<SearchHit> hits) {
    }

    /** The figures over all questions. */
    public record Report(List<Outcome> outcomes) {

        public double hitAt(int k) {
            return outcomes.isEmpty() ? 0 : outcomes.stream().filter(o -> o.rank() >= 1 && o.rank() <= k).count() / (double) outcomes.size();
        }

        public double meanReciprocalRank() {
            return outcomes.stream().mapToDouble(o -> o.rank() == 0 ? 0 : 1.0 / o.rank()).average().orElse(0);
        }
    }

    private SearchEvaluation() {
    }

    public static Report run(List<Question> questions, Function<String, List<SearchHit>> search) {
        List<Outcome> outcomes = new ArrayList<>();
        for (Question q : questions) {
            List<SearchHit> hits = search.apply(q.text());
            int rank = 0;
            for (int i = 0; i < Math.min(DEPTH, hits.size()) && rank == 0; i++) {
                if (answers(hits.get(i), q)) {
                    rank = i + 1;
                }
            }
            outcomes.add(new Outcome(q, rank, hits));
        }
        return new Report(outcomes);
    }

    /** Whether {@code hit} is about the article {@code q} asks for; provision ids are {@code 简称@日期/条[-之几]}. */
    static boolean answers(SearchHit hit, Question q) {
        return hit.provisionIds().stream().anyMatch(id -> {
            int at = id.indexOf('@');
            int slash = id.lastIndexOf('/');
            if (at < 0 || slash < at) {
                return false;
            }
            String article = id.substring(slash + 1);
            int dash = article.indexOf('-');
            return id.substring(0, at).equals(q.law())
                    && (dash < 0 ? article : article.substring(0, dash)).equals(Integer.toString(q.article()));
        });
    }
}
