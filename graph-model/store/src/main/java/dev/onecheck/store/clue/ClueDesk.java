package dev.onecheck.store.clue;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import dev.onecheck.domain.access.ClueAccess;
import dev.onecheck.domain.access.Viewer;
import dev.onecheck.domain.audit.AuditEntry.Change;
import dev.onecheck.domain.clue.Clue;
import dev.onecheck.domain.clue.ClueRules;
import dev.onecheck.domain.clue.RoutingStatus;
import dev.onecheck.domain.clue.SubjectMatch;
import dev.onecheck.domain.clue.SubjectResolver;
import dev.onecheck.domain.planning.PlanDraft;
import dev.onecheck.domain.planning.PlanningRefusal;
import dev.onecheck.store.audit.AuditTrail;
import dev.onecheck.store.planning.TaskDesk;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.neo4j.driver.TransactionContext;
import org.neo4j.driver.Value;

/**
 * 线索登记与研判分办: receives a clue (idempotent by source and work order), resolves its subject, routes it to the
 * departments 研判 proposes; each routed department accepts it (受理 — a task under one of its triggered plans, the
 * clue recorded as the task's 检查依据, merged into a joint visit with the other departments' tasks on the firm),
 * transfers it with a reason (转办) or closes it with a finding (办结). Every step is one transaction with its audit entry.
 */
public final class ClueDesk {

    public static final String SUBMIT = "submitClue";
    public static final String CONFIRM = "confirmClueSubject";
    public static final String ACCEPT = "acceptClue";
    public static final String TRANSFER = "transferClue";
    public static final String CLOSE = "closeClue";

    /** The city's clue settings: the response time (days) and the confidence a subject match is taken at. */
    public record Settings(int responseDays, double confirmationThreshold) {

        public Settings {
            if (responseDays < 1) {
                throw new IllegalArgumentException("the response time is at least one day, got " + responseDays);
            }
        }
    }

    /**
     * The one answer to a submission the caller may not make — not an officer or admin, another department's name on
     * the clue, or a work order already received that the caller may not read — so a refusal never tells which.
     */
    public static final String NOT_YOURS = "clues are received by officers and admins for their own department, and a work order "
            + "already received is answered only to those who may read it";

    /** What submitting did: the clue's id, and whether it is new (false: the work order was known and nothing changed). */
    public record Submitted(String id, boolean created) {
    }

    /** What accepting did: the task the clue is the basis of, and what creating it did (null when the task existed). */
    public record Accepted(String task, TaskDesk.Created created) {
    }

    private final Driver driver;
    private final AuditTrail audit;
    private final Clock clock;
    private final TaskDesk tasks;
    private final Settings settings;
    private final SubjectResolver resolver;

    public ClueDesk(Driver driver, AuditTrail audit, Clock clock, TaskDesk tasks, Settings settings) {
        this.driver = driver;
        this.audit = audit;
        this.clock = clock;
        this.tasks = tasks;
        this.settings = settings;
        this.resolver = new SubjectResolver(settings.confirmationThreshold());
    }

    /**
     * How many readings of a clue's text 研判 routes on: the best only — a clue about two problems is routed on by
     * 转办 rather than by a guess.
     */
    public static final int READINGS = 1;

    /**
     * The cosine similarity (bge-small-zh) from which a violation is a clue's reading, unless the city sets another
     * ({@code onecheck.clues.min-similarity}, {@code load clues --min-similarity}): below it, the text is about nothing
     * the knowledge base knows and the clue goes to the receiving department. Measured on the test knowledge base
     * (KnowledgeSearchIT): complaints about its violations 0.59–0.71, unrelated texts (路灯坏了, 天气, 装修吵) 0.45–0.50.
     */
    public static final double MIN_SIMILARITY = 0.55;

    /** A clue with the violations the knowledge base reads its text as, best first. */
    public record Submission(Clue clue, List<String> violations) {
    }

    /**
     * Receives {@code clue} for the submitter's department and routes it to the departments that enforce or initiate
     * items on {@code violations} (研判: the knowledge base's reading of the text); with none, to the receiving
     * department itself, which then transfers it by hand.
     */
    public Submitted submit(Viewer who, Clue clue, List<String> violations) {
        return submitAll(who, List.of(new Submission(clue, violations))).getFirst();
    }

    /** {@link #submit} for many clues (a hotline export) in one transaction: all are received, or none. */
    public List<Submitted> submitAll(Viewer who, List<Submission> submissions) {
        if (!ClueAccess.mayReceive(who) || submissions.stream().anyMatch(s -> !s.clue().receivingDepartment().equals(who.departmentCode()))) {
            throw PlanningRefusal.forbidden(NOT_YOURS);
        }
        try (var session = driver.session()) {
            return session.executeWrite(tx -> submissions.stream().map(s -> receive(tx, who, s.clue(), s.violations())).toList());
        }
    }

    private Submitted receive(TransactionContext tx, Viewer who, Clue clue, List<String> violations) {
        var known = tx.run("""
                MATCH (c:Clue {id: $id})
                RETURN c.receivingDepartment AS receiving, COLLECT { MATCH (c)-[:ROUTED_TO]->(d:Department) RETURN d.code } AS routedTo""",
                Map.of("id", clue.id())).list().stream().findFirst();
        if (known.isPresent()) {
            // the work order is known: unchanged, and only for those who may read the clue (no existence oracle)
            if (!ClueAccess.maySee(who, known.get().get("receiving").asString(), known.get().get("routedTo").asList(Value::asString))) {
                throw PlanningRefusal.forbidden(NOT_YOURS);
            }
            return new Submitted(clue.id(), false);
        }
        SubjectMatch match = resolver.resolve(clue.subject(), SubjectCandidates.near(tx, clue.subject()));
        Set<String> routed = new LinkedHashSet<>(ClueRouting.departments(tx, violations));
        if (routed.isEmpty()) {
            routed.add(clue.receivingDepartment());
        }
        OffsetDateTime now = OffsetDateTime.now(clock);
        tx.run("""
                CREATE (c:Clue {id: $id, source: $source, workOrder: $workOrder, receivedAt: $receivedAt, content: $content,
                                complainantName: $complainantName, complainantPhone: $complainantPhone,
                                refUscc: $refUscc, refName: $refName, refAddress: $refAddress,
                                receivingDepartment: $receiving, uscc: $uscc, confidence: $confidence,
                                candidates: $candidates, candidateScores: $scores, violations: $violations,
                                submittedBy: $account, submittedAt: $now})
                WITH c
                OPTIONAL MATCH (s:Subject {uscc: $uscc})
                FOREACH (x IN CASE WHEN s IS NULL THEN [] ELSE [s] END | CREATE (c)-[:ABOUT]->(x))
                WITH c
                UNWIND $routed AS code
                MATCH (d:Department {code: code})
                CREATE (c)-[:ROUTED_TO {status: 'PROPOSED', routedAt: $now, deadline: $deadline}]->(d)""",
                parameters(who, clue, match, violations, List.copyOf(routed), now)).consume();
        audit.record(tx, who, SUBMIT, "Clue", clue.id(), clue.source().label() + " " + clue.workOrder(), List.of(
                new Change("uscc", null, match.uscc()),
                new Change("confidence", null, Double.toString(match.confidence())),
                new Change("routedTo", null, String.join("；", routed))));
        return new Submitted(clue.id(), true);
    }

    private Map<String, Object> parameters(Viewer who, Clue clue, SubjectMatch match, List<String> violations, List<String> routed,
                                           OffsetDateTime now) {
        Map<String, Object> p = new HashMap<>();
        p.put("id", clue.id());
        p.put("source", clue.source().name());
        p.put("workOrder", clue.workOrder());
        p.put("receivedAt", clue.receivedAt());
        p.put("content", clue.content());
        p.put("complainantName", clue.complainant() == null ? null : clue.complainant().name());
        p.put("complainantPhone", clue.complainant() == null ? null : clue.complainant().phone());
        p.put("refUscc", clue.subject().uscc());
        p.put("refName", clue.subject().name());
        p.put("refAddress", clue.subject().address());
        p.put("receiving", clue.receivingDepartment());
        p.put("uscc", match.uscc());
        p.put("confidence", match.confidence());
        p.put("candidates", match.candidates().stream().map(SubjectMatch.Candidate::uscc).toList());
        p.put("scores", match.candidates().stream().map(SubjectMatch.Candidate::score).toList());
        p.put("violations", violations);
        p.put("routed", routed);
        p.put("account", who.account());
        p.put("now", now);
        // The response time runs from receipt (来电时间), as a 12345 work order's does; a transfer starts it anew.
        p.put("deadline", ClueRules.responseDeadline(clue.receivedAt(), settings.responseDays()));
        return p;
    }

    /** 确认涉及单位: the receiving department names the subject of a clue that waits for confirmation. */
    public void confirmSubject(Viewer who, String clueId, String uscc) {
        try (var session = driver.session()) {
            session.executeWrite(tx -> {
                Record clue = tx.run("MATCH (c:Clue {id: $id}) RETURN c.receivingDepartment AS receiving, c.uscc AS uscc",
                        Map.of("id", clueId)).list().stream().findFirst()
                        .filter(r -> ClueAccess.mayAnswerFor(who, r.get("receiving").asString()))
                        .orElseThrow(() -> PlanningRefusal.forbidden("no clue " + clueId + " received by your department"));
                if (!clue.get("uscc").isNull()) {
                    throw PlanningRefusal.invalid("clue", "the subject of " + clueId + " is resolved already (" + clue.get("uscc").asString() + ")");
                }
                if (!tx.run("MATCH (s:Subject {uscc: $uscc}) RETURN s.uscc", Map.of("uscc", uscc)).hasNext()) {
                    throw PlanningRefusal.invalid("uscc", "no subject " + uscc);
                }
                tx.run("""
                        MATCH (c:Clue {id: $id}), (s:Subject {uscc: $uscc})
                        SET c.uscc = $uscc, c.confidence = 1.0, c.confirmedBy = $account
                        CREATE (c)-[:ABOUT]->(s)""", Map.of("id", clueId, "uscc", uscc, "account", who.account())).consume();
                audit.record(tx, who, CONFIRM, "Clue", clueId, "确认涉及单位", List.of(new Change("uscc", null, uscc)));
                return null;
            });
        }
    }

    /**
     * 受理: the department takes the clue and inspects on it under {@code planCode}, one of its plans a trigger opens.
     * The clue becomes the 检查依据 of the task the plan puts to the firm — created under the caps, or the one there
     * already when another clue about the firm was accepted under the same plan.
     */
    public Accepted accept(Viewer who, String clueId, String planCode) {
        try (var session = driver.session()) {
            return session.executeWrite(tx -> {
                String uscc = openRouting(tx, who, clueId).get("uscc").asString(null);
                if (uscc == null) {
                    throw PlanningRefusal.invalid("clue", "the subject of " + clueId + " waits for the receiving department's confirmation");
                }
                PlanDraft plan = TaskDesk.ownPlan(tx, who, planCode);
                if (!ClueRules.mayInspectUnder(plan.trigger())) {
                    throw PlanningRefusal.invalid("plan", "a clue is inspected under a plan a complaint or referral triggers, not a "
                            + plan.trigger() + " plan");
                }
                String task = TaskDesk.taskCode(planCode, uscc);
                boolean exists = tx.run("MATCH (t:Task {code: $task}) RETURN t.code", Map.of("task", task)).hasNext();
                TaskDesk.Created created = exists ? null : tasks.create(tx, who, planCode, uscc, null);
                answer(tx, who, clueId, RoutingStatus.ACCEPTED, Map.of("task", task));
                tx.run("MATCH (c:Clue {id: $id}), (t:Task {code: $task}) MERGE (c)-[:BASIS_OF]->(t)", Map.of("id", clueId, "task", task)).consume();
                audit.record(tx, who, ACCEPT, "Clue", clueId, "受理: " + plan.title(), List.of(new Change("task", null, task)));
                return new Accepted(task, created);
            });
        }
    }

    /**
     * 转办: the department passes the clue on to {@code to} with a reason; {@code to} then has its own response time. A
     * department that answered its part before (转办 away, 办结) gets a new routing beside the answered one, which stays
     * on the record — so a clue sent A → B → A is A's to answer again; one that holds the clue open or accepted keeps it.
     */
    public void transfer(Viewer who, String clueId, String to, String reason) {
        if (reason == null || reason.isBlank()) {
            throw PlanningRefusal.invalid("reason", "a transfer gives its reason (转办理由)");
        }
        try (var session = driver.session()) {
            session.executeWrite(tx -> {
                openRouting(tx, who, clueId);
                if (to.equals(who.departmentCode())) {
                    throw PlanningRefusal.invalid("to", "names your own department");
                }
                if (!tx.run("MATCH (d:Department {code: $to}) RETURN d.code", Map.of("to", to)).hasNext()) {
                    throw PlanningRefusal.invalid("to", "no department " + to);
                }
                answer(tx, who, clueId, RoutingStatus.TRANSFERRED, Map.of("reason", reason.strip(), "transferredTo", to));
                OffsetDateTime now = OffsetDateTime.now(clock);
                tx.run("""
                        MATCH (c:Clue {id: $id}), (d:Department {code: $to})
                        WHERE NOT EXISTS { MATCH (c)-[r:ROUTED_TO]->(d) WHERE r.status IN ['PROPOSED', 'ACCEPTED'] }
                        CREATE (c)-[:ROUTED_TO {status: 'PROPOSED', routedAt: $now, deadline: $deadline, transferredFrom: $from}]->(d)""",
                        Map.of("id", clueId, "to", to, "now", now, "deadline", ClueRules.responseDeadline(now, settings.responseDays()),
                                "from", who.departmentCode())).consume();
                audit.record(tx, who, TRANSFER, "Clue", clueId, reason.strip(), List.of(new Change("routedTo", who.departmentCode(), to)));
                return null;
            });
        }
    }

    /** 办结: the department closes its part of the clue with what it found (查无实据、已责令整改 …). */
    public void close(Viewer who, String clueId, String finding) {
        if (finding == null || finding.isBlank()) {
            throw PlanningRefusal.invalid("finding", "closing a clue states the finding (办结意见)");
        }
        try (var session = driver.session()) {
            session.executeWrite(tx -> {
                openRouting(tx, who, clueId);
                answer(tx, who, clueId, RoutingStatus.CLOSED, Map.of("finding", finding.strip()));
                audit.record(tx, who, CLOSE, "Clue", clueId, finding.strip(), List.of(new Change("status", "PROPOSED", "CLOSED")));
                return null;
            });
        }
    }

    /**
     * The clue as routed to the caller's department, still to be answered (its open routing, else the latest). A clue
     * that does not exist and one not routed to the caller answer alike (no existence oracle); an answered routing
     * stays as answered.
     */
    private static Record openRouting(TransactionContext tx, Viewer who, String clueId) {
        Record routing = tx.run("""
                MATCH (c:Clue {id: $id})-[r:ROUTED_TO]->(:Department {code: $department})
                RETURN c.uscc AS uscc, r.status AS status
                ORDER BY r.status = 'PROPOSED' DESC, r.routedAt DESC
                LIMIT 1""", Map.of("id", clueId, "department", String.valueOf(who.departmentCode())))
                .list().stream().findFirst()
                .filter(r -> ClueAccess.mayAnswerFor(who, who.departmentCode()))
                .orElseThrow(() -> PlanningRefusal.forbidden("no clue " + clueId + " routed to your department"));
        if (!RoutingStatus.valueOf(routing.get("status").asString()).open()) {
            throw PlanningRefusal.invalid("clue", "your department answered " + clueId + " already (" + routing.get("status").asString() + ")");
        }
        return routing;
    }

    private void answer(TransactionContext tx, Viewer who, String clueId, RoutingStatus status, Map<String, Object> fields) {
        Map<String, Object> p = new HashMap<>(fields);
        p.put("id", clueId);
        p.put("department", who.departmentCode());
        p.put("status", status.name());
        p.put("at", OffsetDateTime.now(clock));
        p.put("account", who.account());
        tx.run("""
                MATCH (:Clue {id: $id})-[r:ROUTED_TO {status: 'PROPOSED'}]->(:Department {code: $department})
                SET r.status = $status, r.answeredAt = $at, r.answeredBy = $account,
                    r.reason = $reason, r.finding = $finding, r.transferredTo = $transferredTo, r.task = $task""",
                withNulls(p)).consume();
    }

    private static Map<String, Object> withNulls(Map<String, Object> p) {
        for (String key : List.of("reason", "finding", "transferredTo", "task")) {
            p.putIfAbsent(key, null);
        }
        return p;
    }
}
