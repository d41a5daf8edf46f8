package dev.onecheck.domain.planning;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import dev.onecheck.domain.subject.RiskLevel;
import dev.onecheck.domain.text.Hashes;

/**
 * 双随机 — random firms, random officers — that anyone can check. Before the draw the department publishes the
 * SHA-256 of a secret seed and the fingerprint of the candidate list; the draw then reveals the seed. Every random
 * choice is a SHA-256 of the seed and the names involved, so the result follows from seed and published list alone:
 * <ul>
 * <li>firms: within each risk tier, candidates ordered by {@code sha256(seed|subject|uscc)}; the first
 *     {@link SamplingRatio#sampleSize} are drawn;</li>
 * <li>officers: for each drawn firm, the qualified officers without a declared conflict (回避) ordered by
 *     {@code sha256(seed|officer|uscc|certificateNo)}; the first {@code officersPerTask} go.</li>
 * </ul>
 */
public final class DoubleRandomDraw {

    /** A firm that may be drawn, with the tier it is drawn in. */
    public record Candidate(String uscc, RiskLevel risk) {
    }

    /** 回避: an officer who must not inspect a firm. */
    public record Conflict(String certificateNo, String uscc) {
    }

    /** Everything the draw depends on besides the seed; frozen and fingerprinted when the seed is committed. */
    public record Input(List<Candidate> candidates, List<SamplingRatio> ratios, List<String> officers, Set<Conflict> conflicts,
                        int officersPerTask) {

        public Input {
            candidates = candidates.stream().sorted(Comparator.comparing(Candidate::uscc)).toList();
            ratios = ratios.stream().sorted(Comparator.comparing(SamplingRatio::risk)).toList();
            officers = officers.stream().sorted().toList();
            conflicts = Set.copyOf(conflicts);
        }

        /** The canonical text of the input, one fact per line; its SHA-256 is the published fingerprint. */
        public String canonical() {
            StringBuilder text = new StringBuilder();
            candidates.forEach(c -> text.append("candidate|").append(c.uscc()).append('|').append(c.risk()).append('\n'));
            ratios.forEach(r -> text.append("ratio|").append(r.risk()).append('|').append(r.basisPoints()).append('\n'));
            officers.forEach(o -> text.append("officer|").append(o).append('\n'));
            conflicts.stream().map(c -> "conflict|" + c.certificateNo() + '|' + c.uscc()).sorted()
                    .forEach(line -> text.append(line).append('\n'));
            return text.append("officersPerTask|").append(officersPerTask).append('\n').toString();
        }

        public String fingerprint() {
            return Hashes.sha256(canonical());
        }

        /** Firms that would get fewer than {@code officersPerTask} officers once conflicts are taken out. */
        public List<String> understaffed() {
            return candidates.stream().map(Candidate::uscc).filter(uscc -> available(uscc).size() < officersPerTask).toList();
        }

        private List<String> available(String uscc) {
            return officers.stream().filter(o -> !conflicts.contains(new Conflict(o, uscc))).toList();
        }
    }

    /** One drawn firm and the officers sent to it. */
    public record Drawn(String uscc, RiskLevel risk, List<String> officers) {
    }

    private DoubleRandomDraw() {
    }

    /** The published commitment to a seed. */
    public static String commitment(String seed) {
        return Hashes.sha256(seed);
    }

    public static List<Drawn> draw(String seed, Input input) {
        List<String> understaffed = input.understaffed();
        if (!understaffed.isEmpty()) {
            throw new IllegalArgumentException("fewer than " + input.officersPerTask() + " officers without a conflict for " + understaffed);
        }
        List<Drawn> drawn = new ArrayList<>();
        var tiers = input.candidates().stream().collect(Collectors.groupingBy(Candidate::risk));
        for (SamplingRatio ratio : input.ratios()) {
            List<Candidate> tier = ranked(tiers.getOrDefault(ratio.risk(), List.of()), c -> score(seed, "subject", c.uscc()));
            for (Candidate firm : tier.subList(0, ratio.sampleSize(tier.size()))) {
                drawn.add(new Drawn(firm.uscc(), firm.risk(), officers(seed, input, firm.uscc())));
            }
        }
        return drawn.stream().sorted(Comparator.comparing(Drawn::uscc)).toList();
    }

    private static List<String> officers(String seed, Input input, String uscc) {
        return ranked(input.available(uscc), o -> score(seed, "officer", uscc, o)).subList(0, input.officersPerTask());
    }

    /** Orders by score, each computed once; SHA-256 values do not tie in practice, and equal ones keep input order. */
    private static <T> List<T> ranked(List<T> items, Function<T, String> score) {
        record Ranked<T>(String score, T item) {
        }
        return items.stream().map(i -> new Ranked<>(score.apply(i), i)).sorted(Comparator.comparing(Ranked::score))
                .map(Ranked::item).toList();
    }

    private static String score(String seed, String... parts) {
        return Hashes.sha256(seed + "|" + String.join("|", parts));
    }
}
