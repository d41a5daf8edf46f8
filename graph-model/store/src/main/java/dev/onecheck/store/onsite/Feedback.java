package dev.onecheck.store.onsite;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

import dev.onecheck.domain.access.OnsiteAccess;
import dev.onecheck.domain.access.Viewer;
import dev.onecheck.domain.audit.AuditEntry.Change;
import dev.onecheck.domain.onsite.ActionCode;
import dev.onecheck.domain.onsite.ActionCodeSigner;
import dev.onecheck.domain.onsite.AppealStatus;
import dev.onecheck.domain.onsite.CodeStatus;
import dev.onecheck.domain.planning.PlanningRefusal;
import dev.onecheck.domain.text.RandomHex;
import dev.onecheck.domain.text.TextLimits;
import dev.onecheck.store.audit.AuditTrail;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.neo4j.driver.TransactionContext;

/**
 * 查后评价 and 申诉, bound to the 行政行为码 the firm was shown: only the firm inspected, only with a genuine code
 * still on record, and only once some results of the visit are recorded. A visit is rated once; an appeal is
 * answered by the lead department (牵头部门).
 */
public final class Feedback {

    public static final String RATE = "rateInspection";
    public static final String APPEAL = "appealInspection";
    public static final String ANSWER = "answerAppeal";

    private final Driver driver;
    private final AuditTrail audit;
    private final Clock clock;
    private final ActionCodeSigner signer;

    public Feedback(Driver driver, AuditTrail audit, Clock clock, ActionCodeSigner signer) {
        this.driver = driver;
        this.audit = audit;
        this.clock = clock;
        this.signer = signer;
    }

    /** Rates the visit 1 (poor) to 5 (very good); answers the visit's code. */
    public String rate(Viewer who, String actionCode, int score, String comment) {
        if (score < 1 || score > 5) {
            throw PlanningRefusal.invalid("score", "must be 1 to 5, got " + score);
        }
        FreeText.check("comment", comment, TextLimits.COMMENT);
        try (var session = driver.session()) {
            return session.executeWrite(tx -> {
                ActionCode code = inspectedFirmCode(tx, who, actionCode);
                if (tx.run("MATCH (:Rating {inspection: $inspection}) RETURN 1", Map.of("inspection", code.inspection())).hasNext()) {
                    throw PlanningRefusal.invalid("actionCode", "visit " + code.inspection() + " has been rated already (查后评价 once)");
                }
                tx.run("""
                        MATCH (v:Inspection {code: $inspection})
                        CREATE (:Rating {inspection: $inspection, actionCode: $code, score: $score, comment: $comment, at: $at, by: $by})-[:RATES]->(v)""",
                        Map.of("inspection", code.inspection(), "code", code.id(), "score", score, "comment", comment == null ? "" : comment.strip(),
                                "at", OffsetDateTime.now(clock), "by", who.account())).consume();
                audit.record(tx, who, RATE, "Inspection", code.inspection(), comment, List.of(new Change("rating", null, String.valueOf(score))));
                return code.inspection();
            });
        }
    }

    /** Files an appeal (申诉); answers its id. */
    public String appeal(Viewer who, String actionCode, String reason) {
        if (reason == null || reason.isBlank()) {
            throw PlanningRefusal.invalid("reason", "say what the appeal is about (申诉理由)");
        }
        FreeText.check("reason", reason, TextLimits.STATEMENT);
        try (var session = driver.session()) {
            return session.executeWrite(tx -> {
                ActionCode code = inspectedFirmCode(tx, who, actionCode);
                String id = "SS-" + RandomHex.of(6).toUpperCase();
                tx.run("""
                        MATCH (v:Inspection {code: $inspection})
                        CREATE (:Appeal {id: $id, inspection: $inspection, actionCode: $code, reason: $reason, status: 'OPEN', at: $at, by: $by})-[:ABOUT]->(v)""",
                        Map.of("id", id, "inspection", code.inspection(), "code", code.id(), "reason", reason.strip(), "at", OffsetDateTime.now(clock),
                                "by", who.account())).consume();
                audit.record(tx, who, APPEAL, "Appeal", id, reason.strip(), List.of(new Change("status", null, AppealStatus.OPEN.name())));
                return id;
            });
        }
    }

    public void answer(Viewer who, String appeal, String answer) {
        if (answer == null || answer.isBlank()) {
            throw PlanningRefusal.invalid("answer", "give the answer (答复)");
        }
        FreeText.check("answer", answer, TextLimits.STATEMENT);
        try (var session = driver.session()) {
            session.executeWrite(tx -> {
                List<Record> found = tx.run("MATCH (a:Appeal {id: $id})-[:ABOUT]->(v:Inspection) RETURN a.status AS status, v.lead AS lead",
                        Map.of("id", appeal)).list();
                if (found.isEmpty()) {
                    throw PlanningRefusal.invalid("id", "names no appeal: " + appeal);
                }
                String lead = found.getFirst().get("lead").asString();
                if (!OnsiteAccess.mayLead(who, lead)) {
                    throw PlanningRefusal.forbidden("the lead department " + lead + " answers appeals about its visit");
                }
                if (AppealStatus.valueOf(found.getFirst().get("status").asString()) != AppealStatus.OPEN) {
                    throw PlanningRefusal.invalid("id", "appeal " + appeal + " has been answered");
                }
                tx.run("MATCH (a:Appeal {id: $id}) SET a.status = 'ANSWERED', a.answer = $answer, a.answeredAt = $at, a.answeredBy = $by",
                        Map.of("id", appeal, "answer", answer.strip(), "at", OffsetDateTime.now(clock), "by", who.account())).consume();
                audit.record(tx, who, ANSWER, "Appeal", appeal, answer.strip(), List.of(new Change("status", AppealStatus.OPEN.name(), AppealStatus.ANSWERED.name())));
                return null;
            });
        }
    }

    private ActionCode inspectedFirmCode(TransactionContext tx, Viewer who, String token) {
        ActionCodes.Presented presented = ActionCodes.presented(tx, signer, token, clock.instant());
        if (presented.status() == CodeStatus.FORGED || presented.status() == CodeStatus.REVOKED || presented.status() == CodeStatus.SUPERSEDED) {
            throw PlanningRefusal.codeRejected(presented.status().name(), "行政行为码 " + presented.status().label());
        }
        Record visit = tx.run("""
                MATCH (v:Inspection {code: $inspection})
                RETURN v.uscc AS uscc, EXISTS { MATCH (t:Task {status: 'DONE'})-[:PART_OF]->(v) } AS inspected""",
                Map.of("inspection", presented.code().inspection())).single();
        if (!OnsiteAccess.isInspectedFirm(who, visit.get("uscc").asString())) {
            throw PlanningRefusal.forbidden("only the firm inspected rates or appeals a visit");
        }
        if (!visit.get("inspected").asBoolean()) {
            throw PlanningRefusal.invalid("actionCode", "no results are recorded for visit " + presented.code().inspection() + " yet");
        }
        return presented.code();
    }
}
