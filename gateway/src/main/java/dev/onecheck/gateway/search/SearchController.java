package dev.onecheck.gateway.search;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

import dev.onecheck.domain.access.PublicationAccess;
import dev.onecheck.domain.access.Viewer;
import dev.onecheck.domain.law.Provision;
import dev.onecheck.gateway.api.Batches;
import dev.onecheck.gateway.api.Connection;
import dev.onecheck.gateway.api.InvalidArgumentException;
import dev.onecheck.search.index.KnowledgeSearch;
import dev.onecheck.search.index.SearchHit;
import dev.onecheck.search.index.SearchKind;
import dev.onecheck.search.index.SearchQuery;
import dev.onecheck.store.law.LawReader;
import dev.onecheck.store.penalty.PenaltyReader.CaseSummary;
import dev.onecheck.store.penalty.PenaltyReader.StandardSummary;
import dev.onecheck.store.penalty.PenaltyReader.ViolationSummary;
import dev.onecheck.store.penalty.PenaltyReader;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;

/**
 * 知识库检索: every role may search; unpublished cases — their hits and their titles among the suggestions — are left
 * out for those who may not read them. A hit's
 * graph object is resolved for all hits of a page at once, one read per kind.
 */
@Controller
class SearchController {

    /** GraphQL input {@code SearchFilter}. */
    record SearchFilterInput(List<String> lawLevels, List<String> departments, List<String> domains, String inForceOn) {
    }

    /** GraphQL type {@code AdviceTarget}: the argument of {@code penaltyAdvice} that answers for a hit, exactly one set. */
    record AdviceTarget(String violation, String provision) {
    }

    private static final int MAX_TEXT = 200;
    private static final int MAX_SUGGESTIONS = 20;

    private final KnowledgeSearch search;
    private final PenaltyReader penalties;
    private final LawReader laws;

    SearchController(KnowledgeSearch search, PenaltyReader penalties, LawReader laws) {
        this.search = search;
        this.penalties = penalties;
        this.laws = laws;
    }

    @QueryMapping
    Connection<SearchHit> search(@Argument String text, @Argument List<SearchKind> kinds, @Argument SearchFilterInput filter,
                                 @Argument Integer first, @Argument String after, @AuthenticationPrincipal Viewer viewer) {
        int size = Connection.pageSize(first);
        int offset = Connection.afterPosition(after);
        // Subtracting: a forged cursor's position near Integer.MAX_VALUE plus the page size would wrap below the window.
        if (offset > KnowledgeSearch.MAX_WINDOW - size) {
            throw new InvalidArgumentException("after", "reaches past the first " + KnowledgeSearch.MAX_WINDOW + " hits; refine the text");
        }
        SearchQuery query = new SearchQuery(text(text, "text"), kinds, filter(filter),
                !PublicationAccess.seesUnpublished(viewer), offset, size);
        return Connection.ofRanked(search.search(query), offset);
    }

    @QueryMapping
    List<String> searchSuggestions(@Argument String prefix, @Argument List<SearchKind> kinds, @Argument Integer first,
                                   @AuthenticationPrincipal Viewer viewer) {
        if (first == null || first < 1 || first > MAX_SUGGESTIONS) {
            throw new InvalidArgumentException("first", "must be between 1 and " + MAX_SUGGESTIONS + ", got " + first);
        }
        return search.suggest(text(prefix, "prefix"), kinds == null || kinds.isEmpty() ? List.of(SearchKind.values()) : kinds, first,
                !PublicationAccess.seesUnpublished(viewer));
    }

    @BatchMapping(typeName = "SearchHit")
    Map<SearchHit, Provision> provision(List<SearchHit> hits) {
        return resolve(hits, SearchKind.PROVISION, laws::provisions);
    }

    @BatchMapping(typeName = "SearchHit")
    Map<SearchHit, StandardSummary> standard(List<SearchHit> hits) {
        return resolve(hits, SearchKind.STANDARD, penalties::standardsOfViolations);
    }

    /** The articles a hit says are violated, read for all hits of a page at once, in the hit's order. */
    @BatchMapping(typeName = "SearchHit")
    Map<SearchHit, List<Provision>> violatedProvisions(List<SearchHit> hits) {
        List<String> ids = hits.stream().flatMap(h -> h.violatedProvisionIds().stream()).distinct().toList();
        Map<String, Provision> read = ids.isEmpty() ? Map.of() : laws.provisions(ids);
        Map<SearchHit, List<Provision>> violated = new LinkedHashMap<>();
        hits.forEach(h -> violated.put(h, h.violatedProvisionIds().stream().map(read::get).filter(Objects::nonNull).toList()));
        return violated;
    }

    /**
     * A standard answers through its violation (the hit's id is its code), a penalty article through itself; an
     * article that punishes nothing and a case have no advice of their own.
     */
    @SchemaMapping(typeName = "SearchHit")
    AdviceTarget advice(SearchHit hit) {
        return switch (hit.kind()) {
            case STANDARD -> new AdviceTarget(hit.id(), null);
            case PROVISION -> hit.setsPenalty() ? new AdviceTarget(null, hit.id()) : null;
            case CASE -> null;
        };
    }

    /** The violation of a STANDARD hit, curated or derived: a derived one has no standard, but its code asks for advice. */
    @BatchMapping(typeName = "SearchHit")
    Map<SearchHit, ViolationSummary> violation(List<SearchHit> hits) {
        return resolve(hits, SearchKind.STANDARD, penalties::violations);
    }

    @BatchMapping(typeName = "SearchHit", field = "case")
    Map<SearchHit, CaseSummary> caseOf(List<SearchHit> hits) {
        return resolve(hits, SearchKind.CASE, penalties::cases);
    }

    /** The graph objects of the hits of {@code kind}, read at once; hits of other kinds get null. */
    private static <T> Map<SearchHit, T> resolve(List<SearchHit> hits, SearchKind kind, Function<Collection<String>, Map<String, T>> read) {
        List<SearchHit> ofKind = hits.stream().filter(h -> h.kind() == kind).toList();
        return ofKind.isEmpty() ? Map.of() : Batches.one(ofKind, SearchHit::id, read);
    }

    private static String text(String value, String argument) {
        if (value == null || value.isBlank()) {
            throw new InvalidArgumentException(argument, "must not be blank");
        }
        if (value.length() > MAX_TEXT) {
            throw new InvalidArgumentException(argument, "must be at most " + MAX_TEXT + " characters, got " + value.length());
        }
        return value.strip();
    }

    private static SearchQuery.Filter filter(SearchFilterInput input) {
        if (input == null) {
            return SearchQuery.Filter.NONE;
        }
        LocalDate inForceOn = null;
        if (input.inForceOn() != null) {
            try {
                inForceOn = LocalDate.parse(input.inForceOn());
            } catch (DateTimeParseException e) {
                throw new InvalidArgumentException("filter.inForceOn", "must be a date YYYY-MM-DD, got '" + input.inForceOn() + "'");
            }
        }
        return new SearchQuery.Filter(input.lawLevels(), input.departments(), input.domains(), inForceOn);
    }
}
