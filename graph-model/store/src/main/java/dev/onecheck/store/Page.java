package dev.onecheck.store;

import java.util.List;

/** One page of a keyset-paginated list: the rows after a key, and whether more follow. */
public record Page<T>(List<T> rows, boolean hasNext) {

    public Page {
        rows = List.copyOf(rows);
    }
}
