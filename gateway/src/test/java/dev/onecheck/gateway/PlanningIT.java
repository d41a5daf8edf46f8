package dev.onecheck.gateway;

import static dev.onecheck.gateway.GatewayGraphQl.argument;
import static dev.onecheck.gateway.GatewayGraphQl.codes;
import static dev.onecheck.gateway.GatewayGraphQl.forbiddenAt;
import static dev.onecheck.gateway.GatewayGraphQl.overCap;
import static dev.onecheck.gateway.PlanningFixture.HX_SCJG;
import static dev.onecheck.gateway.PlanningFixture.SCJG;
import static dev.onecheck.gateway.PlanningFixture.STHJJ;
import static dev.onecheck.gateway.PlanningFixture.WHITE_LISTED;
import static dev.onecheck.gateway.PlanningFixture.XF;
import static dev.onecheck.gateway.PlanningFixture.firm;
import static dev.onecheck.gateway.PlanningFixture.ratios;
import static dev.onecheck.gateway.PlanningFixture.window;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;

import dev.onecheck.domain.subject.CreditLevel;
import dev.onecheck.domain.subject.RiskLevel;
import dev.onecheck.domain.subject.Subject;
import dev.onecheck.infra.test.TestStack;
import dev.onecheck.store.subject.SubjectStore;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.graphql.test.tester.GraphQlTester;
import tools.jackson.databind.JsonNode;

/**
 * 检查计划 → 双随机 → 合并联合检查, end to end: three departments filing over the same industry get joint visits,
 * a draw replays to the same result through the API, and the caps and the white list hold at task creation.
 */
@GatewayTest
class PlanningIT {

    private static final int NEXT_YEAR = LocalDate.now(ZoneId.of("Asia/Shanghai")).getYear() + 1;

    @LocalServerPort
    int port;

    @BeforeEach
    void restaurants() {
        PlanningFixture.load(TestStack.driver());
    }

    private GraphQlTester as(String token) {
        return GatewayGraphQl.as(port, token);
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
    private String file(String department, Map<String, Object> input) {
        return filing(department, input).execute().path("filePlan.code").entity(String.class).get();
    }

    private GraphQlTester.Request<?> filing(String department, Map<String, Object> input) {
        return as(admin(department)).documentName("filePlan").variable("input", input);
    }

    private String annual(String department, String domain, String from, String to) {
        return file(department, Map.of("kind", "ANNUAL", "title", department + " 餐饮单位年度双随机抽查", "scenario", "JH-CJ-004",
                "scope", Map.of("industry", "62"), "ratios", PlanningFixture.everyFirm(), "window", window(from, to), "domain", domain));
    }

    /** Commits (the seed stays secret) and performs the draw of a plan: the draw as performed. */
    private JsonNode draw(String department, String plan) {
        as(admin(department)).documentName("commitDraw").variable("plan", plan).execute().path("commitDraw.seed").valueIsNull();
        return as(admin(department)).documentName("performDraw").variable("plan", plan).execute().path("performDraw").entity(JsonNode.class).get();
    }

    @Test
    void threeDepartmentsFilingOverTheSameIndustryVisitEachFirmOnceLedByTheScenarioLead() {
        draw(SCJG, annual(SCJG, "食品安全", day(3, 1), day(3, 31)));
        draw(XF, annual(XF, "消防安全", day(3, 10), day(4, 10)));
        JsonNode third = draw(STHJJ, annual(STHJJ, "大气污染防治", day(3, 20), day(4, 30)));

        assertThat(third.at("/drawn").size()).isEqualTo(PlanningFixture.FIRMS - 1);
        assertThat(third.at("/excluded/0/uscc").asString()).isEqualTo(WHITE_LISTED);
        assertThat(third.at("/excluded/0/reason").asString()).contains("白名单企业非触发不检查");

        List<JsonNode> visits = as(supervisor()).documentName("inspections").variable("first", 50).execute()
                .path("inspections.edges[*].node").entityList(JsonNode.class).hasSize(PlanningFixture.FIRMS - 1).get();
        for (JsonNode visit : visits) {
            assertThat(visit.at("/joint").asBoolean()).isTrue();
            assertThat(visit.at("/departments").valueStream().map(JsonNode::asString)).containsExactly(SCJG, STHJJ, XF);
            assertThat(visit.at("/lead").asString()).isEqualTo(SCJG);
            assertThat(visit.at("/window/from").asString()).isEqualTo(day(3, 20));
            assertThat(visit.at("/window/to").asString()).isEqualTo(day(3, 31));
            assertThat(visit.at("/tasks").size()).isEqualTo(3);
            assertThat(visit.at("/tasks").findValues("officers")).allSatisfy(o -> assertThat(o.size()).isEqualTo(2));
        }

        as(supervisor()).documentName("inspectionMetrics").variable("year", NEXT_YEAR).execute()
                .path("inspectionMetrics.visits").entity(Integer.class).isEqualTo(11)
                .path("inspectionMetrics.jointVisits").entity(Integer.class).isEqualTo(11)
                .path("inspectionMetrics.tasks").entity(Integer.class).isEqualTo(33)
                .path("inspectionMetrics.visitsAvoided").entity(Integer.class).isEqualTo(22)
                .path("inspectionMetrics.jointRatio").entity(Double.class).isEqualTo(1.0)
                .path("inspectionMetrics.meetsJointGoal").entity(Boolean.class).isEqualTo(true)
                .path("inspectionMetrics.mostVisited[0].visits").entity(Integer.class).isEqualTo(1);
    }

    @Test
    void aDrawReplayedThroughTheApiMatchesAndATamperedInputShows() {
        String plan = file(SCJG, Map.of("kind", "ANNUAL", "title", "低风险餐饮单位抽查", "items", List.of("JH-SCJG-001"),
                "scope", Map.of("industry", "6210", "region", "329900"), "ratios", ratios("LOW", 50, "HIGH", 25),
                "window", window(day(5, 1), day(5, 31)), "domain", "食品安全"));
        String seedHash = as(admin(SCJG)).documentName("commitDraw").variable("plan", plan).execute()
                .path("commitDraw.seed").valueIsNull()
                .path("commitDraw.seedHash").entity(String.class).satisfies(hash -> assertThat(hash).hasSize(64))
                // Firms 0, 3, 6, 9 are low risk (0 white-listed, so excluded); 2, 5, 8, 11 high: ⌈3 × 50 %⌉ + ⌈4 × 25 %⌉.
                .path("commitDraw.candidateCount").entity(Integer.class).isEqualTo(7)
                .path("commitDraw.officers").entityList(String.class).satisfies(officers -> assertThat(officers)
                        .as("the expired certificate is not in the pool").doesNotContain(PlanningFixture.EXPIRED_OFFICER).hasSize(3))
                .path("commitDraw.seedHash").entity(String.class).get();
        as(publicUser()).documentName("replayDraw").variable("plan", plan).execute().path("replayDraw").valueIsNull();

        JsonNode drawn = as(admin(SCJG)).documentName("performDraw").variable("plan", plan).execute()
                .path("performDraw.drawn").entityList(Object.class).hasSize(3)
                .path("performDraw.seed").entity(String.class).satisfies(seed -> assertThat(seed).hasSize(64))
                .path("performDraw.drawn").entity(JsonNode.class).get();

        as(publicUser()).documentName("drawAndReplay").variable("plan", plan).execute()
                .errors().satisfy(forbiddenAt("draw.candidates", "draw.excluded"))
                // 风险分类 is not public
                .path("draw.candidates").valueIsNull()
                .path("draw.excluded").valueIsNull()
                .path("draw.seedHash").entity(String.class).isEqualTo(seedHash)
                .path("replayDraw.seedMatchesCommitment").entity(Boolean.class).isEqualTo(true)
                .path("replayDraw.inputMatchesFingerprint").entity(Boolean.class).isEqualTo(true)
                .path("replayDraw.matchesRecord").entity(Boolean.class).isEqualTo(true)
                .path("replayDraw.drawn").entity(JsonNode.class).isEqualTo(drawn);

        as(admin(SCJG)).documentName("performDraw").variable("plan", plan).execute()
                .errors().satisfy(errors -> assertThat(errors).singleElement().satisfies(e -> assertThat(e.getMessage()).contains("a draw happens once")));

        // Someone drops a candidate from the frozen list in the database: the replay no longer matches the published fingerprint.
        TestStack.driver().executableQuery("MATCH (d:Draw {plan: $plan}) SET d.candidates = d.candidates[1..], d.risks = d.risks[1..]")
                .withParameters(Map.of("plan", plan)).execute();
        as(publicUser()).documentName("replayDraw").variable("plan", plan).execute()
                .path("replayDraw.inputMatchesFingerprint").entity(Boolean.class).isEqualTo(false);
    }

    @Test
    void anOfficerWithADeclaredConflictIsNotSentToThatFirm() {
        String conflicted = PlanningFixture.officer(SCJG, 1);
        as(admin(SCJG)).documentName("declareConflict").variable("officer", conflicted).variable("uscc", firm(2))
                .variable("reason", "近亲属任该企业法定代表人").execute()
                .path("declareConflict").entity(Boolean.class).isEqualTo(true);
        as(admin(SCJG)).documentName("declareConflict").variable("officer", PlanningFixture.officer(XF, 1)).variable("uscc", firm(2))
                .variable("reason", "x").execute()
                .errors().satisfy(argument("officer"));

        JsonNode drawn = draw(SCJG, annual(SCJG, "食品安全", day(6, 1), day(6, 30)));
        JsonNode firm2 = drawn.at("/drawn").valueStream().filter(d -> d.at("/uscc").asString().equals(firm(2))).findFirst().orElseThrow();
        assertThat(firm2.at("/officers").valueStream().map(JsonNode::asString)).doesNotContain(conflicted).hasSize(2);
    }

    private String complaintPlan(String department, String item, String from, String to) {
        return file(department, Map.of("kind", "AD_HOC", "trigger", "COMPLAINT", "title", "投诉举报核查", "items", List.of(item),
                "scope", Map.of("industry", "6210"), "ratios", ratios("LOW", 100), "window", window(from, to), "domain", "食品安全"));
    }

    private GraphQlTester.Response task(String department, String plan, String uscc, String legalBasis) {
        GraphQlTester.Request<?> request = as(admin(department)).documentName("createTask").variable("plan", plan).variable("uscc", uscc);
        return (legalBasis == null ? request : request.variable("legalBasis", legalBasis)).execute();
    }

    @Test
    void aWhiteListedFirmIsInspectedOnlyWhenTriggeredOrWithARecordedLegalBasis() {
        String routine = file(SCJG, Map.of("kind", "AD_HOC", "title", "临时抽查", "items", List.of("JH-SCJG-002"),
                "scope", Map.of("industry", "6210"), "ratios", ratios("LOW", 100), "window", window(day(2, 1), day(2, 5)), "domain", "食品安全"));
        task(SCJG, routine, WHITE_LISTED, null)
                .errors().satisfy(overCap("WHITE_LIST"))
                .path("createTask").pathDoesNotExist();
        // nothing half-written
        as(supervisor()).documentName("inspections").execute().path("inspections.edges").entityList(Object.class).hasSize(0);

        task(SCJG, routine, WHITE_LISTED, "《食品安全法》第一百一十条 上级交办核查")
                .path("createTask.tasks[0].legalBasis").entity(String.class).satisfies(basis -> assertThat(basis).contains("上级交办"))
                .path("createTask.tasks[0].overriddenCaps[0]").entity(String.class).isEqualTo("WHITE_LIST");
        as(supervisor()).documentName("auditTrail").variable("filter", Map.of("operation", "createTask")).execute()
                .path("auditTrail.edges[0].node.reason").entity(String.class).satisfies(reason -> assertThat(reason).contains("上级交办"));

        // 投诉举报 triggers
        task(SCJG, complaintPlan(SCJG, "JH-SCJG-001", day(2, 10), day(2, 12)), WHITE_LISTED, null)
                .path("createTask.tasks[0].trigger").entity(String.class).isEqualTo("COMPLAINT");
    }

    @Test
    void aFourthVisitInAMonthIsRefusedWithTheReason() {
        String firm = firm(1);
        String[] items = {"JH-SCJG-001", "JH-SCJG-002", "JH-SCJG-001"};
        for (int week = 0; week < 3; week++) {
            String day = day(3, 1 + 7 * week);
            task(SCJG, complaintPlan(SCJG, items[week], day, day), firm, null).path("createTask.code").hasValue();
        }
        String fourth = complaintPlan(SCJG, "JH-SCJG-002", day(3, 22), day(3, 22));
        task(SCJG, fourth, firm, null).errors().satisfy(overCap("MONTHLY")
                .andThen(errors -> assertThat(errors.getFirst().getMessage()).contains("同一企业同一月内接受检查不超过3次")));

        // A task whose window overlaps a visit joins it and adds no visit.
        task(SCJG, complaintPlan(SCJG, "JH-SCJG-002", day(3, 15), day(3, 15)), firm, null)
                .path("createTask.tasks").entityList(Object.class).hasSize(2);
    }

    /**
     * Issue 20, finding 8: createTask answers a plan of another department as it answers a plan that does not exist,
     * and a firm the plan's department does not supervise as one that does not exist — no existence oracle.
     */
    @Test
    void createTaskAnswersAForeignPlanOrFirmAsItAnswersAMissingOne() {
        String foreignFirm = firm(50);
        new SubjectStore(TestStack.driver()).write(List.of(new Subject(foreignFirm, "江海市海西区只归市场监管的餐厅有限公司", "江海市海西区人民路50号",
                "329902", "6210", CreditLevel.B, RiskLevel.LOW, false, List.of(), List.of(SCJG))));
        String scjgPlan = complaintPlan(SCJG, "JH-SCJG-001", day(5, 1), day(5, 2));
        String xfPlan = file(XF, Map.of("kind", "AD_HOC", "trigger", "COMPLAINT", "title", "投诉核查", "items", List.of("JH-XF-003"),
                "scope", Map.of("industry", "6210"), "ratios", ratios("LOW", 100), "window", window(day(5, 1), day(5, 2)), "domain", "消防安全"));
        String missingPlan = scjgPlan + "-0";

        String foreign = forbidden(task(XF, scjgPlan, firm(1), null)).replace(scjgPlan, "PLAN");
        String missing = forbidden(task(XF, missingPlan, firm(1), null)).replace(missingPlan, "PLAN");
        assertThat(foreign).isEqualTo(missing);

        String unsupervised = forbidden(task(XF, xfPlan, foreignFirm, null)).replace(foreignFirm, "FIRM");
        String absent = forbidden(task(XF, xfPlan, firm(99), null)).replace(firm(99), "FIRM");
        assertThat(unsupervised).isEqualTo(absent);
        // the firm is real and its own supervisor inspects it
        task(SCJG, scjgPlan, foreignFirm, null).path("createTask.uscc").entity(String.class).isEqualTo(foreignFirm);
    }

    /** Issue 20, finding 8: a 5,000-character plan title was stored; every text of a mutation has its limit now. */
    @Test
    void mutationTextsHaveTheirLimitsAndNoControlCharacters() {
        Map<String, Object> input = Map.of("kind", "ANNUAL", "title", "年".repeat(5000), "items", List.of("JH-SCJG-001"),
                "scope", Map.of("industry", "6210"), "ratios", ratios("LOW", 10), "window", window(day(8, 1), day(8, 31)), "domain", "食品安全");
        filing(SCJG, input).execute().errors().satisfy(codes("BAD_USER_INPUT").andThen(argument("input.title"))
                .andThen(errors -> assertThat(errors.getFirst().getMessage()).contains("at most 200")));
        as(admin(SCJG)).documentName("plans").variable("department", SCJG).execute().path("plans").entityList(Object.class).hasSize(0);

        as(admin(SCJG)).documentName("declareConflict").variable("officer", PlanningFixture.officer(SCJG, 1)).variable("uscc", firm(2))
                .variable("reason", "近亲属\u202E任法定代表人").execute()
                .errors().satisfy(codes("BAD_USER_INPUT").andThen(argument("reason"))
                        .andThen(errors -> assertThat(errors.getFirst().getMessage()).contains("U+202E")));
        task(SCJG, complaintPlan(SCJG, "JH-SCJG-001", day(8, 1), day(8, 2)), firm(1), "上级交办\u0000").errors()
                .satisfy(codes("BAD_USER_INPUT").andThen(argument("legalBasis")));
    }

    /** The message of the one FORBIDDEN error of a response. */
    private static String forbidden(GraphQlTester.Response response) {
        AtomicReference<String> message = new AtomicReference<>();
        response.errors().satisfy(codes("FORBIDDEN").andThen(errors -> message.set(errors.getFirst().getMessage())));
        return message.get();
    }

    @Test
    void aFirmTheCityCheckedForAnItemIsExcludedBelowTheSameYear() {
        task(SCJG, complaintPlan(SCJG, "JH-SCJG-001", day(4, 1), day(4, 2)), firm(4), null).path("createTask.code").hasValue();
        task(HX_SCJG, complaintPlan(HX_SCJG, "JH-SCJG-001", day(6, 1), day(6, 2)), firm(4), null).errors().satisfy(overCap("UPPER_LEVEL")
                .andThen(errors -> assertThat(errors.getFirst().getMessage()).contains("结果互认")));
    }

    @Test
    void filingChecksTheLeadTimeAndWhatThePlanNames() {
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
        filing(SCJG, Map.of("kind", "AD_HOC", "title", "临时检查", "items", List.of("JH-SCJG-001"), "scope", Map.of("industry", "6210"),
                "ratios", ratios("LOW", 10), "window", window(today.plusDays(2), today.plusDays(9)), "domain", "食品安全")).execute()
                .errors().satisfy(codes("BAD_USER_INPUT").andThen(argument("input.window.from"))
                        .andThen(errors -> assertThat(errors.getFirst().getMessage()).contains("提前5日报备")));

        filing(SCJG, Map.of("kind", "ANNUAL", "title", "年度计划", "items", List.of("JH-XF-003"), "scope", Map.of("industry", "6210"),
                "ratios", ratios("LOW", 10), "window", window(day(1, 10), day(12, 20)), "domain", "食品安全")).execute()
                .errors().satisfy(argument("input.items"));

        filing(SCJG, Map.of("kind", "ANNUAL", "title", "年度计划", "items", List.of("JH-SCJG-001"), "scope", Map.of("industry", "6210"),
                "ratios", ratios("LOW", 10), "window", window("明年三月", day(12, 20)), "domain", "食品安全")).execute()
                .errors().satisfy(argument("input.window.from"));
        as(admin(SCJG)).documentName("plans").variable("department", "JH-SCJG").execute()
                .path("plans").entityList(Object.class).hasSize(0);
    }

    @Test
    void onlyTheDepartmentsAdminsPlanAndDrawAndOnlyTheInvolvedSeeTheWork() {
        Map<String, Object> input = Map.of("kind", "ANNUAL", "title", "年度计划", "items", List.of("JH-SCJG-001"),
                "scope", Map.of("industry", "6210"), "ratios", ratios("LOW", 100), "window", window(day(7, 1), day(7, 31)), "domain", "食品安全");
        String officer = TestTokens.officer();
        as(officer).documentName("filePlan").variable("input", input).execute().errors().satisfy(codes("FORBIDDEN"));
        as(TestTokens.enterprise()).documentName("filePlan").variable("input", input).execute().errors().satisfy(codes("FORBIDDEN"));
        String plan = file(SCJG, input);
        as(admin(XF)).documentName("commitDraw").variable("plan", plan).execute().errors().satisfy(codes("FORBIDDEN"));
        as(publicUser()).documentName("plan").variable("code", plan).execute().path("plan").valueIsNull();
        as(officer).documentName("plan").variable("code", plan).execute().path("plan.title").entity(String.class).isEqualTo("年度计划");
        draw(SCJG, plan);

        String enterpriseOfFirm3 = TestTokens.token("firm-3", List.of("ENTERPRISE"), null, firm(3));
        as(enterpriseOfFirm3).documentName("inspectedFirms").execute()
                .path("inspections.edges[*].node.uscc").entityList(String.class).containsExactly(firm(3));
        as(publicUser()).documentName("inspectedFirms").execute().errors().satisfy(codes("FORBIDDEN"));
        // the fire service takes no part
        as(TestTokens.token("xf", List.of("OFFICER"), XF, null)).documentName("inspectedFirms").execute()
                .path("inspections.edges").entityList(Object.class).hasSize(0);
        as(officer).documentName("inspectionMetrics").variable("year", NEXT_YEAR).execute().errors().satisfy(codes("FORBIDDEN"));
    }

    @Test
    void aDepartmentIsToldOverWebSocketWhenAJointVisitItTakesPartInIsProposed() throws Exception {
        String fireOfficer = TestTokens.token("fire-officer", List.of("OFFICER"), XF, null);
        try (GraphQlWebSocket socket = new GraphQlWebSocket(port, fireOfficer)) {
            socket.subscribe("other", "jointInspectionProposed", Map.of("department", "JH-SCJG"));
            assertThat(socket.nextErrors("other").findValuesAsString("code")).containsExactly("FORBIDDEN");

            socket.subscribe("mine", "jointInspectionProposed", Map.of("department", "JH-XF"));
            Thread.sleep(500);
            draw(SCJG, annual(SCJG, "食品安全", day(9, 1), day(9, 30)));
            draw(XF, annual(XF, "消防安全", day(9, 15), day(10, 15)));

            JsonNode visit = socket.nextData("mine").at("/jointInspectionProposed");
            assertThat(visit.at("/joint").asBoolean()).isTrue();
            assertThat(visit.at("/lead").asString()).isEqualTo(SCJG);
            assertThat(visit.at("/departments").valueStream().map(JsonNode::asString)).containsExactly(SCJG, XF);
        }
    }
}
