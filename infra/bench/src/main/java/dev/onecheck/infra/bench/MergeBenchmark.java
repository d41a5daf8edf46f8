package dev.onecheck.infra.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

import dev.onecheck.domain.planning.LeadRule;
import dev.onecheck.domain.planning.Merger;
import dev.onecheck.domain.planning.Visit;
import dev.onecheck.domain.planning.Window;
import dev.onecheck.infra.stack.StackLauncher;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;

/**
 * 合并比对 at city scale: {@code subjects} firms, {@code departments} departments, each filing one plan a year that
 * draws a share of the firms it supervises in a 30-day window. The harness times {@link Merger#merge} over all the
 * drawn visits — what the platform runs to find joint visits — and writes medians as a Markdown table. Given a
 * var folder, it then runs the first scenario end to end in a scratch Neo4j ({@link CityDraw}): plans filed, seeds
 * committed, draws performed with their tasks, visits and merging, as the gateway does it.
 *
 * <pre>./onecheck bench merge [subjects] [departments] [runs] [out.md] [var]</pre>
 */
public final class MergeBenchmark {

    /** One scenario: each department supervises {@code supervisedShare} of the firms and draws {@code drawnShare} of those. */
    private record Scenario(String name, double supervisedShare, double drawnShare) {
    }


    private static final List<Scenario> SCENARIOS = List.of(
            new Scenario("双随机 (each department supervises 30 %, draws 10 % of them)", 0.30, 0.10),
            new Scenario("重点监管 (each department supervises 30 %, inspects all of them)", 0.30, 1.0),
            new Scenario("worst case (every department inspects every firm)", 1.0, 1.0));

    private MergeBenchmark() {
    }

    public static void main(String[] args) throws IOException, InterruptedException {
        int subjects = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        int departments = args.length > 1 ? Integer.parseInt(args[1]) : 20;
        int runs = args.length > 2 ? Integer.parseInt(args[2]) : 5;
        Path out = Path.of(args.length > 3 ? args[3] : "var/bench/merge.md");
        Merger merger = new Merger(new LeadRule(Map.of("6210", List.of("D00"))));
        MarkdownTable table = new MarkdownTable("合并比对: %,d subjects × %d departments' plans (%d runs after 2 warm-ups)"
                .formatted(subjects, departments, runs),
                "scenario", "tasks", "joint visits proposed", "visits after merging", "median ms", "min ms", "max ms", "tasks/s");
        for (Scenario scenario : SCENARIOS) {
            List<Visit> visits = visits(subjects, departments, scenario);
            for (int warmUp = 0; warmUp < 2; warmUp++) {
                merger.merge(visits);
            }
            double[] millis = new double[runs];
            List<Merger.Merge> made = List.of();
            for (int run = 0; run < runs; run++) {
                long start = System.nanoTime();
                made = merger.merge(visits);
                millis[run] = (System.nanoTime() - start) / 1e6;
            }
            Timings timings = new Timings(millis, Arrays.stream(millis).sum() / 1000);
            int absorbed = made.stream().mapToInt(m -> m.absorbed().size()).sum();
            table.row(scenario.name(), visits.size(), made.size(), visits.size() - absorbed, timings.median(), timings.min(),
                    timings.max(), visits.size() / (timings.median() / 1000));
            System.out.printf("%s: %,d tasks, median %.1f ms%n", scenario.name(), visits.size(), timings.median());
        }
        List<MarkdownTable> tables = new ArrayList<>(List.of(table));
        if (args.length > 4) {
            tables.add(inNeo4j(Path.of(args[4]), subjects, departments, SCENARIOS.getFirst()));
        }
        MarkdownTable.write(out, tables);
    }

    /** One run: a city's worth of data takes a while to seed, and every draw leaves tasks the next one merges with. */
    private static MarkdownTable inNeo4j(Path var, int subjects, int departments, Scenario scenario) throws IOException, InterruptedException {
        MarkdownTable table = new MarkdownTable("双随机 and 合并比对 in Neo4j: %,d subjects × %d departments' plans, %s (one run)"
                .formatted(subjects, departments, scenario.name()),
                "step", "seconds", "tasks", "joint visits", "visits absorbed", "tasks/s");
        try (StackLauncher.RunningStack stack = StackLauncher.startScratch(var);
             Driver driver = GraphDatabase.driver(stack.endpoints().bolt(),
                     AuthTokens.basic(stack.endpoints().neo4jUser(), stack.endpoints().neo4jPassword()))) {
            CityDraw.Result r = new CityDraw(driver, subjects, departments).run(scenario.supervisedShare(), scenario.drawnShare());
            table.row("seed the city (bench set-up, not timed below)", r.seedSeconds(), "–", "–", "–", "–");
            table.row("commitDraw × %d (candidates, caps, officers)".formatted(departments), r.commitSeconds(), "–", "–", "–", "–");
            table.row("performDraw × %d (tasks, visits, merging)".formatted(departments), r.performSeconds(), r.tasks(), r.merges(),
                    r.absorbed(), r.tasks() / r.performSeconds());
            table.row("end to end (commit + perform)", r.commitSeconds() + r.performSeconds(), r.tasks(), r.merges(), r.absorbed(),
                    r.tasks() / (r.commitSeconds() + r.performSeconds()));
            System.out.printf("in Neo4j: %,d tasks, %,d joint visits, commit %.1f s, perform %.1f s%n", r.tasks(), r.merges(),
                    r.commitSeconds(), r.performSeconds());
        }
        table.note("Target: ≤ 10 s end to end. The scratch Neo4j has a 256 MB page cache, on the same 2 cores as this harness.");
        return table;
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
}
