package dev.onecheck.gateway.planning;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import dev.onecheck.domain.access.PlanAccess;
import dev.onecheck.domain.access.SubjectScope;
import dev.onecheck.domain.access.SupervisionAccess;
import dev.onecheck.domain.access.Viewer;
import dev.onecheck.gateway.api.Batches;
import dev.onecheck.gateway.api.Connection;
import dev.onecheck.gateway.api.ForbiddenException;
import dev.onecheck.store.planning.PlanningReader.Inspection;
import dev.onecheck.store.planning.PlanningReader.Metrics;
import dev.onecheck.store.planning.PlanningReader.Task;
import dev.onecheck.store.planning.PlanningReader;
import dev.onecheck.store.planning.TaskDesk;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.graphql.data.method.annotation.SubscriptionMapping;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import reactor.core.publisher.Flux;

/**
 * 入企检查: visits and their tasks, targeted tasks under the caps, the metrics, and the subscription that tells a
 * department about joint visits it takes part in. A visit is seen by the departments in it, the firm and supervisors
 * — the same scopes as subjects ({@link SubjectScope}), applied to a visit's departments.
 */
@Controller
class InspectionController {

    /** Filter of {@code inspections}. */
    record InspectionFilter(String uscc, String department, Integer year) {
    }

    private final TaskDesk tasks;
    private final PlanningReader reader;
    private final JointInspections joint;

    InspectionController(TaskDesk tasks, PlanningReader reader, JointInspections joint) {
        this.tasks = tasks;
        this.reader = reader;
        this.joint = joint;
    }

    @MutationMapping
    Inspection createTask(@Argument String plan, @Argument String uscc, @Argument String legalBasis, @AuthenticationPrincipal Viewer viewer) {
        TaskDesk.Created created = tasks.create(viewer, plan, uscc, legalBasis);
        joint.publish(created.merges());
        return reader.inspectionOfTask(created.task()).orElseThrow();
    }

    @QueryMapping
    Optional<Inspection> inspection(@Argument String code, @AuthenticationPrincipal Viewer viewer) {
        return reader.inspection(code).filter(v -> PlanAccess.maySeeVisit(viewer, v.uscc(), v.departments()));
    }

    @QueryMapping
    Connection<Inspection> inspections(@Argument InspectionFilter filter, @Argument Integer first, @Argument String after,
                                       @AuthenticationPrincipal Viewer viewer) {
        SubjectScope scope = SubjectScope.of(viewer)
                .orElseThrow(() -> new ForbiddenException("inspections are for the enforcement side and the firms inspected"));
                return Connection.of(reader.inspections(scope, filter.uscc(), filter.department(), filter.year(), Connection.afterKey(after),
                Connection.pageSize(first)), Inspection::code);
    }

    @SchemaMapping(typeName = "Inspection")
    boolean joint(Inspection inspection) {
        return inspection.joint();
    }

    @BatchMapping(typeName = "Inspection")
    Map<Inspection, List<Task>> tasks(List<Inspection> inspections) {
        return Batches.many(inspections, Inspection::code, reader::tasksOf);
    }

    @QueryMapping
    Metrics inspectionMetrics(@Argument int year, @Argument Integer mostVisited, @AuthenticationPrincipal Viewer viewer) {
        if (!SupervisionAccess.mayReadMetrics(viewer)) {
            throw new ForbiddenException("the metrics are for supervisors");
        }
        return reader.metrics(year, Math.clamp(mostVisited == null ? 10 : mostVisited, 0, Connection.MAX_PAGE_SIZE));
    }

    @SubscriptionMapping
    Flux<Inspection> jointInspectionProposed(@Argument String department, @AuthenticationPrincipal Viewer viewer) {
        if (!PlanAccess.mayFollowJointVisits(viewer, department)) {
            throw new ForbiddenException("a department's joint visits are for its officers and admins, and supervisors");
        }
        return joint.involving(department);
    }
}
