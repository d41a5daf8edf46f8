package dev.onecheck.gateway.penalty;

import java.security.Principal;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import dev.onecheck.domain.access.PublicationAccess;
import dev.onecheck.domain.access.Viewer;
import dev.onecheck.domain.catalog.Department;
import dev.onecheck.domain.law.Provision;
import dev.onecheck.domain.penalty.Tier;
import dev.onecheck.domain.penalty.advice.StatutoryFine;
import dev.onecheck.domain.penalty.advice.StatutoryFines;
import dev.onecheck.gateway.api.Batches;
import dev.onecheck.gateway.api.Connection;
import dev.onecheck.gateway.api.InvalidArgumentException;
import dev.onecheck.gateway.security.Principals;
import dev.onecheck.store.penalty.PenaltyReader.CaseFilter;
import dev.onecheck.store.penalty.PenaltyReader.CaseOrder;
import dev.onecheck.store.penalty.PenaltyReader.CaseSummary;
import dev.onecheck.store.penalty.PenaltyReader.Derivation;
import dev.onecheck.store.penalty.PenaltyReader.StandardSummary;
import dev.onecheck.store.penalty.PenaltyReader.ViolationFilter;
import dev.onecheck.store.penalty.PenaltyReader.ViolationSummary;
import dev.onecheck.store.penalty.PenaltyReader;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;

/**
 * 违法行为, 裁量基准 and 典型案例: published rules for every role; cases not yet published (公示) for the
 * enforcement side only. Each field is batch-loaded for all parents of a level.
 */
@Controller
class PenaltyController {

    private final PenaltyReader penalties;

    PenaltyController(PenaltyReader penalties) {
        this.penalties = penalties;
    }

    @QueryMapping
    ViolationSummary violation(@Argument String code) {
        return penalties.violations(List.of(code)).get(code);
    }

    @QueryMapping
    Connection<ViolationSummary> violations(@Argument ViolationFilter filter, @Argument Integer first, @Argument String after) {
        return Connection.of(penalties.violations(filter, Connection.afterKey(after),
                Connection.pageSize(first)), ViolationSummary::code);
    }

    /** An unpublished case is null for those who may not see it, as if it did not exist. */
    @QueryMapping("case")
    CaseSummary caseByCode(@Argument String code, @AuthenticationPrincipal Viewer viewer) {
        CaseSummary found = penalties.cases(List.of(code)).get(code);
        return found != null && (found.published() || PublicationAccess.seesUnpublished(viewer)) ? found : null;
    }

    @QueryMapping
    Connection<CaseSummary> cases(@Argument CaseFilter filter, @Argument CaseOrder orderBy, @Argument Integer first,
                                  @Argument String after, @AuthenticationPrincipal Viewer viewer) {
        int size = Connection.pageSize(first);
        String afterKey = Connection.afterKey(after);
        try {
            return Connection.of(penalties.cases(filter, orderBy, afterKey, size,
                    PublicationAccess.seesUnpublished(viewer)), c -> PenaltyReader.caseKey(c, orderBy));
        } catch (IllegalArgumentException otherOrder) {
            throw new InvalidArgumentException("after", "is a cursor of another order");
        }
    }

    @BatchMapping(typeName = "Violation")
    Map<ViolationSummary, StandardSummary> standard(List<ViolationSummary> violations) {
        return Batches.one(violations, ViolationSummary::code, penalties::standardsOfViolations);
    }

    @BatchMapping(typeName = "Violation", field = "cases")
    Map<ViolationSummary, List<CaseSummary>> casesOfViolation(List<ViolationSummary> violations, Principal principal) {
        Viewer viewer = Principals.viewer(principal);
        boolean all = PublicationAccess.seesUnpublished(viewer);
        return Batches.many(violations, ViolationSummary::code, codes -> penalties.casesOf(codes, all));
    }

    @BatchMapping(typeName = "DiscretionStandard", field = "violation")
    Map<StandardSummary, ViolationSummary> violationOfStandard(List<StandardSummary> standards) {
        return Batches.one(standards, StandardSummary::violationCode, penalties::violations);
    }

    @BatchMapping(typeName = "DiscretionStandard")
    Map<StandardSummary, Provision> violatedProvision(List<StandardSummary> standards) {
        return first(standards, penalties::violatedProvisions);
    }

    @BatchMapping(typeName = "DiscretionStandard")
    Map<StandardSummary, Provision> penaltyProvision(List<StandardSummary> standards) {
        return first(standards, penalties::penaltyProvisions);
    }

    @BatchMapping(typeName = "DiscretionStandard")
    Map<StandardSummary, List<Tier>> tiers(List<StandardSummary> standards) {
        return Batches.many(standards, StandardSummary::code, penalties::tiers);
    }

    /** The fines a derived violation's penalty paragraph prescribes, read from its text as advice reads them. */
    @SchemaMapping(typeName = "Derivation")
    List<StatutoryFine> statutoryFines(Derivation derivation) {
        return StatutoryFines.parse(derivation.penaltyText());
    }

    @BatchMapping(typeName = "Violation", field = "department")
    Map<ViolationSummary, Department> enforcingDepartment(List<ViolationSummary> violations) {
        return Batches.one(violations, ViolationSummary::code, penalties::enforcingDepartments);
    }

    @BatchMapping(typeName = "Violation")
    Map<ViolationSummary, List<Provision>> violates(List<ViolationSummary> violations) {
        return Batches.many(violations, ViolationSummary::code, penalties::violatedProvisions);
    }

    @BatchMapping(typeName = "Violation")
    Map<ViolationSummary, List<Provision>> penalizedBy(List<ViolationSummary> violations) {
        return Batches.many(violations, ViolationSummary::code, penalties::penaltyProvisions);
    }

    @BatchMapping(typeName = "Case", field = "violation")
    Map<CaseSummary, ViolationSummary> violationOfCase(List<CaseSummary> cases) {
        return Batches.one(cases, CaseSummary::code, penalties::violationsOfCases);
    }

    @BatchMapping(typeName = "Case", field = "department")
    Map<CaseSummary, Department> decidingDepartment(List<CaseSummary> cases) {
        return Batches.one(cases, CaseSummary::code, penalties::decidingDepartments);
    }

    @BatchMapping(typeName = "Case")
    Map<CaseSummary, List<Provision>> cites(List<CaseSummary> cases) {
        return Batches.many(cases, CaseSummary::code, penalties::citedProvisions);
    }

    @SchemaMapping(typeName = "Tier")
    String level(Tier tier) {
        return tier.level().label();
    }

    @SchemaMapping(typeName = "Tier")
    String condition(Tier tier) {
        return tier.condition() == null ? null : tier.condition().label();
    }

    /** The first article of each standard's violation: the one the standard is built on. */
    private static Map<StandardSummary, Provision> first(List<StandardSummary> standards,
                                                         Function<Collection<String>, Map<String, List<Provision>>> read) {
        Map<StandardSummary, Provision> result = new LinkedHashMap<>();
        Batches.many(standards, StandardSummary::violationCode, read).forEach((standard, provisions) -> {
            if (!provisions.isEmpty()) {
                result.put(standard, provisions.getFirst());
            }
        });
        return result;
    }
}
