package dev.onecheck.store.planning;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import dev.onecheck.domain.planning.PlanDraft;
import org.neo4j.driver.TransactionContext;

/**
 * Creates a plan's department tasks, each in a visit (一次入企) of its own with the officers sent; merging may then
 * fold the visits. Drawn tasks are linked to the plan's draw, which is what a replay compares against.
 */
final class NewTasks {

    /** One task to create: the firm, the officers, and — for a task beyond a cap — its legal basis and the caps it overrides. */
    record NewTask(String uscc, List<String> officers, String officerSeed, String legalBasis, List<String> overriddenCaps) {

        static NewTask drawn(String uscc, List<String> officers) {
            return new NewTask(uscc, officers, null, null, List.of());
        }

        Map<String, Object> row() {
            Map<String, Object> row = new HashMap<>();
            row.put("uscc", uscc);
            row.put("officers", officers);
            row.put("officerSeed", officerSeed);
            row.put("legalBasis", legalBasis);
            row.put("overriddenCaps", overriddenCaps);
            return row;
        }
    }

    private NewTasks() {
    }

    /** The code of the task a plan puts to a firm. */
    static String code(String plan, String uscc) {
        return plan + "/" + uscc;
    }

    static void create(TransactionContext tx, String plan, PlanDraft draft, List<NewTask> tasks, boolean drawn) {
        Map<String, Object> p = new HashMap<>();
        p.put("plan", plan);
        p.put("drawn", drawn);
        p.put("department", draft.department());
        p.put("items", draft.items());
        p.put("from", draft.window().from());
        p.put("to", draft.window().to());
        p.put("year", draft.window().year());
        p.put("trigger", draft.trigger().name());
        p.put("tasks", tasks.stream().map(NewTask::row).toList());
        tx.run("""
                MATCH (p:Plan {code: $plan})
                OPTIONAL MATCH (p)-[:HAS_DRAW]->(draw:Draw) WHERE $drawn
                UNWIND $tasks AS t
                MATCH (s:Subject {uscc: t.uscc})-[:IN_INDUSTRY]->(industry:Industry)
                CREATE (task:Task {code: $plan + '/' + t.uscc, plan: $plan, uscc: t.uscc, department: $department, items: $items,
                                   from: $from, to: $to, trigger: $trigger, officers: t.officers, officerSeed: t.officerSeed,
                                   legalBasis: t.legalBasis, overriddenCaps: t.overriddenCaps})-[:FOR]->(p)
                CREATE (task)-[:PART_OF]->(:Inspection {code: 'JC-' + $plan + '/' + t.uscc, uscc: t.uscc, industry: industry.code,
                                   from: $from, to: $to, year: $year, lead: $department, departments: [$department],
                                   status: 'PROPOSED'})-[:OF]->(s)
                FOREACH (d IN CASE WHEN draw IS NULL THEN [] ELSE [draw] END | CREATE (task)-[:DRAWN_IN]->(d))
                WITH task, t
                UNWIND t.officers AS officer
                MATCH (o:Officer {certificateNo: officer})
                CREATE (task)-[:ASSIGNED]->(o)""", p).consume();
    }
}
