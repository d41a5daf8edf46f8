package dev.onecheck.gateway.onsite;

import java.util.List;
import java.util.Map;

import dev.onecheck.domain.access.Viewer;
import dev.onecheck.gateway.api.Batches;
import dev.onecheck.store.onsite.Feedback;
import dev.onecheck.store.onsite.OnsiteReader.Appeal;
import dev.onecheck.store.onsite.OnsiteReader.Rating;
import dev.onecheck.store.onsite.OnsiteReader;
import dev.onecheck.store.planning.PlanningReader.Inspection;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;

/** 查后评价 and 申诉 of the firm inspected, bound to the code it was shown, and the lead department's answer. */
@Controller
class FeedbackController {

    private final Feedback feedback;
    private final OnsiteReader reader;

    FeedbackController(Feedback feedback, OnsiteReader reader) {
        this.feedback = feedback;
        this.reader = reader;
    }

    @MutationMapping
    Rating rateInspection(@Argument String actionCode, @Argument int score, @Argument String comment, @AuthenticationPrincipal Viewer viewer) {
        String inspection = feedback.rate(viewer, actionCode, score, comment);
        return reader.ratingsOf(List.of(inspection)).get(inspection);
    }

    @MutationMapping
    Appeal appealInspection(@Argument String actionCode, @Argument String reason, @AuthenticationPrincipal Viewer viewer) {
        return reader.appeal(feedback.appeal(viewer, actionCode, reason)).orElseThrow();
    }

    @MutationMapping
    Appeal answerAppeal(@Argument String id, @Argument String answer, @AuthenticationPrincipal Viewer viewer) {
        feedback.answer(viewer, id, answer);
        return reader.appeal(id).orElseThrow();
    }

    @BatchMapping(typeName = "Inspection")
    Map<Inspection, Rating> rating(List<Inspection> inspections) {
        return Batches.one(inspections, Inspection::code, reader::ratingsOf);
    }

    @BatchMapping(typeName = "Inspection")
    Map<Inspection, List<Appeal>> appeals(List<Inspection> inspections) {
        return Batches.many(inspections, Inspection::code, reader::appealsOf);
    }
}
