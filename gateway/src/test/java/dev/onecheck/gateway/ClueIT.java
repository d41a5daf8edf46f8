package dev.onecheck.gateway;

import static dev.onecheck.gateway.GatewayGraphQl.argument;
import static dev.onecheck.gateway.GatewayGraphQl.codes;
import static dev.onecheck.gateway.GatewayGraphQl.forbiddenAt;
import static dev.onecheck.gateway.PlanningFixture.SCJG;
import static dev.onecheck.gateway.PlanningFixture.WHITE_LISTED;
import static dev.onecheck.gateway.PlanningFixture.XF;
import static dev.onecheck.gateway.PlanningFixture.firm;
import static dev.onecheck.gateway.PlanningFixture.ratios;
import static dev.onecheck.gateway.PlanningFixture.window;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;

import dev.onecheck.infra.test.TestStack;
import dev.onecheck.search.index.KnowledgeBaseFixture;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.graphql.test.tester.GraphQlTester;

/**
 * 线索 end to end (issue 23): two complaints from different sources about one restaurant are read by the knowledge
 * base, routed to the market regulator and the fire service, accepted under their complaint plans and become one
 * proposed joint visit with both clues as its basis; each {@code ClueAccess} boundary answers null + FORBIDDEN.
 */
@GatewayTest
class ClueIT {

    private static final int NEXT_YEAR = LocalDate.now(ZoneId.of("Asia/Shanghai")).getYear() + 1;
    private static final String RESTAURANT = firm(3);
    private static final String FOOD = "这家饭馆没办证就营业，后厨也脏得很";
    private static final String EXITS = "饭店楼道里停电瓶车充电，安全出口都被堵死了";

    @LocalServerPort
    int port;

    @BeforeAll
    static void knowledgeBase() throws Exception {
        KnowledgeBaseFixture.loadAndIndex(TestStack.driver(), TestStack.endpoints());
    }

    @BeforeEach
    void restaurants() {
        PlanningFixture.load(TestStack.driver());
        TestStack.driver().executableQuery("MATCH (c:Clue) DETACH DELETE c").execute();
    }

    private GraphQlTester as(String token) {
        return GatewayGraphQl.as(port, token);
    }

    private static String officer(String department) {
        return TestTokens.token("officer-" + department, List.of("OFFICER"), department, null);
    }

    private static String admin(String department) {
        return TestTokens.token("admin-" + department, List.of("DEPT_ADMIN"), department, null);
    }

    private static String supervisor() {
        return TestTokens.token("supervisor", List.of("SUPERVISOR"), "JH-SFJ", null);
    }

    private static String theRestaurant() {
        return TestTokens.token("restaurant", List.of("ENTERPRISE"), null, RESTAURANT);
    }

    private static String publicUser() {
        return TestTokens.token("public", List.of("PUBLIC"), null, null);
    }

    private static String now(int daysAgo) {
        return OffsetDateTime.now(ZoneId.of("Asia/Shanghai")).truncatedTo(ChronoUnit.SECONDS).minusDays(daysAgo).toString();
    }

    private static Map<String, Object> clue(String source, String workOrder, String content, Map<String, Object> subject, int daysAgo) {
        Map<String, Object> input = new HashMap<>(Map.of("source", source, "workOrder", workOrder, "receivedAt", now(daysAgo),
                "content", content, "subject", subject));
        input.put("complainant", Map.of("name", "王女士", "phone", "13900001111"));
        return input;
    }

    private GraphQlTester.Response submit(String token, Map<String, Object> input) {
        return as(token).documentName("submitClue").fragmentName("clueFields").variable("input", input).execute();
    }

    /** Files a triggered (or routine) ad-hoc plan of a department and answers its code. */
    private String plan(String department, String trigger, String item, String domain) {
        String day = LocalDate.of(NEXT_YEAR, 5, 1).toString();
        return as(admin(department)).documentName("filePlan").variable("input", Map.of("kind", "AD_HOC", "trigger", trigger,
                        "title", "投诉举报核查", "items", List.of(item), "scope", Map.of("industry", "6210"), "ratios", ratios("LOW", 100),
                        "window", window(day, LocalDate.of(NEXT_YEAR, 5, 10)), "domain", domain))
                .execute().path("filePlan.code").entity(String.class).get();
    }

    private GraphQlTester.Response accept(String department, String clue, String plan) {
        return as(admin(department)).documentName("acceptClue").variable("clue", clue).variable("plan", plan).execute();
    }

    /** The hotline's food complaint, received by the market regulator, naming the restaurant by a loose name and address. */
    private String hotline() {
        return submit(officer(SCJG), clue("HOTLINE_12345", "GD-2027-0001", FOOD, Map.of("name", "海西区第3餐厅", "address", "人民路3号"), 0))
                .path("submitClue.uscc").entity(String.class).isEqualTo(RESTAURANT)
                .path("submitClue.needsConfirmation").entity(Boolean.class).isEqualTo(false)
                .path("submitClue.violations").entityList(String.class).containsExactly("SP-001")
                .path("submitClue.routings[*].department").entityList(String.class).containsExactly(SCJG)
                .path("submitClue.complainant.name").entity(String.class).isEqualTo("王女士")
                .path("submitClue.id").entity(String.class).get();
    }

    /** A 投诉举报 about the exits, also received by the market regulator, by credit code: routed to the fire service. */
    private String report() {
        return submit(officer(SCJG), clue("COMPLAINT", "TS-0042", EXITS, Map.of("uscc", RESTAURANT), 0))
                .path("submitClue.uscc").entity(String.class).isEqualTo(RESTAURANT)
                .path("submitClue.confidence").entity(Double.class).isEqualTo(1.0)
                .path("submitClue.violations").entityList(String.class).containsExactly("XF-006")
                .path("submitClue.routings[*].department").entityList(String.class).containsExactly(XF)
                .path("submitClue.routings[0].status").entity(String.class).isEqualTo("PROPOSED")
                .path("submitClue.id").entity(String.class).get();
    }

    @Test
    void twoComplaintsFromDifferentSourcesAboutOneRestaurantBecomeOneProposedJointVisitWithBothCluesAsItsBasis() {
        String hotline = hotline();
        String report = report();
        as(officer(SCJG)).documentName("clue").fragmentName("clueFields").variable("id", hotline).execute()
                .path("clue.related[*].id").entityList(String.class).containsExactly(report);

        String scjgPlan = plan(SCJG, "COMPLAINT", "JH-SCJG-001", "食品安全");
        String xfPlan = plan(XF, "COMPLAINT", "JH-XF-003", "消防安全");
        accept(SCJG, hotline, scjgPlan).path("acceptClue.departments").entityList(String.class).containsExactly(SCJG);
        String visit = accept(XF, report, xfPlan)
                .path("acceptClue.joint").entity(Boolean.class).isEqualTo(true)
                .path("acceptClue.status").entity(String.class).isEqualTo("PROPOSED")
                .path("acceptClue.departments").entityList(String.class).containsExactly(SCJG, XF)
                .path("acceptClue.tasks[*].trigger").entityList(String.class).containsExactly("COMPLAINT", "COMPLAINT")
                // the fire service reads its own clue behind the visit, not the market regulator's hotline order
                .path("acceptClue.clues[*].id").entityList(String.class).containsExactly(report)
                .path("acceptClue.code").entity(String.class).get();
        as(supervisor()).documentName("inspectionClues").variable("code", visit).execute()
                .path("inspection.clues[*].id").entityList(String.class).satisfies(list -> assertThat(list).containsExactlyInAnyOrder(hotline, report));

        as(officer(XF)).documentName("clue").fragmentName("clueFields").variable("id", report).execute()
                .path("clue.routings[0].status").entity(String.class).isEqualTo("ACCEPTED")
                .path("clue.routings[0].task").entity(String.class).isEqualTo(xfPlan + "/" + RESTAURANT);
        as(supervisor()).documentName("auditTrail").variable("filter", Map.of("operation", "acceptClue")).execute()
                .path("auditTrail.edges[*].node.targetKey").entityList(String.class).satisfies(list -> assertThat(list).containsExactlyInAnyOrder(hotline, report));
        // answered once: a second 受理 is refused, nothing changes
        accept(XF, report, xfPlan).errors().satisfy(codes("BAD_USER_INPUT").andThen(argument("clue")));
    }

    @Test
    void submittingAWorkOrderAgainChangesNothing() {
        String hotline = hotline();
        submit(officer(SCJG), clue("HOTLINE_12345", "GD-2027-0001", "重复来电：还是没证", Map.of("uscc", firm(5)), 0))
                .path("submitClue.id").entity(String.class).isEqualTo(hotline)
                .path("submitClue.content").entity(String.class).isEqualTo(FOOD)
                .path("submitClue.uscc").entity(String.class).isEqualTo(RESTAURANT);
        as(admin(SCJG)).documentName("clueLists").variable("department", SCJG).execute()
                .path("departmentClues[*].id").entityList(String.class).containsExactly(hotline);
        as(supervisor()).documentName("auditTrail").variable("filter", Map.of("operation", "submitClue")).execute()
                .path("auditTrail.edges").entityList(Object.class).hasSize(1);
    }

    @Test
    void theComplainantIsKnownToTheReceivingDepartmentAlone() {
        String report = report();
        as(officer(SCJG)).documentName("clueComplainant").variable("id", report).execute()
                .path("clue.complainant.phone").entity(String.class).isEqualTo("13900001111");
        for (String token : List.of(officer(XF), supervisor())) {
            as(token).documentName("clueComplainant").variable("id", report).execute()
                    .errors().satisfy(forbiddenAt("clue.complainant"))
                    .path("clue.content").entity(String.class).isEqualTo(EXITS)
                    .path("clue.complainant").valueIsNull();
        }
    }

    @Test
    void enterprisesThePublicAndOtherDepartmentsSeeNoClueAndLearnNotWhetherOneExists() {
        String hotline = hotline();
        String missing = "HOTLINE_12345/GD-2027-9999";
        for (String token : List.of(theRestaurant(), publicUser(), officer(XF))) {
            assertThat(refusal(read(token, hotline), "clue", hotline)).as("a refused read of an existing clue")
                    .isEqualTo(refusal(read(token, missing), "clue", missing));
        }
        // The fire service may not answer the market regulator's clue, and is told so as for a work order that does not exist.
        String xfPlan = plan(XF, "COMPLAINT", "JH-XF-003", "消防安全");
        assertThat(refusal(accept(XF, hotline, xfPlan), "acceptClue", hotline)).isEqualTo(refusal(accept(XF, missing, xfPlan), "acceptClue", missing));
        assertThat(refusal(transfer(officer(XF), hotline, SCJG, "不属本部门职责"), "transferClue", hotline))
                .isEqualTo(refusal(transfer(officer(XF), missing, SCJG, "不属本部门职责"), "transferClue", missing));
        assertThat(refusal(close(officer(XF), hotline, "查无实据"), "closeClue", hotline))
                .isEqualTo(refusal(close(officer(XF), missing, "查无实据"), "closeClue", missing));
        assertThat(refusal(confirm(officer(XF), hotline, RESTAURANT), "confirmClueSubject", hotline))
                .isEqualTo(refusal(confirm(officer(XF), missing, RESTAURANT), "confirmClueSubject", missing));
        as(officer(SCJG)).documentName("clue").fragmentName("clueFields").variable("id", hotline).execute()
                .path("clue.routings[*].status").entityList(String.class).containsExactly("PROPOSED");
        as(theRestaurant()).documentName("clueLists").variable("department", SCJG).execute()
                .errors().satisfy(forbiddenAt("departmentClues", "pendingClueConfirmations", "overdueClues"));
        submit(theRestaurant(), clue("COMPLAINT", "X-1", FOOD, Map.of("uscc", RESTAURANT), 0))
                .errors().satisfy(forbiddenAt("submitClue"));
        submit(supervisor(), clue("COMPLAINT", "X-1", FOOD, Map.of("uscc", RESTAURANT), 0))
                .errors().satisfy(forbiddenAt("submitClue"));

        // The firm sees its visit, not the clues behind it.
        String visit = accept(SCJG, hotline, plan(SCJG, "COMPLAINT", "JH-SCJG-001", "食品安全")).path("acceptClue.code").entity(String.class).get();
        as(theRestaurant()).documentName("inspectionClues").variable("code", visit).execute()
                .errors().satisfy(forbiddenAt("inspection.clues"))
                .path("inspection.code").entity(String.class).isEqualTo(visit);
    }

    @Test
    void aWorkOrderAnotherDepartmentReceivedIsRefusedAsAnyRefusalIsAndChangesNothing() {
        String hotline = hotline();
        Map<String, Object> again = clue("HOTLINE_12345", "GD-2027-0001", "重复来电：还是没证", Map.of("uscc", RESTAURANT), 0);
        String known = submitRefusal(submit(officer(XF), again), hotline);
        // the same answer as for a caller who may not receive clues at all: the refusal does not say the work order exists
        assertThat(known).isEqualTo(submitRefusal(submit(supervisor(), again), hotline));
        String fresh = "COMPLAINT/X-2";
        assertThat(known).isEqualTo(submitRefusal(submit(theRestaurant(), clue("COMPLAINT", "X-2", FOOD, Map.of("uscc", RESTAURANT), 0)), fresh));
        as(supervisor()).documentName("auditTrail").variable("filter", Map.of("operation", "submitClue")).execute()
                .path("auditTrail.edges").entityList(Object.class).hasSize(1);
        as(officer(SCJG)).documentName("clue").fragmentName("clueFields").variable("id", hotline).execute()
                .path("clue.routings[*].department").entityList(String.class).containsExactly(SCJG);

        // A department the clue is routed to reads it back unchanged, under the same policy: without the complainant.
        String report = report();
        submit(officer(XF), clue("COMPLAINT", "TS-0042", "重复来电", Map.of("uscc", firm(5)), 0))
                .errors().satisfy(forbiddenAt("submitClue.complainant"))
                .path("submitClue.id").entity(String.class).isEqualTo(report)
                .path("submitClue.content").entity(String.class).isEqualTo(EXITS)
                .path("submitClue.complainant").valueIsNull();
    }

    @Test
    void aTextAboutNothingTheKnowledgeBaseKnowsStaysWithTheReceivingDepartment() {
        submit(officer(XF), clue("HOTLINE_12345", "GD-2027-0009", "小区门口的路灯坏了好几天了", Map.of("uscc", RESTAURANT), 0))
                .path("submitClue.violations").entityList(String.class).hasSize(0)
                .path("submitClue.routings[*].department").entityList(String.class).containsExactly(XF);
    }

    @Test
    void aClueTransferredBackIsTheFirstDepartmentsToAnswerAgain() {
        String hotline = hotline();
        transfer(officer(SCJG), hotline, XF, "反映楼道堵塞，属消防职责").path("transferClue.routings[*].department")
                .entityList(String.class).containsExactly(SCJG, XF);
        transfer(officer(XF), hotline, SCJG, "经核实系无证经营，退回市场监管局")
                .path("transferClue.routings[*].department").entityList(String.class).containsExactly(SCJG, XF, SCJG)
                .path("transferClue.routings[*].status").entityList(String.class).containsExactly("TRANSFERRED", "TRANSFERRED", "PROPOSED")
                .path("transferClue.routings[0].reason").entity(String.class).isEqualTo("反映楼道堵塞，属消防职责");
        as(officer(SCJG)).documentName("clueLists").variable("department", SCJG).execute()
                .path("departmentClues[*].id").entityList(String.class).containsExactly(hotline);
        close(officer(SCJG), hotline, "已责令办理食品经营许可证").path("closeClue.routings[*].status").entityList(String.class)
                .containsExactly("TRANSFERRED", "TRANSFERRED", "CLOSED");
        // each part answered once
        close(officer(XF), hotline, "查无实据").errors().satisfy(codes("BAD_USER_INPUT").andThen(argument("clue")));
        close(officer(SCJG), hotline, "查无实据").errors().satisfy(codes("BAD_USER_INPUT").andThen(argument("clue")));
    }

    @Test
    void aNameThatFitsTwoFirmsWaitsForAnOfficerAndOnlyATriggeredPlanReachesTheWhiteListedFirm() {
        String vague = submit(officer(SCJG), clue("PUBLIC_OPINION", "YQ-7", FOOD, Map.of("name", "海西区餐厅"), 0))
                .path("submitClue.needsConfirmation").entity(Boolean.class).isEqualTo(true)
                .path("submitClue.uscc").valueIsNull()
                .path("submitClue.id").entity(String.class).get();
        as(officer(SCJG)).documentName("clueLists").variable("department", SCJG).execute()
                .path("pendingClueConfirmations[*].id").entityList(String.class).containsExactly(vague);
        String complaintPlan = plan(SCJG, "COMPLAINT", "JH-SCJG-001", "食品安全");
        accept(SCJG, vague, complaintPlan).errors().satisfy(codes("BAD_USER_INPUT").andThen(argument("clue")));

        confirm(officer(SCJG), vague, WHITE_LISTED).path("confirmClueSubject.uscc").entity(String.class).isEqualTo(WHITE_LISTED)
                .path("confirmClueSubject.confidence").entity(Double.class).isEqualTo(1.0);
        accept(SCJG, vague, plan(SCJG, "ROUTINE", "JH-SCJG-002", "食品安全"))
                .errors().satisfy(codes("BAD_USER_INPUT").andThen(argument("plan")));
        accept(SCJG, vague, complaintPlan).path("acceptClue.uscc").entity(String.class).isEqualTo(WHITE_LISTED)
                .path("acceptClue.tasks[0].trigger").entity(String.class).isEqualTo("COMPLAINT");
    }

    @Test
    void aDepartmentTransfersWithAReasonClosesWithAFindingAndSeesItsOverdueClues() {
        String late = submit(officer(SCJG), clue("ASSIGNED", "JB-3", FOOD, Map.of("uscc", firm(4)), 10))
                .path("submitClue.routings[0].overdue").entity(Boolean.class).isEqualTo(true)
                .path("submitClue.id").entity(String.class).get();
        hotline();
        as(officer(SCJG)).documentName("clueLists").variable("department", SCJG).execute()
                .path("overdueClues[*].id").entityList(String.class).containsExactly(late);

        transfer(officer(SCJG), late, XF, "经核实系消防通道问题，转消防救援支队")
                .path("transferClue.routings[*].department").entityList(String.class).containsExactly(SCJG, XF)
                .path("transferClue.routings[0].status").entity(String.class).isEqualTo("TRANSFERRED")
                .path("transferClue.routings[1].status").entity(String.class).isEqualTo("PROPOSED")
                .path("transferClue.routings[1].overdue").entity(Boolean.class).isEqualTo(false);
        as(officer(SCJG)).documentName("clueLists").variable("department", SCJG).execute()
                .path("overdueClues").entityList(Object.class).hasSize(0);
        close(officer(XF), late, "现场核查，查无实据")
                .path("closeClue.routings[1].status").entity(String.class).isEqualTo("CLOSED")
                .path("closeClue.routings[1].finding").entity(String.class).isEqualTo("现场核查，查无实据");
        as(supervisor()).documentName("auditTrail").variable("filter", Map.of("targetKey", late)).execute()
                .path("auditTrail.edges[*].node.operation").entityList(String.class).satisfies(list -> assertThat(list).containsExactlyInAnyOrder("submitClue", "transferClue", "closeClue"));
    }

    private GraphQlTester.Response read(String token, String id) {
        return as(token).documentName("clueComplainant").variable("id", id).execute();
    }

    private GraphQlTester.Response transfer(String token, String clue, String to, String reason) {
        return as(token).documentName("transferClue").fragmentName("clueFields").variable("clue", clue).variable("to", to)
                .variable("reason", reason).execute();
    }

    private GraphQlTester.Response close(String token, String clue, String finding) {
        return as(token).documentName("closeClue").fragmentName("clueFields").variable("clue", clue).variable("finding", finding).execute();
    }

    private GraphQlTester.Response confirm(String token, String clue, String uscc) {
        return as(token).documentName("confirmClueSubject").fragmentName("clueFields").variable("clue", clue).variable("uscc", uscc).execute();
    }

    /**
     * A refusal as its caller sees it, to compare one about an existing clue with one about a missing clue: the one
     * FORBIDDEN error at {@code path}, null there, its type, extensions and message with the id asked for as ID.
     */
    private static String refusal(GraphQlTester.Response response, String path, String id) {
        String seen = seen(response, path, id);
        response.path(path).valueIsNull();
        return seen;
    }

    /** {@link #refusal} of {@code submitClue}, whose {@code Clue!} null takes {@code data} with it. */
    private static String submitRefusal(GraphQlTester.Response response, String id) {
        String seen = seen(response, "submitClue", id);
        response.path("submitClue").pathDoesNotExist();
        return seen;
    }

    private static String seen(GraphQlTester.Response response, String path, String id) {
        AtomicReference<String> seen = new AtomicReference<>();
        response.errors().satisfy(forbiddenAt(path).andThen(errors -> seen.set(errors.getFirst().getErrorType() + " "
                + errors.getFirst().getExtensions() + " " + errors.getFirst().getMessage().replace(id, "ID"))));
        return seen.get();
    }
}
