package dev.onecheck.store.planning;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import dev.onecheck.domain.access.SubjectScope;
import dev.onecheck.domain.planning.DrawRecord;
import dev.onecheck.domain.planning.InspectionMetrics;
import dev.onecheck.domain.planning.Plan;
import dev.onecheck.domain.planning.TaskStatus;
import dev.onecheck.domain.planning.Visit;
import dev.onecheck.domain.planning.VisitStatus;
import dev.onecheck.domain.planning.Window;
import dev.onecheck.store.Listing;
import dev.onecheck.store.Page;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Value;

/** Plans, draws, visits (入企检查) with their tasks, and the planning metrics. */
public final class PlanningReader {

    /** One visit to a firm: a 联合检查 when more than one department takes part. */
    public record Inspection(String code, String uscc, Window window, String lead, List<String> departments, VisitStatus status) {

        public boolean joint() {
            return departments.size() > 1;
        }
    }

    /**
     * One department's part of a visit: under which plan, what it checks, who goes, and how far it is — PLANNED, or
     * DONE once its results are recorded, which are published (公示) at {@code publishAt} at the latest.
     */
    public record Task(String code, String plan, String planTitle, String uscc, String department, List<String> items, String trigger,
                       List<String> officers, String legalBasis, List<String> overriddenCaps, TaskStatus status, OffsetDateTime recordedAt,
                       OffsetDateTime publishAt) {
    }

    /** How often one firm is visited in a year. */
    public record FirmCount(String uscc, long visits) {
    }

    /** The year's metrics and the most-visited firms; the totals are read through it as the API shows them. */
    public record Metrics(int year, InspectionMetrics totals, List<FirmCount> mostVisited) {

        public long visits() {
            return totals.visits();
        }

        public long jointVisits() {
            return totals.jointVisits();
        }

        public double jointRatio() {
            return totals.jointRatio();
        }

        public boolean meetsJointGoal() {
            return totals.meetsJointGoal();
        }

        public long tasks() {
            return totals.tasks();
        }

        public long tasksInJointVisits() {
            return totals.tasksInJointVisits();
        }

        public long visitsAvoided() {
            return totals.visitsAvoided();
        }
    }

    private static final String INSPECTION = "v {.code, .uscc, .from, .to, .lead, .departments, .status}";

    private final Driver driver;
    private final Listing listing;

    public PlanningReader(Driver driver) {
        this.driver = driver;
        this.listing = new Listing(driver);
    }

    public Optional<Plan> plan(String code) {
        try (var session = driver.session()) {
            return session.executeRead(tx -> PlanningRows.findPlan(tx, code));
        }
    }

    public List<Plan> plans(String department) {
        return driver.executableQuery("MATCH (p:Plan)-[:FILED_BY]->(:Department {code: $department}) RETURN " + PlanningRows.PLAN
                        + " AS plan ORDER BY p.from, p.code").withParameters(Map.of("department", department)).execute().records()
                .stream().map(r -> PlanningRows.plan(r.get("plan"))).toList();
    }

    public Optional<DrawRecord> draw(String plan) {
        return Optional.ofNullable(draws(List.of(plan)).get(plan));
    }

    /** The draws of {@code plans} that have one, by plan code. */
    public Map<String, DrawRecord> draws(Collection<String> plans) {
        try (var session = driver.session()) {
            return session.executeRead(tx -> PlanningRows.findDraws(tx, plans));
        }
    }

    public Optional<Inspection> inspection(String code) {
        return driver.executableQuery("MATCH (v:Inspection {code: $code}) RETURN " + INSPECTION + " AS node")
                .withParameters(Map.of("code", code)).execute().records().stream().findFirst().map(r -> inspection(r.get("node")));
    }

    public Optional<Task> task(String code) {
        return driver.executableQuery("MATCH (t:Task {code: $code})-[:FOR]->(p:Plan) RETURN t {.*, planTitle: p.title} AS t")
                .withParameters(Map.of("code", code)).execute().records().stream().findFirst().map(r -> task(r.get("t")));
    }

    /** The visit a task is part of. */
    public Optional<Inspection> inspectionOfTask(String task) {
        return driver.executableQuery("MATCH (:Task {code: $task})-[:PART_OF]->(v:Inspection) RETURN " + INSPECTION + " AS node")
                .withParameters(Map.of("task", task)).execute().records().stream().findFirst().map(r -> inspection(r.get("node")));
    }

    /** Visits in the viewer's scope, optionally of one firm, one department or one year, ordered by code. */
    public Page<Inspection> inspections(SubjectScope scope, String uscc, String department, Integer year, String afterCode, int first) {
        return listing.page("""
                MATCH (v:Inspection)
                WHERE v.code > $after AND ($year IS NULL OR v.year = $year)
                  AND ($uscc IS NULL OR v.uscc = $uscc) AND ($department IS NULL OR $department IN v.departments)
                  AND ($scopeUscc IS NULL OR v.uscc = $scopeUscc) AND ($scopeDepartment IS NULL OR $scopeDepartment IN v.departments)
                RETURN %s AS node ORDER BY v.code LIMIT $limit""".formatted(INSPECTION),
                Listing.parameters("after", Listing.after(afterCode), "year", year, "uscc", uscc, "department", department,
                        "scopeUscc", scope.uscc(), "scopeDepartment", scope.department()),
                first, PlanningReader::inspection);
    }

    public Map<String, List<Task>> tasksOf(Collection<String> inspections) {
        return driver.executableQuery("""
                UNWIND $codes AS code
                MATCH (t:Task)-[:PART_OF]->(:Inspection {code: code})
                MATCH (t)-[:FOR]->(p:Plan)
                RETURN code, t {.*, planTitle: p.title} AS t ORDER BY t.code""").withParameters(Map.of("codes", List.copyOf(inspections))).execute().records()
                .stream().collect(Collectors.groupingBy(r -> r.get("code").asString(),
                        Collectors.mapping(r -> task(r.get("t")), Collectors.toList())));
    }

    public Metrics metrics(int year, int mostVisited) {
        List<Visit> visits = driver.executableQuery("MATCH (v:Inspection {year: $year}) RETURN " + PlanningRows.VISIT + " AS visit")
                .withParameters(Map.of("year", year)).execute().records().stream().map(r -> PlanningRows.visit(r.get("visit"))).toList();
        List<FirmCount> counts = visits.stream().collect(Collectors.groupingBy(Visit::uscc, Collectors.counting())).entrySet().stream()
                .map(e -> new FirmCount(e.getKey(), e.getValue()))
                .sorted(Comparator.comparingLong(FirmCount::visits).reversed().thenComparing(FirmCount::uscc))
                .limit(mostVisited).toList();
        return new Metrics(year, InspectionMetrics.of(visits), counts);
    }

    private static Inspection inspection(Value v) {
        return new Inspection(v.get("code").asString(), v.get("uscc").asString(), new Window(v.get("from").asLocalDate(), v.get("to").asLocalDate()),
                v.get("lead").asString(), v.get("departments").asList(Value::asString), VisitStatus.valueOf(v.get("status").asString()));
    }

    /** Published tasks (公示) of a firm, latest first: those whose results are recorded and due for publication by {@code now}. */
    public List<Task> publishedTasks(String uscc, Instant now) {
        return driver.executableQuery("""
                MATCH (t:Task {uscc: $uscc, status: $done})-[:FOR]->(p:Plan) WHERE t.publishAt <= $now
                RETURN t {.*, planTitle: p.title} AS t ORDER BY t.recordedAt DESC, t.code""")
                .withParameters(Map.of("uscc", uscc, "done", TaskStatus.DONE.name(), "now", now.atOffset(ZoneOffset.UTC))).execute().records().stream()
                .map(r -> task(r.get("t"))).toList();
    }

    private static Task task(Value t) {
        return new Task(t.get("code").asString(), t.get("plan").asString(), t.get("planTitle").asString(null), t.get("uscc").asString(),
                t.get("department").asString(), t.get("items").asList(Value::asString), t.get("trigger").asString(),
                t.get("officers").asList(Value::asString), t.get("legalBasis").asString(null), t.get("overriddenCaps").asList(Value::asString, List.of()),
                TaskStatus.valueOf(t.get("status").asString(TaskStatus.PLANNED.name())), t.get("recordedAt").asOffsetDateTime(null), t.get("publishAt").asOffsetDateTime(null));
    }
}
