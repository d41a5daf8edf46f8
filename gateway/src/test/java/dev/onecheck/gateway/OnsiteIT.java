package dev.onecheck.gateway;

import static dev.onecheck.gateway.GatewayGraphQl.argument;
import static dev.onecheck.gateway.GatewayGraphQl.codeRejected;
import static dev.onecheck.gateway.GatewayGraphQl.codes;
import static dev.onecheck.gateway.GatewayGraphQl.forbiddenAt;
import static dev.onecheck.gateway.PlanningFixture.SCJG;
import static dev.onecheck.gateway.PlanningFixture.XF;
import static dev.onecheck.gateway.PlanningFixture.firm;
import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.KeyFactory;
import java.security.Signature;
import java.security.spec.X509EncodedKeySpec;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Base64;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import dev.onecheck.domain.onsite.ActionCode;
import dev.onecheck.domain.onsite.ActionCodeSigner;
import dev.onecheck.infra.test.TestStack;
import dev.onecheck.search.index.KnowledgeBaseFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.graphql.test.tester.GraphQlTester;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * 亮码入企 end to end: a joint visit approved by its lead gets a 行政行为码 with a QR image that anyone can check;
 * officers record results only with the valid code; the firm sees its results and rectifications, rates and
 * appeals with the code; other firms see nothing until the results are published.
 */
@GatewayTest
class OnsiteIT {

    private static final ZoneId CITY = ZoneId.of("Asia/Shanghai");
    private static final String FIRM = firm(1);

    @LocalServerPort
    int port;

    @Autowired
    ActionCodeSigner signer;

    private final HttpClient http = HttpClient.newHttpClient();

    @BeforeEach
    void restaurants() {
        KnowledgeBaseFixture.load(TestStack.driver());
        PlanningFixture.load(TestStack.driver());
    }

    private GraphQlTester as(String token) {
        return GatewayGraphQl.as(port, token);
    }

    private static String admin(String department) {
        return PlanningIT.admin(department);
    }

    private static String officer(String department) {
        return TestTokens.token("officer-" + department, List.of("OFFICER"), department, null);
    }

    /** A token of an officer of {@code department} with this 执法证号. */
    private static String officer(String department, String certificateNo) {
        return TestTokens.token("officer-" + certificateNo, List.of("OFFICER"), department, null, certificateNo);
    }

    /** A token of one of the officers the draw assigned to the task. */
    private static String assignedOfficer(String task) {
        var officer = TestStack.driver().executableQuery("""
                        MATCH (t:Task {code: $task})-[:ASSIGNED]->(o:Officer)
                        RETURN o.certificateNo AS certificateNo, t.department AS department ORDER BY certificateNo LIMIT 1""")
                .withParameters(Map.of("task", task)).execute().records().getFirst();
        return officer(officer.get("department").asString(), officer.get("certificateNo").asString());
    }

    /** The 执法证号 of an officer of the task's department the draw did not send. */
    private static String unassignedCertificate(String task) {
        return TestStack.driver().executableQuery("""
                        MATCH (t:Task {code: $task}), (o:Officer)-[:MEMBER_OF]->(:Department {code: t.department})
                        WHERE NOT (t)-[:ASSIGNED]->(o)
                        RETURN o.certificateNo AS certificateNo ORDER BY certificateNo LIMIT 1""")
                .withParameters(Map.of("task", task)).execute().records().getFirst().get("certificateNo").asString();
    }

    private static String enterprise(String uscc) {
        return TestTokens.token("firm-" + uscc, List.of("ENTERPRISE"), null, uscc);
    }

    private static String publicUser() {
        return TestTokens.token("public", List.of("PUBLIC"), null, null);
    }

    /** A complaint (投诉举报) to the market regulator and one to the fire service about the same restaurant: one joint visit. */
    private String jointVisit() {
        return jointVisit(FIRM);
    }

    private String jointVisit(String uscc) {
        LocalDate today = LocalDate.now(CITY);
        String visit = null;
        for (var part : List.of(List.of(SCJG, "JH-SCJG-001", "食品安全"), List.of(XF, "JH-XF-003", "消防安全"))) {
            String plan = as(admin(part.get(0))).documentName("filePlan").variable("input", Map.of("kind", "AD_HOC", "trigger", "COMPLAINT",
                            "title", "投诉核查", "items", List.of(part.get(1)), "scope", Map.of("industry", "62"),
                            "ratios", PlanningFixture.everyFirm(), "window", PlanningFixture.window(today, today.plusDays(10)), "domain", part.get(2)))
                    .execute().path("filePlan.code").entity(String.class).get();
            visit = as(admin(part.get(0))).documentName("createTask").variable("plan", plan).variable("uscc", uscc).execute()
                    .path("createTask.code").entity(String.class).get();
        }
        return visit;
    }

    private GraphQlTester.Request<?> approval(String visit, String token) {
        return as(token).documentName("approveInspection").variable("code", visit);
    }

    private String approve(String visit) {
        return approval(visit, admin(SCJG)).execute().path("approveInspection.token").entity(String.class).get();
    }

    private String taskOf(String visit, String department) {
        return as(admin(department)).documentName("inspectionTasks").variable("code", visit).execute()
                .path("inspection.tasks[?(@.department == '%s')].code".formatted(department)).entityList(String.class).hasSize(1)
                .get().getFirst();
    }

    private GraphQlTester.Response record(String task, String code, Map<String, Object> result, String token) {
        return as(token).documentName("recordResults").variable("task", task).variable("actionCode", code)
                .variable("results", List.of(result)).execute();
    }

    private static Map<String, Object> problemFound() {
        return Map.of("item", "JH-SCJG-001", "outcome", "PROBLEM_FOUND", "violation", "SP-001", "note", "后厨在用，未见食品经营许可证",
                "rectification", Map.of("requirement", "立即停止经营，办理食品经营许可证", "deadline", LocalDate.now(CITY).plusDays(15).toString()),
                "facts", Map.of("committedOn", LocalDate.now(CITY).minusDays(20).toString(), "goodsValue", 3000));
    }

    private static Map<String, Object> noProblem(String item) {
        return Map.of("item", item, "outcome", "NO_PROBLEM");
    }

    private GraphQlTester.Response verify(String code) {
        return as(publicUser()).documentName("verifyActionCode").variable("code", code).execute();
    }

    private GraphQlTester.Response rate(String code, int score, String token) {
        return as(token).documentName("rateInspection").variable("actionCode", code).variable("score", score).execute();
    }

    private HttpResponse<byte[]> get(String url) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    @Test
    void theLeadApprovesAndAnyoneChecksTheCodeByScanningIt() throws Exception {
        String visit = jointVisit();
        approval(visit, admin(XF)).execute().errors().satisfy(codes("FORBIDDEN"));
        String token = approve(visit);
        JsonNode code = as(officer(XF)).documentName("inspectionActionCode").variable("code", visit).execute()
                .path("inspection.status").entity(String.class).isEqualTo("APPROVED")
                .path("inspection.actionCode.token").entity(String.class).isEqualTo(token)
                .path("inspection.actionCode").entity(JsonNode.class).get();

        HttpResponse<byte[]> qr = get(code.at("/qrUrl").asString().replace("http://127.0.0.1:8080", "http://127.0.0.1:" + port));
        assertThat(qr.statusCode()).isEqualTo(200);
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(qr.body()));
        int[] pixels = image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth());
        // The served image is the code alone, unrotated, on a quiet margin: read it as such (PURE_BARCODE). Searched for
        // finder patterns like a camera frame, a payload whose modules happen to mimic one failed now and then (FormatException).
        String scanned = new QRCodeReader().decode(new BinaryBitmap(new HybridBinarizer(
                new RGBLuminanceSource(image.getWidth(), image.getHeight(), pixels))), Map.of(DecodeHintType.PURE_BARCODE, Boolean.TRUE)).getText();
        assertThat(scanned).isEqualTo(code.at("/verifyUrl").asString());

        String page = new String(get(scanned.replace("http://127.0.0.1:8080", "http://127.0.0.1:" + port)).body(), StandardCharsets.UTF_8);
        assertThat(page).contains("有效", "江海市海西区第1餐厅有限公司", "江海市市场监督管理局", "江海市消防救援支队", "执法证号 32990010",
                "食品经营许可情况检查", "疏散通道、安全出口检查");

        verify(token)
                .path("verifyActionCode.valid").entity(Boolean.class).isEqualTo(true)
                .path("verifyActionCode.visit", check -> check
                        .path("inspection").entity(String.class).isEqualTo(visit)
                        .path("firm.code").entity(String.class).isEqualTo(FIRM)
                        .path("lead").entity(String.class).isEqualTo(SCJG)
                        .path("departments[*].code").entityList(String.class).containsExactly(SCJG, XF)
                        .path("officers").entityList(Object.class).hasSize(4)
                        .path("items[*].code").entityList(String.class).containsExactly("JH-SCJG-001", "JH-XF-003"));
    }

    @Test
    void forgedExpiredAndSupersededCodesAreRefused() throws Exception {
        String visit = jointVisit();
        String task = taskOf(visit, SCJG);
        Map<String, Object> noResult = noProblem("JH-SCJG-001");
        String officer = assignedOfficer(task);
        record(task, "OC1.dev-2026.bm8.bm8", noResult, officer).errors().satisfy(codeRejected("FORGED"));

        String token = approve(visit);
        ActionCode claims = signer.verify(token).orElseThrow();
        String altered = token.substring(0, token.length() - 2) + (token.endsWith("A") ? "BB" : "AA");
        String otherKey = new ActionCodeSigner(Map.of("dev-2026", "not the platform's Ed25519 seed!".getBytes(StandardCharsets.UTF_8)),
                "dev-2026").sign(claims);
        // Re-signed for a past window, the code is not the one on record: forged, however genuine the signature.
        String expired = signer.sign(new ActionCode(claims.id(), claims.inspection(), Instant.now().minusSeconds(172_800), Instant.now().minusSeconds(86_400)));
        for (var bad : List.of(altered, otherKey, expired)) {
            verify(bad).path("verifyActionCode.status").entity(String.class).isEqualTo("FORGED");
            record(task, bad, noResult, officer).errors().satisfy(codeRejected("FORGED"));
        }
        // The window the record keeps is the one that counts.
        TestStack.driver().executableQuery("MATCH (c:ActionCode {id: $id}) WITH c, c.notBefore - duration({days: 30}) AS from "
                + "SET c.notBefore = from, c.expiresAt = from + duration({days: 1})").withParameters(Map.of("id", claims.id())).execute();
        verify(token).path("verifyActionCode.status").entity(String.class).isEqualTo("EXPIRED");
        record(task, token, noResult, officer).errors().satisfy(codeRejected("EXPIRED"));

        String reissued = approve(visit);
        record(task, token, noResult, officer).errors().satisfy(codeRejected("SUPERSEDED"));
        String page = new String(get("http://127.0.0.1:%d/verify?code=%s".formatted(port, token)).body(), StandardCharsets.UTF_8);
        assertThat(page).contains("已被新码替代");
        record(task, reissued, noResult, officer).path("recordResults.status").entity(String.class).isEqualTo("DONE");
    }

    /**
     * Issue 20, finding 7: a code re-signed (with a leaked key) for another visit, or for a longer window, is not the
     * code on record — refused in recordResults, appealInspection and the check, however genuine its signature.
     */
    @Test
    void aCodeReSignedForAnotherVisitOrWindowIsNotTheCodeOnRecord() {
        String visit = jointVisit(FIRM);
        String otherVisit = jointVisit(firm(2));
        ActionCode mine = signer.verify(approve(visit)).orElseThrow();
        String otherToken = approve(otherVisit);
        String otherTask = taskOf(otherVisit, SCJG);
        String forOtherVisit = signer.sign(new ActionCode(mine.id(), otherVisit, mine.notBefore(), mine.expiresAt()));
        String longer = signer.sign(new ActionCode(mine.id(), visit, mine.notBefore(), mine.expiresAt().plusSeconds(86_400 * 365)));

        verify(forOtherVisit).path("verifyActionCode.status").entity(String.class).isEqualTo("FORGED")
                .path("verifyActionCode.visit").valueIsNull();
        verify(longer).path("verifyActionCode.status").entity(String.class).isEqualTo("FORGED");
        record(otherTask, forOtherVisit, noProblem("JH-SCJG-001"), assignedOfficer(otherTask)).errors().satisfy(codeRejected("FORGED"));
        record(otherTask, otherToken, noProblem("JH-SCJG-001"), assignedOfficer(otherTask))
                .path("recordResults.status").entity(String.class).isEqualTo("DONE");
        as(enterprise(firm(2))).documentName("appealInspection").variable("actionCode", forOtherVisit).variable("reason", "货值认定有误")
                .execute().errors().satisfy(codeRejected("FORGED"));
    }

    /**
     * Issue 20, finding 8: a visit or an order that does not exist answers as one of another department or firm does
     * (no existence oracle); free text is bounded and without NUL or bidirectional controls, refused naming the argument.
     */
    @Test
    void unknownAndForeignAnswerAlikeAndFreeTextIsBounded() {
        String visit = jointVisit();
        approval("JC-NO-SUCH-VISIT", admin(SCJG)).execute().errors().satisfy(codes("FORBIDDEN"));
        approval(visit, admin(XF)).execute().errors().satisfy(codes("FORBIDDEN"));
        as(enterprise(FIRM)).documentName("reportRectified").variable("code", "ZG-NO-SUCH-ORDER").variable("note", "已整改").execute()
                .errors().satisfy(codes("FORBIDDEN"));
        as(officer(SCJG)).documentName("closeRectification").variable("code", "ZG-NO-SUCH-ORDER").variable("note", "复查合格").execute()
                .errors().satisfy(codes("FORBIDDEN"));

        String token = approve(visit);
        as(enterprise(FIRM)).documentName("rateInspection").variable("actionCode", token).variable("score", 5)
                .variable("comment", "好评\u202Egnp.exe").execute().errors().satisfy(argument("comment"));
        as(enterprise(FIRM)).documentName("rateInspection").variable("actionCode", token).variable("score", 5)
                .variable("comment", "好".repeat(501)).execute().errors().satisfy(argument("comment"));
        as(enterprise(FIRM)).documentName("appealInspection").variable("actionCode", token).variable("reason", "有误\u0000")
                .execute().errors().satisfy(argument("reason"));
        String task = taskOf(visit, SCJG);
        record(task, token, Map.of("item", "JH-SCJG-001", "outcome", "NO_PROBLEM", "note", "正常\u0000"), assignedOfficer(task))
                .errors().satisfy(argument("results[0].note"));
    }

    /** Finding 7: the published keys (JWKS, RFC 8037) are all a phone needs to check a code's signature offline. */
    @Test
    void thePublishedKeysLetAPhoneCheckACodeOffline() throws Exception {
        String[] jws = approve(jointVisit()).split("\\.");
        HttpResponse<byte[]> published = get("http://127.0.0.1:%d/.well-known/action-code-keys.json".formatted(port));
        assertThat(published.statusCode()).isEqualTo(200);
        assertThat(published.headers().firstValue("Cache-Control")).hasValueSatisfying(c -> assertThat(c).contains("max-age"));
        JsonMapper json = JsonMapper.builder().build();
        String kid = json.readTree(Base64.getUrlDecoder().decode(jws[0])).get("kid").asString();
        JsonNode key = null;
        for (JsonNode k : json.readTree(published.body()).get("keys")) {
            if (k.get("kid").asString().equals(kid)) {
                key = k;
            }
        }
        assertThat(key).as("the key %s of the code is published", kid).isNotNull();
        assertThat(List.of(key.get("kty").asString(), key.get("crv").asString(), key.get("alg").asString())).containsExactly("OKP", "Ed25519", "EdDSA");
        assertThat(key.get("active").asBoolean()).isTrue();
        byte[] x509 = new byte[44];
        System.arraycopy(HexFormat.of().parseHex("302a300506032b6570032100"), 0, x509, 0, 12);
        System.arraycopy(Base64.getUrlDecoder().decode(key.get("x").asString()), 0, x509, 12, 32);
        Signature check = Signature.getInstance("Ed25519");
        check.initVerify(KeyFactory.getInstance("Ed25519").generatePublic(new X509EncodedKeySpec(x509)));
        check.update((jws[0] + "." + jws[1]).getBytes(StandardCharsets.US_ASCII));
        assertThat(check.verify(Base64.getUrlDecoder().decode(jws[2]))).isTrue();
    }

    /** Finding 7: results are recorded by the officers the draw sent, bound by 执法证号 — or by the department's admin, on the record as such. */
    @Test
    void onlyTheAssignedOfficersOrTheirDepartmentsAdminRecordResults() {
        String visit = jointVisit();
        String token = approve(visit);
        String task = taskOf(visit, SCJG);
        Map<String, Object> noResult = noProblem("JH-SCJG-001");
        record(task, token, noResult, officer(SCJG, unassignedCertificate(task))).errors().satisfy(codes("FORBIDDEN"));
        // a token without 执法证号 binds to no task
        record(task, token, noResult, officer(SCJG)).errors().satisfy(codes("FORBIDDEN"));
        record(task, token, noResult, admin(SCJG)).path("recordResults.status").entity(String.class).isEqualTo("DONE");
        assertThat(TestStack.driver().executableQuery("""
                        MATCH (a:AuditEntry {operation: 'recordResults', targetKey: $task}) RETURN a.actor AS actor, a.reason AS reason""")
                .withParameters(Map.of("task", task)).execute().records())
                .singleElement().satisfies(entry -> {
                    assertThat(entry.get("actor").asString()).isEqualTo("admin-" + SCJG);
                    assertThat(entry.get("reason").asString()).endsWith("部门管理员代录");
                });
    }

    @Test
    void resultsNeedTheRightOfficerAndGoodInputAndTheCodeIsSpentOnceTheVisitIsDone() {
        String visit = jointVisit();
        String token = approve(visit);
        String scjgTask = taskOf(visit, SCJG);
        String xfTask = taskOf(visit, XF);

        String scjgOfficer = assignedOfficer(scjgTask);
        String xfOfficer = assignedOfficer(xfTask);
        record(scjgTask, token, problemFound(), xfOfficer).errors().satisfy(codes("FORBIDDEN"));
        Map<String, Object> unknownViolation = new HashMap<>(problemFound());
        unknownViolation.put("violation", "SP-999");
        record(scjgTask, token, unknownViolation, scjgOfficer).errors().satisfy(argument("results[0].violation"));
        record(xfTask, token, noProblem("JH-SCJG-001"), xfOfficer).errors().satisfy(argument("results[0].item"));
        as(officer(SCJG)).documentName("inspectionResults").variable("code", visit).execute()
                .path("inspection.tasks[*].status").entityList(String.class).satisfies(statuses -> assertThat(statuses).containsOnly("PLANNED"));

        record(scjgTask, token, problemFound(), scjgOfficer)
                .path("recordResults.status").entity(String.class).isEqualTo("DONE")
                .path("recordResults.results[0]", result -> result
                        .path("violationName").entity(String.class).isEqualTo("未取得食品经营许可从事食品经营活动")
                        .path("advice.outcome").entity(String.class).isEqualTo("PUNISH")
                        .path("advice.minYuan").entity(Double.class).isEqualTo(50_000.0)
                        .path("rectification.status").entity(String.class).isEqualTo("OPEN"));
        record(scjgTask, token, problemFound(), scjgOfficer).errors().satisfy(codes("BAD_USER_INPUT"));

        verify(token).path("verifyActionCode.status").entity(String.class).isEqualTo("VALID");
        record(xfTask, token, Map.of("item", "JH-XF-003", "outcome", "NO_PROBLEM", "note", "疏散通道畅通"), xfOfficer)
                .path("recordResults.status").entity(String.class).isEqualTo("DONE");
        verify(token).path("verifyActionCode.status").entity(String.class).isEqualTo("USED");
        record(xfTask, token, noProblem("JH-XF-003"), xfOfficer).errors().satisfy(codeRejected("USED"));
    }

    @Test
    void theFirmSeesItsOwnResultsRectifiesRatesAndAppealsAndOtherFirmsSeeNothingUnpublished() {
        String visit = jointVisit();
        String token = approve(visit);
        String other = enterprise(firm(2));
        rate(token, 5, enterprise(FIRM)).errors().satisfy(codes("BAD_USER_INPUT"));
        String task = taskOf(visit, SCJG);
        record(task, token, problemFound(), assignedOfficer(task)).path("recordResults.status").entity(String.class).isEqualTo("DONE");

        String rectification = as(enterprise(FIRM)).documentName("myInspections").execute()
                .errors().satisfy(forbiddenAt("inspections.edges[0].node.tasks[0].results[0].advice"))
                .path("inspections.edges").entityList(Object.class).hasSize(1)
                .path("inspections.edges[0].node.tasks[0]", scjg -> scjg
                        .path("planTitle").entity(String.class).isEqualTo("投诉核查")
                        .path("results[0].note").entity(String.class).satisfies(note -> assertThat(note).contains("未见食品经营许可证"))
                        // penalty advice is for the enforcement side
                        .path("results[0].advice").valueIsNull())
                .path("inspections.edges[0].node.tasks[0].results[0].rectification.code").entity(String.class).get();
        as(enterprise(FIRM)).documentName("rectifications").variable("uscc", FIRM).execute()
                .path("rectifications[*].code").entityList(String.class).containsExactly(rectification)
                .path("rectifications[0].deadline").entity(String.class).isEqualTo(LocalDate.now(CITY).plusDays(15).toString());

        as(other).documentName("inspectionCode").variable("code", visit).execute().path("inspection").valueIsNull();
        as(other).documentName("rectifications").variable("uscc", FIRM).execute().errors().satisfy(codes("FORBIDDEN"));
        as(other).documentName("publishedTasks").variable("uscc", FIRM).execute().path("publishedResults").entityList(Object.class).hasSize(0);
        rate(token, 1, other).errors().satisfy(codes("FORBIDDEN"));

        as(enterprise(FIRM)).documentName("reportRectified").variable("code", rectification).variable("note", "已取得许可证").execute()
                .path("reportRectified.status").entity(String.class).isEqualTo("REPORTED");
        as(officer(SCJG)).documentName("closeRectification").variable("code", rectification).variable("note", "复查合格").execute()
                .path("closeRectification.status").entity(String.class).isEqualTo("CLOSED")
                .path("closeRectification.overdue").entity(Boolean.class).isEqualTo(false);

        as(enterprise(FIRM)).documentName("rateInspection").variable("actionCode", token).variable("score", 4).variable("comment", "一次进门查多项")
                .execute().path("rateInspection.score").entity(Integer.class).isEqualTo(4);
        rate(token, 5, enterprise(FIRM)).errors().satisfy(codes("BAD_USER_INPUT"));
        String appeal = as(enterprise(FIRM)).documentName("appealInspection").variable("actionCode", token).variable("reason", "货值认定有误")
                .execute().path("appealInspection.id").entity(String.class).get();
        as(admin(XF)).documentName("answerAppeal").variable("id", appeal).variable("answer", "已复核").execute()
                .errors().satisfy(codes("FORBIDDEN"));
        as(admin(SCJG)).documentName("answerAppeal").variable("id", appeal).variable("answer", "已复核，维持认定").execute()
                .path("answerAppeal.status").entity(String.class).isEqualTo("ANSWERED");
        as(enterprise(FIRM)).documentName("inspectionFeedback").variable("code", visit).execute()
                .path("inspection.appeals[0].answer").entity(String.class).isEqualTo("已复核，维持认定");

        // Five days on (publish-within), the results are public — the officer's note and the penalty advice refused.
        TestStack.driver().executableQuery("MATCH (t:Task {uscc: $uscc, status: 'DONE'}) SET t.publishAt = t.publishAt - duration({days: 6})")
                .withParameters(Map.of("uscc", FIRM)).execute();
        as(publicUser()).documentName("publishedResults").variable("uscc", FIRM).execute()
                .errors().satisfy(forbiddenAt("publishedResults[0].results[0].note", "publishedResults[0].results[0].advice"))
                .path("publishedResults").entityList(Object.class).hasSize(1)
                .path("publishedResults[0].department").entity(String.class).isEqualTo(SCJG)
                .path("publishedResults[0].results[0].violationName").entity(String.class).isEqualTo("未取得食品经营许可从事食品经营活动")
                .path("publishedResults[0].results[0].note").valueIsNull()
                .path("publishedResults[0].results[0].advice").valueIsNull();
    }
}
