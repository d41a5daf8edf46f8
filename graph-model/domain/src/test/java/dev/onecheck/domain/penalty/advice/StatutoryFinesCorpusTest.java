package dev.onecheck.domain.penalty.advice;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import dev.onecheck.domain.law.LawFormatException;
import dev.onecheck.domain.law.LawMarkdownParser;
import dev.onecheck.domain.law.Provision;
import dev.onecheck.domain.penalty.Fine;
import dev.onecheck.domain.penalty.advice.StatutoryFine.Circumstance;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * {@link StatutoryFines} over every article of the law collection that mentions 罚款 (../shared/data/laws beside the
 * checkout, else the bundled subset loaders/sample-data/laws): what must hold for any article, whatever its wording.
 */
class StatutoryFinesCorpusTest {

    private static final List<String> ROOTS = List.of("../../../shared/data/laws", "../../loaders/sample-data/laws");

    private static Path root;
    private static List<Provision> fining;

    @BeforeAll
    static void corpus() throws IOException {
        root = ROOTS.stream().map(Path::of).filter(Files::isDirectory).findFirst().orElse(null);
        Assumptions.assumeTrue(root != null, "no law collection at " + ROOTS);
        try (Stream<Path> files = Files.walk(root)) {
            fining = files.filter(f -> f.toString().endsWith(").md")).flatMap(StatutoryFinesCorpusTest::provisions)
                    .filter(p -> p.text().contains("罚款")).toList();
        }
    }

    @Test
    void everyFineReadIsARangeTheArticlePrints() {
        Map<String, Integer> counts = new TreeMap<>();
        List<String> defects = new ArrayList<>();
        for (Provision p : fining) {
            String text = p.text().replaceAll("\\s", "").replaceAll("(?<=\\d)[,，](?=\\d{3}(?!\\d))", "");
            List<StatutoryFine> fines;
            try {
                fines = StatutoryFines.parse(p.text());
            } catch (RuntimeException e) {
                defects.add(p.id() + ": " + e.getMessage());
                continue;
            }
            counts.merge(fines.isEmpty() ? "articles without a fine read" : "articles with fines read", 1, Integer::sum);
            for (StatutoryFine f : fines) {
                counts.merge(f.fine() == null ? "fines without an amount (处以罚款)" : "fines " + f.fine().kind(), 1, Integer::sum);
                if (f.onResponsiblePersons()) {
                    counts.merge("fines on responsible persons", 1, Integer::sum);
                } else if (f.addressee() != null) {
                    counts.merge("fines on a named party", 1, Integer::sum);
                }
                f.conditions().forEach(c -> counts.merge("conditions " + StatutoryFines.circumstance(c), 1, Integer::sum));
                if (f.fine() != null && f.fine().max().signum() == 0) {
                    defects.add(p.id() + ": a fine of at most 0 in " + f);
                }
                f.conditions().stream().filter(c -> !text.contains(c)).forEach(c -> defects.add(p.id() + ": condition not in the text: " + c));
                if (f.addressee() != null && !text.contains(f.addressee())) {
                    defects.add(p.id() + ": addressee not in the text: " + f.addressee());
                }
            }
        }
        System.out.println("StatutoryFines over " + root + ": " + fining.size() + " articles with 罚款; " + counts);
        assertThat(defects).isEmpty();
        assertThat(fining).isNotEmpty();
    }

    /**
     * The range for facts with every amount 0 (or none given), ordinary, refused and serious: it never throws, and
     * it is 0 yuan only where the article offers nothing but a multiple for those facts — never where it prints a
     * fixed range for 没有违法所得 / 无法计算 / 明显偏低 / 不足….
     */
    @Test
    void aNilAmountNeverLeavesAZeroRangeWhereTheArticleGivesAFixedOne() {
        Map<Basis, BigDecimal> zero = Arrays.stream(Basis.values()).collect(Collectors.toMap(Function.identity(), b -> BigDecimal.ZERO));
        Map<String, Integer> counts = new TreeMap<>();
        List<String> defects = new ArrayList<>();
        for (Provision p : fining) {
            List<StatutoryFine> fines = StatutoryFines.parse(p.text());
            for (boolean[] refusedSerious : new boolean[][] {{false, false}, {true, false}, {false, true}}) {
                boolean fallback = fines.stream().anyMatch(f -> f.fine() != null && f.fine().kind() == Fine.Kind.FIXED && !f.onResponsiblePersons()
                        && f.conditions().stream().anyMatch(c -> StatutoryFines.circumstance(c) == Circumstance.AMOUNT)
                        && f.conditions().stream().allMatch(c -> reachable(StatutoryFines.circumstance(c), refusedSerious[0], refusedSerious[1])));
                for (Map<Basis, BigDecimal> amounts : List.of(zero, Map.<Basis, BigDecimal>of())) {
                    Optional<YuanRange> range;
                    try {
                        range = StatutoryFines.rangeFor(p.text(), StatutoryFinesTest.facts(amounts, refusedSerious[0], refusedSerious[1]));
                    } catch (RuntimeException e) {
                        defects.add(p.id() + ": " + e);
                        continue;
                    }
                    counts.merge(range.isEmpty() ? "no range" : range.get().max().signum() == 0 ? "0 yuan" : "a range", 1, Integer::sum);
                    if (range.isPresent() && range.get().max().signum() == 0 && fallback) {
                        defects.add(p.id() + " " + Arrays.toString(refusedSerious) + ": 0 yuan although it prints a fixed range for the amount: "
                                + p.text());
                    }
                }
            }
        }
        System.out.println("StatutoryFines.rangeFor over " + fining.size() + " articles × 6 fact sets: " + counts);
        assertThat(defects).isEmpty();
    }

    /** Whether facts refused / serious can meet a condition of this kind (amounts aside). */
    private static boolean reachable(Circumstance circumstance, boolean refused, boolean serious) {
        return switch (circumstance) {
            case AMOUNT -> true;
            case REFUSED -> refused;
            case SERIOUS -> serious;
            case REFUSED_OR_SERIOUS -> refused || serious;
            case OTHER -> false;
        };
    }

    /** The texts the unit tests quote are the law's, verbatim. */
    @Test
    void theQuotedTextsAreVerbatim() {
        Assumptions.assumeTrue(root.equals(Path.of(ROOTS.getFirst())), "the bundled subset lacks some of the quoted laws");
        String all = fining.stream().map(p -> p.text().replaceAll("\\s", "")).collect(Collectors.joining("\n"));
        assertThat(StatutoryFinesTest.QUOTED).allSatisfy(q -> assertThat(all).contains(q));
    }

    private static Stream<Provision> provisions(Path file) {
        try {
            return new LawMarkdownParser().parse(file.toString(), Files.readString(file)).provisions().stream();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (LawFormatException e) {
            return Stream.empty();
        }
    }
}
