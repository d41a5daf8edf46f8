package dev.onecheck.gateway.onsite;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import dev.onecheck.gateway.api.Batches;
import dev.onecheck.gateway.api.ForbiddenException;
import dev.onecheck.gateway.security.ViewerAuthentication;
import dev.onecheck.graph.access.Role;
import dev.onecheck.graph.access.Viewer;
import dev.onecheck.graph.onsite.ItemFinding;
import dev.onecheck.graph.onsite.Rectifications;
import dev.onecheck.graph.onsite.ResultDesk;
import dev.onecheck.graph.read.OnsiteReader;
import dev.onecheck.graph.read.OnsiteReader.AdviceSnapshot;
import dev.onecheck.graph.read.OnsiteReader.ItemResult;
import dev.onecheck.graph.read.OnsiteReader.Rectification;
import dev.onecheck.graph.read.PlanningReader;
import dev.onecheck.graph.read.PlanningReader.Task;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;

/**
 * 检查结果 per item, their publication (公示) and the rectifications (整改) they order. Results are read through
 * the visit they belong to (whose access is checked there) or, once published, by anyone; the officer's note goes
 * to the enforcement side and the firm, the penalty advice to the enforcement side only.
 */
@Controller
class ResultController {

    private final ResultDesk desk;
    private final Rectifications rectifications;
    private final OnsiteReader reader;
    private final PlanningReader planning;
    private final Clock clock;

    ResultController(ResultDesk desk, Rectifications rectifications, OnsiteReader reader, PlanningReader planning, Clock cityClock) {
        this.desk = desk;
        this.rectifications = rectifications;
        this.reader = reader;
        this.planning = planning;
        this.clock = cityClock;
    }

    @MutationMapping
    @PreAuthorize("isAuthenticated()")
    Task recordResults(@Argument String task, @Argument String actionCode, @Argument List<ItemResultInput> results,
                       ViewerAuthentication authentication) {
        LocalDate today = LocalDate.now(clock);
        List<ItemFinding> findings = new ArrayList<>();
        for (int i = 0; i < results.size(); i++) {
            findings.add(results.get(i).finding(i, today));
        }
        desk.record(authentication.viewer(), actionCode, task, findings);
        return planning.task(task).orElseThrow();
    }

    @BatchMapping(typeName = "Task")
    Map<Task, List<ItemResult>> results(List<Task> tasks) {
        return Batches.many(tasks, Task::code, reader::resultsOf);
    }

    @QueryMapping
    @PreAuthorize("isAuthenticated()")
    List<Task> publishedResults(@Argument String uscc) {
        return planning.publishedTasks(uscc, clock.instant());
    }

    @SchemaMapping(typeName = "PublishedResult")
    String task(Task task) {
        return task.code();
    }

    @SchemaMapping(typeName = "PublishedResult")
    LocalDate inspectedOn(Task task) {
        return task.recordedAt().atZoneSameInstant(clock.getZone()).toLocalDate();
    }

    @BatchMapping(typeName = "PublishedResult", field = "results")
    Map<Task, List<ItemResult>> publishedItems(List<Task> tasks) {
        return results(tasks);
    }

    @SchemaMapping(typeName = "ItemResult")
    String note(ItemResult result, ViewerAuthentication authentication) {
        Viewer viewer = authentication.viewer();
        return viewer.enforcementSide() || viewer.has(Role.ENTERPRISE) && result.uscc().equals(viewer.uscc()) ? result.note() : null;
    }

    @SchemaMapping(typeName = "ItemResult")
    AdviceSnapshot advice(ItemResult result, ViewerAuthentication authentication) {
        return authentication.viewer().enforcementSide() ? result.advice() : null;
    }

    /** The firm its own; officers and admins the orders of their department; supervisors all. */
    @QueryMapping
    @PreAuthorize("isAuthenticated()")
    List<Rectification> rectifications(@Argument String uscc, @Argument Boolean open, ViewerAuthentication authentication) {
        Viewer viewer = authentication.viewer();
        boolean firm = viewer.has(Role.ENTERPRISE) && uscc.equals(viewer.uscc());
        if (!firm && !viewer.enforcementSide()) {
            throw new ForbiddenException("a firm's rectifications are for the firm and the enforcement side");
        }
        return reader.rectifications(uscc, !Boolean.FALSE.equals(open)).stream()
                .filter(z -> firm || viewer.oversees(z.department())).toList();
    }

    @MutationMapping
    @PreAuthorize("isAuthenticated()")
    Rectification reportRectified(@Argument String code, @Argument String note, ViewerAuthentication authentication) {
        rectifications.report(authentication.viewer(), code, note);
        return reader.rectification(code).orElseThrow();
    }

    @MutationMapping
    @PreAuthorize("isAuthenticated()")
    Rectification closeRectification(@Argument String code, @Argument String note, ViewerAuthentication authentication) {
        rectifications.close(authentication.viewer(), code, note);
        return reader.rectification(code).orElseThrow();
    }
}
