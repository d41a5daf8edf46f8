package dev.onecheck.graph.planning;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

import dev.onecheck.graph.access.Viewer;
import dev.onecheck.graph.audit.AuditEntry.Change;
import dev.onecheck.graph.audit.AuditTrail;
import dev.onecheck.graph.planning.DoubleRandomDraw.Candidate;
import dev.onecheck.graph.planning.InspectionCaps.Proposal;
import dev.onecheck.graph.planning.Merger.Merge;
import dev.onecheck.graph.subject.RiskLevel;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;

/**
 * A task on a named firm under one of the department's plans — a complaint, a referral, a special action, or a
 * firm the plan names outright. The caps are checked here: a task that breaks one is refused with the reasons,
 * unless it carries a legal basis (检查依据), which is then stored on the task with the rules it overrides.
 * Officers are still drawn at random from the qualified pool.
 */
public final class TaskDesk {

    public static final String OPERATION = "createTask";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final Driver driver;
    private final AuditTrail audit;
    private final Clock clock;
    private final CityPolicy policy;
    private final VisitMerging merging;

    public TaskDesk(Driver driver, AuditTrail audit, Clock clock, CityPolicy policy) {
        this.driver = driver;
        this.audit = audit;
        this.clock = clock;
        this.policy = policy;
        this.merging = new VisitMerging(audit);
    }

    /** What creating the task did: its code, the rules its legal basis overrode, and the joint visits merging made. */
    public record Created(String task, List<CapBreach> overridden, List<Merge> merges) {
    }

    public Created create(Viewer who, String planCode, String uscc, String legalBasis) {
        try (var session = driver.session()) {
            return session.executeWrite(tx -> {
                PlanDraft plan = Plan.ownPlan(tx, who, planCode).draft();
                String code = planCode + "/" + uscc;
                List<Record> firm = tx.run("""
                        MATCH (s:Subject {uscc: $uscc})
                        RETURN s.risk AS risk, s.whiteListed AS whiteListed, EXISTS { MATCH (:Task {code: $code}) } AS exists""",
                        Map.of("uscc", uscc, "code", code)).list();
                if (firm.isEmpty()) {
                    throw PlanningRefusal.invalid("uscc", "names no subject: " + uscc);
                }
                if (firm.getFirst().get("exists").asBoolean()) {
                    throw PlanningRefusal.invalid("uscc", "already has a task under plan " + planCode);
                }
                List<String> upper = Departments.ancestors(tx, plan.department());
                List<CapBreach> breaches = new InspectionCaps(policy, d -> upper).breaches(
                        new Proposal(plan.department(), plan.items(), plan.window(), plan.trigger()),
                        firm.getFirst().get("whiteListed").asBoolean(false), VisitMerging.visitsOf(tx, List.of(uscc)));
                boolean excepted = legalBasis != null && !legalBasis.isBlank();
                if (!breaches.isEmpty() && !excepted) {
                    throw PlanningRefusal.overCap(breaches);
                }
                RiskLevel risk = RiskLevel.ofLabel(firm.getFirst().get("risk").asString());
                List<String> pool = OfficerPool.qualified(tx, plan);
                var input = new DoubleRandomDraw.Input(List.of(new Candidate(uscc, risk)), List.of(new SamplingRatio(risk, SamplingRatio.ALL)),
                        pool, OfficerPool.conflicts(tx, pool, List.of(uscc)), policy.officersPerTask());
                OfficerPool.requireStaffed(input, plan);
                String seed = HexFormat.of().formatHex(RANDOM.generateSeed(32));
                List<String> officers = DoubleRandomDraw.draw(seed, input).getFirst().officers();
                Map<String, Object> p = new HashMap<>();
                p.put("plan", planCode);
                p.put("code", code);
                p.put("uscc", uscc);
                p.put("department", plan.department());
                p.put("items", plan.items());
                p.put("from", plan.window().from());
                p.put("to", plan.window().to());
                p.put("year", plan.window().year());
                p.put("trigger", plan.trigger().name());
                p.put("officers", officers);
                p.put("seed", seed);
                p.put("legalBasis", excepted ? legalBasis.strip() : null);
                p.put("overridden", breaches.stream().map(b -> b.rule().name()).distinct().toList());
                tx.run("""
                        MATCH (p:Plan {code: $plan}), (s:Subject {uscc: $uscc})-[:IN_INDUSTRY]->(industry:Industry)
                        CREATE (task:Task {code: $code, plan: $plan, uscc: $uscc, department: $department, items: $items, from: $from,
                                           to: $to, trigger: $trigger, officers: $officers, officerSeed: $seed,
                                           legalBasis: $legalBasis, overriddenCaps: $overridden})-[:FOR]->(p)
                        CREATE (task)-[:PART_OF]->(:Inspection {code: 'JC-' + $code, uscc: $uscc, industry: industry.code, from: $from,
                                           to: $to, year: $year, lead: $department, departments: [$department], status: 'PROPOSED'})-[:OF]->(s)
                        WITH task
                        UNWIND $officers AS officer
                        MATCH (o:Officer {certificateNo: officer})
                        CREATE (task)-[:ASSIGNED]->(o)""", p).consume();
                audit.record(tx, who, OPERATION, "Task", code, excepted ? legalBasis.strip() : plan.title(),
                        List.of(new Change("officers", null, String.join("；", officers)),
                                new Change("overriddenCaps", null, String.join("；", breaches.stream().map(CapBreach::message).toList()))));
                return new Created(code, breaches, merging.mergeFirms(tx, who, List.of(uscc)));
            });
        }
    }
}
