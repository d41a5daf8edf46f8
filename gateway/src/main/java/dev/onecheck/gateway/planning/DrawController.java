package dev.onecheck.gateway.planning;

import java.util.List;
import java.util.Optional;

import dev.onecheck.gateway.security.ViewerAuthentication;
import dev.onecheck.graph.access.PlanAccess;
import dev.onecheck.graph.planning.DoubleRandomDraw.Candidate;
import dev.onecheck.graph.planning.DrawDesk;
import dev.onecheck.graph.planning.DrawRecord;
import dev.onecheck.graph.planning.DrawRecord.Exclusion;
import dev.onecheck.graph.read.PlanningReader;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.security.access.prepost.PreAuthorize;
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
    @PreAuthorize("isAuthenticated()")
    DrawRecord commitDraw(@Argument String plan, ViewerAuthentication authentication) {
        desk.commit(authentication.viewer(), plan);
        return reader.draw(plan).orElseThrow();
    }

    @MutationMapping
    @PreAuthorize("isAuthenticated()")
    DrawRecord performDraw(@Argument String plan, ViewerAuthentication authentication) {
        joint.publish(desk.perform(authentication.viewer(), plan));
        return reader.draw(plan).orElseThrow();
    }

    @QueryMapping
    @PreAuthorize("isAuthenticated()")
    Optional<DrawRecord> draw(@Argument String plan) {
        return reader.draw(plan);
    }

    @QueryMapping
    @PreAuthorize("isAuthenticated()")
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

    /** Null with no error for the public: the tiers are 风险分类 results, which serve supervision only. */
    @SchemaMapping(typeName = "Draw")
    List<Candidate> candidates(DrawRecord draw, ViewerAuthentication authentication) {
        return PlanAccess.maySeeDrawInput(authentication.viewer()) ? draw.input().candidates() : null;
    }

    @SchemaMapping(typeName = "Draw")
    List<Exclusion> excluded(DrawRecord draw, ViewerAuthentication authentication) {
        return PlanAccess.maySeeDrawInput(authentication.viewer()) ? draw.excluded() : null;
    }
}
