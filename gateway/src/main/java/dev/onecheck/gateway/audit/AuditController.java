package dev.onecheck.gateway.audit;

import java.time.ZoneId;

import dev.onecheck.domain.access.SupervisionAccess;
import dev.onecheck.domain.access.Viewer;
import dev.onecheck.domain.audit.AuditEntry;
import dev.onecheck.gateway.api.Connection;
import dev.onecheck.gateway.api.ForbiddenException;
import dev.onecheck.store.audit.AuditReader.AuditFilter;
import dev.onecheck.store.audit.AuditReader;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;

/** 全程留痕: the supervisor (司法局) reads the trail of every change. */
@Controller
class AuditController {

    private static final ZoneId CITY = ZoneId.of("Asia/Shanghai");

    private final AuditReader trail;

    AuditController(AuditReader trail) {
        this.trail = trail;
    }

    @QueryMapping
    Connection<AuditEntry> auditTrail(@Argument AuditFilter filter, @Argument Integer first, @Argument String after,
                                      @AuthenticationPrincipal Viewer viewer) {
        if (!SupervisionAccess.mayReadAuditTrail(viewer)) {
            throw new ForbiddenException("the audit trail is for supervisors");
        }
        return Connection.of(trail.entries(filter, Connection.afterKey(after),
                Connection.pageSize(first)), AuditEntry::id);
    }

    @SchemaMapping(typeName = "AuditEntry")
    String at(AuditEntry entry) {
        return entry.at().atZone(CITY).toOffsetDateTime().toString();
    }
}
