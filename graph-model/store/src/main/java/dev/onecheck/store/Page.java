package dev.onecheck.store;

import java.util.List;

/**
 * One page of a keyset-paginated list: the rows after a key, whether more follow, and how many rows the whole list
 * (with its filters, from the start) holds — null for lists that do not count.
 */
public record Page<T>(List<T> rows, boolean hasNext, Long total) {

    public Page {
        rows = List.copyOf(rows);
    }

    public Page(List<T> rows, boolean hasNext) {
        this(rows, hasNext, null);
    }
}
