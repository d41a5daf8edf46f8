package dev.onecheck.store.planning;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import dev.onecheck.domain.access.PlanAccess;
import dev.onecheck.domain.access.Viewer;
import dev.onecheck.domain.audit.AuditEntry.Change;
import dev.onecheck.domain.planning.CityPolicy;
import dev.onecheck.domain.planning.FilingRules;
import dev.onecheck.domain.planning.PlanDraft;
import dev.onecheck.domain.planning.PlanningRefusal;
import dev.onecheck.domain.planning.Problem;
import dev.onecheck.domain.planning.SamplingRatio;
import dev.onecheck.domain.subject.CreditLevel;
import dev.onecheck.domain.text.RandomHex;
import dev.onecheck.store.audit.AuditTrail;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.neo4j.driver.TransactionContext;
import org.neo4j.driver.Value;

/**
 * 计划备案: a department admin files the department's plan. The rules of {@link FilingRules} and the references
 * (own items, scenario, industry, region, participating departments) are checked in the transaction that writes
 * the plan and its audit entry. Also 回避: an admin records that an officer must not inspect a firm.
 */
public final class PlanFiling {

    public static final String FILE = "filePlan";
    public static final String CONFLICT = "declareConflict";

    private final Driver driver;
    private final AuditTrail audit;
    private final Clock clock;
    private final CityPolicy policy;

    public PlanFiling(Driver driver, AuditTrail audit, Clock clock, CityPolicy policy) {
        this.driver = driver;
        this.audit = audit;
        this.clock = clock;
        this.policy = policy;
    }

    /** Files the plan and returns its code. */
    public String file(Viewer who, PlanDraft draft) {
        if (!PlanAccess.mayActOn(who, draft.department())) {
            throw PlanningRefusal.forbidden("plans are filed by an admin of the planning department, here " + draft.department());
        }
        List<Problem> problems = FilingRules.problems(draft, LocalDate.now(clock), policy);
        if (!problems.isEmpty()) {
            throw PlanningRefusal.invalid(problems);
        }
        try (var session = driver.session()) {
            return session.executeWrite(tx -> {
                PlanDraft resolved = resolve(tx, draft);
                String code = "%s-%d-%s".formatted(draft.department(), draft.window().year(),
                        RandomHex.of(3).toUpperCase());
                tx.run("""
                        MATCH (d:Department {code: $department})
                        CREATE (p:Plan {code: $code, kind: $kind, trigger: $trigger, title: $title, scenario: $scenario,
                                        industry: $industry, region: $region, creditLevels: $credit, ratioTiers: $tiers,
                                        ratioBasisPoints: $points, from: $from, to: $to, domain: $domain, filedBy: $filedBy,
                                        filedAt: $filedAt})-[:FILED_BY]->(d)
                        WITH p
                        CALL (p) { UNWIND $items AS item MATCH (i:Item {code: item}) CREATE (p)-[:CHECKS]->(i) }
                        CALL (p) { UNWIND $participants AS other MATCH (o:Department {code: other}) CREATE (p)-[:WITH]->(o) }""",
                        parameters(code, resolved, who)).consume();
                audit.record(tx, who, FILE, "Plan", code, resolved.title(),
                        List.of(new Change("window", null, resolved.window().from() + "/" + resolved.window().to()),
                                new Change("items", null, String.join("；", resolved.items()))));
                return code;
            });
        }
    }

    /** Checks what the plan names against the graph; a scenario stands for the department's items in it. */
    private static PlanDraft resolve(TransactionContext tx, PlanDraft draft) {
        Record found = tx.run("""
                RETURN EXISTS { MATCH (:Industry {code: $industry}) } AS industry,
                       $region IS NULL OR EXISTS { MATCH (:Region {code: $region}) } AS region,
                       $scenario IS NULL OR EXISTS { MATCH (:Scenario {code: $scenario}) } AS scenario,
                       [c IN $items WHERE NOT EXISTS { MATCH (:Department {code: $department})-[:INITIATES|COOPERATES]->(:Item {code: c}) }] AS foreign,
                       [c IN $participants WHERE NOT EXISTS { MATCH (:Department {code: c}) }] AS unknown,
                       COLLECT { MATCH (:Scenario {code: $scenario})-[:INCLUDES]->(i:Item)<-[:INITIATES|COOPERATES]-(:Department {code: $department})
                                 RETURN i.code ORDER BY i.code } AS scenarioItems""",
                references(draft)).single();
        List<Problem> problems = new ArrayList<>();
        if (!found.get("industry").asBoolean()) {
            problems.add(new Problem("scope.industry", "names no industry: " + draft.scope().industry()));
        }
        if (!found.get("region").asBoolean()) {
            problems.add(new Problem("scope.region", "names no region: " + draft.scope().region()));
        }
        if (!found.get("scenario").asBoolean()) {
            problems.add(new Problem("scenario", "names no scenario: " + draft.scenario()));
        }
        if (!found.get("foreign").asList().isEmpty()) {
            problems.add(new Problem("items", "are not items %s initiates or cooperates on: %s".formatted(draft.department(), found.get("foreign").asList())));
        }
        if (!found.get("unknown").asList().isEmpty()) {
            problems.add(new Problem("participants", "name no department: " + found.get("unknown").asList()));
        }
        List<String> items = draft.items().isEmpty() ? found.get("scenarioItems").asList(Value::asString) : draft.items();
        if (problems.isEmpty() && items.isEmpty()) {
            problems.add(new Problem("scenario", "has no items of " + draft.department()));
        }
        if (!problems.isEmpty()) {
            throw PlanningRefusal.invalid(problems);
        }
        return new PlanDraft(draft.department(), draft.kind(), draft.trigger(), draft.title().strip(), items, draft.scenario(),
                draft.scope(), draft.ratios(), draft.window(), draft.participants(), draft.domain().strip());
    }

    private static Map<String, Object> references(PlanDraft draft) {
        Map<String, Object> p = new HashMap<>();
        p.put("department", draft.department());
        p.put("industry", draft.scope().industry());
        p.put("region", draft.scope().region());
        p.put("scenario", draft.scenario());
        p.put("items", draft.items());
        p.put("participants", draft.participants());
        return p;
    }

    private Map<String, Object> parameters(String code, PlanDraft draft, Viewer who) {
        Map<String, Object> p = new HashMap<>();
        p.put("code", code);
        p.put("department", draft.department());
        p.put("kind", draft.kind().name());
        p.put("trigger", draft.trigger().name());
        p.put("title", draft.title());
        p.put("scenario", draft.scenario());
        p.put("industry", draft.scope().industry());
        p.put("region", draft.scope().region());
        p.put("credit", draft.scope().creditLevels().stream().map(CreditLevel::name).sorted().toList());
        p.put("tiers", draft.ratios().stream().map(r -> r.risk().name()).toList());
        p.put("points", draft.ratios().stream().map(SamplingRatio::basisPoints).toList());
        p.put("from", draft.window().from());
        p.put("to", draft.window().to());
        p.put("domain", draft.domain());
        p.put("items", draft.items());
        p.put("participants", draft.participants());
        p.put("filedBy", who.account());
        p.put("filedAt", OffsetDateTime.now(clock));
        return p;
    }

    /** 回避: {@code certificateNo} must not be sent to {@code uscc}; declared by an admin of the officer's department. */
    public void declareConflict(Viewer who, String certificateNo, String uscc, String reason) {
        if (!PlanAccess.mayDeclareConflict(who)) {
            throw PlanningRefusal.forbidden("conflicts are declared by a department admin");
        }
        try (var session = driver.session()) {
            session.executeWriteWithoutResult(tx -> {
                List<Record> found = tx.run("""
                        OPTIONAL MATCH (o:Officer {certificateNo: $officer})-[:MEMBER_OF]->(d:Department)
                        OPTIONAL MATCH (s:Subject {uscc: $uscc})
                        RETURN d.code AS department, s IS NOT NULL AS firm, EXISTS { (o)-[:CONFLICTS_WITH]->(s) } AS declared""",
                        Map.of("officer", certificateNo, "uscc", uscc)).list();
                Record r = found.getFirst();
                if (r.get("department").isNull() || !PlanAccess.mayDeclareConflictFor(who, r.get("department").asString())) {
                    throw PlanningRefusal.invalid("officer", "names no officer of " + who.departmentCode() + ": " + certificateNo);
                }
                if (!r.get("firm").asBoolean()) {
                    throw PlanningRefusal.invalid("uscc", "names no subject: " + uscc);
                }
                if (r.get("declared").asBoolean()) {
                    return;
                }
                tx.run("""
                        MATCH (o:Officer {certificateNo: $officer}), (s:Subject {uscc: $uscc})
                        CREATE (o)-[:CONFLICTS_WITH {reason: $reason}]->(s)""",
                        Map.of("officer", certificateNo, "uscc", uscc, "reason", reason)).consume();
                audit.record(tx, who, CONFLICT, "Officer", certificateNo, reason, List.of(new Change("conflictsWith", null, uscc)));
            });
        }
    }
}
