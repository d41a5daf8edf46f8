package dev.onecheck.store;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.neo4j.driver.Value;

/**
 * Runs a query for many parents at once: the Cypher takes {@code $keys} and returns rows of {@code key} (the
 * parent's key) and {@code node} (a related node), which come back grouped by parent.
 */
public final class Related {

    private final Driver driver;

    public Related(Driver driver) {
        this.driver = driver;
    }

    /** At most one related node per parent. */
    public <T> Map<String, T> one(String cypher, Collection<String> keys, Function<Value, T> mapper) {
        Map<String, T> result = new LinkedHashMap<>();
        for (Record r : run(cypher, keys, Map.of())) {
            result.put(r.get("key").asString(), mapper.apply(r.get("node")));
        }
        return result;
    }

    /** Any number per parent, in the query's order; parents without any get an empty list. */
    public <T> Map<String, List<T>> many(String cypher, Collection<String> keys, Function<Value, T> mapper) {
        return many(cypher, keys, Map.of(), mapper);
    }

    /** As {@link #many(String, Collection, Function)}, with further parameters besides {@code $keys}. */
    public <T> Map<String, List<T>> many(String cypher, Collection<String> keys, Map<String, Object> parameters, Function<Value, T> mapper) {
        Map<String, List<T>> result = new LinkedHashMap<>();
        keys.forEach(k -> result.put(k, new ArrayList<>()));
        for (Record r : run(cypher, keys, parameters)) {
            result.get(r.get("key").asString()).add(mapper.apply(r.get("node")));
        }
        return result;
    }

    private List<Record> run(String cypher, Collection<String> keys, Map<String, Object> parameters) {
        Map<String, Object> all = new HashMap<>(parameters);
        all.put("keys", List.copyOf(keys));
        return driver.executableQuery(cypher).withParameters(all).execute().records();
    }
}
