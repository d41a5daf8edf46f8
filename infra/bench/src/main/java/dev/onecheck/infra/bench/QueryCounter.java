package dev.onecheck.infra.bench;

import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import org.neo4j.driver.Driver;
import org.neo4j.driver.Value;

/**
 * Counts the Cypher queries Neo4j executes while an action runs, with the server's own query collector
 * ({@code db.stats.collect('QUERIES')}): the round trips a client caused, seen from the database, so the gateway
 * needs no instrumentation. The count is only exact while nothing else queries the database.
 */
final class QueryCounter {

    private final Driver driver;

    QueryCounter(Driver driver) {
        this.driver = driver;
    }

    int count(Callable<?> action) throws Exception {
        // The collector may still hand over queries that completed just before it started: one collection that is
        // thrown away drains them, so the counted one sees only the action's.
        for (String call : List.of("CALL db.stats.collect('QUERIES')", "CALL db.stats.stop('QUERIES')", "CALL db.stats.clear('QUERIES')")) {
            driver.executableQuery(call).execute();
        }
        driver.executableQuery("CALL db.stats.collect('QUERIES')").execute();
        try {
            action.call();
        } finally {
            driver.executableQuery("CALL db.stats.stop('QUERIES')").execute();
        }
        int queries = 0;
        for (var record : driver.executableQuery("CALL db.stats.retrieve('QUERIES') YIELD data RETURN data").execute().records()) {
            Value data = record.get("data");
            if (!data.get("query").asString("").contains("db.stats.")) {
                List<Map<String, Object>> invocations = data.get("invocations").asList(Value::asMap, List.of());
                queries += invocations.size();
            }
        }
        driver.executableQuery("CALL db.stats.clear('QUERIES')").execute();
        return queries;
    }
}
