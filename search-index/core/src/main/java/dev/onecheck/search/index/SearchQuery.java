package dev.onecheck.search.index;

import java.time.LocalDate;
import java.util.List;

/**
 * A knowledge-base search: the officer's text, the kinds to search, filters, whether only published documents
 * may be shown (公开: what the public may read), and the page as offset and size.
 */
public record SearchQuery(String text, List<SearchKind> kinds, Filter filter, boolean publishedOnly, int offset, int size) {

    /** Narrowing filters; empty lists and a null date mean "any". */
    public record Filter(List<String> lawLevels, List<String> departments, List<String> domains, LocalDate inForceOn) {

        public static final Filter NONE = new Filter(List.of(), List.of(), List.of(), null);

        public Filter {
            lawLevels = lawLevels == null ? List.of() : List.copyOf(lawLevels);
            departments = departments == null ? List.of() : List.copyOf(departments);
            domains = domains == null ? List.of() : List.copyOf(domains);
        }
    }

    public SearchQuery {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("the search text is empty");
        }
        kinds = kinds == null || kinds.isEmpty() ? List.of(SearchKind.values()) : List.copyOf(kinds);
        filter = filter == null ? Filter.NONE : filter;
    }
}
