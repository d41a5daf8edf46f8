package dev.onecheck.gateway.catalog;

import java.util.List;
import java.util.Map;

import dev.onecheck.domain.access.SubjectAccess;
import dev.onecheck.domain.access.SubjectScope;
import dev.onecheck.domain.access.Viewer;
import dev.onecheck.domain.catalog.Department;
import dev.onecheck.domain.subject.CreditLevel;
import dev.onecheck.domain.subject.RiskLevel;
import dev.onecheck.gateway.api.Batches;
import dev.onecheck.gateway.api.Connection;
import dev.onecheck.gateway.api.ForbiddenException;
import dev.onecheck.store.catalog.CatalogReader.ItemSummary;
import dev.onecheck.store.subject.SubjectReader.SubjectDetails;
import dev.onecheck.store.subject.SubjectReader.SubjectFilter;
import dev.onecheck.store.subject.SubjectReader;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;

/**
 * 监管对象: each read passes {@link SubjectAccess} (lists: {@link SubjectScope}); an enterprise never learns whether
 * another firm exists. Credit and risk levels are a field-level rule on top.
 */
@Controller
class SubjectController {

    private final SubjectReader subjects;

    SubjectController(SubjectReader subjects) {
        this.subjects = subjects;
    }

    @QueryMapping
    SubjectDetails subject(@Argument String uscc, @AuthenticationPrincipal Viewer viewer) {
        if (!SubjectAccess.mayAsk(viewer, uscc)) {
            throw new ForbiddenException("you may not read subject " + uscc);
        }
        SubjectDetails subject = subjects.subject(uscc).orElse(null);
        // A firm that does not exist answers as one of another department does (no existence oracle): only who may
        // see every firm learns that there is none.
        if (!SubjectAccess.maySee(viewer, uscc, subject == null ? List.of() : subject.supervisingDepartments())) {
            throw new ForbiddenException("you may not read subject " + uscc);
        }
        return subject;
    }

    /** The enterprise's own record: allowed by definition of SubjectAccess, so no further check. */
    @SchemaMapping(typeName = "Viewer")
    SubjectDetails subject(Viewer viewer) {
        return viewer.uscc() == null ? null : subjects.subject(viewer.uscc()).orElse(null);
    }

    @QueryMapping
    Connection<SubjectDetails> subjects(@Argument SubjectFilter filter, @Argument Integer first, @Argument String after,
                                        @AuthenticationPrincipal Viewer viewer) {
        if ((filter.creditLevel() != null || filter.riskLevel() != null) && !SubjectAccess.seesCreditDetails(viewer)) {
            throw new ForbiddenException("only the enforcement side may filter by credit or risk level");
        }
        SubjectScope scope = SubjectScope.of(viewer).orElseThrow(() -> new ForbiddenException("subject records are not published"));
        return Connection.of(subjects.subjects(filter, scope, Connection.afterKey(after), Connection.pageSize(first)), SubjectDetails::uscc);
    }

    /** 信用等级: a field-level rule (see SubjectAccess#seesCreditDetails). */
    @SchemaMapping(typeName = "Subject")
    CreditLevel creditLevel(SubjectDetails subject, @AuthenticationPrincipal Viewer viewer) {
        return creditDetail(subject.creditLevel(), viewer);
    }

    /** 风险等级: the same rule as 信用等级. */
    @SchemaMapping(typeName = "Subject")
    RiskLevel riskLevel(SubjectDetails subject, @AuthenticationPrincipal Viewer viewer) {
        return creditDetail(subject.riskLevel(), viewer);
    }

    private static <T> T creditDetail(T value, Viewer viewer) {
        if (!SubjectAccess.seesCreditDetails(viewer)) {
            throw new ForbiddenException("credit and risk levels are for the enforcement side");
        }
        return value;
    }

    @BatchMapping(typeName = "Subject")
    Map<SubjectDetails, List<Department>> supervisingDepartments(List<SubjectDetails> details) {
        return Batches.many(details, SubjectDetails::uscc, subjects::supervisingDepartments);
    }

    @BatchMapping(typeName = "Subject")
    Map<SubjectDetails, List<ItemSummary>> applicableItems(List<SubjectDetails> details) {
        return Batches.many(details, SubjectDetails::uscc, subjects::applicableItems);
    }
}
