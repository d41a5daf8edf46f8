package dev.onecheck.infra.bench;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;

import dev.onecheck.domain.access.Role;
import dev.onecheck.domain.access.Viewer;
import dev.onecheck.domain.planning.CityPolicy;
import dev.onecheck.domain.planning.Merger.Merge;
import dev.onecheck.domain.planning.PlanDraft;
import dev.onecheck.domain.planning.PlanKind;
import dev.onecheck.domain.planning.PlanScope;
import dev.onecheck.domain.planning.SamplingRatio;
import dev.onecheck.domain.planning.Trigger;
import dev.onecheck.domain.planning.Window;
import dev.onecheck.domain.subject.RiskLevel;
import dev.onecheck.store.audit.AuditTrail;
import dev.onecheck.store.planning.DrawDesk;
import dev.onecheck.store.planning.PlanFiling;
import dev.onecheck.store.schema.SchemaMigrator;
import org.neo4j.driver.Driver;

/**
 * 双随机 and 合并比对 end to end in Neo4j, as the gateway runs them: a city of {@code subjects} firms in one industry,
 * {@code departments} departments each supervising {@code supervisedShare} of them; every department files an annual
 * plan drawing {@code drawnShare} of its firms in a 30-day window, commits its seed and performs the draw, which
 * creates a task and a visit per drawn firm and folds the visits of firms another department already drew.
 */
final class CityDraw {

    /** What the draws did and how long the graph took. */
    record Result(int tasks, int merges, int absorbed, double seedSeconds, double commitSeconds, double performSeconds) {
    }

    static final String INDUSTRY = "6210";
    private static final String DOMAIN = "市场监管";

    private final Driver driver;
    private final int subjects;
    private final int departments;

    CityDraw(Driver driver, int subjects, int departments) {
        this.driver = driver;
        this.subjects = subjects;
        this.departments = departments;
    }

    Result run(double supervisedShare, double drawnShare) {
        new SchemaMigrator(driver).migrate();
        long start = System.nanoTime();
        seed(supervisedShare);
        double seedSeconds = (System.nanoTime() - start) / 1e9;
        Clock clock = Clock.systemDefaultZone();
        AuditTrail audit = new AuditTrail(clock);
        PlanFiling filing = new PlanFiling(driver, audit, clock, CityPolicy.WUXI);
        DrawDesk draws = new DrawDesk(driver, audit, clock, CityPolicy.WUXI);
        SplittableRandom random = new SplittableRandom(20261202L);
        int year = LocalDate.now().getYear() + 1;
        List<String> plans = new ArrayList<>();
        List<Viewer> admins = new ArrayList<>();
        int basisPoints = (int) Math.round(drawnShare * SamplingRatio.ALL);
        for (int d = 0; d < departments; d++) {
            String department = department(d);
            Viewer admin = new Viewer("admin-" + department, "管理员" + d, Set.of(Role.DEPT_ADMIN), department, null, null);
            LocalDate from = LocalDate.of(year, 1, 1).plusDays(random.nextInt(335));
            plans.add(filing.file(admin, new PlanDraft(department, PlanKind.ANNUAL, Trigger.ROUTINE, department + " 年度双随机抽查",
                    List.of(department + "-001"), null, new PlanScope(INDUSTRY, null, Set.of()),
                    List.of(new SamplingRatio(RiskLevel.LOW, basisPoints), new SamplingRatio(RiskLevel.MEDIUM, basisPoints),
                            new SamplingRatio(RiskLevel.HIGH, basisPoints)),
                    new Window(from, from.plusDays(29)), List.of(), DOMAIN)));
            admins.add(admin);
        }
        start = System.nanoTime();
        for (int d = 0; d < departments; d++) {
            draws.commit(admins.get(d), plans.get(d));
        }
        double commitSeconds = (System.nanoTime() - start) / 1e9;
        start = System.nanoTime();
        int merges = 0;
        int absorbed = 0;
        for (int d = 0; d < departments; d++) {
            for (Merge merge : draws.perform(admins.get(d), plans.get(d))) {
                merges++;
                absorbed += merge.absorbed().size();
            }
        }
        double performSeconds = (System.nanoTime() - start) / 1e9;
        int tasks = driver.executableQuery("MATCH (t:Task) RETURN count(t) AS n").execute().records().getFirst().get("n").asInt();
        return new Result(tasks, merges, absorbed, seedSeconds, commitSeconds, performSeconds);
    }

    /** The city: departments with an item and officers, a scenario naming the lead, and the firms (parameterised, in chunks). */
    private void seed(double supervisedShare) {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (int d = 0; d < departments; d++) {
            rows.add(Map.of("code", department(d), "item", department(d) + "-001",
                    "officers", List.of(department(d) + "-1", department(d) + "-2", department(d) + "-3", department(d) + "-4")));
        }
        driver.executableQuery("""
                MERGE (i:Industry {code: $industry}) SET i.name = '餐饮业'
                WITH i
                UNWIND $departments AS row
                CREATE (d:Department {code: row.code, name: row.code, level: '市级', domains: [$domain]})
                CREATE (d)-[:INITIATES]->(:Item {code: row.item, name: '抽查事项 ' + row.item})-[:APPLIES_TO]->(i)
                WITH d, row
                UNWIND row.officers AS officer
                CREATE (:Officer {certificateNo: officer, name: officer, domains: [$domain], validUntil: date('2099-12-31')})-[:MEMBER_OF]->(d)""")
                .withParameters(Map.of("industry", INDUSTRY, "departments", rows, "domain", DOMAIN)).execute();
        driver.executableQuery("""
                MATCH (i:Industry {code: $industry}), (lead:Department {code: $lead})
                CREATE (s:Scenario {code: 'CJ-' + $industry, name: '餐饮服务综合查一次'})-[:TARGETS]->(i)
                CREATE (s)-[:LED_BY]->(lead)""").withParameters(Map.of("industry", INDUSTRY, "lead", department(0))).execute();
        SplittableRandom random = new SplittableRandom(20261123L);
        RiskLevel[] risks = RiskLevel.values();
        int chunk = 5_000;
        for (int from = 0; from < subjects; from += chunk) {
            List<Map<String, Object>> firms = new ArrayList<>();
            for (int s = from; s < Math.min(subjects, from + chunk); s++) {
                List<String> supervisors = new ArrayList<>();
                for (int d = 0; d < departments; d++) {
                    if (random.nextDouble() < supervisedShare) {
                        supervisors.add(department(d));
                    }
                }
                firms.add(Map.of("uscc", "F%07d".formatted(s), "risk", risks[random.nextInt(risks.length)].name(), "supervisors", supervisors));
            }
            driver.executableQuery("""
                    MATCH (i:Industry {code: $industry})
                    UNWIND $firms AS f
                    CREATE (s:Subject {uscc: f.uscc, name: '企业' + f.uscc, risk: f.risk, credit: 'A', whiteListed: false})-[:IN_INDUSTRY]->(i)
                    WITH s, f
                    UNWIND f.supervisors AS code
                    MATCH (d:Department {code: code})
                    CREATE (s)-[:SUPERVISED_BY]->(d)""").withParameters(Map.of("industry", INDUSTRY, "firms", firms)).execute();
        }
    }

    private static String department(int d) {
        return "D%02d".formatted(d);
    }
}
