package dev.onecheck.gateway.catalog;

import dev.onecheck.domain.access.Viewer;
import dev.onecheck.gateway.api.ForbiddenException;
import dev.onecheck.gateway.api.InvalidArgumentException;
import dev.onecheck.store.subject.SubjectReader.SubjectDetails;
import dev.onecheck.store.subject.SubjectReader;
import dev.onecheck.store.subject.WhiteList;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;

/** 白名单 changes: the rule and the audit entry live in {@link WhiteList}; this maps its outcome to the API. */
@Controller
class WhiteListController {

    private final WhiteList whiteList;
    private final SubjectReader subjects;

    WhiteListController(WhiteList whiteList, SubjectReader subjects) {
        this.whiteList = whiteList;
        this.subjects = subjects;
    }

    @MutationMapping
    SubjectDetails setWhiteListed(@Argument String uscc, @Argument boolean whiteListed, @Argument String reason,
                                  @AuthenticationPrincipal Viewer viewer) {
        if (reason.isBlank()) {
            throw new InvalidArgumentException("reason", "must say why (理由 is kept in the audit trail)");
        }
        return switch (whiteList.set(viewer, uscc, whiteListed, reason.strip())) {
            case CHANGED -> subjects.subject(uscc).orElseThrow();
            case NOT_ALLOWED -> throw new ForbiddenException("only admins of a department supervising " + uscc + " manage its white list");
            case NO_SUCH_SUBJECT -> throw new InvalidArgumentException("uscc", "names no subject: " + uscc);
        };
    }
}
