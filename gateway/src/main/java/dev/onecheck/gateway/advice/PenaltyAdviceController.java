package dev.onecheck.gateway.advice;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import dev.onecheck.domain.access.PublicationAccess;
import dev.onecheck.domain.access.PenaltyAccess;
import dev.onecheck.domain.access.Viewer;
import dev.onecheck.domain.penalty.advice.GeneralDiscretionRules;
import dev.onecheck.domain.penalty.advice.InvalidFactException;
import dev.onecheck.domain.penalty.advice.PenaltyAdvice;
import dev.onecheck.domain.penalty.advice.PenaltyAdvisor;
import dev.onecheck.domain.penalty.advice.ViolationFacts;
import dev.onecheck.gateway.api.ForbiddenException;
import dev.onecheck.gateway.api.InvalidArgumentException;
import dev.onecheck.search.index.KnowledgeSearch;
import dev.onecheck.search.index.SearchHit;
import dev.onecheck.search.index.SearchKind;
import dev.onecheck.search.index.SearchQuery;
import dev.onecheck.store.penalty.AdviceReader;
import dev.onecheck.store.penalty.GeneralRulesStore;
import dev.onecheck.store.penalty.PenaltyReader.CaseSummary;
import dev.onecheck.store.penalty.PenaltyReader.StandardSummary;
import dev.onecheck.store.penalty.PenaltyReader.ViolationSummary;
import dev.onecheck.store.penalty.PenaltyReader;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;

/**
 * 处罚建议 for the enforcement side: the graph gives the basis, {@link PenaltyAdvisor} the decision; similar cases
 * come from the knowledge-base search. A wrong fact is reported as the argument {@code facts.<fact>}. A derived
 * violation, or a penalty article asked for directly, has no local 裁量基准: the general rules in effect on the day of
 * the decision make one ({@code standardBasis: GENERAL_RULES}).
 */
@Controller
class PenaltyAdviceController {

    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");
    private static final int MAX_CASES = 10;

    private final AdviceReader bases;
    private final GeneralRulesStore rules;
    private final PenaltyAdvisor advisor;
    private final PenaltyReader penalties;
    private final KnowledgeSearch search;

    PenaltyAdviceController(AdviceReader bases, GeneralRulesStore rules, PenaltyAdvisor advisor, PenaltyReader penalties, KnowledgeSearch search) {
        this.bases = bases;
        this.rules = rules;
        this.advisor = advisor;
        this.penalties = penalties;
        this.search = search;
    }

    @QueryMapping
    PenaltyAdvice penaltyAdvice(@Argument String violation, @Argument String provision, @Argument ViolationFactsInput facts,
                                @AuthenticationPrincipal Viewer viewer) {
        if (!PenaltyAccess.mayAskForAdvice(viewer)) {
            throw new ForbiddenException("penalty advice is for officers, department admins and supervisors");
        }
        if ((violation == null) == (provision == null)) {
            throw new InvalidArgumentException(violation == null ? "violation" : "provision",
                    "give exactly one of 'violation' and 'provision', " + (violation == null ? "got neither" : "got both"));
        }
        ViolationFacts given;
        try {
            given = facts.facts(LocalDate.now(CHINA));
        } catch (InvalidFactException e) {
            throw new InvalidArgumentException("facts." + e.fact(), e.getMessage());
        }
        String argument = violation != null ? "violation" : "provision";
        AdviceReader.Found found = violation != null ? bases.basis(violation, given.decidedOn()) : bases.basisOfProvision(provision, given.decidedOn());
        if (found.basis() == null) {
            throw new InvalidArgumentException(argument, found.missing() instanceof AdviceReader.Missing.Unknown
                    ? (violation != null ? "names no known violation: '" + violation + "'" : "names no known article: '" + provision + "'")
                    : "has no local 裁量基准, and no general discretion rules are in effect on " + given.decidedOn()
                            + " (./onecheck load discretion-rules FILE)");
        }
        try {
            return advisor.advise(found.basis(), given);
        } catch (InvalidFactException e) {
            throw new InvalidArgumentException("facts." + e.fact(), e.getMessage());
        }
    }

    @SchemaMapping(typeName = "PenaltyAdvice")
    StandardBasis standardBasis(PenaltyAdvice advice) {
        return GeneralDiscretionRules.isGeneral(advice.standardCode()) ? StandardBasis.GENERAL_RULES : StandardBasis.LOCAL_STANDARD;
    }

    @SchemaMapping(typeName = "PenaltyAdvice")
    GeneralDiscretionRules generalRules(PenaltyAdvice advice) {
        return rules.ofStandard(advice.standardCode()).orElse(null);
    }

    /** 裁量依据: the violation's own standard, or the general rules. */
    enum StandardBasis {
        LOCAL_STANDARD, GENERAL_RULES
    }

    @SchemaMapping(typeName = "PenaltyAdvice")
    ViolationSummary violation(PenaltyAdvice advice) {
        return penalties.violations(List.of(advice.violationCode())).get(advice.violationCode());
    }

    @SchemaMapping(typeName = "PenaltyAdvice")
    StandardSummary standard(PenaltyAdvice advice) {
        return penalties.standardsOfViolations(List.of(advice.violationCode())).get(advice.violationCode());
    }

    /** Cases found by the violation's name, as a search would find them for this viewer. */
    @SchemaMapping(typeName = "PenaltyAdvice")
    List<CaseSummary> similarCases(PenaltyAdvice advice, @Argument Integer first, @AuthenticationPrincipal Viewer viewer) {
        if (first == null || first < 1 || first > MAX_CASES) {
            throw new InvalidArgumentException("first", "must be between 1 and " + MAX_CASES + ", got " + first);
        }
        List<String> codes = search.search(new SearchQuery(advice.violationName(), List.of(SearchKind.CASE), SearchQuery.Filter.NONE,
                !PublicationAccess.seesUnpublished(viewer), 0, first)).rows().stream().map(SearchHit::id).toList();
        Map<String, CaseSummary> cases = penalties.cases(codes);
        return codes.stream().filter(cases::containsKey).map(cases::get).toList();
    }
}
