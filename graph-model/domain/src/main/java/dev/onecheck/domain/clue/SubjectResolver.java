package dev.onecheck.domain.clue;

import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import dev.onecheck.domain.subject.Uscc;

/**
 * Resolves a clue's {@link SubjectReference} to a subject. A valid credit code of a known subject is certain (1.0).
 * Otherwise name and address are compared by character bigrams after dropping what every firm name shares (有限公司,
 * 市, 区 …), as the share of the shorter text's bigrams the other holds — a caller says 老街大排档 for 江海市海西区老街大排档
 * 餐饮有限公司 — name weighted 0.7 and address 0.3. The best candidate is taken only at or above
 * the threshold and clearly ahead of the next one; below, the clue waits for an officer's confirmation.
 */
public final class SubjectResolver {

    /** A known subject intake may match against. */
    public record Known(String uscc, String name, String address) {
    }

    /** How far the best candidate must lead the second to be taken without asking. */
    static final double MARGIN = 0.1;
    private static final int MAX_CANDIDATES = 5;
    private static final double MIN_SCORE = 0.2;
    private static final Pattern NAME_NOISE = Pattern.compile("有限责任公司|股份有限公司|有限公司|分公司|公司|个体工商户|[省市区县镇]|[\\s（）()·,，.。]");
    private static final Pattern ADDRESS_NOISE = Pattern.compile("[省市区县镇路街道号弄\\s,，]");

    private final double threshold;

    /** @param threshold the confidence (0–1) at which a name-and-address match is taken without confirmation */
    public SubjectResolver(double threshold) {
        if (!(threshold > 0 && threshold <= 1)) {
            throw new IllegalArgumentException("the confirmation threshold lies above 0 and at most 1, got " + threshold);
        }
        this.threshold = threshold;
    }

    public SubjectMatch resolve(SubjectReference reference, List<Known> known) {
        if (reference.uscc() != null && Uscc.isValid(reference.uscc())) {
            var exact = known.stream().filter(k -> k.uscc().equals(reference.uscc())).findFirst();
            if (exact.isPresent()) {
                Known k = exact.get();
                return new SubjectMatch(k.uscc(), 1.0, List.of(new SubjectMatch.Candidate(k.uscc(), k.name(), k.address(), 1.0)));
            }
        }
        if (reference.name() == null) {
            return new SubjectMatch(null, 0, List.of());
        }
        List<SubjectMatch.Candidate> candidates = known.stream()
                .map(k -> new SubjectMatch.Candidate(k.uscc(), k.name(), k.address(), score(reference, k)))
                .filter(c -> c.score() >= MIN_SCORE)
                .sorted(Comparator.comparingDouble(SubjectMatch.Candidate::score).reversed().thenComparing(SubjectMatch.Candidate::uscc))
                .limit(MAX_CANDIDATES)
                .toList();
        if (candidates.isEmpty()) {
            return new SubjectMatch(null, 0, List.of());
        }
        double best = candidates.getFirst().score();
        double second = candidates.size() > 1 ? candidates.get(1).score() : 0;
        String taken = best >= threshold && best - second >= MARGIN ? candidates.getFirst().uscc() : null;
        return new SubjectMatch(taken, best, candidates);
    }

    /** The character pairs of a firm name as compared here, without what every firm name shares: what to look candidates up by. */
    public static Set<String> nameBigrams(String name) {
        return bigrams(NAME_NOISE.matcher(name).replaceAll(""));
    }

    static double score(SubjectReference reference, Known known) {
        double name = overlap(NAME_NOISE.matcher(reference.name()).replaceAll(""), NAME_NOISE.matcher(known.name()).replaceAll(""));
        if (reference.address() == null || known.address() == null) {
            return round(name);
        }
        double address = overlap(ADDRESS_NOISE.matcher(reference.address()).replaceAll(""), ADDRESS_NOISE.matcher(known.address()).replaceAll(""));
        return round(0.7 * name + 0.3 * address);
    }

    /** Overlap coefficient of the two texts' character bigrams (a text of one character is its own bigram). */
    static double overlap(String a, String b) {
        Set<String> x = bigrams(a);
        Set<String> y = bigrams(b);
        if (x.isEmpty() || y.isEmpty()) {
            return 0;
        }
        Set<String> shared = new HashSet<>(x);
        shared.retainAll(y);
        return (double) shared.size() / Math.min(x.size(), y.size());
    }

    private static Set<String> bigrams(String text) {
        Set<String> grams = new HashSet<>();
        if (text.length() == 1) {
            grams.add(text);
        }
        for (int i = 0; i + 2 <= text.length(); i++) {
            grams.add(text.substring(i, i + 2));
        }
        return grams;
    }

    private static double round(double score) {
        return Math.round(score * 1000) / 1000.0;
    }
}
