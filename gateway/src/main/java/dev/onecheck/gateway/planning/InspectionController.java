package dev.onecheck.gateway.planning;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import dev.onecheck.gateway.api.Batches;
import dev.onecheck.gateway.api.Connection;
import dev.onecheck.gateway.api.ForbiddenException;
import dev.onecheck.gateway.security.ViewerAuthentication;
import dev.onecheck.graph.access.Role;
import dev.onecheck.graph.access.SubjectScope;
import dev.onecheck.graph.access.Viewer;
import dev.onecheck.graph.planning.TaskDesk;
import dev.onecheck.graph.read.PlanningReader;
import dev.onecheck.graph.read.PlanningReader.Inspection;
import dev.onecheck.graph.read.PlanningReader.Metrics;
import dev.onecheck.graph.read.PlanningReader.Task;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.graphql.data.method.annotation.SubscriptionMapping;
import org.springframework.security.access.prepost.PreAuthorize;
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
    @PreAuthorize("isAuthenticated()")
    Inspection createTask(@Argument String plan, @Argument String uscc, @Argument String legalBasis, ViewerAuthentication authentication) {
        TaskDesk.Created created = tasks.create(authentication.viewer(), plan, uscc, legalBasis);
        joint.publish(created.merges());
        return reader.inspectionOfTask(created.task()).orElseThrow();
    }

    @QueryMapping
    @PreAuthorize("isAuthenticated()")
    Optional<Inspection> inspection(@Argument String code, ViewerAuthentication authentication) {
        return reader.inspection(code).filter(v -> maySee(authentication.viewer(), v));
    }

    @QueryMapping
    @PreAuthorize("isAuthenticated()")
    Connection<Inspection> inspections(@Argument InspectionFilter filter, @Argument Integer first, @Argument String after,
                                       ViewerAuthentication authentication) {
        SubjectScope scope = SubjectScope.of(authentication.viewer())
                .orElseThrow(() -> new ForbiddenException("inspections are for the enforcement side and the firms inspected"));
        InspectionFilter f = filter == null ? new InspectionFilter(null, null, null) : filter;
        return Connection.of(reader.inspections(scope, f.uscc(), f.department(), f.year(), Connection.afterKey(after),
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
    @PreAuthorize("isAuthenticated()")
    Metrics inspectionMetrics(@Argument int year, @Argument Integer mostVisited, ViewerAuthentication authentication) {
        if (!authentication.viewer().has(Role.SUPERVISOR)) {
            throw new ForbiddenException("the metrics are for supervisors");
        }
        return reader.metrics(year, Math.clamp(mostVisited == null ? 10 : mostVisited, 0, Connection.MAX_PAGE_SIZE));
    }

    @SubscriptionMapping
    @PreAuthorize("isAuthenticated()")
    Flux<Inspection> jointInspectionProposed(@Argument String department, ViewerAuthentication authentication) {
        if (!authentication.viewer().oversees(department)) {
            throw new ForbiddenException("a department's joint visits are for its officers and admins, and supervisors");
        }
        return joint.involving(department);
    }

    private static boolean maySee(Viewer viewer, Inspection inspection) {
        return SubjectScope.of(viewer).filter(scope -> (scope.uscc() == null || scope.uscc().equals(inspection.uscc()))
                && (scope.department() == null || inspection.departments().contains(scope.department()))).isPresent();
    }
}
