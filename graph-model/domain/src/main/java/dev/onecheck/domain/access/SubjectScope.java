package dev.onecheck.domain.access;

import java.util.Optional;

/**
 * Which subjects a viewer's lists range over: those a department supervises ({@code department}), one firm
 * ({@code uscc}), or all (both null). The same rule as {@link SubjectAccess}, applied inside the query.
 */
public record SubjectScope(String department, String uscc) {

    /** Supervisors all; officers and admins their department's; an enterprise itself; the public nothing (empty). */
    public static Optional<SubjectScope> of(Viewer viewer) {
        if (viewer.has(Role.SUPERVISOR)) {
            return Optional.of(new SubjectScope(null, null));
        }
        if (viewer.has(Role.OFFICER) || viewer.has(Role.DEPT_ADMIN)) {
            return Optional.of(new SubjectScope(viewer.departmentCode(), null));
        }
        if (viewer.has(Role.ENTERPRISE)) {
            return Optional.of(new SubjectScope(null, viewer.uscc()));
        }
        return Optional.empty();
    }
}
