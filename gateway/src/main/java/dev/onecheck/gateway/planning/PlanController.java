package dev.onecheck.gateway.planning;

import java.util.List;
import java.util.Optional;

import dev.onecheck.gateway.api.ForbiddenException;
import dev.onecheck.gateway.api.InvalidArgumentException;
import dev.onecheck.gateway.security.ViewerAuthentication;
import dev.onecheck.graph.access.PlanAccess;
import dev.onecheck.graph.access.Viewer;
import dev.onecheck.graph.planning.DrawRecord;
import dev.onecheck.graph.planning.Plan;
import dev.onecheck.graph.planning.PlanFiling;
import dev.onecheck.graph.planning.PlanningRefusal;
import dev.onecheck.graph.read.PlanningReader;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;

/** 检查计划: filing and reading plans, and 回避 declarations. The rules live in graph-model's planning package. */
@Controller
class PlanController {

    private final PlanFiling filing;
    private final PlanningReader reader;

    PlanController(PlanFiling filing, PlanningReader reader) {
        this.filing = filing;
        this.reader = reader;
    }

    @MutationMapping
    @PreAuthorize("isAuthenticated()")
    Plan filePlan(@Argument PlanInput input, ViewerAuthentication authentication) {
        Viewer who = authentication.viewer();
        if (who.departmentCode() == null) {
            throw new ForbiddenException("plans are filed by a department admin");
        }
        try {
            return reader.plan(filing.file(who, input.draft(who.departmentCode()))).orElseThrow();
        } catch (PlanningRefusal refusal) {
            throw refusal.under("input");
        }
    }

    @MutationMapping
    @PreAuthorize("isAuthenticated()")
    boolean declareConflict(@Argument String officer, @Argument String uscc, @Argument String reason, ViewerAuthentication authentication) {
        if (reason.isBlank()) {
            throw new InvalidArgumentException("reason", "must say why (理由 is kept in the audit trail)");
        }
        filing.declareConflict(authentication.viewer(), officer, uscc, reason.strip());
        return true;
    }

    @QueryMapping
    @PreAuthorize("isAuthenticated()")
    Optional<Plan> plan(@Argument String code, ViewerAuthentication authentication) {
        return reader.plan(code).filter(p -> PlanAccess.maySee(authentication.viewer(), p.draft().department(), p.draft().participants()));
    }

    @QueryMapping
    @PreAuthorize("isAuthenticated()")
    List<Plan> plans(@Argument String department, ViewerAuthentication authentication) {
        if (!authentication.viewer().oversees(department)) {
            throw new ForbiddenException("a department's plans are for its officers and admins, and supervisors");
        }
        return reader.plans(department);
    }

    @SchemaMapping(typeName = "Plan")
    String filedAt(Plan plan) {
        return plan.filedAt().toString();
    }

    @SchemaMapping(typeName = "Plan")
    Optional<DrawRecord> draw(Plan plan) {
        return reader.draw(plan.code());
    }
}
