package dev.onecheck.gateway.clue;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.function.Function;

import dev.onecheck.domain.access.ClueAccess;
import dev.onecheck.domain.access.Viewer;
import dev.onecheck.domain.clue.Clue;
import dev.onecheck.domain.clue.ClueAggregation;
import dev.onecheck.domain.clue.ClueSource;
import dev.onecheck.domain.clue.SubjectReference;
import dev.onecheck.gateway.api.Connection;
import dev.onecheck.gateway.api.ForbiddenException;
import dev.onecheck.gateway.api.InvalidArgumentException;
import dev.onecheck.gateway.planning.JointInspections;
import dev.onecheck.search.index.KnowledgeSearch;
import dev.onecheck.store.clue.ClueDesk;
import dev.onecheck.store.clue.ClueReader;
import dev.onecheck.store.clue.ClueReader.Routing;
import dev.onecheck.store.clue.ClueReader.StoredClue;
import dev.onecheck.store.planning.PlanningReader;
import dev.onecheck.store.planning.PlanningReader.Inspection;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;

/**
 * 线索: intake with 研判 and 分办, the departments' answers, and the reads — every field by {@link ClueAccess}. A clue
 * that does not exist and one the caller may not read answer alike (FORBIDDEN), so no one learns which work orders exist.
 */
@Controller
class ClueController {

    /** GraphQL input {@code ClueInput}. */
    record ClueInput(ClueSource source, String workOrder, String receivedAt, String content, SubjectInput subject,
                     ComplainantInput complainant) {
    }

    record SubjectInput(String uscc, String name, String address) {
    }

    record ComplainantInput(String name, String phone) {
    }

    /** GraphQL type {@code ClueRouting}. */
    record RoutingView(String department, String status, String routedAt, String deadline, boolean overdue, String answeredAt,
                       String reason, String finding, String transferredTo, String task) {
    }

    private static final int RELATED_READ = Connection.MAX_PAGE_SIZE;

    private final ClueDesk desk;
    private final ClueReader reader;
    private final KnowledgeSearch search;
    private final ClueAggregation aggregation;
    private final PlanningReader planning;
    private final JointInspections joint;
    private final Clock clock;
    private final double minSimilarity;

    ClueController(ClueDesk desk, ClueReader reader, KnowledgeSearch search, ClueAggregation aggregation, PlanningReader planning,
                   JointInspections joint, Clock cityClock, ClueProperties properties) {
        this.desk = desk;
        this.reader = reader;
        this.search = search;
        this.aggregation = aggregation;
        this.planning = planning;
        this.joint = joint;
        this.clock = cityClock;
        this.minSimilarity = properties.readingSimilarity();
    }

    @MutationMapping
    StoredClue submitClue(@Argument ClueInput input, @AuthenticationPrincipal Viewer viewer) {
        if (!ClueAccess.mayReceive(viewer)) {
            throw new ForbiddenException(ClueDesk.NOT_YOURS);
        }
        Clue clue = clue(input, viewer.departmentCode());
        String id = desk.submit(viewer, clue, search.violationsFor(clue.content(), ClueDesk.READINGS, minSimilarity)).id();
        return reader.clue(id).orElseThrow();
    }

    private static Clue clue(ClueInput input, String department) {
        OffsetDateTime receivedAt;
        try {
            receivedAt = OffsetDateTime.parse(input.receivedAt());
        } catch (DateTimeParseException e) {
            throw new InvalidArgumentException("input.receivedAt", "is not an ISO-8601 time with offset (2027-05-06T09:30:00+08:00): " + input.receivedAt());
        }
        SubjectReference subject;
        try {
            subject = new SubjectReference(input.subject().uscc(), input.subject().name(), input.subject().address());
        } catch (IllegalArgumentException e) {
            throw new InvalidArgumentException("input.subject", e.getMessage());
        }
        if (input.content().isBlank()) {
            throw new InvalidArgumentException("input.content", "is empty; a clue says what is wrong (诉求内容)");
        }
        if (input.workOrder().isBlank()) {
            throw new InvalidArgumentException("input.workOrder", "is empty (工单编号)");
        }
        Clue.Complainant complainant = input.complainant() == null ? null
                : new Clue.Complainant(input.complainant().name(), input.complainant().phone());
        return new Clue(input.source(), input.workOrder(), receivedAt, input.content(), complainant, subject, department);
    }

    @MutationMapping
    StoredClue confirmClueSubject(@Argument String clue, @Argument String uscc, @AuthenticationPrincipal Viewer viewer) {
        desk.confirmSubject(viewer, clue, uscc);
        return reader.clue(clue).orElseThrow();
    }

    @MutationMapping
    Inspection acceptClue(@Argument String clue, @Argument String plan, @AuthenticationPrincipal Viewer viewer) {
        ClueDesk.Accepted accepted = desk.accept(viewer, clue, plan);
        if (accepted.created() != null) {
            joint.publish(accepted.created().merges());
        }
        return planning.inspectionOfTask(accepted.task()).orElseThrow();
    }

    @MutationMapping
    StoredClue transferClue(@Argument String clue, @Argument String to, @Argument String reason, @AuthenticationPrincipal Viewer viewer) {
        desk.transfer(viewer, clue, to, reason);
        return reader.clue(clue).orElseThrow();
    }

    @MutationMapping
    StoredClue closeClue(@Argument String clue, @Argument String finding, @AuthenticationPrincipal Viewer viewer) {
        desk.close(viewer, clue, finding);
        return reader.clue(clue).orElseThrow();
    }

    @QueryMapping
    StoredClue clue(@Argument String id, @AuthenticationPrincipal Viewer viewer) {
        if (!ClueAccess.mayAsk(viewer)) {
            throw new ForbiddenException("clues are for the enforcement side");
        }
        return reader.clue(id).filter(c -> ClueAccess.maySee(viewer, c.receivingDepartment(), c.routedTo()))
                .orElseThrow(() -> new ForbiddenException("no clue " + id + " of your department to read"));
    }

    @QueryMapping
    List<StoredClue> departmentClues(@Argument String department, @Argument Integer first, @AuthenticationPrincipal Viewer viewer) {
        return listOf(viewer, department, first, n -> reader.ofDepartment(department, n));
    }

    @QueryMapping
    List<StoredClue> pendingClueConfirmations(@Argument String department, @Argument Integer first, @AuthenticationPrincipal Viewer viewer) {
        return listOf(viewer, department, first, n -> reader.pendingConfirmation(department, n));
    }

    @QueryMapping
    List<StoredClue> overdueClues(@Argument String department, @Argument Integer first, @AuthenticationPrincipal Viewer viewer) {
        return listOf(viewer, department, first, n -> reader.overdue(department, OffsetDateTime.now(clock), n));
    }

    private static List<StoredClue> listOf(Viewer viewer, String department, Integer first, Function<Integer, List<StoredClue>> read) {
        if (!ClueAccess.mayListOf(viewer, department)) {
            throw new ForbiddenException("a department's clues are for its officers and admins, and supervisors");
        }
        return read.apply(Connection.pageSize(first));
    }

    @SchemaMapping(typeName = "Clue")
    String receivedAt(StoredClue clue) {
        return clue.receivedAt().toString();
    }

    @SchemaMapping(typeName = "Clue")
    Clue.Complainant complainant(StoredClue clue, @AuthenticationPrincipal Viewer viewer) {
        if (!ClueAccess.seesComplainant(viewer, clue.receivingDepartment())) {
            throw new ForbiddenException("the complainant is known to the receiving department only");
        }
        return clue.complainantName() == null && clue.complainantPhone() == null ? null
                : new Clue.Complainant(clue.complainantName(), clue.complainantPhone());
    }

    @SchemaMapping(typeName = "Clue")
    SubjectReference reference(StoredClue clue) {
        return new SubjectReference(clue.refUscc(), clue.refName(), clue.refAddress());
    }

    @SchemaMapping(typeName = "Clue")
    String uscc(StoredClue clue) {
        return clue.subject().uscc();
    }

    @SchemaMapping(typeName = "Clue")
    double confidence(StoredClue clue) {
        return clue.subject().confidence();
    }

    @SchemaMapping(typeName = "Clue")
    boolean needsConfirmation(StoredClue clue) {
        return clue.subject().needsConfirmation();
    }

    @SchemaMapping(typeName = "Clue")
    List<?> candidates(StoredClue clue) {
        return clue.subject().candidates();
    }

    @SchemaMapping(typeName = "Clue")
    List<RoutingView> routings(StoredClue clue) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        return clue.routings().stream().map(r -> view(r, now)).toList();
    }

    private static RoutingView view(Routing r, OffsetDateTime now) {
        return new RoutingView(r.department(), r.status().name(), r.routedAt().toString(), r.deadline().toString(),
                r.status().open() && r.deadline().isBefore(now), r.answeredAt() == null ? null : r.answeredAt().toString(),
                r.reason(), r.finding(), r.transferredTo(), r.task());
    }

    /** 多源线索归并: the other clues about the subject this one is inspected together with, those the viewer may read. */
    @SchemaMapping(typeName = "Clue")
    List<StoredClue> related(StoredClue clue, @AuthenticationPrincipal Viewer viewer) {
        if (clue.subject().uscc() == null) {
            return List.of();
        }
        List<StoredClue> about = reader.aboutSubject(clue.subject().uscc(), RELATED_READ);
        List<String> related = aggregation.relatedTo(seen(clue), about.stream().map(ClueController::seen).toList()).stream()
                .map(ClueAggregation.Seen::id).toList();
        return about.stream().filter(c -> related.contains(c.id()))
                .filter(c -> ClueAccess.maySee(viewer, c.receivingDepartment(), c.routedTo())).toList();
    }

    private static ClueAggregation.Seen seen(StoredClue clue) {
        return new ClueAggregation.Seen(clue.id(), clue.subject().uscc(), clue.source(), clue.receivingDepartment(), clue.receivedAt());
    }

    /** 检查依据 of a visit: the enforcement side's; a firm sees its visit, not who complained about it. */
    @SchemaMapping(typeName = "Inspection")
    List<StoredClue> clues(Inspection inspection, @AuthenticationPrincipal Viewer viewer) {
        if (!ClueAccess.mayAsk(viewer)) {
            throw new ForbiddenException("the clues behind a visit are for the enforcement side");
        }
        return reader.basisOf(inspection.code(), Connection.MAX_PAGE_SIZE).stream()
                .filter(c -> ClueAccess.maySee(viewer, c.receivingDepartment(), c.routedTo())).toList();
    }
}
