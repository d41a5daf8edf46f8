package dev.onecheck.gateway.api;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Adapts the graph readers' "by parent key" answers to the per-parent maps {@code @BatchMapping} returns: one
 * read for all parents of a level.
 */
public final class Batches {

    private Batches() {
    }

    public static <P, T> Map<P, T> one(List<P> parents, Function<P, String> key, Function<Collection<String>, Map<String, T>> read) {
        Map<String, T> byKey = read.apply(parents.stream().map(key).distinct().toList());
        Map<P, T> result = new LinkedHashMap<>();
        parents.forEach(p -> {
            T value = byKey.get(key.apply(p));
            if (value != null) {
                result.put(p, value);
            }
        });
        return result;
    }

    public static <P, T> Map<P, List<T>> many(List<P> parents, Function<P, String> key,
                                       Function<Collection<String>, Map<String, List<T>>> read) {
        Map<String, List<T>> byKey = read.apply(parents.stream().map(key).distinct().toList());
        Map<P, List<T>> result = new LinkedHashMap<>();
        parents.forEach(p -> result.put(p, byKey.getOrDefault(key.apply(p), List.of())));
        return result;
    }
}
