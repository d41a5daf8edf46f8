package dev.onecheck.store.audit;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import dev.onecheck.domain.access.Role;
import dev.onecheck.domain.audit.AuditEntry.Change;
import dev.onecheck.domain.audit.AuditEntry;
import dev.onecheck.store.Listing;
import dev.onecheck.store.Page;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Value;

/** Reads the 留痕 audit trail, newest first; who may read it is the caller's rule. */
public final class AuditReader {

    /** Every non-null field must hold. */
    public record AuditFilter(String actor, String targetKey, String operation) {
    }

    private final Listing listing;

    public AuditReader(Driver driver) {
        this.listing = new Listing(driver);
    }

    /** Entries older than {@code afterId} (null: from the newest). */
    public Page<AuditEntry> entries(AuditFilter filter, String afterId, int first) {
        return listing.page("""
                        MATCH (node:AuditEntry) WHERE ($after IS NULL OR node.id < $after)
                          AND ($actor IS NULL OR node.actor = $actor) AND ($key IS NULL OR node.targetKey = $key)
                          AND ($operation IS NULL OR node.operation = $operation)
                        RETURN node ORDER BY node.id DESC LIMIT $limit""",
                Listing.parameters("after", afterId, "actor", filter.actor(), "key", filter.targetKey(), "operation", filter.operation()),
                first, AuditReader::entry);
    }

    private static AuditEntry entry(Value a) {
        List<String> fields = a.get("fields").asList(Value::asString);
        List<String> before = a.get("before").asList(Value::asString);
        List<String> after = a.get("after").asList(Value::asString);
        List<Change> changes = new ArrayList<>();
        for (int i = 0; i < fields.size(); i++) {
            changes.add(new Change(fields.get(i), emptyAsNull(before.get(i)), emptyAsNull(after.get(i))));
        }
        Set<Role> roles = a.get("actorRoles").asList(v -> Role.valueOf(v.asString())).stream().collect(Collectors.toSet());
        return new AuditEntry(a.get("id").asString(), a.get("at").asOffsetDateTime().toInstant(), a.get("actor").asString(),
                a.get("actorName").asString(null), roles, a.get("actorDepartment").asString(null), a.get("operation").asString(),
                a.get("targetKind").asString(), a.get("targetKey").asString(), a.get("reason").asString(null), changes);
    }

    private static String emptyAsNull(String value) {
        return value.isEmpty() ? null : value;
    }
}
