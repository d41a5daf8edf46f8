package dev.onecheck.gateway;

import static dev.onecheck.gateway.PlanningFixture.firm;

import java.util.Map;

import org.neo4j.driver.Driver;

/**
 * Two months of 2025 at the restaurants of {@link PlanningFixture}, written in the shapes the desks write (NewTasks,
 * VisitMerging, ActionCodes, ResultDesk, Rectifications, ClueDesk, PlanFiling, AuditTrail), so that every indicator of
 * {@code supervisionMetrics} has a numerator and a denominator counted by hand. Results are published within 5 days
 * (onecheck.onsite.publish-within); the cap is 3 visits per firm and month. Firm 1 gets three visits in January:
 * <pre>
 * V1 2025-01-06..10  firm 1  市场监管+消防 (joint)  DONE      T1a 市场监管: problem, published in 5 d, rectifications R1 closed on time, R3 reported only
 *                                                           T1b 消防: no problem, published in 5 d
 * V2 2025-01-13..17  firm 2  市场监管             DONE      T2: problem, published after 7 d (late), rectification R2 closed late
 * V3 2025-01-20..24  firm 1  消防                 APPROVED  no results (window over: due, no code presented)
 * V4 2025-01-27..31  firm 1  市场监管             DONE      T4: no problem, published in 5 d
 * V5 2025-02-10..14  firm 3  市场监管             APPROVED  no results
 * </pre>
 * Clues routed to 市场监管 in January: K1 accepted in time, K2 still unanswered, K3 closed after its deadline. Plans: an
 * annual plan of 市场监管 for 2025, an ad-hoc one of 消防. Audit entries: 市场监管's admin twice and an officer once
 * in January, 消防's officer once, 市场监管's admin once in February.
 */
final class SupervisionFixture {

    private SupervisionFixture() {
    }

    static void load(Driver driver) {
        PlanningFixture.load(driver);
        driver.executableQuery("MATCH (c:Clue) DETACH DELETE c").execute();
        driver.executableQuery("""
                MATCH (f1:Subject {uscc: $f1}), (f2:Subject {uscc: $f2}), (f3:Subject {uscc: $f3})
                MATCH (scjg:Department {code: 'JH-SCJG'}), (xf:Department {code: 'JH-XF'})
                CREATE (annual:Plan {code: 'JH-SCJG-2025-A', kind: 'ANNUAL', trigger: 'ROUTINE', title: '2025年度餐饮单位抽查',
                                     from: date('2025-01-01'), to: date('2025-12-31')})-[:FILED_BY]->(scjg)
                CREATE (adHoc:Plan {code: 'JH-XF-2025-B', kind: 'AD_HOC', trigger: 'COMPLAINT', title: '投诉核查',
                                    from: date('2025-01-06'), to: date('2025-01-24')})-[:FILED_BY]->(xf)

                CREATE (v1:Inspection {code: 'JC-1', uscc: $f1, from: date('2025-01-06'), to: date('2025-01-10'), year: 2025,
                                       lead: 'JH-SCJG', departments: ['JH-SCJG', 'JH-XF'], status: 'DONE'})-[:OF]->(f1)
                CREATE (v2:Inspection {code: 'JC-2', uscc: $f2, from: date('2025-01-13'), to: date('2025-01-17'), year: 2025,
                                       lead: 'JH-SCJG', departments: ['JH-SCJG'], status: 'DONE'})-[:OF]->(f2)
                CREATE (v3:Inspection {code: 'JC-3', uscc: $f1, from: date('2025-01-20'), to: date('2025-01-24'), year: 2025,
                                       lead: 'JH-XF', departments: ['JH-XF'], status: 'APPROVED'})-[:OF]->(f1)
                CREATE (v4:Inspection {code: 'JC-4', uscc: $f1, from: date('2025-01-27'), to: date('2025-01-31'), year: 2025,
                                       lead: 'JH-SCJG', departments: ['JH-SCJG'], status: 'DONE'})-[:OF]->(f1)
                CREATE (v5:Inspection {code: 'JC-5', uscc: $f3, from: date('2025-02-10'), to: date('2025-02-14'), year: 2025,
                                       lead: 'JH-SCJG', departments: ['JH-SCJG'], status: 'APPROVED'})-[:OF]->(f3)

                CREATE (t1a:Task {code: 'T1a', plan: annual.code, uscc: $f1, department: 'JH-SCJG', items: ['JH-SCJG-001', 'JH-SCJG-002'],
                                  status: 'DONE', recordedAt: datetime('2025-01-08T10:00+08:00'), publishAt: datetime('2025-01-13T10:00+08:00'),
                                  actionCode: 'C1'})-[:PART_OF]->(v1)
                CREATE (t1a)-[:FOR]->(annual)
                CREATE (t1a)-[:HAS_RESULT]->(:ItemResult {key: 'T1a#JH-SCJG-001', task: 'T1a', item: 'JH-SCJG-001', outcome: 'PROBLEM_FOUND'})
                CREATE (t1a)-[:HAS_RESULT]->(:ItemResult {key: 'T1a#JH-SCJG-002', task: 'T1a', item: 'JH-SCJG-002', outcome: 'PROBLEM_FOUND'})
                CREATE (:Rectification {code: 'ZG-T1a#JH-SCJG-001', uscc: $f1, department: 'JH-SCJG', task: 'T1a', item: 'JH-SCJG-001',
                                        deadline: date('2025-01-20'), orderedAt: datetime('2025-01-08T10:00+08:00'), status: 'CLOSED', overdue: false})
                CREATE (:Rectification {code: 'ZG-T1a#JH-SCJG-002', uscc: $f1, department: 'JH-SCJG', task: 'T1a', item: 'JH-SCJG-002',
                                        deadline: date('2025-01-20'), orderedAt: datetime('2025-01-08T10:00+08:00'), status: 'REPORTED'})
                CREATE (t1b:Task {code: 'T1b', plan: adHoc.code, uscc: $f1, department: 'JH-XF', items: ['JH-XF-003'],
                                  status: 'DONE', recordedAt: datetime('2025-01-08T15:00+08:00'), publishAt: datetime('2025-01-13T15:00+08:00'),
                                  actionCode: 'C1'})-[:PART_OF]->(v1)
                CREATE (t1b)-[:HAS_RESULT]->(:ItemResult {key: 'T1b#JH-XF-003', task: 'T1b', item: 'JH-XF-003', outcome: 'NO_PROBLEM'})
                CREATE (t2:Task {code: 'T2', plan: annual.code, uscc: $f2, department: 'JH-SCJG', items: ['JH-SCJG-001'],
                                 status: 'DONE', recordedAt: datetime('2025-01-15T09:00+08:00'), publishAt: datetime('2025-01-22T09:00+08:00'),
                                 actionCode: 'C2'})-[:PART_OF]->(v2)
                CREATE (t2)-[:HAS_RESULT]->(:ItemResult {key: 'T2#JH-SCJG-001', task: 'T2', item: 'JH-SCJG-001', outcome: 'PROBLEM_FOUND'})
                CREATE (:Rectification {code: 'ZG-T2#JH-SCJG-001', uscc: $f2, department: 'JH-SCJG', task: 'T2', item: 'JH-SCJG-001',
                                        deadline: date('2025-01-25'), orderedAt: datetime('2025-01-15T09:00+08:00'), status: 'CLOSED', overdue: true})
                CREATE (:Task {code: 'T3', plan: adHoc.code, uscc: $f1, department: 'JH-XF', items: ['JH-XF-003'], status: 'PLANNED'})-[:PART_OF]->(v3)
                CREATE (t4:Task {code: 'T4', plan: annual.code, uscc: $f1, department: 'JH-SCJG', items: ['JH-SCJG-002'],
                                 status: 'DONE', recordedAt: datetime('2025-01-28T11:00+08:00'), publishAt: datetime('2025-02-02T11:00+08:00'),
                                 actionCode: 'C4'})-[:PART_OF]->(v4)
                CREATE (t4)-[:HAS_RESULT]->(:ItemResult {key: 'T4#JH-SCJG-002', task: 'T4', item: 'JH-SCJG-002', outcome: 'NO_PROBLEM'})
                CREATE (:Task {code: 'T5', plan: annual.code, uscc: $f3, department: 'JH-SCJG', items: ['JH-SCJG-001'], status: 'PLANNED'})-[:PART_OF]->(v5)

                CREATE (k1:Clue {id: 'K1', source: 'COMPLAINT', workOrder: 'W1', uscc: $f1})-[:ABOUT]->(f1)
                CREATE (k1)-[:ROUTED_TO {status: 'ACCEPTED', routedAt: datetime('2025-01-05T09:00+08:00'), deadline: datetime('2025-01-12T09:00+08:00'),
                                         answeredAt: datetime('2025-01-07T09:00+08:00')}]->(scjg)
                CREATE (k2:Clue {id: 'K2', source: 'COMPLAINT', workOrder: 'W2', uscc: $f2})-[:ABOUT]->(f2)
                CREATE (k2)-[:ROUTED_TO {status: 'PROPOSED', routedAt: datetime('2025-01-10T09:00+08:00'), deadline: datetime('2025-01-17T09:00+08:00')}]->(scjg)
                CREATE (k3:Clue {id: 'K3', source: 'COMPLAINT', workOrder: 'W3', uscc: $f3})-[:ABOUT]->(f3)
                CREATE (k3)-[:ROUTED_TO {status: 'CLOSED', routedAt: datetime('2025-01-20T09:00+08:00'), deadline: datetime('2025-01-27T09:00+08:00'),
                                         answeredAt: datetime('2025-01-30T09:00+08:00')}]->(scjg)

                CREATE (:AuditEntry {id: 'A1', at: datetime('2025-01-03T09:00+08:00'), actor: 'admin-JH-SCJG', actorDepartment: 'JH-SCJG', operation: 'filePlan'})
                CREATE (:AuditEntry {id: 'A2', at: datetime('2025-01-15T09:00+08:00'), actor: 'admin-JH-SCJG', actorDepartment: 'JH-SCJG', operation: 'approveInspection'})
                CREATE (:AuditEntry {id: 'A3', at: datetime('2025-01-08T10:00+08:00'), actor: 'scjg-officer', actorDepartment: 'JH-SCJG', operation: 'recordResults'})
                CREATE (:AuditEntry {id: 'A4', at: datetime('2025-01-08T15:00+08:00'), actor: 'xf-officer', actorDepartment: 'JH-XF', operation: 'recordResults'})
                CREATE (:AuditEntry {id: 'A5', at: datetime('2025-02-03T09:00+08:00'), actor: 'admin-JH-SCJG', actorDepartment: 'JH-SCJG', operation: 'approveInspection'})
                CREATE (:AuditEntry {id: 'A6', at: datetime('2025-01-09T09:00+08:00'), actor: 'supervisor', actorDepartment: 'JH-SFJ', operation: 'auditTrail'})""")
                .withParameters(Map.of("f1", firm(1), "f2", firm(2), "f3", firm(3))).execute();
    }
}
