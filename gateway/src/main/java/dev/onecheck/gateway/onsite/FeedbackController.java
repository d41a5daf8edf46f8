package dev.onecheck.gateway.onsite;

import java.util.List;
import java.util.Map;

import dev.onecheck.gateway.api.Batches;
import dev.onecheck.gateway.security.ViewerAuthentication;
import dev.onecheck.graph.onsite.Feedback;
import dev.onecheck.graph.read.OnsiteReader;
import dev.onecheck.graph.read.OnsiteReader.Appeal;
import dev.onecheck.graph.read.OnsiteReader.Rating;
import dev.onecheck.graph.read.PlanningReader.Inspection;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.security.access.prepost.PreAuthorize;
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
    @PreAuthorize("isAuthenticated()")
    Rating rateInspection(@Argument String actionCode, @Argument int score, @Argument String comment, ViewerAuthentication authentication) {
        String inspection = feedback.rate(authentication.viewer(), actionCode, score, comment);
        return reader.ratingsOf(List.of(inspection)).get(inspection);
    }

    @MutationMapping
    @PreAuthorize("isAuthenticated()")
    Appeal appealInspection(@Argument String actionCode, @Argument String reason, ViewerAuthentication authentication) {
        return reader.appeal(feedback.appeal(authentication.viewer(), actionCode, reason)).orElseThrow();
    }

    @MutationMapping
    @PreAuthorize("isAuthenticated()")
    Appeal answerAppeal(@Argument String id, @Argument String answer, ViewerAuthentication authentication) {
        feedback.answer(authentication.viewer(), id, answer);
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
