package dev.onecheck.store.planning;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import dev.onecheck.domain.access.Viewer;
import dev.onecheck.domain.audit.AuditEntry.Change;
import dev.onecheck.domain.planning.CapBreach;
import dev.onecheck.domain.planning.CityPolicy;
import dev.onecheck.domain.planning.DoubleRandomDraw.Candidate;
import dev.onecheck.domain.planning.DoubleRandomDraw.Conflict;
import dev.onecheck.domain.planning.DoubleRandomDraw.Drawn;
import dev.onecheck.domain.planning.DoubleRandomDraw;
import dev.onecheck.domain.planning.DrawRecord;
import dev.onecheck.domain.planning.InspectionCaps.Proposal;
import dev.onecheck.domain.planning.InspectionCaps;
import dev.onecheck.domain.planning.Merger.Merge;
import dev.onecheck.domain.planning.Plan;
import dev.onecheck.domain.planning.PlanDraft;
import dev.onecheck.domain.planning.PlanningRefusal;
import dev.onecheck.domain.planning.Visit;
import dev.onecheck.domain.subject.RiskLevel;
import dev.onecheck.domain.text.RandomHex;
import dev.onecheck.store.audit.AuditTrail;
import dev.onecheck.store.catalog.Industries;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.neo4j.driver.TransactionContext;

/**
 * 双随机 in two steps. {@link #commit}: the candidate list (firms in the plan's scope the department supervises,
 * less those a cap excludes, each exclusion with its reason), the qualified officers and their conflicts are
 * frozen, and the SHA-256 of a fresh secret seed and of that input are published. {@link #perform}: the seed is
 * revealed, the draw made, one task and visit per drawn firm created, and visits merged — one transaction.
 */
public final class DrawDesk {

    public static final String COMMIT = "commitDraw";
    public static final String PERFORM = "performDraw";

    private final Driver driver;
    private final AuditTrail audit;
    private final Clock clock;
    private final CityPolicy policy;
    private final VisitMerging merging;

    public DrawDesk(Driver driver, AuditTrail audit, Clock clock, CityPolicy policy) {
        this.driver = driver;
        this.audit = audit;
        this.clock = clock;
        this.policy = policy;
        this.merging = new VisitMerging(audit);
    }

    /** Commits the plan's draw and returns the published seed hash. */
    public String commit(Viewer who, String planCode) {
        try (var session = driver.session()) {
            return session.executeWrite(tx -> {
                Plan plan = PlanningRows.ownPlan(tx, who, planCode);
                requireNoDraw(tx, planCode);
                PlanDraft draft = plan.draft();
                List<Record> inScope = candidates(tx, draft);
                List<String> firms = inScope.stream().map(r -> r.get("uscc").asString()).toList();
                Map<String, List<Visit>> visits = new HashMap<>();
                VisitMerging.visitsOf(tx, firms).forEach(v -> visits.computeIfAbsent(v.uscc(), k -> new ArrayList<>()).add(v));
                // Every proposal here is the planning department's: its upper levels are read once.
                List<String> upper = Departments.ancestors(tx, draft.department());
                InspectionCaps caps = new InspectionCaps(policy, d -> upper);
                Proposal task = new Proposal(draft.department(), draft.items(), draft.window(), draft.trigger());
                List<Candidate> candidates = new ArrayList<>();
                List<String> excluded = new ArrayList<>();
                List<String> reasons = new ArrayList<>();
                for (Record firm : inScope) {
                    String uscc = firm.get("uscc").asString();
                    List<CapBreach> breaches = caps.breaches(task, firm.get("whiteListed").asBoolean(false), visits.getOrDefault(uscc, List.of()));
                    if (breaches.isEmpty()) {
                        candidates.add(new Candidate(uscc, RiskLevel.valueOf(firm.get("risk").asString())));
                    } else {
                        excluded.add(uscc);
                        reasons.add(String.join("；", breaches.stream().map(CapBreach::message).toList()));
                    }
                }
                List<String> officers = OfficerPool.qualified(tx, draft);
                var input = new DoubleRandomDraw.Input(candidates, draft.ratios(), officers, OfficerPool.conflicts(tx, officers, firms),
                        policy.officersPerTask());
                OfficerPool.requireStaffed(input, draft);
                String seed = RandomHex.of(32);
                String seedHash = DoubleRandomDraw.commitment(seed);
                tx.run("""
                        MATCH (p:Plan {code: $plan})
                        CREATE (p)-[:HAS_DRAW]->(:Draw {plan: $plan, seedHash: $seedHash, seed: $seed, fingerprint: $fingerprint,
                                committedAt: $at, candidates: $candidates, risks: $risks, officers: $officers,
                                conflictOfficers: $conflictOfficers, conflictFirms: $conflictFirms, officersPerTask: $perTask,
                                excluded: $excluded, excludedReasons: $reasons})""",
                        drawParameters(planCode, seed, seedHash, input, excluded, reasons)).consume();
                audit.record(tx, who, COMMIT, "Plan", planCode, "双随机抽取：承诺随机种子",
                        List.of(new Change("seedHash", null, seedHash), new Change("fingerprint", null, input.fingerprint())));
                return seedHash;
            });
        }
    }

    /** Reveals the seed, draws, creates the tasks and merges visits; returns the joint visits merging made. */
    public List<Merge> perform(Viewer who, String planCode) {
        try (var session = driver.session()) {
            return session.executeWrite(tx -> {
                Plan plan = PlanningRows.ownPlan(tx, who, planCode);
                DrawRecord committed = PlanningRows.findDraw(tx, planCode)
                        .orElseThrow(() -> PlanningRefusal.invalid("plan", "has no committed draw; commit the seed first (commitDraw)"));
                if (committed.drawnAt() != null) {
                    throw PlanningRefusal.invalid("plan", "was drawn at " + committed.drawnAt() + "; a draw happens once");
                }
                // The record hides the seed until the draw is made; the draw itself reads it.
                String seed = tx.run("MATCH (d:Draw {plan: $plan}) RETURN d.seed AS seed", Map.of("plan", planCode)).single().get("seed").asString();
                List<Drawn> drawn = DoubleRandomDraw.draw(seed, committed.input());
                PlanDraft draft = plan.draft();
                tx.run("MATCH (d:Draw {plan: $plan}) SET d.drawnAt = $at", Map.of("plan", planCode, "at", OffsetDateTime.now(clock))).consume();
                NewTasks.create(tx, planCode, draft, drawn.stream().map(d -> NewTasks.NewTask.drawn(d.uscc(), d.officers())).toList(), true);
                audit.record(tx, who, PERFORM, "Plan", planCode, "双随机抽取：公开种子并抽取",
                        List.of(new Change("seed", null, seed), new Change("drawn", null, Integer.toString(drawn.size()))));
                return merging.mergeFirms(tx, who, drawn.stream().map(Drawn::uscc).toList());
            });
        }
    }

    private static void requireNoDraw(TransactionContext tx, String planCode) {
        PlanningRows.findDraw(tx, planCode).ifPresent(d -> {
            throw PlanningRefusal.invalid("plan", "already committed its draw at " + d.committedAt() + " (seed hash " + d.seedHash() + ")");
        });
    }

    /** Firms in the plan's scope that the planning department supervises and that fall in a tier it samples. */
    private static List<Record> candidates(TransactionContext tx, PlanDraft draft) {
        Map<String, Object> p = new HashMap<>();
        p.put("department", draft.department());
        p.put("industry", draft.scope().industry());
        p.put("region", draft.scope().region());
        p.put("credit", draft.scope().creditLevels().stream().map(Enum::name).toList());
        p.put("risks", draft.ratios().stream().map(r -> r.risk().name()).toList());
        return tx.run("""
                MATCH (:Department {code: $department})<-[:SUPERVISED_BY]-(s:Subject)-[:IN_INDUSTRY]->(:Industry)%1$s(:Industry {code: $industry})
                WHERE s.risk IN $risks AND (size($credit) = 0 OR s.credit IN $credit)
                  AND ($region IS NULL OR EXISTS { MATCH (s)-[:IN_REGION]->(:Region)-[:PART_OF*0..]->(:Region {code: $region}) })
                RETURN DISTINCT s.uscc AS uscc, s.risk AS risk, s.whiteListed AS whiteListed ORDER BY uscc""".formatted(Industries.SELF_OR_ANCESTORS), p).list();
    }

    private Map<String, Object> drawParameters(String plan, String seed, String seedHash, DoubleRandomDraw.Input input,
                                               List<String> excluded, List<String> reasons) {
        List<Conflict> conflicts = input.conflicts().stream().toList();
        Map<String, Object> p = new HashMap<>();
        p.put("plan", plan);
        p.put("seed", seed);
        p.put("seedHash", seedHash);
        p.put("fingerprint", input.fingerprint());
        p.put("at", OffsetDateTime.now(clock));
        p.put("candidates", input.candidates().stream().map(Candidate::uscc).toList());
        p.put("risks", input.candidates().stream().map(c -> c.risk().name()).toList());
        p.put("officers", input.officers());
        p.put("conflictOfficers", conflicts.stream().map(Conflict::certificateNo).toList());
        p.put("conflictFirms", conflicts.stream().map(Conflict::uscc).toList());
        p.put("perTask", input.officersPerTask());
        p.put("excluded", excluded);
        p.put("reasons", reasons);
        return p;
    }
}
