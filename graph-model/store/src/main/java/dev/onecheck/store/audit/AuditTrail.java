package dev.onecheck.store.audit;

import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import dev.onecheck.domain.access.Role;
import dev.onecheck.domain.access.Viewer;
import dev.onecheck.domain.audit.AuditEntry.Change;
import dev.onecheck.domain.audit.AuditEntry;
import org.neo4j.driver.TransactionContext;

/**
 * Writes 留痕 entries. A mutation calls {@link #record} inside its own write transaction, so the change and its
 * entry commit together or not at all: there is no change without its trace.
 */
public final class AuditTrail {

    private final Clock clock;

    public AuditTrail(Clock clock) {
        this.clock = clock;
    }

    /** One traced target of a mutation that changes many at once. */
    public record Traced(String targetKey, String reason, List<Change> changes) {
    }

    public void record(TransactionContext tx, Viewer who, String operation, String targetKind, String targetKey, String reason,
                             List<Change> changes) {
        record(tx, who, operation, targetKind, List.of(new Traced(targetKey, reason, changes)));
    }

    /** One entry per target, in one statement: a mutation over thousands of targets does not pay a round trip each. */
    public void record(TransactionContext tx, Viewer who, String operation, String targetKind, List<Traced> targets) {
        if (targets.isEmpty()) {
            return;
        }
        Instant at = clock.instant();
        List<Map<String, Object>> entries = targets.stream().map(t -> {
            // Zero-padded epoch milliseconds first: ids sort by time; the random part keeps same-millisecond entries apart.
            String id = "%013d-%s".formatted(at.toEpochMilli(), UUID.randomUUID().toString().substring(0, 8));
            return parameters(new AuditEntry(id, at, who.account(), who.name(), who.roles(), who.departmentCode(), operation,
                    targetKind, t.targetKey(), t.reason(), t.changes()));
        }).toList();
        tx.run("""
                UNWIND $entries AS e
                CREATE (a:AuditEntry {id: e.id, at: e.at, actor: e.actor, actorName: e.actorName, actorRoles: e.roles,
                                      actorDepartment: e.department, operation: e.operation, targetKind: e.kind, targetKey: e.key,
                                      reason: e.reason, fields: e.fields, before: e.before, after: e.after})""",
                Map.of("entries", entries)).consume();
    }

    private Map<String, Object> parameters(AuditEntry entry) {
        Map<String, Object> p = new HashMap<>();
        p.put("id", entry.id());
        p.put("at", entry.at().atZone(clock.getZone()).toOffsetDateTime());
        p.put("actor", entry.actor());
        p.put("actorName", entry.actorName());
        p.put("roles", entry.actorRoles().stream().map(Role::name).sorted().toList());
        p.put("department", entry.actorDepartment());
        p.put("operation", entry.operation());
        p.put("kind", entry.targetKind());
        p.put("key", entry.targetKey());
        p.put("reason", entry.reason());
        p.put("fields", entry.changes().stream().map(Change::field).toList());
        // Neo4j lists hold no nulls: an absent value is stored as the empty string.
        p.put("before", entry.changes().stream().map(c -> c.before() == null ? "" : c.before()).toList());
        p.put("after", entry.changes().stream().map(c -> c.after() == null ? "" : c.after()).toList());
        return p;
    }
}
