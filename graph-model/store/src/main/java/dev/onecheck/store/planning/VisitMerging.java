package dev.onecheck.store.planning;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import dev.onecheck.domain.access.Viewer;
import dev.onecheck.domain.audit.AuditEntry.Change;
import dev.onecheck.domain.planning.LeadRule;
import dev.onecheck.domain.planning.Merger.Merge;
import dev.onecheck.domain.planning.Merger;
import dev.onecheck.domain.planning.Visit;
import dev.onecheck.store.audit.AuditTrail;
import org.neo4j.driver.TransactionContext;
import org.neo4j.driver.Value;

/**
 * 平台自动比对: after tasks are created, folds the open visits of the firms concerned into joint visits, in the
 * same transaction, with one audit entry per joint visit.
 */
final class VisitMerging {

    static final String OPERATION = "mergeInspections";

    private final AuditTrail audit;

    VisitMerging(AuditTrail audit) {
        this.audit = audit;
    }

    /** The firms' visits, each with the parts its tasks check. */
    static List<Visit> visitsOf(TransactionContext tx, Collection<String> firms) {
        return visitsOf(tx, firms, false);
    }

    /**
     * Folds the firms' proposed visits. An approved visit is frozen: its 行政行为码 names its departments and
     * officers, so a later task makes a visit of its own (still counted by the caps).
     */
    List<Merge> mergeFirms(TransactionContext tx, Viewer who, Collection<String> firms) {
        List<Merge> merges = new Merger(leadRule(tx)).merge(visitsOf(tx, firms, true));
        for (Merge merge : merges) {
            var before = tx.run("MATCH (v:Inspection {code: $code}) RETURN v.departments AS departments, v.lead AS lead",
                    Map.of("code", merge.survivor())).single();
            tx.run("""
                    MATCH (v:Inspection {code: $survivor})
                    SET v.from = $from, v.to = $to, v.year = $year, v.lead = $lead, v.departments = $departments
                    WITH v
                    UNWIND $absorbed AS code
                    MATCH (a:Inspection {code: code})<-[r:PART_OF]-(t:Task)
                    CREATE (t)-[:PART_OF]->(v)
                    DELETE r
                    WITH DISTINCT a
                    DETACH DELETE a""", parameters(merge)).consume();
            audit.record(tx, who, OPERATION, "Inspection", merge.survivor(), "合并联合检查: " + merge.absorbed() + " 并入",
                    List.of(new Change("departments", String.join("；", before.get("departments").asList(Value::asString)),
                                    String.join("；", merge.departments())),
                            new Change("lead", before.get("lead").asString(), merge.lead())));
        }
        return merges;
    }

    private static List<Visit> visitsOf(TransactionContext tx, Collection<String> firms, boolean proposedOnly) {
        return tx.run("""
                UNWIND $firms AS uscc MATCH (v:Inspection {uscc: uscc}) WHERE NOT $proposedOnly OR v.status = 'PROPOSED'
                RETURN %s AS visit""".formatted(PlanningRows.VISIT), Map.of("firms", List.copyOf(firms), "proposedOnly", proposedOnly))
                .list(r -> PlanningRows.visit(r.get("visit")));
    }

    private static Map<String, Object> parameters(Merge merge) {
        Map<String, Object> p = new HashMap<>();
        p.put("survivor", merge.survivor());
        p.put("absorbed", merge.absorbed());
        p.put("from", merge.window().from());
        p.put("to", merge.window().to());
        p.put("year", merge.window().year());
        p.put("lead", merge.lead());
        p.put("departments", merge.departments());
        return p;
    }

    /** 综合查一次 scenarios name who leads for an industry. */
    private static LeadRule leadRule(TransactionContext tx) {
        Map<String, List<String>> leads = new HashMap<>();
        tx.run("MATCH (s:Scenario)-[:TARGETS]->(i:Industry), (s)-[:LED_BY]->(d:Department) RETURN i.code AS industry, collect(DISTINCT d.code) AS leads")
                .forEachRemaining(r -> leads.put(r.get("industry").asString(), r.get("leads").asList(Value::asString)));
        return new LeadRule(leads);
    }
}
