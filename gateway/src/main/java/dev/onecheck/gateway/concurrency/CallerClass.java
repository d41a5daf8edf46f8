package dev.onecheck.gateway.concurrency;

import dev.onecheck.domain.access.Role;
import dev.onecheck.domain.access.Viewer;
import org.springframework.security.core.Authentication;

/**
 * Whose requests share one concurrency limit: 公众 (anonymous callers and PUBLIC tokens), 企业, and 执法一方
 * (officers, department admins, supervisors). Separate limits keep a crowd of public portal readers from taking
 * the threads, connections and heap that officers need on site.
 */
enum CallerClass {
    PUBLIC,
    ENTERPRISE,
    STAFF;

    /** The class of an authenticated viewer; anyone else (no token, anonymous) counts as the public. */
    static CallerClass of(Authentication authentication) {
        if (authentication != null && authentication.getPrincipal() instanceof Viewer viewer) {
            if (viewer.enforcementSide()) {
                return STAFF;
            }
            if (viewer.has(Role.ENTERPRISE)) {
                return ENTERPRISE;
            }
        }
        return PUBLIC;
    }
}
