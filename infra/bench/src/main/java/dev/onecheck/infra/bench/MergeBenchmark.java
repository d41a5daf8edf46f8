package dev.onecheck.infra.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

import dev.onecheck.graph.planning.LeadRule;
import dev.onecheck.graph.planning.Merger;
import dev.onecheck.graph.planning.Visit;
import dev.onecheck.graph.planning.Window;

/**
 * 合并比对 at city scale: {@code subjects} firms, {@code departments} departments, each filing one plan a year that
 * draws a share of the firms it supervises in a 30-day window. The harness times {@link Merger#merge} over all the
 * drawn visits — what the platform runs to find joint visits — and writes medians as a Markdown table.
 *
 * <pre>./onecheck bench merge [subjects] [departments] [runs] [out.md]</pre>
 */
public final class MergeBenchmark {

    /** One scenario: each department supervises {@code supervisedShare} of the firms and draws {@code drawnShare} of those. */
    private record Scenario(String name, double supervisedShare, double drawnShare) {
    }

    private record Result(Scenario scenario, int tasks, int merges, int visitsAfter, double[] millis) {

        double median() {
            double[] sorted = millis.clone();
            Arrays.sort(sorted);
            int n = sorted.length;
            return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
        }
    }

    private static final List<Scenario> SCENARIOS = List.of(
            new Scenario("双随机 (each department supervises 30 %, draws 10 % of them)", 0.30, 0.10),
            new Scenario("重点监管 (each department supervises 30 %, inspects all of them)", 0.30, 1.0),
            new Scenario("worst case (every department inspects every firm)", 1.0, 1.0));

    private MergeBenchmark() {
    }

    public static void main(String[] args) throws IOException {
        int subjects = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        int departments = args.length > 1 ? Integer.parseInt(args[1]) : 20;
        int runs = args.length > 2 ? Integer.parseInt(args[2]) : 5;
        Path out = Path.of(args.length > 3 ? args[3] : "var/bench/merge.md");
        Merger merger = new Merger(new LeadRule(Map.of("6210", List.of("D00"))));
        List<Result> results = new ArrayList<>();
        for (Scenario scenario : SCENARIOS) {
            List<Visit> visits = visits(subjects, departments, scenario);
            for (int warmUp = 0; warmUp < 2; warmUp++) {
                merger.merge(visits);
            }
            double[] millis = new double[runs];
            int merges = 0;
            int absorbed = 0;
            for (int run = 0; run < runs; run++) {
                long start = System.nanoTime();
                List<Merger.Merge> made = merger.merge(visits);
                millis[run] = (System.nanoTime() - start) / 1e6;
                merges = made.size();
                absorbed = made.stream().mapToInt(m -> m.absorbed().size()).sum();
            }
            Result result = new Result(scenario, visits.size(), merges, visits.size() - absorbed, millis);
            results.add(result);
            System.out.printf("%s: %,d tasks, median %.1f ms%n", scenario.name(), visits.size(), result.median());
        }
        String table = table(subjects, departments, runs, results);
        Files.createDirectories(out.toAbsolutePath().getParent());
        Files.writeString(out, table);
        System.out.println();
        System.out.print(table);
        System.out.println("(written to " + out + ")");
    }

    /** The drawn visits, the same on every run: a fixed seed. */
    private static List<Visit> visits(int subjects, int departments, Scenario scenario) {
        SplittableRandom random = new SplittableRandom(20261123L);
        int year = LocalDate.now().getYear() + 1;
        List<Visit> visits = new ArrayList<>();
        for (int d = 0; d < departments; d++) {
            String department = "D%02d".formatted(d);
            LocalDate from = LocalDate.of(year, 1, 1).plusDays(random.nextInt(335));
            Window window = new Window(from, from.plusDays(29));
            List<Visit.Part> parts = List.of(new Visit.Part(department, List.of(department + "-001", department + "-002")));
            for (int s = 0; s < subjects; s++) {
                if (random.nextDouble() < scenario.supervisedShare() && random.nextDouble() < scenario.drawnShare()) {
                    visits.add(new Visit("JC-" + department + "/" + s, "F%07d".formatted(s), "6210", window, parts));
                }
            }
        }
        return visits;
    }

    private static String table(int subjects, int departments, int runs, List<Result> results) {
        StringBuilder md = new StringBuilder();
        md.append("### 合并比对: %,d subjects × %d departments' plans (median of %d runs after 2 warm-ups, %s, %d cores)%n%n"
                .formatted(subjects, departments, runs, System.getProperty("java.vm.name") + " " + Runtime.version(),
                        Runtime.getRuntime().availableProcessors()));
        md.append("| scenario | tasks | joint visits proposed | visits after merging | median ms | min ms | max ms | tasks/s |\n");
        md.append("|---|---:|---:|---:|---:|---:|---:|---:|\n");
        for (Result r : results) {
            double[] sorted = r.millis().clone();
            Arrays.sort(sorted);
            md.append("| %s | %,d | %,d | %,d | %.1f | %.1f | %.1f | %,.0f |%n".formatted(r.scenario().name(), r.tasks(), r.merges(),
                    r.visitsAfter(), r.median(), sorted[0], sorted[sorted.length - 1], r.tasks() / (r.median() / 1000)));
        }
        return md.toString();
    }
}
