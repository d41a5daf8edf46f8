package dev.onecheck.store.planning;

import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import dev.onecheck.domain.access.PlanAccess;
import dev.onecheck.domain.access.Viewer;
import dev.onecheck.domain.planning.DoubleRandomDraw.Candidate;
import dev.onecheck.domain.planning.DoubleRandomDraw.Conflict;
import dev.onecheck.domain.planning.DoubleRandomDraw.Drawn;
import dev.onecheck.domain.planning.DoubleRandomDraw;
import dev.onecheck.domain.planning.DrawRecord;
import dev.onecheck.domain.planning.Plan;
import dev.onecheck.domain.planning.PlanDraft;
import dev.onecheck.domain.planning.PlanKind;
import dev.onecheck.domain.planning.PlanScope;
import dev.onecheck.domain.planning.PlanningRefusal;
import dev.onecheck.domain.planning.SamplingRatio;
import dev.onecheck.domain.planning.Trigger;
import dev.onecheck.domain.planning.Visit;
import dev.onecheck.domain.planning.Window;
import dev.onecheck.domain.subject.CreditLevel;
import dev.onecheck.domain.subject.RiskLevel;
import org.neo4j.driver.Record;
import org.neo4j.driver.SimpleQueryRunner;
import org.neo4j.driver.TransactionContext;
import org.neo4j.driver.Value;

/** How plans, visits and draws are read from the graph: the Cypher projections and the mapping of their rows. */
final class PlanningRows {

    /** The projection {@link #plan(Value)} reads, for a {@code p:Plan}. */
    static final String PLAN = """
            p { .*, department: COLLECT { MATCH (p)-[:FILED_BY]->(d) RETURN d.code }[0],
                items: COLLECT { MATCH (p)-[:CHECKS]->(i) RETURN i.code ORDER BY i.code },
                participants: COLLECT { MATCH (p)-[:WITH]->(d) RETURN d.code ORDER BY d.code } }""";

    /** The projection {@link #visit(Value)} reads, for a {@code v:Inspection}: its tasks are its parts. */
    static final String VISIT = """
            v {.code, .uscc, .industry, .from, .to,
               parts: COLLECT { MATCH (t:Task)-[:PART_OF]->(v) RETURN t {.department, .items} ORDER BY t.code } }""";

    private PlanningRows() {
    }

    static Plan plan(Value p) {
        List<SamplingRatio> ratios = storedRatios(p.get("ratioTiers"), p.get("ratioBasisPoints"));
        Set<CreditLevel> credit = Set.copyOf(p.get("creditLevels").asList(v -> CreditLevel.valueOf(v.asString())));
        PlanDraft draft = new PlanDraft(p.get("department").asString(), PlanKind.valueOf(p.get("kind").asString()),
                Trigger.valueOf(p.get("trigger").asString()), p.get("title").asString(), p.get("items").asList(Value::asString),
                p.get("scenario").asString(null), new PlanScope(p.get("industry").asString(), p.get("region").asString(null), credit),
                ratios, new Window(p.get("from").asLocalDate(), p.get("to").asLocalDate()), p.get("participants").asList(Value::asString),
                p.get("domain").asString());
        return new Plan(p.get("code").asString(), draft, p.get("filedBy").asString(), p.get("filedAt").asOffsetDateTime());
    }

    static Visit visit(Value v) {
        return new Visit(v.get("code").asString(), v.get("uscc").asString(), v.get("industry").asString(),
                new Window(v.get("from").asLocalDate(), v.get("to").asLocalDate()),
                v.get("parts").asList(p -> new Visit.Part(p.get("department").asString(), p.get("items").asList(Value::asString))));
    }

    static Optional<Plan> findPlan(SimpleQueryRunner tx, String code) {
        return tx.run("MATCH (p:Plan {code: $code}) RETURN " + PLAN + " AS plan", Map.of("code", code)).list().stream()
                .findFirst().map(r -> plan(r.get("plan")));
    }

    /** The plan named by a request, which only an admin of the filing department may act on. */
    static Plan ownPlan(TransactionContext tx, Viewer who, String code) {
        Optional<Plan> plan = findPlan(tx, code);
        // A plan that does not exist and one of another department answer alike: no existence oracle.
        if (plan.isEmpty() || !PlanAccess.mayActOn(who, plan.get().department())) {
            throw PlanningRefusal.forbidden("no plan " + code + " of your department to act on (only its department's admins act on a plan)");
        }
        return plan.get();
    }

    static Optional<DrawRecord> findDraw(SimpleQueryRunner runner, String plan) {
        return Optional.ofNullable(findDraws(runner, List.of(plan)).get(plan));
    }

    /** The draws of {@code plans} that have one, by plan code: one query for a whole list of plans. */
    static Map<String, DrawRecord> findDraws(SimpleQueryRunner runner, Collection<String> plans) {
        return runner.run("""
                UNWIND $plans AS plan
                MATCH (p:Plan {code: plan})-[:HAS_DRAW]->(d:Draw)
                RETURN d, p.ratioTiers AS tiers, p.ratioBasisPoints AS points,
                       COLLECT { MATCH (t:Task)-[:DRAWN_IN]->(d) RETURN t {.uscc, .officers} ORDER BY t.uscc } AS drawn""",
                Map.of("plans", List.copyOf(plans))).stream().map(PlanningRows::draw)
                .collect(Collectors.toMap(DrawRecord::plan, d -> d));
    }

    private static DrawRecord draw(Record r) {
        Value d = r.get("d");
        List<String> firms = d.get("candidates").asList(Value::asString);
        List<String> risks = d.get("risks").asList(Value::asString);
        List<Candidate> candidates = IntStream.range(0, firms.size())
                .mapToObj(i -> new Candidate(firms.get(i), RiskLevel.valueOf(risks.get(i)))).toList();
        List<SamplingRatio> ratios = storedRatios(r.get("tiers"), r.get("points"));
        List<String> conflictOfficers = d.get("conflictOfficers").asList(Value::asString);
        List<String> conflictFirms = d.get("conflictFirms").asList(Value::asString);
        Set<Conflict> conflicts = new HashSet<>();
        IntStream.range(0, conflictOfficers.size()).forEach(i -> conflicts.add(new Conflict(conflictOfficers.get(i), conflictFirms.get(i))));
        var input = new DoubleRandomDraw.Input(candidates, ratios, d.get("officers").asList(Value::asString), conflicts,
                d.get("officersPerTask").asInt());
        List<String> excluded = d.get("excluded").asList(Value::asString);
        List<String> reasons = d.get("excludedReasons").asList(Value::asString);
        Map<String, RiskLevel> tierOf = new HashMap<>();
        candidates.forEach(c -> tierOf.put(c.uscc(), c.risk()));
        List<Drawn> drawn = r.get("drawn").asList(t -> new Drawn(t.get("uscc").asString(), tierOf.get(t.get("uscc").asString()),
                t.get("officers").asList(Value::asString)));
        boolean revealed = !d.get("drawnAt").isNull();
        return new DrawRecord(d.get("plan").asString(), d.get("seedHash").asString(), d.get("fingerprint").asString(),
                d.get("committedAt").asOffsetDateTime(), revealed ? d.get("seed").asString() : null,
                revealed ? d.get("drawnAt").asOffsetDateTime() : null, input,
                IntStream.range(0, excluded.size()).mapToObj(i -> new DrawRecord.Exclusion(excluded.get(i), reasons.get(i))).toList(), drawn);
    }

    /** 抽查比例 as a plan stores them: the tiers and their basis points in two parallel lists. */
    private static List<SamplingRatio> storedRatios(Value tiers, Value basisPoints) {
        List<String> risks = tiers.asList(Value::asString);
        List<Integer> points = basisPoints.asList(Value::asInt);
        return IntStream.range(0, risks.size()).mapToObj(i -> new SamplingRatio(RiskLevel.valueOf(risks.get(i)), points.get(i))).toList();
    }
}
