package dev.onecheck.store.planning;

import java.util.List;
import java.util.Map;

import org.neo4j.driver.TransactionContext;

/** The upper-level departments (上级部门) of a department, nearest first, for 结果互认. */
final class Departments {

    private Departments() {
    }

    static List<String> ancestors(TransactionContext tx, String department) {
        return tx.run("""
                MATCH path = (:Department {code: $department})-[:BRANCH_OF*1..]->(upper:Department)
                RETURN upper.code AS code ORDER BY length(path)""", Map.of("department", department))
                .list(r -> r.get("code").asString());
    }
}
