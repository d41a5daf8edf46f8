package dev.onecheck.store.clue;

import java.util.List;
import java.util.Map;

import org.neo4j.driver.TransactionContext;

/**
 * 谁主管谁牵头: the departments competent for violations — those that enforce them, and those that initiate or
 * cooperate on the 检查事项 based on the articles the violations break.
 */
final class ClueRouting {

    private ClueRouting() {
    }

    static List<String> departments(TransactionContext tx, List<String> violations) {
        if (violations.isEmpty()) {
            return List.of();
        }
        return tx.run("""
                UNWIND $violations AS code
                MATCH (v:Violation {code: code})
                CALL (v) {
                  MATCH (d:Department)-[:ENFORCES]->(v) RETURN d
                  UNION
                  MATCH (v)-[:VIOLATES]->(:Provision)<-[:BASED_ON]-(:Item)<-[:INITIATES|COOPERATES]-(d:Department) RETURN d
                }
                RETURN DISTINCT d.code AS department ORDER BY department""", Map.of("violations", violations))
                .list(r -> r.get("department").asString());
    }
}
