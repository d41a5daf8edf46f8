package dev.onecheck.domain.audit;

import java.time.Instant;
import java.util.List;
import java.util.Set;

import dev.onecheck.domain.access.Role;

/**
 * 留痕: who did what to which record, when and why, with each changed field before and after. {@code id} sorts by
 * time, so the trail pages newest first on it.
 */
public record AuditEntry(String id, Instant at, String actor, String actorName, Set<Role> actorRoles, String actorDepartment,
                         String operation, String targetKind, String targetKey, String reason, List<Change> changes) {

    /** One field of the target: its value before and after, as text (null: absent). */
    public record Change(String field, String before, String after) {
    }

    public AuditEntry {
        actorRoles = Set.copyOf(actorRoles);
        changes = List.copyOf(changes);
    }
}
