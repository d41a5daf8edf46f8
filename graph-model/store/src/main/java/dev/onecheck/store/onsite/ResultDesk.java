package dev.onecheck.store.onsite;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import dev.onecheck.domain.access.OnsiteAccess.ResultRecorder;
import dev.onecheck.domain.access.OnsiteAccess;
import dev.onecheck.domain.access.Viewer;
import dev.onecheck.domain.audit.AuditEntry.Change;
import dev.onecheck.domain.onsite.ActionCodeSigner;
import dev.onecheck.domain.onsite.CodeStatus;
import dev.onecheck.domain.onsite.Findings;
import dev.onecheck.domain.onsite.ItemFinding;
import dev.onecheck.domain.penalty.advice.InvalidFactException;
import dev.onecheck.domain.penalty.advice.PenaltyAdvice;
import dev.onecheck.domain.penalty.advice.PenaltyAdvisor;
import dev.onecheck.domain.planning.PlanningRefusal;
import dev.onecheck.domain.planning.Problem;
import dev.onecheck.domain.planning.TaskStatus;
import dev.onecheck.store.audit.AuditTrail;
import dev.onecheck.store.penalty.AdviceReader;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.neo4j.driver.TransactionContext;
import org.neo4j.driver.Value;

/**
 * 检查结果: an officer of a task's department records what was found for every item of the task, presenting the
 * visit's 行政行为码 — no valid code, no result (无码不检查). A problem names the violation; a rectification order
 * (责令整改) with its deadline and a penalty advice (处罚建议, from the facts given) may go with it. The results are
 * published (公示) {@code publishWithin} after they are recorded at the latest. When every task of the visit has
 * its results, the visit is done and its code is spent: showing it again is a replay.
 */
public final class ResultDesk {

    public static final String OPERATION = "recordResults";

    private final Driver driver;
    private final AuditTrail audit;
    private final Clock clock;
    private final ActionCodeSigner signer;
    private final AdviceReader bases;
    private final PenaltyAdvisor advisor;
    private final Duration publishWithin;

    public ResultDesk(Driver driver, AuditTrail audit, Clock clock, ActionCodeSigner signer, AdviceReader bases, PenaltyAdvisor advisor,
                      Duration publishWithin) {
        this.driver = driver;
        this.audit = audit;
        this.clock = clock;
        this.signer = signer;
        this.bases = bases;
        this.advisor = advisor;
        this.publishWithin = publishWithin;
    }

    public void record(Viewer who, String actionCode, String task, List<ItemFinding> findings) {
        try (var session = driver.session()) {
            session.executeWrite(tx -> {
                Instant now = clock.instant();
                ActionCodes.Presented presented = ActionCodes.presented(tx, signer, actionCode, now);
                if (presented.status() != CodeStatus.VALID) {
                    throw PlanningRefusal.codeRejected(presented.status().name(),
                            "行政行为码 " + presented.status().label() + ": no result without a valid code (无码不检查)");
                }
                List<Record> found = tx.run("""
                        MATCH (t:Task {code: $task})-[:PART_OF]->(v:Inspection)
                        RETURN t.department AS department, t.items AS items, t.status AS status, v.code AS inspection,
                               COLLECT { MATCH (t)-[:ASSIGNED]->(o:Officer) RETURN o.certificateNo } AS assigned""",
                        Map.of("task", task)).list();
                if (found.isEmpty()) {
                    throw PlanningRefusal.invalid("task", "names no task: " + task);
                }
                Record t = found.getFirst();
                if (!t.get("inspection").asString().equals(presented.code().inspection())) {
                    throw PlanningRefusal.invalid("actionCode", "covers visit " + presented.code().inspection() + ", not the visit of task " + task);
                }
                String department = t.get("department").asString();
                ResultRecorder recorder = OnsiteAccess.resultRecorder(who, department, t.get("assigned").asList(Value::asString))
                        .orElseThrow(() -> PlanningRefusal.forbidden("the officers assigned to task " + task + " (by 执法证号) or an admin of "
                                + department + " record its results"));
                if (TaskStatus.DONE.name().equals(t.get("status").asString(null))) {
                    throw PlanningRefusal.invalid("task", "task " + task + " has its results already");
                }
                LocalDate today = LocalDate.ofInstant(now, clock.getZone());
                List<Problem> problems = new ArrayList<>(Findings.problems(t.get("items").asList(Value::asString), findings, today));
                problems.addAll(unknownViolations(tx, findings));
                if (!problems.isEmpty()) {
                    throw PlanningRefusal.invalid(problems);
                }
                write(tx, who, recorder, task, presented.code().id(), findings, now);
                return null;
            });
        }
    }

    private static List<Problem> unknownViolations(TransactionContext tx, List<ItemFinding> findings) {
        List<String> known = tx.run("MATCH (v:Violation) WHERE v.code IN $codes RETURN v.code AS code",
                Map.of("codes", findings.stream().map(ItemFinding::violation).filter(c -> c != null).toList())).list(r -> r.get("code").asString());
        List<Problem> problems = new ArrayList<>();
        for (int i = 0; i < findings.size(); i++) {
            String violation = findings.get(i).violation();
            if (violation != null && !violation.isBlank() && !known.contains(violation)) {
                problems.add(new Problem("results[" + i + "].violation", "names no known violation: " + violation));
            }
        }
        return problems;
    }

    private void write(TransactionContext tx, Viewer who, ResultRecorder recorder, String task, String codeId, List<ItemFinding> findings,
                       Instant now) {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (int i = 0; i < findings.size(); i++) {
            rows.add(row(findings.get(i), i));
        }
        Map<String, Object> p = new HashMap<>();
        p.put("task", task);
        p.put("code", codeId);
        p.put("now", now.atZone(clock.getZone()).toOffsetDateTime());
        p.put("publishAt", now.plus(publishWithin).atZone(clock.getZone()).toOffsetDateTime());
        p.put("by", who.account());
        p.put("byCertificate", recorder == ResultRecorder.ASSIGNED_OFFICER ? who.certificateNo() : null);
        p.put("rows", rows);
        tx.run("""
                MATCH (t:Task {code: $task})-[:PART_OF]->(v:Inspection)-[:OF]->(s:Subject)
                SET t.status = 'DONE', t.recordedAt = $now, t.recordedBy = $by, t.recordedByCertificate = $byCertificate, t.publishAt = $publishAt, t.actionCode = $code
                WITH t, v, s
                UNWIND $rows AS r
                MATCH (item:Item {code: r.item})
                OPTIONAL MATCH (found:Violation {code: r.violation})
                CREATE (t)-[:HAS_RESULT]->(res:ItemResult {key: $task + '#' + r.item, task: $task, item: r.item, position: r.position,
                        outcome: r.outcome, violation: r.violation, note: r.note, adviceOutcome: r.adviceOutcome, adviceTier: r.adviceTier,
                        adviceMin: r.adviceMin, adviceMax: r.adviceMax, adviceMeasures: r.adviceMeasures})-[:FOR_ITEM]->(item)
                FOREACH (_ IN CASE WHEN found IS NULL THEN [] ELSE [1] END | CREATE (res)-[:FOUND]->(found))
                FOREACH (_ IN CASE WHEN r.requirement IS NULL THEN [] ELSE [1] END |
                    CREATE (res)-[:REQUIRES]->(:Rectification {code: 'ZG-' + $task + '#' + r.item, uscc: s.uscc, department: t.department,
                            task: $task, item: r.item, requirement: r.requirement, deadline: r.deadline, status: 'OPEN', orderedAt: $now}))
                WITH DISTINCT v
                SET v.status = CASE WHEN ALL(x IN COLLECT { MATCH (o:Task)-[:PART_OF]->(v) RETURN o.status } WHERE x = 'DONE')
                                    THEN 'DONE' ELSE v.status END""", p).consume();
        String capacity = recorder == ResultRecorder.ASSIGNED_OFFICER ? "执法证号 " + who.certificateNo() : "部门管理员代录";
        audit.record(tx, who, OPERATION, "Task", task, "行政行为码 " + codeId + "，" + capacity,
                findings.stream().map(f -> new Change(f.item(), null, f.outcome().name()
                        + (f.violation() == null ? "" : " " + f.violation())
                        + (f.rectification() == null ? "" : " 整改期限 " + f.rectification().deadline()))).toList());
    }

    private Map<String, Object> row(ItemFinding f, int index) {
        Map<String, Object> r = new HashMap<>();
        r.put("item", f.item());
        r.put("position", index);
        r.put("outcome", f.outcome().name());
        r.put("violation", f.violation() == null || f.violation().isBlank() ? null : f.violation());
        r.put("note", f.note());
        r.put("requirement", f.rectification() == null ? null : f.rectification().requirement().strip());
        r.put("deadline", f.rectification() == null ? null : f.rectification().deadline());
        if (f.facts() != null) {
            PenaltyAdvice advice = advise(f, index);
            r.put("adviceOutcome", advice.outcome().name());
            r.put("adviceTier", advice.tier() == null ? null : advice.tier().level().name());
            r.put("adviceMin", advice.range() == null ? null : advice.range().min().toPlainString());
            r.put("adviceMax", advice.range() == null ? null : advice.range().max().toPlainString());
            r.put("adviceMeasures", advice.measures());
        }
        return r;
    }

    private PenaltyAdvice advise(ItemFinding f, int index) {
        AdviceReader.Found found = bases.basis(f.violation(), f.facts().decidedOn());
        if (found.basis() == null) {
            throw PlanningRefusal.invalid("results[" + index + "].violation", found.missing() instanceof AdviceReader.Missing.Unknown
                    ? "names no known violation: " + f.violation() : "has no local 裁量基准 and no general discretion rules are loaded");
        }
        var basis = found.basis();
        try {
            return advisor.advise(basis, f.facts());
        } catch (InvalidFactException e) {
            throw PlanningRefusal.invalid("results[" + index + "].facts." + e.fact(), e.getMessage());
        }
    }
}
