package dev.onecheck.gateway;

import static dev.onecheck.gateway.PlanningFixture.HX_SCJG;
import static dev.onecheck.gateway.PlanningFixture.SCJG;
import static dev.onecheck.gateway.PlanningFixture.STHJJ;
import static dev.onecheck.gateway.PlanningFixture.WHITE_LISTED;
import static dev.onecheck.gateway.PlanningFixture.XF;
import static dev.onecheck.gateway.PlanningFixture.firm;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import dev.onecheck.infra.test.TestStack;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * 检查计划 → 双随机 → 合并联合检查, end to end: three departments filing over the same industry get joint visits,
 * a draw replays to the same result through the API, and the caps and the white list hold at task creation.
 */
@GatewayTest
class PlanningIT {

    private static final int NEXT_YEAR = LocalDate.now(ZoneId.of("Asia/Shanghai")).getYear() + 1;
    private static final String DRAW = "seedHash fingerprint seed drawnAt candidateCount candidates { uscc risk } excluded { uscc reason } officers drawn { uscc officers }";
    private static final String INSPECTION = "code uscc lead departments joint status window { from to } tasks { department items officers trigger legalBasis overriddenCaps }";

    @LocalServerPort
    int port;

    @BeforeEach
    void restaurants() {
        PlanningFixture.load(TestStack.driver());
    }

    private JsonNode ask(String query, String token) throws Exception {
        return new GraphQlHttp(port).post(query, token).body();
    }

    static String admin(String department) {
        return TestTokens.token("admin-" + department, List.of("DEPT_ADMIN"), department, null);
    }

    private static String supervisor() {
        return TestTokens.token("supervisor", List.of("SUPERVISOR"), "JH-SFJ", null);
    }

    private static String publicUser() {
        return TestTokens.token("public", List.of("PUBLIC"), null, null);
    }

    private static String day(int month, int day) {
        return LocalDate.of(NEXT_YEAR, month, day).toString();
    }

    /** Files a plan and answers its code. */
    private String file(String department, String fields) throws Exception {
        JsonNode filed = ask("mutation { filePlan(input: {%s}) { code department } }".formatted(fields), admin(department));
        assertThat(filed.path("errors").isMissingNode()).as(filed.toString()).isTrue();
        return filed.at("/data/filePlan/code").asString();
    }

    private String annual(String department, String domain, String from, String to) throws Exception {
        return file(department, """
                kind: ANNUAL, title: "%s 餐饮单位年度双随机抽查", scenario: "JH-CJ-004", scope: {industry: "62"},
                ratios: [{risk: LOW, percent: 100}, {risk: MEDIUM, percent: 100}, {risk: HIGH, percent: 100}],
                window: {from: "%s", to: "%s"}, domain: "%s\"""".formatted(department, from, to, domain));
    }

    private JsonNode draw(String department, String plan) throws Exception {
        JsonNode committed = ask("mutation { commitDraw(plan: \"%s\") { seedHash seed } }".formatted(plan), admin(department));
        assertThat(committed.at("/data/commitDraw/seed").isNull()).as(committed.toString()).isTrue();
        JsonNode drawn = ask("mutation { performDraw(plan: \"%s\") { %s } }".formatted(plan, DRAW), admin(department));
        assertThat(drawn.path("errors").isMissingNode()).as(drawn.toString()).isTrue();
        return drawn.at("/data/performDraw");
    }

    @Test
    void threeDepartmentsFilingOverTheSameIndustryVisitEachFirmOnceLedByTheScenarioLead() throws Exception {
        draw(SCJG, annual(SCJG, "食品安全", day(3, 1), day(3, 31)));
        draw(XF, annual(XF, "消防安全", day(3, 10), day(4, 10)));
        JsonNode third = draw(STHJJ, annual(STHJJ, "大气污染防治", day(3, 20), day(4, 30)));

        assertThat(third.at("/drawn").size()).isEqualTo(PlanningFixture.FIRMS - 1);
        assertThat(third.at("/excluded/0/uscc").asString()).isEqualTo(WHITE_LISTED);
        assertThat(third.at("/excluded/0/reason").asString()).contains("白名单企业非触发不检查");

        JsonNode visits = ask("{ inspections(first: 50) { edges { node { %s } } } }".formatted(INSPECTION), supervisor())
                .at("/data/inspections/edges");
        assertThat(visits.size()).isEqualTo(PlanningFixture.FIRMS - 1);
        for (JsonNode edge : visits) {
            JsonNode visit = edge.at("/node");
            assertThat(visit.at("/joint").asBoolean()).isTrue();
            assertThat(visit.at("/departments").valueStream().map(JsonNode::asString)).containsExactly(SCJG, STHJJ, XF);
            assertThat(visit.at("/lead").asString()).isEqualTo(SCJG);
            assertThat(visit.at("/window/from").asString()).isEqualTo(day(3, 20));
            assertThat(visit.at("/window/to").asString()).isEqualTo(day(3, 31));
            assertThat(visit.at("/tasks").size()).isEqualTo(3);
            assertThat(visit.at("/tasks").findValues("officers")).allSatisfy(o -> assertThat(o.size()).isEqualTo(2));
        }

        JsonNode metrics = ask("{ inspectionMetrics(year: %d) { visits jointVisits jointRatio meetsJointGoal tasks visitsAvoided mostVisited { uscc visits } } }"
                .formatted(NEXT_YEAR), supervisor()).at("/data/inspectionMetrics");
        assertThat(metrics.at("/visits").asInt()).isEqualTo(11);
        assertThat(metrics.at("/jointVisits").asInt()).isEqualTo(11);
        assertThat(metrics.at("/tasks").asInt()).isEqualTo(33);
        assertThat(metrics.at("/visitsAvoided").asInt()).isEqualTo(22);
        assertThat(metrics.at("/jointRatio").asDouble()).isEqualTo(1.0);
        assertThat(metrics.at("/meetsJointGoal").asBoolean()).isTrue();
        assertThat(metrics.at("/mostVisited/0/visits").asInt()).isEqualTo(1);
    }

    @Test
    void aDrawReplayedThroughTheApiMatchesAndATamperedInputShows() throws Exception {
        String plan = file(SCJG, """
                kind: ANNUAL, title: "低风险餐饮单位抽查", items: ["JH-SCJG-001"], scope: {industry: "6210", region: "329900"},
                ratios: [{risk: LOW, percent: 50}, {risk: HIGH, percent: 25}], window: {from: "%s", to: "%s"}, domain: "食品安全\""""
                .formatted(day(5, 1), day(5, 31)));
        JsonNode committed = ask("mutation { commitDraw(plan: \"%s\") { %s } }".formatted(plan, DRAW), admin(SCJG)).at("/data/commitDraw");
        assertThat(committed.at("/seed").isNull()).isTrue();
        assertThat(committed.at("/seedHash").asString()).hasSize(64);
        assertThat(ask("{ replayDraw(plan: \"%s\") { matchesRecord } }".formatted(plan), publicUser()).at("/data/replayDraw").isNull()).isTrue();
        // Firms 0, 3, 6, 9 are low risk (0 white-listed, so excluded); 2, 5, 8, 11 high: ⌈3 × 50 %⌉ + ⌈4 × 25 %⌉.
        assertThat(committed.at("/candidateCount").asInt()).isEqualTo(7);
        assertThat(committed.at("/officers").valueStream().map(JsonNode::asString))
                .as("the expired certificate is not in the pool").doesNotContain(PlanningFixture.EXPIRED_OFFICER).hasSize(3);

        JsonNode drawn = ask("mutation { performDraw(plan: \"%s\") { %s } }".formatted(plan, DRAW), admin(SCJG)).at("/data/performDraw");
        assertThat(drawn.at("/drawn").size()).isEqualTo(3);
        assertThat(drawn.at("/seed").asString()).hasSize(64);

        JsonNode publicView = ask("{ draw(plan: \"%s\") { %s } replayDraw(plan: \"%s\") { seedMatchesCommitment inputMatchesFingerprint matchesRecord drawn { uscc officers } } }"
                .formatted(plan, DRAW, plan), publicUser()).at("/data");
        assertThat(publicView.at("/draw/candidates").isNull()).as("风险分类 is not public").isTrue();
        assertThat(publicView.at("/draw/seedHash").asString()).isEqualTo(committed.at("/seedHash").asString());
        assertThat(publicView.at("/replayDraw/seedMatchesCommitment").asBoolean()).isTrue();
        assertThat(publicView.at("/replayDraw/inputMatchesFingerprint").asBoolean()).isTrue();
        assertThat(publicView.at("/replayDraw/matchesRecord").asBoolean()).isTrue();
        assertThat(publicView.at("/replayDraw/drawn")).isEqualTo(drawn.at("/drawn"));

        JsonNode again = ask("mutation { performDraw(plan: \"%s\") { seed } }".formatted(plan), admin(SCJG));
        assertThat(again.at("/errors/0/message").asString()).contains("a draw happens once");

        // Someone drops a candidate from the frozen list in the database: the replay no longer matches the published fingerprint.
        TestStack.driver().executableQuery("MATCH (d:Draw {plan: $plan}) SET d.candidates = d.candidates[1..], d.risks = d.risks[1..]")
                .withParameters(Map.of("plan", plan)).execute();
        JsonNode tampered = ask("{ replayDraw(plan: \"%s\") { inputMatchesFingerprint matchesRecord } }".formatted(plan), publicUser());
        assertThat(tampered.at("/data/replayDraw/inputMatchesFingerprint").asBoolean()).isFalse();
    }

    @Test
    void anOfficerWithADeclaredConflictIsNotSentToThatFirm() throws Exception {
        String conflicted = PlanningFixture.officer(SCJG, 1);
        JsonNode declared = ask("mutation { declareConflict(officer: \"%s\", uscc: \"%s\", reason: \"近亲属任该企业法定代表人\") }"
                .formatted(conflicted, firm(2)), admin(SCJG));
        assertThat(declared.at("/data/declareConflict").asBoolean()).as(declared.toString()).isTrue();
        JsonNode foreign = ask("mutation { declareConflict(officer: \"%s\", uscc: \"%s\", reason: \"x\") }"
                .formatted(PlanningFixture.officer(XF, 1), firm(2)), admin(SCJG));
        assertThat(foreign.at("/errors/0/extensions/argument").asString()).isEqualTo("officer");

        JsonNode drawn = draw(SCJG, annual(SCJG, "食品安全", day(6, 1), day(6, 30)));
        JsonNode firm2 = drawn.at("/drawn").valueStream().filter(d -> d.at("/uscc").asString().equals(firm(2))).findFirst().orElseThrow();
        assertThat(firm2.at("/officers").valueStream().map(JsonNode::asString)).doesNotContain(conflicted).hasSize(2);
    }

    private String complaintPlan(String department, String item, String from, String to) throws Exception {
        return file(department, """
                kind: AD_HOC, trigger: COMPLAINT, title: "投诉举报核查", items: ["%s"], scope: {industry: "6210"},
                ratios: [{risk: LOW, percent: 100}], window: {from: "%s", to: "%s"}, domain: "食品安全\"""".formatted(item, from, to));
    }

    private JsonNode task(String department, String plan, String uscc, String legalBasis) throws Exception {
        String basis = legalBasis == null ? "" : ", legalBasis: \"" + legalBasis + "\"";
        return ask("mutation { createTask(plan: \"%s\", uscc: \"%s\"%s) { %s } }".formatted(plan, uscc, basis, INSPECTION), admin(department));
    }

    @Test
    void aWhiteListedFirmIsInspectedOnlyWhenTriggeredOrWithARecordedLegalBasis() throws Exception {
        String routine = file(SCJG, """
                kind: AD_HOC, title: "临时抽查", items: ["JH-SCJG-002"], scope: {industry: "6210"}, ratios: [{risk: LOW, percent: 100}],
                window: {from: "%s", to: "%s"}, domain: "食品安全\"""".formatted(day(2, 1), day(2, 5)));
        JsonNode refused = task(SCJG, routine, WHITE_LISTED, null);
        assertThat(refused.at("/errors/0/extensions/code").asString()).isEqualTo("OVER_CAP");
        assertThat(refused.at("/errors/0/extensions/breaches/0/rule").asString()).isEqualTo("WHITE_LIST");
        assertThat(refused.at("/data/createTask/code").isMissingNode()).isTrue();
        assertThat(ask("{ inspections { edges { node { code } } } }", supervisor()).at("/data/inspections/edges").size())
                .as("nothing half-written").isZero();

        JsonNode excepted = task(SCJG, routine, WHITE_LISTED, "《食品安全法》第一百一十条 上级交办核查").at("/data/createTask");
        assertThat(excepted.at("/tasks/0/legalBasis").asString()).contains("上级交办");
        assertThat(excepted.at("/tasks/0/overriddenCaps/0").asString()).isEqualTo("WHITE_LIST");
        JsonNode trail = ask("{ auditTrail(filter: {operation: \"createTask\"}) { edges { node { targetKey reason } } } }", supervisor());
        assertThat(trail.at("/data/auditTrail/edges/0/node/reason").asString()).contains("上级交办");

        JsonNode complaint = task(SCJG, complaintPlan(SCJG, "JH-SCJG-001", day(2, 10), day(2, 12)), WHITE_LISTED, null);
        assertThat(complaint.path("errors").isMissingNode()).as("投诉举报 triggers: " + complaint).isTrue();
        assertThat(complaint.at("/data/createTask/tasks/0/trigger").asString()).isEqualTo("COMPLAINT");
    }

    @Test
    void aFourthVisitInAMonthIsRefusedWithTheReason() throws Exception {
        String firm = firm(1);
        String[] items = {"JH-SCJG-001", "JH-SCJG-002", "JH-SCJG-001"};
        for (int week = 0; week < 3; week++) {
            String day = day(3, 1 + 7 * week);
            JsonNode created = task(SCJG, complaintPlan(SCJG, items[week], day, day), firm, null);
            assertThat(created.path("errors").isMissingNode()).as(created.toString()).isTrue();
        }
        String fourth = complaintPlan(SCJG, "JH-SCJG-002", day(3, 22), day(3, 22));
        JsonNode refused = task(SCJG, fourth, firm, null);
        assertThat(refused.at("/errors/0/extensions/code").asString()).isEqualTo("OVER_CAP");
        assertThat(refused.at("/errors/0/extensions/breaches/0/rule").asString()).isEqualTo("MONTHLY");
        assertThat(refused.at("/errors/0/message").asString()).contains("同一企业同一月内接受检查不超过3次");

        // A task whose window overlaps a visit joins it and adds no visit.
        JsonNode joins = task(SCJG, complaintPlan(SCJG, "JH-SCJG-002", day(3, 15), day(3, 15)), firm, null);
        assertThat(joins.path("errors").isMissingNode()).as(joins.toString()).isTrue();
        assertThat(joins.at("/data/createTask/tasks").size()).isEqualTo(2);
    }

    @Test
    void aFirmTheCityCheckedForAnItemIsExcludedBelowTheSameYear() throws Exception {
        task(SCJG, complaintPlan(SCJG, "JH-SCJG-001", day(4, 1), day(4, 2)), firm(4), null);
        JsonNode refused = task(HX_SCJG, complaintPlan(HX_SCJG, "JH-SCJG-001", day(6, 1), day(6, 2)), firm(4), null);
        assertThat(refused.at("/errors/0/extensions/breaches/0/rule").asString()).isEqualTo("UPPER_LEVEL");
        assertThat(refused.at("/errors/0/message").asString()).contains("结果互认");
    }

    @Test
    void filingChecksTheLeadTimeAndWhatThePlanNames() throws Exception {
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
        JsonNode tooSoon = ask("""
                mutation { filePlan(input: {kind: AD_HOC, title: "临时检查", items: ["JH-SCJG-001"], scope: {industry: "6210"},
                  ratios: [{risk: LOW, percent: 10}], window: {from: "%s", to: "%s"}, domain: "食品安全"}) { code } }"""
                .formatted(today.plusDays(2), today.plusDays(9)), admin(SCJG));
        assertThat(tooSoon.at("/errors/0/extensions/code").asString()).isEqualTo("BAD_USER_INPUT");
        assertThat(tooSoon.at("/errors/0/extensions/argument").asString()).isEqualTo("input.window.from");
        assertThat(tooSoon.at("/errors/0/message").asString()).contains("提前5日报备");

        JsonNode foreignItem = ask("""
                mutation { filePlan(input: {kind: ANNUAL, title: "年度计划", items: ["JH-XF-003"], scope: {industry: "6210"},
                  ratios: [{risk: LOW, percent: 10}], window: {from: "%s", to: "%s"}, domain: "食品安全"}) { code } }"""
                .formatted(day(1, 10), day(12, 20)), admin(SCJG));
        assertThat(foreignItem.at("/errors/0/extensions/argument").asString()).isEqualTo("input.items");

        JsonNode badDay = ask("""
                mutation { filePlan(input: {kind: ANNUAL, title: "年度计划", items: ["JH-SCJG-001"], scope: {industry: "6210"},
                  ratios: [{risk: LOW, percent: 10}], window: {from: "明年三月", to: "%s"}, domain: "食品安全"}) { code } }"""
                .formatted(day(12, 20)), admin(SCJG));
        assertThat(badDay.at("/errors/0/extensions/argument").asString()).isEqualTo("input.window.from");
        assertThat(ask("{ plans(department: \"JH-SCJG\") { code } }", admin(SCJG)).at("/data/plans").size()).isZero();
    }

    @Test
    void onlyTheDepartmentsAdminsPlanAndDrawAndOnlyTheInvolvedSeeTheWork() throws Exception {
        String fields = """
                kind: ANNUAL, title: "年度计划", items: ["JH-SCJG-001"], scope: {industry: "6210"},
                ratios: [{risk: LOW, percent: 100}], window: {from: "%s", to: "%s"}, domain: "食品安全\"""".formatted(day(7, 1), day(7, 31));
        String officer = TestTokens.officer();
        assertThat(ask("mutation { filePlan(input: {%s}) { code } }".formatted(fields), officer).at("/errors/0/extensions/code").asString())
                .isEqualTo("FORBIDDEN");
        assertThat(ask("mutation { filePlan(input: {%s}) { code } }".formatted(fields), TestTokens.enterprise()).at("/errors/0/extensions/code")
                .asString()).isEqualTo("FORBIDDEN");
        String plan = file(SCJG, fields);
        assertThat(ask("mutation { commitDraw(plan: \"%s\") { seedHash } }".formatted(plan), admin(XF)).at("/errors/0/extensions/code")
                .asString()).isEqualTo("FORBIDDEN");
        assertThat(ask("{ plan(code: \"%s\") { code } }".formatted(plan), publicUser()).at("/data/plan").isNull()).isTrue();
        assertThat(ask("{ plan(code: \"%s\") { code title } }".formatted(plan), officer).at("/data/plan/title").asString()).isEqualTo("年度计划");
        draw(SCJG, plan);

        String enterpriseOfFirm3 = TestTokens.token("firm-3", List.of("ENTERPRISE"), null, firm(3));
        JsonNode own = ask("{ inspections { edges { node { uscc } } } }", enterpriseOfFirm3).at("/data/inspections/edges");
        assertThat(own.findValuesAsString("uscc")).containsExactly(firm(3));
        assertThat(ask("{ inspections { edges { node { uscc } } } }", publicUser()).at("/errors/0/extensions/code").asString())
                .isEqualTo("FORBIDDEN");
        assertThat(ask("{ inspections { edges { node { uscc } } } }", TestTokens.token("xf", List.of("OFFICER"), XF, null))
                .at("/data/inspections/edges").size()).as("the fire service takes no part").isZero();
        assertThat(ask("{ inspectionMetrics(year: %d) { visits } }".formatted(NEXT_YEAR), officer).at("/errors/0/extensions/code").asString())
                .isEqualTo("FORBIDDEN");
    }

    @Test
    void aDepartmentIsToldOverWebSocketWhenAJointVisitItTakesPartInIsProposed() throws Exception {
        String fireOfficer = TestTokens.token("fire-officer", List.of("OFFICER"), XF, null);
        try (GraphQlWebSocket socket = new GraphQlWebSocket(port, fireOfficer)) {
            socket.subscribe("other", "subscription { jointInspectionProposed(department: \"JH-SCJG\") { code } }");
            JsonNode refused = socket.next();
            assertThat(refused.toString()).contains("FORBIDDEN");

            socket.subscribe("mine", "subscription { jointInspectionProposed(department: \"JH-XF\") { uscc lead departments joint } }");
            Thread.sleep(500);
            draw(SCJG, annual(SCJG, "食品安全", day(9, 1), day(9, 30)));
            draw(XF, annual(XF, "消防安全", day(9, 15), day(10, 15)));

            JsonNode event = socket.next();
            assertThat(event.at("/type").asString()).isEqualTo("next");
            assertThat(event.at("/id").asString()).isEqualTo("mine");
            JsonNode visit = event.at("/payload/data/jointInspectionProposed");
            assertThat(visit.at("/joint").asBoolean()).isTrue();
            assertThat(visit.at("/lead").asString()).isEqualTo(SCJG);
            assertThat(visit.at("/departments").valueStream().map(JsonNode::asString)).containsExactly(SCJG, XF);
        }
    }
}
