package dev.onecheck.store;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.neo4j.driver.Driver;
import org.neo4j.driver.Value;

/**
 * Runs one keyset page of a list: the Cypher returns {@code node} rows in list order and takes {@code $limit}; one
 * row more than asked tells whether another page follows. Filters are parameters, never spliced into the text: an
 * absent filter is a null parameter the query skips ({@code $x IS NULL OR …}).
 */
public final class Listing {

    private final Driver driver;

    public Listing(Driver driver) {
        this.driver = driver;
    }

    public <T> Page<T> page(String cypher, Map<String, Object> parameters, int first, Function<Value, T> mapper) {
        Map<String, Object> withLimit = new HashMap<>(parameters);
        withLimit.put("limit", first + 1);
        List<T> rows = driver.executableQuery(cypher).withParameters(withLimit).execute().records().stream()
                .map(r -> mapper.apply(r.get("node"))).toList();
        return new Page<>(rows.subList(0, Math.min(first, rows.size())), rows.size() > first);
    }

    /**
     * A page as {@link #page(String, Map, int, Function)}, with the size of the whole list: {@code countCypher} takes
     * the same parameters and returns {@code total} (the filters without the keyset).
     */
    public <T> Page<T> page(String cypher, String countCypher, Map<String, Object> parameters, int first, Function<Value, T> mapper) {
        Page<T> page = page(cypher, parameters, first, mapper);
        long total = driver.executableQuery(countCypher).withParameters(parameters).execute().records().getFirst().get("total").asLong();
        return new Page<>(page.rows(), page.hasNext(), total);
    }

    /** Parameters from name–value pairs; unlike {@link Map#of}, values may be null (an absent filter). */
    public static Map<String, Object> parameters(Object... namesAndValues) {
        Map<String, Object> parameters = new HashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            parameters.put((String) namesAndValues[i], namesAndValues[i + 1]);
        }
        return parameters;
    }

    /** The first page starts after the empty key, which sorts before every natural key. */
    public static String after(String key) {
        return key == null ? "" : key;
    }
}
