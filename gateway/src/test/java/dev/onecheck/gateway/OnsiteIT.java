package dev.onecheck.gateway;

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
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;

import com.google.zxing.BinaryBitmap;
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
import tools.jackson.databind.JsonNode;

/**
 * 亮码入企 end to end: a joint visit approved by its lead gets a 行政行为码 with a QR image that anyone can check;
 * officers record results only with the valid code; the firm sees its results and rectifications, rates and
 * appeals with the code; other firms see nothing until the results are published.
 */
@GatewayTest
class OnsiteIT {

    private static final ZoneId CITY = ZoneId.of("Asia/Shanghai");
    private static final String FIRM = firm(1);
    private static final String RESULTS = "status recordedAt publishAt results { item outcome violation violationName note "
            + "advice { outcome tier minYuan maxYuan } rectification { code requirement deadline status } }";

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

    private JsonNode ask(String query, String token) throws Exception {
        return new GraphQlHttp(port).post(query, token).body();
    }

    private static String admin(String department) {
        return PlanningIT.admin(department);
    }

    private static String officer(String department) {
        return TestTokens.token("officer-" + department, List.of("OFFICER"), department, null);
    }

    private static String enterprise(String uscc) {
        return TestTokens.token("firm-" + uscc, List.of("ENTERPRISE"), null, uscc);
    }

    private static String publicUser() {
        return TestTokens.token("public", List.of("PUBLIC"), null, null);
    }

    /** A complaint (投诉举报) to the market regulator and one to the fire service about the same restaurant: one joint visit. */
    private String jointVisit() throws Exception {
        LocalDate today = LocalDate.now(CITY);
        String visit = null;
        for (var part : List.of(List.of(SCJG, "JH-SCJG-001", "食品安全"), List.of(XF, "JH-XF-003", "消防安全"))) {
            JsonNode plan = ask("""
                    mutation { filePlan(input: {kind: AD_HOC, trigger: COMPLAINT, title: "投诉核查", items: ["%s"], scope: {industry: "62"},
                      ratios: [{risk: LOW, percent: 100}, {risk: MEDIUM, percent: 100}, {risk: HIGH, percent: 100}],
                      window: {from: "%s", to: "%s"}, domain: "%s"}) { code } }""".formatted(part.get(1), today, today.plusDays(10), part.get(2)),
                    admin(part.get(0)));
            JsonNode task = ask("mutation { createTask(plan: \"%s\", uscc: \"%s\") { code departments } }"
                    .formatted(plan.at("/data/filePlan/code").asString(), FIRM), admin(part.get(0)));
            assertThat(task.path("errors").isMissingNode()).as(task.toString()).isTrue();
            visit = task.at("/data/createTask/code").asString();
        }
        return visit;
    }

    private String approve(String visit) throws Exception {
        JsonNode approved = ask("mutation { approveInspection(code: \"%s\") { token verifyUrl qrUrl notBefore expiresAt } }".formatted(visit), admin(SCJG));
        assertThat(approved.path("errors").isMissingNode()).as(approved.toString()).isTrue();
        return approved.at("/data/approveInspection/token").asString();
    }

    private String taskOf(String visit, String department) throws Exception {
        for (JsonNode task : ask("{ inspection(code: \"%s\") { tasks { code department } } }".formatted(visit), admin(department))
                .at("/data/inspection/tasks")) {
            if (task.at("/department").asString().equals(department)) {
                return task.at("/code").asString();
            }
        }
        throw new AssertionError("no task of " + department + " in " + visit);
    }

    private JsonNode record(String task, String code, String results, String token) throws Exception {
        return ask("mutation { recordResults(task: \"%s\", actionCode: \"%s\", results: [%s]) { %s } }".formatted(task, code, results, RESULTS), token);
    }

    private String problemFound() {
        return """
                {item: "JH-SCJG-001", outcome: PROBLEM_FOUND, violation: "SP-001", note: "后厨在用，未见食品经营许可证",
                 rectification: {requirement: "立即停止经营，办理食品经营许可证", deadline: "%s"},
                 facts: {committedOn: "%s", goodsValue: 3000}}""".formatted(LocalDate.now(CITY).plusDays(15), LocalDate.now(CITY).minusDays(20));
    }

    private HttpResponse<byte[]> get(String url) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    private static String status(JsonNode response) {
        return response.at("/errors/0/extensions/code").asString() + " " + response.at("/errors/0/extensions/status").asString("");
    }

    @Test
    void theLeadApprovesAndAnyoneChecksTheCodeByScanningIt() throws Exception {
        String visit = jointVisit();
        assertThat(status(ask("mutation { approveInspection(code: \"%s\") { token } }".formatted(visit), admin(XF)))).startsWith("FORBIDDEN");
        String token = approve(visit);
        JsonNode code = ask("{ inspection(code: \"%s\") { status actionCode { token qrUrl verifyUrl } } }".formatted(visit), officer(XF))
                .at("/data/inspection");
        assertThat(code.at("/status").asString()).isEqualTo("APPROVED");
        assertThat(code.at("/actionCode/token").asString()).isEqualTo(token);

        HttpResponse<byte[]> qr = get(code.at("/actionCode/qrUrl").asString().replace("http://127.0.0.1:8080", "http://127.0.0.1:" + port));
        assertThat(qr.statusCode()).isEqualTo(200);
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(qr.body()));
        int[] pixels = image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth());
        String scanned = new QRCodeReader().decode(new BinaryBitmap(new HybridBinarizer(
                new RGBLuminanceSource(image.getWidth(), image.getHeight(), pixels)))).getText();
        assertThat(scanned).isEqualTo(code.at("/actionCode/verifyUrl").asString());

        String page = new String(get(scanned.replace("http://127.0.0.1:8080", "http://127.0.0.1:" + port)).body(), StandardCharsets.UTF_8);
        assertThat(page).contains("有效", "江海市海西区第1餐厅有限公司", "江海市市场监督管理局", "江海市消防救援支队", "执法证号 32990010",
                "食品经营许可情况检查", "疏散通道、安全出口检查");

        JsonNode check = ask("{ verifyActionCode(code: \"%s\") { valid status visit { inspection firm { code } lead departments { code } officers { name certificateNo } items { code } window { from to } } } }"
                .formatted(token), publicUser()).at("/data/verifyActionCode");
        assertThat(check.at("/valid").asBoolean()).isTrue();
        assertThat(check.at("/visit/inspection").asString()).isEqualTo(visit);
        assertThat(check.at("/visit/firm/code").asString()).isEqualTo(FIRM);
        assertThat(check.at("/visit/lead").asString()).isEqualTo(SCJG);
        assertThat(check.at("/visit/departments").findValuesAsString("code")).containsExactly(SCJG, XF);
        assertThat(check.at("/visit/officers").size()).isEqualTo(4);
        assertThat(check.at("/visit/items").findValuesAsString("code")).containsExactly("JH-SCJG-001", "JH-XF-003");
    }

    @Test
    void forgedExpiredAndSupersededCodesAreRefused() throws Exception {
        String visit = jointVisit();
        String task = taskOf(visit, SCJG);
        String noResult = "{item: \"JH-SCJG-001\", outcome: NO_PROBLEM}";
        assertThat(status(record(task, "OC1.dev-2026.bm8.bm8", noResult, officer(SCJG)))).isEqualTo("CODE_REJECTED FORGED");

        String token = approve(visit);
        ActionCode claims = signer.verify(token).orElseThrow();
        String altered = token.substring(0, token.length() - 2) + (token.endsWith("A") ? "BB" : "AA");
        String otherKey = new ActionCodeSigner(Map.of("dev-2026", "a key that is not the platform's, 32+ bytes".getBytes(StandardCharsets.UTF_8)),
                "dev-2026").sign(claims);
        String expired = signer.sign(new ActionCode(claims.id(), claims.inspection(), Instant.now().minusSeconds(172_800), Instant.now().minusSeconds(86_400)));
        for (var bad : Map.of(altered, "FORGED", otherKey, "FORGED", expired, "EXPIRED").entrySet()) {
            assertThat(ask("{ verifyActionCode(code: \"%s\") { valid status } }".formatted(bad.getKey()), publicUser())
                    .at("/data/verifyActionCode/status").asString()).isEqualTo(bad.getValue());
            assertThat(status(record(task, bad.getKey(), noResult, officer(SCJG)))).isEqualTo("CODE_REJECTED " + bad.getValue());
        }

        String reissued = approve(visit);
        assertThat(status(record(task, token, noResult, officer(SCJG)))).isEqualTo("CODE_REJECTED SUPERSEDED");
        String page = new String(get("http://127.0.0.1:%d/verify?code=%s".formatted(port, token)).body(), StandardCharsets.UTF_8);
        assertThat(page).contains("已被新码替代");
        assertThat(record(task, reissued, noResult, officer(SCJG)).at("/data/recordResults/status").asString()).isEqualTo("DONE");
    }

    @Test
    void resultsNeedTheRightOfficerAndGoodInputAndTheCodeIsSpentOnceTheVisitIsDone() throws Exception {
        String visit = jointVisit();
        String token = approve(visit);
        String scjgTask = taskOf(visit, SCJG);
        String xfTask = taskOf(visit, XF);

        assertThat(status(record(scjgTask, token, problemFound(), officer(XF)))).startsWith("FORBIDDEN");
        JsonNode bad = record(scjgTask, token, problemFound().replace("SP-001", "SP-999"), officer(SCJG));
        assertThat(bad.at("/errors/0/extensions/argument").asString()).isEqualTo("results[0].violation");
        JsonNode missing = record(xfTask, token, "{item: \"JH-SCJG-001\", outcome: NO_PROBLEM}", officer(XF));
        assertThat(missing.at("/errors/0/extensions/argument").asString()).isEqualTo("results[0].item");
        assertThat(ask("{ inspection(code: \"%s\") { tasks { %s } } }".formatted(visit, RESULTS), officer(SCJG))
                .at("/data/inspection/tasks").findValuesAsString("status")).containsOnly("PLANNED");

        JsonNode done = record(scjgTask, token, problemFound(), officer(SCJG)).at("/data/recordResults");
        assertThat(done.at("/status").asString()).isEqualTo("DONE");
        assertThat(done.at("/results/0/violationName").asString()).isEqualTo("未取得食品经营许可从事食品经营活动");
        assertThat(done.at("/results/0/advice/outcome").asString()).isEqualTo("PUNISH");
        assertThat(done.at("/results/0/advice/minYuan").asDouble()).isEqualTo(50_000);
        assertThat(done.at("/results/0/rectification/status").asString()).isEqualTo("OPEN");
        assertThat(status(record(scjgTask, token, problemFound(), officer(SCJG)))).startsWith("BAD_USER_INPUT");

        assertThat(ask("{ verifyActionCode(code: \"%s\") { status } }".formatted(token), publicUser()).at("/data/verifyActionCode/status").asString())
                .isEqualTo("VALID");
        record(xfTask, token, "{item: \"JH-XF-003\", outcome: NO_PROBLEM, note: \"疏散通道畅通\"}", officer(XF));
        assertThat(ask("{ verifyActionCode(code: \"%s\") { status } }".formatted(token), publicUser()).at("/data/verifyActionCode/status").asString())
                .isEqualTo("USED");
        assertThat(status(record(xfTask, token, "{item: \"JH-XF-003\", outcome: NO_PROBLEM}", officer(XF)))).isEqualTo("CODE_REJECTED USED");
    }

    @Test
    void theFirmSeesItsOwnResultsRectifiesRatesAndAppealsAndOtherFirmsSeeNothingUnpublished() throws Exception {
        String visit = jointVisit();
        String token = approve(visit);
        String other = enterprise(firm(2));
        assertThat(status(ask("mutation { rateInspection(actionCode: \"%s\", score: 5) { score } }".formatted(token), enterprise(FIRM))))
                .startsWith("BAD_USER_INPUT");
        record(taskOf(visit, SCJG), token, problemFound(), officer(SCJG));

        JsonNode mine = ask("{ inspections { edges { node { code actionCode { token } tasks { planTitle department %s } } } } }".formatted(RESULTS),
                enterprise(FIRM)).at("/data/inspections/edges");
        assertThat(mine.size()).isEqualTo(1);
        JsonNode scjg = mine.at("/0/node/tasks/0");
        assertThat(scjg.at("/planTitle").asString()).isEqualTo("投诉核查");
        assertThat(scjg.at("/results/0/note").asString()).contains("未见食品经营许可证");
        assertThat(scjg.at("/results/0/advice").isNull()).as("penalty advice is for the enforcement side").isTrue();
        String rectification = scjg.at("/results/0/rectification/code").asString();
        JsonNode open = ask("{ rectifications(uscc: \"%s\") { code deadline status } }".formatted(FIRM), enterprise(FIRM)).at("/data/rectifications");
        assertThat(open.findValuesAsString("code")).containsExactly(rectification);
        assertThat(open.at("/0/deadline").asString()).isEqualTo(LocalDate.now(CITY).plusDays(15).toString());

        assertThat(ask("{ inspection(code: \"%s\") { code } }".formatted(visit), other).at("/data/inspection").isNull()).isTrue();
        assertThat(status(ask("{ rectifications(uscc: \"%s\") { code } }".formatted(FIRM), other))).startsWith("FORBIDDEN");
        assertThat(ask("{ publishedResults(uscc: \"%s\") { task } }".formatted(FIRM), other).at("/data/publishedResults").size()).isZero();
        assertThat(status(ask("mutation { rateInspection(actionCode: \"%s\", score: 1) { score } }".formatted(token), other))).startsWith("FORBIDDEN");

        assertThat(ask("mutation { reportRectified(code: \"%s\", note: \"已取得许可证\") { status } }".formatted(rectification), enterprise(FIRM))
                .at("/data/reportRectified/status").asString()).isEqualTo("REPORTED");
        JsonNode closed = ask("mutation { closeRectification(code: \"%s\", note: \"复查合格\") { status overdue } }".formatted(rectification), officer(SCJG))
                .at("/data/closeRectification");
        assertThat(closed.at("/status").asString()).isEqualTo("CLOSED");
        assertThat(closed.at("/overdue").asBoolean()).isFalse();

        assertThat(ask("mutation { rateInspection(actionCode: \"%s\", score: 4, comment: \"一次进门查多项\") { score } }".formatted(token), enterprise(FIRM))
                .at("/data/rateInspection/score").asInt()).isEqualTo(4);
        assertThat(status(ask("mutation { rateInspection(actionCode: \"%s\", score: 5) { score } }".formatted(token), enterprise(FIRM))))
                .startsWith("BAD_USER_INPUT");
        String appeal = ask("mutation { appealInspection(actionCode: \"%s\", reason: \"货值认定有误\") { id status } }".formatted(token), enterprise(FIRM))
                .at("/data/appealInspection/id").asString();
        assertThat(status(ask("mutation { answerAppeal(id: \"%s\", answer: \"已复核\") { status } }".formatted(appeal), admin(XF)))).startsWith("FORBIDDEN");
        assertThat(ask("mutation { answerAppeal(id: \"%s\", answer: \"已复核，维持认定\") { status } }".formatted(appeal), admin(SCJG))
                .at("/data/answerAppeal/status").asString()).isEqualTo("ANSWERED");
        assertThat(ask("{ inspection(code: \"%s\") { rating { score } appeals { status answer } } }".formatted(visit), enterprise(FIRM))
                .at("/data/inspection/appeals/0/answer").asString()).isEqualTo("已复核，维持认定");

        // Five days on (publish-within), the results are public — without the officer's note or the penalty advice.
        TestStack.driver().executableQuery("MATCH (t:Task {uscc: $uscc, status: 'DONE'}) SET t.publishAt = t.publishAt - duration({days: 6})")
                .withParameters(Map.of("uscc", FIRM)).execute();
        JsonNode published = ask("{ publishedResults(uscc: \"%s\") { department inspectedOn results { item outcome violationName note advice { outcome } } } }"
                .formatted(FIRM), publicUser()).at("/data/publishedResults");
        assertThat(published.size()).isEqualTo(1);
        assertThat(published.at("/0/department").asString()).isEqualTo(SCJG);
        assertThat(published.at("/0/results/0/violationName").asString()).isEqualTo("未取得食品经营许可从事食品经营活动");
        assertThat(published.at("/0/results/0/note").isNull()).isTrue();
        assertThat(published.at("/0/results/0/advice").isNull()).isTrue();
    }
}
