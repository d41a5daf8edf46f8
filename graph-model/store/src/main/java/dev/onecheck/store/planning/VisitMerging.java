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
import org.neo4j.driver.Record;
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
        if (merges.isEmpty()) {
            return merges;
        }
        // A draw over a city proposes tens of thousands of joint visits: read, fold and trace them in three statements.
        Map<String, Record> before = new HashMap<>();
        tx.run("""
                UNWIND $codes AS code
                MATCH (v:Inspection {code: code})
                RETURN code, v.departments AS departments, v.lead AS lead""",
                Map.of("codes", merges.stream().map(Merge::survivor).toList())).forEachRemaining(r -> before.put(r.get("code").asString(), r));
        tx.run("""
                UNWIND $merges AS m
                MATCH (v:Inspection {code: m.survivor})
                SET v.from = m.from, v.to = m.to, v.year = m.year, v.lead = m.lead, v.departments = m.departments
                WITH v, m
                UNWIND m.absorbed AS code
                MATCH (a:Inspection {code: code})<-[r:PART_OF]-(t:Task)
                CREATE (t)-[:PART_OF]->(v)
                DELETE r
                WITH DISTINCT a
                DETACH DELETE a""", Map.of("merges", merges.stream().map(VisitMerging::parameters).toList())).consume();
        audit.record(tx, who, OPERATION, "Inspection", merges.stream().map(merge -> new AuditTrail.Traced(merge.survivor(),
                "合并联合检查: " + merge.absorbed() + " 并入",
                List.of(new Change("departments", String.join("；", before.get(merge.survivor()).get("departments").asList(Value::asString)),
                                String.join("；", merge.departments())),
                        new Change("lead", before.get(merge.survivor()).get("lead").asString(), merge.lead())))).toList());
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
