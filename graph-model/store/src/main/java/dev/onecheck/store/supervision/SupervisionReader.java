package dev.onecheck.store.supervision;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import dev.onecheck.domain.planning.PlanningRefusal;
import dev.onecheck.domain.supervision.MetricsRange;
import dev.onecheck.domain.supervision.SupervisionFacts;
import dev.onecheck.domain.supervision.SupervisionFacts.Activity;
import dev.onecheck.domain.supervision.SupervisionFacts.Occurrence;
import dev.onecheck.domain.supervision.SupervisionFacts.PlanFiled;
import dev.onecheck.domain.supervision.SupervisionFacts.TaskFact;
import dev.onecheck.domain.supervision.SupervisionFacts.VisitFact;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.neo4j.driver.Value;

/**
 * Reads the facts of a supervision report (评价监督) from the graph, one statement per kind, each bounded by the
 * range's days and filtered by department and region (sub-regions included). Datetimes are compared with the
 * range's first and last instant in the city, and a fact's day is its date in the city's offset, as written.
 */
public final class SupervisionReader {

    /** A firm's region, or one below it. */
    private static final String IN_REGION = "($region IS NULL OR EXISTS { MATCH (s)-[:IN_REGION]->(:Region)-[:PART_OF*0..]->(:Region {code: $region}) })";

    private final Driver driver;
    private final Clock clock;
    private final Duration publishWithin;

    /** {@code publishWithin}: the configured period within which results are published (公示). */
    public SupervisionReader(Driver driver, Clock clock, Duration publishWithin) {
        this.driver = driver;
        this.clock = clock;
        this.publishWithin = publishWithin;
    }

    /** The facts for {@code department} (null: every department) and {@code region} (null: the whole city). */
    public SupervisionFacts facts(MetricsRange range, String department, String region) {
        Map<String, Object> p = new HashMap<>();
        p.put("from", range.from());
        p.put("to", range.to());
        p.put("start", range.from().atStartOfDay(clock.getZone()).toOffsetDateTime());
        p.put("end", range.to().plusDays(1).atStartOfDay(clock.getZone()).toOffsetDateTime());
        p.put("department", department);
        p.put("region", region);
        p.put("now", clock.instant().atZone(clock.getZone()).toOffsetDateTime());
        p.put("today", LocalDate.now(clock));
        p.put("within", publishWithin);
        Map<String, Long> firms = new LinkedHashMap<>();
        read(departments(), p, r -> firms.put(r.get("code").asString(), r.get("firms").asLong()));
        if (department != null && firms.isEmpty()) {
            throw PlanningRefusal.invalid("filter.department", "names no department: " + department);
        }
        if (region != null && read("MATCH (r:Region {code: $region}) RETURN r.code AS code", p, r -> r).isEmpty()) {
            throw PlanningRefusal.invalid("filter.region", "names no region (行政区划代码): " + region);
        }
        return new SupervisionFacts(List.copyOf(firms.keySet()), firms,
                read(tasks(), p, r -> new TaskFact(r.get("department").asString(), r.get("uscc").asString(), r.get("day").asLocalDate(),
                        r.get("supervised").asBoolean(), r.get("problem").asBoolean(), r.get("published").asBoolean())),
                read(rectifications(), p, SupervisionReader::occurrence),
                read(clues(), p, SupervisionReader::occurrence),
                read(visits(), p, r -> new VisitFact(r.get("uscc").asString(), r.get("day").asLocalDate(),
                        r.get("departments").asList(Value::asString), r.get("due").asBoolean(), r.get("codePresented").asBoolean())),
                read(annualPlans(), p, r -> new PlanFiled(r.get("department").asString(), r.get("year").asInt())),
                read(activity(), p, r -> new Activity(r.get("department").asString(), r.get("account").asString(), r.get("day").asLocalDate())));
    }

    /** The districts of the city (行政区划 one level below a region of no parent), by code: the regions the gauges are labelled by. */
    public List<String> districts() {
        return read("""
                MATCH (d:Region)-[:PART_OF]->(c:Region) WHERE NOT (c)-[:PART_OF]->()
                RETURN d.code AS code ORDER BY code""", Map.of(), r -> r.get("code").asString());
    }

    private <T> List<T> read(String cypher, Map<String, Object> parameters, Function<Record, T> row) {
        return driver.executableQuery(cypher).withParameters(parameters).execute().records().stream().map(row).toList();
    }

    private static Occurrence occurrence(Record r) {
        return new Occurrence(r.get("department").asString(), r.get("day").asLocalDate(), r.get("counted").asBoolean());
    }

    /** 监管对象: the departments reported on and how many firms (in the region) each supervises. */
    private static String departments() {
        return """
                MATCH (d:Department) WHERE $department IS NULL OR d.code = $department
                RETURN d.code AS code, COUNT { MATCH (s:Subject)-[:SUPERVISED_BY]->(d) WHERE %s } AS firms
                ORDER BY code""".formatted(IN_REGION);
    }

    /** Tasks with results (已检查): 覆盖率, 问题发现率, 信息公开率. */
    private static String tasks() {
        return """
                MATCH (t:Task {status: 'DONE'})-[:PART_OF]->(:Inspection)-[:OF]->(s:Subject)
                WHERE t.recordedAt >= $start AND t.recordedAt < $end AND ($department IS NULL OR t.department = $department) AND %s
                RETURN t.department AS department, s.uscc AS uscc, date(t.recordedAt) AS day,
                       EXISTS { MATCH (s)-[:SUPERVISED_BY]->(:Department {code: t.department}) } AS supervised,
                       EXISTS { MATCH (t)-[:HAS_RESULT]->(:ItemResult {outcome: 'PROBLEM_FOUND'}) } AS problem,
                       coalesce(t.publishAt <= $now AND t.publishAt <= t.recordedAt + $within, false) AS published""".formatted(IN_REGION);
    }

    /** 责令整改 ordered in the range; counted when closed (验收销号) by the deadline. */
    private static String rectifications() {
        return """
                MATCH (z:Rectification) WHERE z.orderedAt >= $start AND z.orderedAt < $end AND ($department IS NULL OR z.department = $department)
                MATCH (s:Subject {uscc: z.uscc}) WHERE %s
                RETURN z.department AS department, date(z.orderedAt) AS day, coalesce(z.status = 'CLOSED' AND z.overdue = false, false) AS counted"""
                .formatted(IN_REGION);
    }

    /**
     * 线索分办 in the range, one per department routed to; counted when the department answered (受理, 转办 or 办结)
     * by its response deadline. A clue matched to no firm has no region: it counts only when no region is asked.
     */
    private static String clues() {
        return """
                MATCH (c:Clue)-[r:ROUTED_TO]->(d:Department)
                WHERE r.routedAt >= $start AND r.routedAt < $end AND ($department IS NULL OR d.code = $department)
                  AND ($region IS NULL OR EXISTS { MATCH (c)-[:ABOUT]->(s:Subject) WHERE %s })
                RETURN d.code AS department, date(r.routedAt) AS day, coalesce(r.status <> 'PROPOSED' AND r.answeredAt <= r.deadline, false) AS counted"""
                .formatted(IN_REGION);
    }

    /**
     * Visits whose window starts in the range, of every department: the repeat-inspection warnings look at a firm's
     * visits whoever made them. Due when carried out or when the window is over; the code counts as presented when
     * results were recorded with it (无码不检查 makes that the only way to record them).
     */
    private static String visits() {
        return """
                MATCH (v:Inspection)-[:OF]->(s:Subject) WHERE v.from >= $from AND v.from <= $to AND %s
                RETURN s.uscc AS uscc, v.from AS day, v.departments AS departments, v.status = 'DONE' OR v.to < $today AS due,
                       EXISTS { MATCH (t:Task)-[:PART_OF]->(v) WHERE t.actionCode IS NOT NULL } AS codePresented""".formatted(IN_REGION);
    }

    /** 年度检查计划 filed, by the year their window starts in. */
    private static String annualPlans() {
        return """
                MATCH (p:Plan {kind: 'ANNUAL'})-[:FILED_BY]->(d:Department)
                WHERE p.from.year >= $from.year AND p.from.year <= $to.year AND ($department IS NULL OR d.code = $department)
                RETURN DISTINCT d.code AS department, p.from.year AS year""";
    }

    /** 平台使用: accounts of a department that wrote to the audit trail (留痕), once per day. */
    private static String activity() {
        return """
                MATCH (a:AuditEntry) WHERE a.at >= $start AND a.at < $end AND a.actorDepartment IS NOT NULL
                  AND ($department IS NULL OR a.actorDepartment = $department)
                RETURN DISTINCT a.actorDepartment AS department, a.actor AS account, date(a.at) AS day""";
    }
}
