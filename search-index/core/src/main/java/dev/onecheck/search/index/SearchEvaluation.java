package dev.onecheck.search.index;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.ToIntFunction;

/**
 * Measures search against questions with a known answer: the article that punishes the conduct (法律简称 + 条), and
 * the articles the conduct violates. hit@1, hit@3 and mean reciprocal rank over the first {@value #DEPTH} hits are
 * counted twice: for any matching article — a hit about the penalty article or one of the violated ones (the article
 * itself, a standard whose 违法条款 or 处罚条款 it is, a case that cites it) — and for the penalty article only — a
 * hit whose {@link SearchHit#penaltyProvisionIds() penalty articles} include it. For a question on the general rules
 * the "penalty article" is the rule (行政处罚法 第三十三条), and nothing is violated.
 */
public final class SearchEvaluation {

    public static final int DEPTH = 10;

    /** One question: what is typed, the law and article that punish it, and the articles of that law it violates. */
    public record Question(String text, String law, int article, List<Integer> violated) {

        public Question {
            violated = List.copyOf(violated);
        }
    }

    /** The ranks (1-based) at which a question was answered, 0 when not within {@value #DEPTH}. */
    public record Outcome(Question question, int rank, int penaltyRank, List<SearchHit> hits) {
    }

    /** The figures over all questions. */
    public record Report(List<Outcome> outcomes) {

        public double hitAt(int k) {
            return hitAt(k, Outcome::rank);
        }

        public double meanReciprocalRank() {
            return meanReciprocalRank(Outcome::rank);
        }

        public double penaltyHitAt(int k) {
            return hitAt(k, Outcome::penaltyRank);
        }

        public double penaltyMeanReciprocalRank() {
            return meanReciprocalRank(Outcome::penaltyRank);
        }

        private double hitAt(int k, ToIntFunction<Outcome> rank) {
            return outcomes.isEmpty() ? 0
                    : outcomes.stream().mapToInt(rank).filter(r -> r >= 1 && r <= k).count() / (double) outcomes.size();
        }

        private double meanReciprocalRank(ToIntFunction<Outcome> rank) {
            return outcomes.stream().mapToInt(rank).mapToDouble(r -> r == 0 ? 0 : 1.0 / r).average().orElse(0);
        }
    }

    private SearchEvaluation() {
    }

    public static Report run(List<Question> questions, Function<String, List<SearchHit>> search) {
        List<Outcome> outcomes = new ArrayList<>();
        for (Question q : questions) {
            List<SearchHit> hits = search.apply(q.text());
            List<Integer> any = new ArrayList<>(q.violated());
            any.add(q.article());
            outcomes.add(new Outcome(q, rank(hits, h -> about(h.provisionIds(), q.law(), any)),
                    rank(hits, h -> about(h.penaltyProvisionIds(), q.law(), List.of(q.article()))), hits));
        }
        return new Report(outcomes);
    }

    private static int rank(List<SearchHit> hits, Predicate<SearchHit> answers) {
        for (int i = 0; i < Math.min(DEPTH, hits.size()); i++) {
            if (answers.test(hits.get(i))) {
                return i + 1;
            }
        }
        return 0;
    }

    /** Whether one of {@code ids} is one of {@code articles} of {@code law}; provision ids are {@code 简称@日期/条[-之几]}. */
    static boolean about(List<String> ids, String law, List<Integer> articles) {
        return ids.stream().anyMatch(id -> {
            int at = id.indexOf('@');
            int slash = id.lastIndexOf('/');
            if (at < 0 || slash < at) {
                return false;
            }
            String article = id.substring(slash + 1);
            int dash = article.indexOf('-');
            String number = dash < 0 ? article : article.substring(0, dash);
            return id.substring(0, at).equals(law) && articles.stream().anyMatch(a -> number.equals(Integer.toString(a)));
        });
    }
}
