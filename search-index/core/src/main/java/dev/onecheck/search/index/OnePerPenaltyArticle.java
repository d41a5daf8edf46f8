package dev.onecheck.search.index;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

import dev.onecheck.search.index.ReciprocalRankFusion.Fused;

/**
 * One article that punishes is often found several times over: as the article itself and as each behaviour it lists
 * (（一）…（八）, a derived violation each). Three of them in the first three places answer one question three times and
 * push every other candidate article out of sight. Each penalty article keeps its best-ranked hit in place; its other
 * hits follow all the hits on other articles, in their order.
 */
final class OnePerPenaltyArticle {

    private OnePerPenaltyArticle() {
    }

    /** {@code penaltyArticlesOf} gives a hit's penalty articles, or an empty set for a hit that is not on one (a case, a duty). */
    static <T> List<Fused<T>> collapse(List<Fused<T>> ranked, Function<T, Set<String>> penaltyArticlesOf) {
        List<Fused<T>> first = new ArrayList<>();
        List<Fused<T>> repeated = new ArrayList<>();
        Set<Set<String>> seen = new HashSet<>();
        for (Fused<T> hit : ranked) {
            Set<String> articles = penaltyArticlesOf.apply(hit.key());
            (articles.isEmpty() || seen.add(articles) ? first : repeated).add(hit);
        }
        first.addAll(repeated);
        return first;
    }
}
