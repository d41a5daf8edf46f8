package dev.onecheck.gateway.catalog;

import java.util.List;
import java.util.Map;

import dev.onecheck.gateway.api.Batches;
import dev.onecheck.gateway.api.ForbiddenException;
import dev.onecheck.gateway.security.ViewerAuthentication;
import dev.onecheck.graph.access.SubjectAccess;
import dev.onecheck.graph.access.Viewer;
import dev.onecheck.graph.read.CatalogReader.ItemSummary;
import dev.onecheck.graph.read.SubjectReader;
import dev.onecheck.graph.read.SubjectReader.SubjectDetails;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;

/** 监管对象: each read passes {@link SubjectAccess}; an enterprise never learns whether another firm exists. */
@Controller
class SubjectController {

    private final SubjectReader subjects;

    SubjectController(SubjectReader subjects) {
        this.subjects = subjects;
    }

    @QueryMapping
    @PreAuthorize("isAuthenticated()")
    SubjectDetails subject(@Argument String uscc, ViewerAuthentication authentication) {
        Viewer viewer = authentication.viewer();
        if (!SubjectAccess.mayAsk(viewer, uscc)) {
            throw new ForbiddenException("you may not read subject " + uscc);
        }
        SubjectDetails subject = subjects.subject(uscc).orElse(null);
        if (subject != null && !SubjectAccess.maySee(viewer, subject.uscc(), subject.supervisingDepartments())) {
            throw new ForbiddenException("you may not read subject " + uscc);
        }
        return subject;
    }

    /** The enterprise's own record: allowed by definition of SubjectAccess, so no further check. */
    @SchemaMapping(typeName = "Viewer")
    SubjectDetails subject(Viewer viewer) {
        return viewer.uscc() == null ? null : subjects.subject(viewer.uscc()).orElse(null);
    }

    @BatchMapping(typeName = "Subject")
    Map<SubjectDetails, List<ItemSummary>> applicableItems(List<SubjectDetails> details) {
        return Batches.many(details, SubjectDetails::uscc, subjects::applicableItems);
    }
}
