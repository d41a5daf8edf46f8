package dev.onecheck.domain.access;

import java.util.List;
import java.util.Set;

/**
 * The caller of an operation: account, display name, roles, and what binds it to the graph — a department for
 * officers, admins and supervisors, a unified social credit code (统一社会信用代码) for an enterprise, and for an
 * officer the 执法证号 (certificate number) that the draw assigns to tasks (null when the token carries none).
 * Construction enforces those bindings, so an access rule never meets an officer without a department.
 */
public record Viewer(String account, String name, Set<Role> roles, String departmentCode, String uscc, String certificateNo) {

    public Viewer {
        if (account == null || account.isBlank()) {
            throw new IllegalArgumentException("a viewer needs an account");
        }
        roles = Set.copyOf(roles);
        if (roles.isEmpty()) {
            throw new IllegalArgumentException("viewer " + account + " has no role");
        }
        if (roles.contains(Role.ENTERPRISE) && (uscc == null || uscc.isBlank())) {
            throw new IllegalArgumentException("enterprise viewer " + account + " is not bound to a credit code (uscc)");
        }
        if (departmentCode == null && roles.stream().anyMatch(r -> r == Role.OFFICER || r == Role.DEPT_ADMIN || r == Role.SUPERVISOR)) {
            throw new IllegalArgumentException("viewer " + account + " with roles " + roles + " has no department");
        }
    }

    /** Builds a viewer from token claims; unknown role names are an error, not silently dropped. */
    public static Viewer fromClaims(String account, String name, List<String> roleNames, String departmentCode, String uscc,
                                    String certificateNo) {
        Set<Role> roles = roleNames == null ? Set.of() : Set.copyOf(roleNames.stream().map(Viewer::role).toList());
        return new Viewer(account, name, roles, departmentCode, uscc, certificateNo);
    }

    private static Role role(String name) {
        try {
            return Role.valueOf(name);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("unknown role " + name);
        }
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }

    /** 执法一方: officers, department admins and supervisors — not the public, not enterprises. */
    public boolean enforcementSide() {
        return has(Role.OFFICER) || has(Role.DEPT_ADMIN) || has(Role.SUPERVISOR);
    }

    /** Whether the viewer answers for a department's work: supervisors for every one, officers and admins for their own. */
    public boolean oversees(String department) {
        return has(Role.SUPERVISOR) || (has(Role.OFFICER) || has(Role.DEPT_ADMIN)) && department.equals(departmentCode);
    }
}
