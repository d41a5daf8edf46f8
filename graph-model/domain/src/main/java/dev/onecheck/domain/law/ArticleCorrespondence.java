package dev.onecheck.domain.law;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Which article of the newer version of a law continues which article of the older one. An amendment inserts and
 * deletes articles, so numbers shift (会计法 2017 第四十二条, 违反本法规定…由县级以上人民政府财政部门责令限期改正, is 2024
 * 第三十九条, while 2024 第四十二条 is the former 第四十五条): articles are paired by the similarity of their texts — the
 * Dice coefficient of their sets of character bigrams, punctuation and the 第X条 label left out — taking the most
 * similar pairs first, each article at most once, and only pairs at least {@link #MIN_SIMILARITY} alike. Then merges:
 * an amendment may join neighbouring articles into one (会计法 2017 第四十三条 伪造、变造… and 第四十四条 隐匿或者故意销毁…
 * are 2024 第四十一条), so an older article left unpaired joins the newer article of its neighbour (the article before or
 * after it) where the two older texts together are more like the newer one than the neighbour alone, and at least
 * {@link #MIN_SIMILARITY} alike: several older articles may continue as one newer article, never one older as several.
 * An article left unpaired has no counterpart in the other version (deleted, added, or rewritten beyond recognition);
 * callers report it rather than compare it with whatever article now bears its number.
 */
public final class ArticleCorrespondence {

    /** Below this, two articles share wording by chance (本法规定, 责令改正, 罚款) rather than descent. */
    public static final double MIN_SIMILARITY = 0.5;

    /** One pairing: {@code older} became {@code newer}. */
    public record Pair(Provision older, Provision newer, double similarity) {
    }

    private ArticleCorrespondence() {
    }

    /** The pairs between two consecutive versions' articles, in the older version's order; a newer article may appear in several. */
    public static List<Pair> between(List<Provision> older, List<Provision> newer) {
        Map<Provision, Set<String>> grams = new HashMap<>();
        older.forEach(p -> grams.put(p, bigrams(p)));
        newer.forEach(p -> grams.put(p, bigrams(p)));
        List<Pair> candidates = new ArrayList<>();
        for (Provision o : older) {
            for (Provision n : newer) {
                double similarity = dice(grams.get(o), grams.get(n));
                if (similarity >= MIN_SIMILARITY) {
                    candidates.add(new Pair(o, n, similarity));
                }
            }
        }
        // Most similar first; among equals the article whose number moved least (a repeated formula such as
        // 本法自…起施行 stays where it is).
        candidates.sort(Comparator.comparingDouble(Pair::similarity).reversed()
                .thenComparingInt(p -> Math.abs(p.older().article() - p.newer().article())));
        Set<Provision> taken = new HashSet<>();
        List<Pair> pairs = new ArrayList<>();
        for (Pair c : candidates) {
            if (!taken.contains(c.older()) && !taken.contains(c.newer())) {
                taken.add(c.older());
                taken.add(c.newer());
                pairs.add(c);
            }
        }
        merges(older, grams, taken, pairs);
        pairs.sort(Comparator.comparingInt((Pair p) -> older.indexOf(p.older())));
        return List.copyOf(pairs);
    }

    /** Adds the older articles left unpaired that an amendment merged into their neighbour's newer article. */
    private static void merges(List<Provision> older, Map<Provision, Set<String>> grams, Set<Provision> taken, List<Pair> pairs) {
        Map<Provision, Set<String>> merged = new HashMap<>();
        Map<Provision, Double> similarity = new HashMap<>();
        for (Pair p : pairs) {
            merged.put(p.newer(), new HashSet<>(grams.get(p.older())));
            similarity.put(p.newer(), p.similarity());
        }
        for (Provision o : older) {
            if (taken.contains(o)) {
                continue;
            }
            Pair best = null;
            for (Pair p : List.copyOf(pairs)) {
                if (Math.abs(p.older().article() - o.article()) != 1 || p.older().suffix() != 0 || o.suffix() != 0) {
                    continue;
                }
                Set<String> together = new HashSet<>(merged.get(p.newer()));
                together.addAll(grams.get(o));
                double alike = dice(together, grams.get(p.newer()));
                if (alike >= MIN_SIMILARITY && alike > similarity.get(p.newer()) && (best == null || alike > best.similarity())) {
                    best = new Pair(o, p.newer(), alike);
                }
            }
            if (best != null) {
                taken.add(o);
                pairs.add(best);
                merged.get(best.newer()).addAll(grams.get(o));
                similarity.put(best.newer(), best.similarity());
            }
        }
    }

    static double dice(Set<String> a, Set<String> b) {
        if (a.isEmpty() && b.isEmpty()) {
            return 1;
        }
        int common = 0;
        for (String g : a) {
            if (b.contains(g)) {
                common++;
            }
        }
        return 2.0 * common / (a.size() + b.size());
    }

    private static Set<String> bigrams(Provision p) {
        String text = p.text().replaceAll("[\\p{P}\\p{Z}\\s]", "");
        Set<String> grams = new HashSet<>();
        for (int i = 0; i + 2 <= text.length(); i++) {
            grams.add(text.substring(i, i + 2));
        }
        return grams;
    }
}
