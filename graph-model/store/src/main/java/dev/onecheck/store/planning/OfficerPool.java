package dev.onecheck.store.planning;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import dev.onecheck.domain.planning.DoubleRandomDraw.Conflict;
import dev.onecheck.domain.planning.DoubleRandomDraw;
import dev.onecheck.domain.planning.PlanDraft;
import dev.onecheck.domain.planning.PlanningRefusal;
import org.neo4j.driver.TransactionContext;

/**
 * 执法人员名录库 for a plan: the department's officers whose certificate is valid to the window's last day and who
 * hold the plan's 执法领域, with the conflicts (回避) they declared against the firms concerned.
 */
final class OfficerPool {

    private OfficerPool() {
    }

    static List<String> qualified(TransactionContext tx, PlanDraft plan) {
        return tx.run("""
                MATCH (o:Officer)-[:MEMBER_OF]->(:Department {code: $department})
                WHERE o.validUntil >= $lastDay AND $domain IN o.domains
                RETURN o.certificateNo AS officer ORDER BY officer""",
                Map.of("department", plan.department(), "lastDay", plan.window().to(), "domain", plan.domain()))
                .list(r -> r.get("officer").asString());
    }

    static Set<Conflict> conflicts(TransactionContext tx, List<String> officers, Collection<String> firms) {
        return tx.run("""
                MATCH (o:Officer)-[:CONFLICTS_WITH]->(s:Subject)
                WHERE o.certificateNo IN $officers AND s.uscc IN $firms
                RETURN o.certificateNo AS officer, s.uscc AS firm""", Map.of("officers", officers, "firms", List.copyOf(firms)))
                .stream().map(r -> new Conflict(r.get("officer").asString(), r.get("firm").asString())).collect(Collectors.toSet());
    }

    /** Refuses a pool too small to send the city's number of officers to every firm. */
    static void requireStaffed(DoubleRandomDraw.Input input, PlanDraft plan) {
        if (input.officers().size() < input.officersPerTask()) {
            throw PlanningRefusal.invalid("plan", "%s has %d officers holding 执法领域 %s with a certificate valid to %s; 双随机 needs %d"
                    .formatted(plan.department(), input.officers().size(), plan.domain(), plan.window().to(), input.officersPerTask()));
        }
        List<String> understaffed = input.understaffed();
        if (!understaffed.isEmpty()) {
            throw PlanningRefusal.invalid("plan", "declared conflicts (回避) leave fewer than %d officers for %s"
                    .formatted(input.officersPerTask(), understaffed));
        }
    }
}
