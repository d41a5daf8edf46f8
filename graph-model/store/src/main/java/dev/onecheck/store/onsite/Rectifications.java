package dev.onecheck.store.onsite;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import dev.onecheck.domain.access.OnsiteAccess;
import dev.onecheck.domain.access.Viewer;
import dev.onecheck.domain.audit.AuditEntry.Change;
import dev.onecheck.domain.onsite.RectificationStatus;
import dev.onecheck.domain.planning.PlanningRefusal;
import dev.onecheck.domain.text.TextLimits;
import dev.onecheck.store.audit.AuditTrail;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;

/**
 * 整改: the firm reports a rectification done (整改报告); an officer or admin of the ordering department closes it
 * (验收销号), and whether that happened after the deadline is kept. {@code OPEN → REPORTED → CLOSED}, or
 * {@code OPEN → CLOSED} when the officer sees it put right on the spot.
 */
public final class Rectifications {

    public static final String REPORT = "reportRectified";
    public static final String CLOSE = "closeRectification";

    private final Driver driver;
    private final AuditTrail audit;
    private final Clock clock;

    public Rectifications(Driver driver, AuditTrail audit, Clock clock) {
        this.driver = driver;
        this.audit = audit;
        this.clock = clock;
    }

    public void report(Viewer who, String code, String note) {
        change(who, code, note, REPORT);
    }

    public void close(Viewer who, String code, String note) {
        change(who, code, note, CLOSE);
    }

    private void change(Viewer who, String code, String note, String operation) {
        if (note == null || note.isBlank()) {
            throw PlanningRefusal.invalid("note", "say what was done (整改情况)");
        }
        FreeText.check("note", note, TextLimits.STATEMENT);
        try (var session = driver.session()) {
            session.executeWrite(tx -> {
                List<Record> found = tx.run("MATCH (r:Rectification {code: $code}) RETURN r.uscc AS uscc, r.department AS department, r.status AS status",
                        Map.of("code", code)).list();
                boolean closing = operation.equals(CLOSE);
                // An order that does not exist and one of another firm or department answer alike: no existence oracle.
                boolean allowed = !found.isEmpty() && (closing
                        ? OnsiteAccess.mayCloseRectification(who, found.getFirst().get("department").asString())
                        : OnsiteAccess.isInspectedFirm(who, found.getFirst().get("uscc").asString()));
                if (!allowed) {
                    throw PlanningRefusal.forbidden(closing
                            ? "no rectification order " + code + " of your department to close"
                            : "no rectification order " + code + " of your firm to report");
                }
                Record r = found.getFirst();
                RectificationStatus status = RectificationStatus.valueOf(r.get("status").asString());
                RectificationStatus next = status.next(closing).orElseThrow(
                        () -> PlanningRefusal.invalid("code", "rectification " + code + " is " + status + " already"));
                Map<String, Object> changes = new HashMap<>();
                changes.put("status", next.name());
                changes.put(closing ? "closedAt" : "reportedAt", OffsetDateTime.now(clock));
                changes.put(closing ? "closedBy" : "reportedBy", who.account());
                changes.put(closing ? "closingNote" : "report", note.strip());
                tx.run("""
                        MATCH (r:Rectification {code: $code})
                        SET r += $changes, r.overdue = CASE WHEN $closing THEN $today > r.deadline ELSE r.overdue END""",
                        Map.of("code", code, "changes", changes, "closing", closing, "today", LocalDate.now(clock))).consume();
                audit.record(tx, who, operation, "Rectification", code, note.strip(), List.of(new Change("status", status.name(), next.name())));
                return null;
            });
        }
    }
}
