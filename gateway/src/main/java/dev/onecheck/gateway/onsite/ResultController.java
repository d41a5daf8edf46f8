package dev.onecheck.gateway.onsite;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import dev.onecheck.domain.access.OnsiteAccess;
import dev.onecheck.domain.access.Viewer;
import dev.onecheck.domain.onsite.ItemFinding;
import dev.onecheck.gateway.api.Batches;
import dev.onecheck.gateway.api.ForbiddenException;
import dev.onecheck.store.onsite.OnsiteReader.AdviceSnapshot;
import dev.onecheck.store.onsite.OnsiteReader.ItemResult;
import dev.onecheck.store.onsite.OnsiteReader.Rectification;
import dev.onecheck.store.onsite.OnsiteReader;
import dev.onecheck.store.onsite.Rectifications;
import dev.onecheck.store.onsite.ResultDesk;
import dev.onecheck.store.planning.PlanningReader.Task;
import dev.onecheck.store.planning.PlanningReader;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
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
    Task recordResults(@Argument String task, @Argument String actionCode, @Argument List<ItemResultInput> results,
                       @AuthenticationPrincipal Viewer viewer) {
        LocalDate today = LocalDate.now(clock);
        List<ItemFinding> findings = new ArrayList<>();
        for (int i = 0; i < results.size(); i++) {
            findings.add(results.get(i).finding(i, today));
        }
        desk.record(viewer, actionCode, task, findings);
        return planning.task(task).orElseThrow();
    }

    @BatchMapping(typeName = "Task")
    Map<Task, List<ItemResult>> results(List<Task> tasks) {
        return Batches.many(tasks, Task::code, reader::resultsOf);
    }

    @QueryMapping
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
    String note(ItemResult result, @AuthenticationPrincipal Viewer viewer) {
        if (!OnsiteAccess.maySeeNote(viewer, result.uscc())) {
            throw new ForbiddenException("the officer's note is for the enforcement side and the firm inspected");
        }
        return result.note();
    }

    @SchemaMapping(typeName = "ItemResult")
    AdviceSnapshot advice(ItemResult result, @AuthenticationPrincipal Viewer viewer) {
        if (!OnsiteAccess.maySeeAdvice(viewer)) {
            throw new ForbiddenException("penalty advice is for the enforcement side");
        }
        return result.advice();
    }

    /** The firm its own; officers and admins the orders of their department; supervisors all. */
    @QueryMapping
    List<Rectification> rectifications(@Argument String uscc, @Argument Boolean open, @AuthenticationPrincipal Viewer viewer) {
        if (!OnsiteAccess.mayAskForRectifications(viewer, uscc)) {
            throw new ForbiddenException("a firm's rectifications are for the firm and the enforcement side");
        }
        return reader.rectifications(uscc, !Boolean.FALSE.equals(open)).stream()
                .filter(z -> OnsiteAccess.maySeeRectification(viewer, uscc, z.department())).toList();
    }

    @MutationMapping
    Rectification reportRectified(@Argument String code, @Argument String note, @AuthenticationPrincipal Viewer viewer) {
        rectifications.report(viewer, code, note);
        return reader.rectification(code).orElseThrow();
    }

    @MutationMapping
    Rectification closeRectification(@Argument String code, @Argument String note, @AuthenticationPrincipal Viewer viewer) {
        rectifications.close(viewer, code, note);
        return reader.rectification(code).orElseThrow();
    }
}
