package dev.onecheck.domain.penalty.derive;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import dev.onecheck.domain.law.LawFormatException;
import dev.onecheck.domain.law.LawMarkdownParser;
import dev.onecheck.domain.law.LawText;
import dev.onecheck.domain.law.Provision;
import dev.onecheck.domain.text.Hashes;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * {@link ViolationDeriver} over the latest version of every law of the collection (../shared/data/laws beside the
 * checkout, else the bundled subset): what must hold for any derived violation, and how many fining articles get one.
 * Writes the seeded random samples that were checked by hand (loaders/src/test/resources/derived-sample-check.tsv,
 * -2.tsv, -3.tsv) to target/derived-sample.tsv, -2.tsv, -3.tsv, so that a changed reading shows in a diff against the checked one.
 */
class ViolationDeriverCorpusTest {

    private static final List<String> ROOTS = List.of("../../../shared/data/laws", "../../loaders/sample-data/laws");
    /** The seeds of the hand-checked samples, in the order they were drawn: the first, then two after fixes. */
    private static final List<String> SAMPLE_SEEDS = List.of("issue-21:", "issue-21-second:", "issue-21-third:");

    private static List<LawText> inForce;

    @BeforeAll
    static void corpus() throws IOException {
        Path root = ROOTS.stream().map(Path::of).filter(Files::isDirectory).findFirst().orElse(null);
        Assumptions.assumeTrue(root != null, "no law collection at " + ROOTS);
        LawMarkdownParser parser = new LawMarkdownParser();
        try (Stream<Path> files = Files.walk(root)) {
            List<LawText> all = files.filter(f -> f.toString().endsWith(").md")).sorted().map(f -> {
                try {
                    return parser.parse(root.relativize(f).toString(), Files.readString(f));
                } catch (IOException | LawFormatException | RuntimeException e) {
                    return null;
                }
            }).filter(t -> t != null).toList();
            // The version in force is the latest of each law, as the law store links them.
            inForce = List.copyOf(all.stream().collect(Collectors.toMap(t -> t.law().shortTitle(), Function.identity(),
                    (a, b) -> a.law().versionDate().isAfter(b.law().versionDate()) ? a : b)).values());
        }
    }

    @Test
    void everyDerivedViolationQuotesItsArticle() throws IOException {
        List<DerivedViolation> derived = new ArrayList<>();
        int fining = 0;
        int covered = 0;
        for (LawText law : inForce) {
            List<DerivedViolation> ofLaw = ViolationDeriver.derive(law);
            derived.addAll(ofLaw);
            for (DerivedViolation v : ofLaw) {
                String text = law.provisions().stream().filter(p -> p.article() == v.penaltyArticle().article()
                        && p.suffix() == v.penaltyArticle().suffix()).findFirst().orElseThrow().text();
                assertThat(text).as(v.code()).contains(v.name().length() > 6 ? v.name().substring(0, 6) : v.name());
                assertThat(v.penaltyArticle().law()).isEqualTo(law.law().shortTitle());
            }
            for (Provision p : law.provisions()) {
                if (p.text().contains("罚款")) {
                    fining++;
                    if (ofLaw.stream().anyMatch(v -> v.penaltyArticle().article() == p.article() && v.penaltyArticle().suffix() == p.suffix())) {
                        covered++;
                    }
                }
            }
        }
        Map<String, Long> codes = derived.stream().collect(Collectors.groupingBy(DerivedViolation::code, Collectors.counting()));
        assertThat(codes.entrySet().stream().filter(e -> e.getValue() > 1).map(Map.Entry::getKey)).isEmpty();
        System.out.printf("derived %d violations; %d of %d fining articles in force have one%n", derived.size(), covered, fining);
        Files.createDirectories(Path.of("target"));
        for (int i = 0; i < SAMPLE_SEEDS.size(); i++) {
            Files.write(Path.of("target/derived-sample" + (i == 0 ? "" : "-" + (i + 1)) + ".tsv"), sample(derived, SAMPLE_SEEDS.get(i)));
        }
    }

    /** The 100 codes of smallest seeded hash: a changed reading keeps the sample, but for violations it adds or drops. */
    private static List<String> sample(List<DerivedViolation> derived, String seed) {
        List<DerivedViolation> sample = new ArrayList<>(derived);
        sample.sort(Comparator.comparing((DerivedViolation v) -> Hashes.sha256(seed + v.code())).thenComparing(DerivedViolation::code));
        List<String> rows = new ArrayList<>();
        rows.add("code\tname\tviolates\tenforcer\tfines\tmeasures\tconditions\tconfidence");
        sample.stream().limit(100).forEach(v -> rows.add(String.join("\t", v.code(), v.name(),
                v.violates().stream().map(r -> r.law() + r.article() + (r.paragraph() > 0 ? "(" + r.paragraph() + ")" : "")).collect(Collectors.joining(",")),
                String.valueOf(v.enforcer()), v.fines().stream().map(f -> f.conditions() + (f.fine() == null ? "处以罚款" : f.fine().kind() + " "
                        + f.fine().basis() + " " + f.fine().min().toPlainString() + "-" + f.fine().max().toPlainString())
                        + (f.addressee() == null ? "" : "@" + f.addressee())).collect(Collectors.joining(" | ")),
                String.join("、", v.measures()), String.join("、", v.conditions()), String.valueOf(v.confidence()))));
        return rows;
    }
}
