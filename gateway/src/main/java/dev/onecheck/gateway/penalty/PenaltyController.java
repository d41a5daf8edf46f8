package dev.onecheck.gateway.penalty;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import dev.onecheck.gateway.api.Batches;
import dev.onecheck.graph.catalog.Department;
import dev.onecheck.graph.law.Provision;
import dev.onecheck.graph.penalty.Tier;
import dev.onecheck.graph.read.PenaltyReader;
import dev.onecheck.graph.read.PenaltyReader.CaseSummary;
import dev.onecheck.graph.read.PenaltyReader.StandardSummary;
import dev.onecheck.graph.read.PenaltyReader.ViolationSummary;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

/**
 * 违法行为, 裁量基准 and 典型案例 reached from authorised queries (search hits): published rules, readable by every
 * role that reached them. Each field is batch-loaded for all parents of a level.
 */
@Controller
class PenaltyController {

    private final PenaltyReader penalties;

    PenaltyController(PenaltyReader penalties) {
        this.penalties = penalties;
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
