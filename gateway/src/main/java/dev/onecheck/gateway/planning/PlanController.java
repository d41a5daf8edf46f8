package dev.onecheck.gateway.planning;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import dev.onecheck.domain.access.PlanAccess;
import dev.onecheck.domain.access.Viewer;
import dev.onecheck.domain.planning.DrawRecord;
import dev.onecheck.domain.planning.Plan;
import dev.onecheck.domain.planning.PlanningRefusal;
import dev.onecheck.gateway.api.Batches;
import dev.onecheck.gateway.api.ForbiddenException;
import dev.onecheck.gateway.api.InvalidArgumentException;
import dev.onecheck.store.planning.PlanFiling;
import dev.onecheck.store.planning.PlanningReader;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
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
    Plan filePlan(@Argument PlanInput input, @AuthenticationPrincipal Viewer viewer) {
        if (!PlanAccess.mayFile(viewer)) {
            throw new ForbiddenException("plans are filed by a department admin");
        }
        try {
            return reader.plan(filing.file(viewer, input.draft(viewer.departmentCode()))).orElseThrow();
        } catch (PlanningRefusal refusal) {
            throw refusal.under("input");
        }
    }

    @MutationMapping
    boolean declareConflict(@Argument String officer, @Argument String uscc, @Argument String reason, @AuthenticationPrincipal Viewer viewer) {
        if (reason.isBlank()) {
            throw new InvalidArgumentException("reason", "must say why (理由 is kept in the audit trail)");
        }
        filing.declareConflict(viewer, officer, uscc, reason.strip());
        return true;
    }

    @QueryMapping
    Optional<Plan> plan(@Argument String code, @AuthenticationPrincipal Viewer viewer) {
        return reader.plan(code).filter(p -> PlanAccess.maySee(viewer, p.draft().department(), p.draft().participants()));
    }

    @QueryMapping
    List<Plan> plans(@Argument String department, @AuthenticationPrincipal Viewer viewer) {
        if (!PlanAccess.mayListPlansOf(viewer, department)) {
            throw new ForbiddenException("a department's plans are for its officers and admins, and supervisors");
        }
        return reader.plans(department);
    }

    @SchemaMapping(typeName = "Plan")
    String filedAt(Plan plan) {
        return plan.filedAt().toString();
    }

    @BatchMapping(typeName = "Plan")
    Map<Plan, DrawRecord> draw(List<Plan> plans) {
        return Batches.one(plans, Plan::code, reader::draws);
    }
}
