package dev.onecheck.gateway.api;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.function.Function;
import java.util.stream.IntStream;

import dev.onecheck.store.Page;

/**
 * One page of a list as a controller returns it: the rows, whether more follow, each row's cursor, and the size of
 * the whole list ({@code totalCount}; null for lists that do not count). Cursors are
 * opaque to clients (base64 of the row's natural key, or of its position in a ranked list), so the key can change
 * without breaking them. The schema names only the {@code …Connection} types; Spring for GraphQL generates the Relay
 * types ({@code …Connection}, {@code …Edge}, {@code PageInfo}) and {@link ConnectionConfiguration} fills them from this.
 */
public record Connection<T>(List<T> rows, boolean hasNext, List<String> cursors, Long total) {

    public static final int MAX_PAGE_SIZE = 100;

    public Connection {
        rows = List.copyOf(rows);
        cursors = List.copyOf(cursors);
        if (rows.size() != cursors.size()) {
            throw new IllegalArgumentException(rows.size() + " rows but " + cursors.size() + " cursors");
        }
    }

    public static <T> Connection<T> of(Page<T> page, Function<T, String> key) {
        return new Connection<>(page.rows(), page.hasNext(), page.rows().stream().map(row -> encode(key.apply(row))).toList(), page.total());
    }

    /** A page of a ranked list (search hits): each cursor is the position after its row. */
    public static <T> Connection<T> ofRanked(Page<T> page, int offset) {
        return new Connection<>(page.rows(), page.hasNext(),
                IntStream.rangeClosed(1, page.rows().size()).mapToObj(i -> encode(Integer.toString(offset + i))).toList(), page.total());
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
