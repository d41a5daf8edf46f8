package dev.onecheck.search.index;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

/**
 * The three indices of the knowledge base. Each is an alias over a versioned physical index
 * ({@code provisions-20261123t101500123}), so a rebuild fills a new one and swaps the alias in one step.
 */
public enum SearchKind {
    /** 条款: one document per article of a law version. */
    PROVISION("provisions"),
    /** 违法行为 with its 违法条款, 处罚条款 and 裁量基准 tiers. */
    STANDARD("standards"),
    /** 典型案例. */
    CASE("cases");

    private final String alias;

    SearchKind(String alias) {
        this.alias = alias;
    }

    /** The name clients search: an alias, never a physical index. */
    public String alias() {
        return alias;
    }

    /** The kind a physical index (as a search hit names it) belongs to. */
    public static SearchKind ofIndex(String physicalIndex) {
        return Arrays.stream(values()).filter(k -> physicalIndex.equals(k.alias) || physicalIndex.startsWith(k.alias + "-"))
                .findFirst().orElseThrow(() -> new IllegalArgumentException("not a OneCheck index: " + physicalIndex));
    }

    public static List<String> aliases(List<SearchKind> kinds) {
        return kinds.stream().map(SearchKind::alias).toList();
    }

    /** The field mappings: the fields every index shares (filters, suggestions, vector) and this kind's own. */
    String commonMappingJson() {
        return resource("mappings/common.json");
    }

    String mappingJson() {
        return resource("mappings/" + alias + ".json");
    }

    private static String resource(String name) {
        try (InputStream in = SearchKind.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException(name + " is missing from the classpath");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
