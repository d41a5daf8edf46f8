package dev.onecheck.gateway.api;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.function.Function;

import dev.onecheck.store.Page;

/**
 * A Relay connection over a keyset page. Cursors are opaque to clients (base64 of the row's natural key), so the
 * key can change without breaking them.
 */
public record Connection<T>(List<Edge<T>> edges, PageInfo pageInfo) {

    public static final int MAX_PAGE_SIZE = 100;

    public record Edge<T>(String cursor, T node) {
    }

    public record PageInfo(boolean hasNextPage, String endCursor) {
    }

    public static <T> Connection<T> of(Page<T> page, Function<T, String> key) {
        List<Edge<T>> edges = page.rows().stream().map(row -> new Edge<>(encode(key.apply(row)), row)).toList();
        return new Connection<>(edges, new PageInfo(page.hasNext(), edges.isEmpty() ? null : edges.getLast().cursor()));
    }

    /** A page of a ranked list (search hits): each cursor is the position after its edge. */
    public static <T> Connection<T> ofRanked(Page<T> page, int offset) {
        List<Edge<T>> edges = new ArrayList<>();
        for (int i = 0; i < page.rows().size(); i++) {
            edges.add(new Edge<>(encode(Integer.toString(offset + i + 1)), page.rows().get(i)));
        }
        return new Connection<>(edges, new PageInfo(page.hasNext(), edges.isEmpty() ? null : edges.getLast().cursor()));
    }

    /** The position an {@code after} cursor of a ranked list points past; 0 for the first page. */
    public static int afterPosition(String after) {
        String key = afterKey(after);
        if (key == null) {
            return 0;
        }
        try {
            int position = Integer.parseInt(key);
            if (position >= 0) {
                return position;
            }
        } catch (NumberFormatException notRanked) {
            // reported below
        }
        throw new InvalidArgumentException("after", "is not a cursor of this list");
    }

    /** Checks {@code first} against the page-size limit. */
    public static int pageSize(Integer first) {
        if (first == null || first < 1 || first > MAX_PAGE_SIZE) {
            throw new InvalidArgumentException("first", "must be between 1 and " + MAX_PAGE_SIZE + ", got " + first);
        }
        return first;
    }

    /** The key inside an {@code after} cursor, or null for the first page. */
    public static String afterKey(String after) {
        if (after == null) {
            return null;
        }
        try {
            String decoded = new String(Base64.getUrlDecoder().decode(after), StandardCharsets.UTF_8);
            if (decoded.startsWith("k:")) {
                return decoded.substring(2);
            }
        } catch (IllegalArgumentException notBase64) {
            // reported below
        }
        throw new InvalidArgumentException("after", "is not a cursor this API issued");
    }

    private static String encode(String key) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(("k:" + key).getBytes(StandardCharsets.UTF_8));
    }
}
