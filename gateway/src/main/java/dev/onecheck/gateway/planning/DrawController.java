package dev.onecheck.gateway.planning;

import java.util.List;
import java.util.Optional;

import dev.onecheck.domain.access.PlanAccess;
import dev.onecheck.domain.access.Viewer;
import dev.onecheck.domain.planning.DoubleRandomDraw.Candidate;
import dev.onecheck.domain.planning.DrawRecord.Exclusion;
import dev.onecheck.domain.planning.DrawRecord;
import dev.onecheck.gateway.api.ForbiddenException;
import dev.onecheck.store.planning.DrawDesk;
import dev.onecheck.store.planning.PlanningReader;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;

/** 双随机、一公开: committing and making a plan's draw, reading it, and replaying it for anyone. */
@Controller
class DrawController {

    private final DrawDesk desk;
    private final PlanningReader reader;
    private final JointInspections joint;

    DrawController(DrawDesk desk, PlanningReader reader, JointInspections joint) {
        this.desk = desk;
        this.reader = reader;
        this.joint = joint;
    }

    @MutationMapping
    DrawRecord commitDraw(@Argument String plan, @AuthenticationPrincipal Viewer viewer) {
        desk.commit(viewer, plan);
        return reader.draw(plan).orElseThrow();
    }

    @MutationMapping
    DrawRecord performDraw(@Argument String plan, @AuthenticationPrincipal Viewer viewer) {
        joint.publish(desk.perform(viewer, plan));
        return reader.draw(plan).orElseThrow();
    }

    @QueryMapping
    Optional<DrawRecord> draw(@Argument String plan) {
        return reader.draw(plan);
    }

    @QueryMapping
    Optional<DrawRecord.Replay> replayDraw(@Argument String plan) {
        return reader.draw(plan).flatMap(DrawRecord::replay);
    }

    @SchemaMapping(typeName = "Draw")
    String committedAt(DrawRecord draw) {
        return draw.committedAt().toString();
    }

    @SchemaMapping(typeName = "Draw")
    String drawnAt(DrawRecord draw) {
        return draw.drawnAt() == null ? null : draw.drawnAt().toString();
    }

    @SchemaMapping(typeName = "Draw")
    int candidateCount(DrawRecord draw) {
        return draw.input().candidates().size();
    }

    @SchemaMapping(typeName = "Draw")
    List<String> officers(DrawRecord draw) {
        return draw.input().officers();
    }

    /** The tiers are 风险分类 results, which serve supervision only: refused to the public and enterprises. */
    @SchemaMapping(typeName = "Draw")
    List<Candidate> candidates(DrawRecord draw, @AuthenticationPrincipal Viewer viewer) {
        requireDrawInput(viewer);
        return draw.input().candidates();
    }

    @SchemaMapping(typeName = "Draw")
    List<Exclusion> excluded(DrawRecord draw, @AuthenticationPrincipal Viewer viewer) {
        requireDrawInput(viewer);
        return draw.excluded();
    }

    private static void requireDrawInput(Viewer viewer) {
        if (!PlanAccess.maySeeDrawInput(viewer)) {
            throw new ForbiddenException("a draw's candidates and exclusions are for the enforcement side");
        }
    }
}
