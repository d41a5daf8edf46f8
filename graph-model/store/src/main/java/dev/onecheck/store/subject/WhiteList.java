package dev.onecheck.store.subject;

import java.util.List;
import java.util.Map;

import dev.onecheck.domain.access.SubjectAccess;
import dev.onecheck.domain.access.Viewer;
import dev.onecheck.domain.audit.AuditEntry.Change;
import dev.onecheck.store.audit.AuditTrail;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;

/**
 * 白名单 (包容审慎监管): firms on it are not inspected unless triggered (非触发不检查). A department admin of a
 * department that supervises the firm puts it on or takes it off, with a reason; the change and its audit entry
 * are one transaction.
 */
public final class WhiteList {

    public static final String OPERATION = "setWhiteListed";

    /** What became of a request. */
    public enum Outcome {
        CHANGED,
        NO_SUCH_SUBJECT,
        NOT_ALLOWED
    }

    private final Driver driver;
    private final AuditTrail audit;

    public WhiteList(Driver driver, AuditTrail audit) {
        this.driver = driver;
        this.audit = audit;
    }

    public Outcome set(Viewer who, String uscc, boolean whiteListed, String reason) {
        // Decided before any lookup, so no one but an admin learns whether a firm exists.
        if (!SubjectAccess.mayAskToManageWhiteList(who)) {
            return Outcome.NOT_ALLOWED;
        }
        try (var session = driver.session()) {
            return session.executeWrite(tx -> {
                List<Record> found = tx.run("""
                        MATCH (s:Subject {uscc: $uscc})
                        RETURN s.whiteListed AS whiteListed, COLLECT { MATCH (s)-[:SUPERVISED_BY]->(d:Department) RETURN d.code } AS departments""",
                        Map.of("uscc", uscc)).list();
                if (found.isEmpty()) {
                    return Outcome.NO_SUCH_SUBJECT;
                }
                Record subject = found.getFirst();
                if (!SubjectAccess.mayManageWhiteList(who, subject.get("departments").asList(v -> v.asString()))) {
                    return Outcome.NOT_ALLOWED;
                }
                boolean before = subject.get("whiteListed").asBoolean(false);
                tx.run("MATCH (s:Subject {uscc: $uscc}) SET s.whiteListed = $whiteListed", Map.of("uscc", uscc, "whiteListed", whiteListed))
                        .consume();
                audit.record(tx, who, OPERATION, "Subject", uscc, reason,
                        List.of(new Change("whiteListed", Boolean.toString(before), Boolean.toString(whiteListed))));
                return Outcome.CHANGED;
            });
        }
    }
}
