package dev.onecheck.store.planning;

import java.util.List;
import java.util.Map;

import dev.onecheck.domain.access.PlanAccess;
import dev.onecheck.domain.access.Viewer;
import dev.onecheck.domain.audit.AuditEntry.Change;
import dev.onecheck.domain.planning.CapBreach;
import dev.onecheck.domain.planning.CityPolicy;
import dev.onecheck.domain.planning.DoubleRandomDraw.Candidate;
import dev.onecheck.domain.planning.DoubleRandomDraw;
import dev.onecheck.domain.planning.InspectionCaps.Proposal;
import dev.onecheck.domain.planning.InspectionCaps;
import dev.onecheck.domain.planning.Merger.Merge;
import dev.onecheck.domain.planning.PlanDraft;
import dev.onecheck.domain.planning.PlanningRefusal;
import dev.onecheck.domain.planning.SamplingRatio;
import dev.onecheck.domain.subject.RiskLevel;
import dev.onecheck.domain.text.RandomHex;
import dev.onecheck.store.audit.AuditTrail;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.neo4j.driver.TransactionContext;
import org.neo4j.driver.Value;

/**
 * A task on a named firm under one of the department's plans — a complaint, a referral, a special action, or a
 * firm the plan names outright. The caps are checked here: a task that breaks one is refused with the reasons,
 * unless it carries a legal basis (检查依据), which is then stored on the task with the rules it overrides.
 * Officers are still drawn at random from the qualified pool.
 */
public final class TaskDesk {

    public static final String OPERATION = "createTask";

    private final Driver driver;
    private final AuditTrail audit;
    private final CityPolicy policy;
    private final VisitMerging merging;

    public TaskDesk(Driver driver, AuditTrail audit, CityPolicy policy) {
        this.driver = driver;
        this.audit = audit;
        this.policy = policy;
        this.merging = new VisitMerging(audit);
    }

    /** What creating the task did: its code, the rules its legal basis overrode, and the joint visits merging made. */
    public record Created(String task, List<CapBreach> overridden, List<Merge> merges) {
    }

    public Created create(Viewer who, String planCode, String uscc, String legalBasis) {
        try (var session = driver.session()) {
            return session.executeWrite(tx -> create(tx, who, planCode, uscc, legalBasis));
        }
    }

    /** The plan a department admin acts on, FORBIDDEN alike when it is missing or another department's. */
    public static PlanDraft ownPlan(TransactionContext tx, Viewer who, String planCode) {
        return PlanningRows.ownPlan(tx, who, planCode).draft();
    }

    /** The code of the task a plan puts to a firm. */
    public static String taskCode(String planCode, String uscc) {
        return NewTasks.code(planCode, uscc);
    }

    /** {@link #create(Viewer, String, String, String)} inside a caller's transaction, which also answers for what else it writes. */
    public Created create(TransactionContext tx, Viewer who, String planCode, String uscc, String legalBasis) {
        PlanDraft plan = PlanningRows.ownPlan(tx, who, planCode).draft();
        String code = NewTasks.code(planCode, uscc);
        List<Record> firm = tx.run("""
                MATCH (s:Subject {uscc: $uscc})
                RETURN s.risk AS risk, s.whiteListed AS whiteListed, EXISTS { MATCH (:Task {code: $code}) } AS exists,
                       COLLECT { MATCH (s)-[:SUPERVISED_BY]->(d:Department) RETURN d.code } AS supervisors""",
                Map.of("uscc", uscc, "code", code)).list();
        // A firm that does not exist and one the plan's department does not supervise answer alike: no
        // existence oracle (a draw, too, picks only firms the department supervises).
        if (firm.isEmpty() || !PlanAccess.mayTarget(plan.department(), firm.getFirst().get("supervisors").asList(Value::asString))) {
            throw PlanningRefusal.forbidden("no subject " + uscc + " supervised by " + plan.department() + " to inspect under plan " + planCode);
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
        RiskLevel risk = RiskLevel.valueOf(firm.getFirst().get("risk").asString());
        List<String> pool = OfficerPool.qualified(tx, plan);
        var input = new DoubleRandomDraw.Input(List.of(new Candidate(uscc, risk)), List.of(new SamplingRatio(risk, SamplingRatio.ALL)),
                pool, OfficerPool.conflicts(tx, pool, List.of(uscc)), policy.officersPerTask());
        OfficerPool.requireStaffed(input, plan);
        String seed = RandomHex.of(32);
        List<String> officers = DoubleRandomDraw.draw(seed, input).getFirst().officers();
        String basis = excepted ? legalBasis.strip() : null;
        NewTasks.create(tx, planCode, plan, List.of(new NewTasks.NewTask(uscc, officers, seed, basis,
                breaches.stream().map(b -> b.rule().name()).distinct().toList())), false);
        audit.record(tx, who, OPERATION, "Task", code, basis != null ? basis : plan.title(),
                List.of(new Change("officers", null, String.join("；", officers)),
                        new Change("overriddenCaps", null, String.join("；", breaches.stream().map(CapBreach::message).toList()))));
        return new Created(code, breaches, merging.mergeFirms(tx, who, List.of(uscc)));
    }
}
