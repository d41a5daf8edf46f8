package dev.onecheck.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;

import dev.onecheck.domain.catalog.Industry;
import dev.onecheck.domain.catalog.Item;
import dev.onecheck.domain.catalog.Scenario;
import dev.onecheck.domain.law.LawReference;
import dev.onecheck.infra.test.TestStack;
import dev.onecheck.search.index.KnowledgeBaseFixture;
import dev.onecheck.store.catalog.CatalogStore;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * 一业一册 for two industries from one graph: 正餐服务 inherits the fire item of 餐饮业 and gets both the food and
 * the fire violations; 百货零售 gets only the food ones. As GraphQL, as a page, and as a PDF whose Chinese text
 * comes back out of it (the font is embedded with its character map).
 */
@GatewayTest
class HandbookIT {

    private static final String HANDBOOK = """
            { handbook(industry: "%s") { industry { code name } scenarios { code } html pdf
                items { item { code content } initiating { code } cooperating { code } basis { citation provision { text } } }
                violations { violation { code name } violates { citation } penalizedBy { citation }
                  tiers { level fine { kind min max basis } } cases { code title } }
                departments { department { code } roles } } }""";

    @LocalServerPort
    int port;

    @BeforeAll
    static void twoIndustries() {
        KnowledgeBaseFixture.load(TestStack.driver());
        CatalogStore catalog = new CatalogStore(TestStack.driver());
        catalog.writeIndustries(List.of(new Industry("H", "住宿和餐饮业", null), new Industry("62", "餐饮业", "H"),
                new Industry("6210", "正餐服务", "62"), new Industry("F", "批发和零售业", null), new Industry("52", "零售业", "F"),
                new Industry("5211", "百货零售", "52")));
        catalog.writeItems(List.of(
                item("JH-SCJG-001", "食品经营许可情况检查", "JH-SCJG", List.of(LawReference.of("食品安全法", 35), LawReference.of("食品安全法", 122)),
                        List.of("6210", "5211")),
                item("JH-XF-003", "疏散通道、安全出口检查", "JH-XF", List.of(LawReference.of("消防法", 60)), List.of("62")),
                item("JH-SCJG-009", "食品保质期检查", "JH-SCJG", List.of(LawReference.of("食品安全法", 124)), List.of("5211"))));
        catalog.writeScenarios(List.of(new Scenario("JH-CJ-004", "餐饮服务单位综合查一次", "JH-SCJG", List.of("JH-XF"),
                List.of("JH-SCJG-001", "JH-XF-003"), "①查证照 ②查消防", List.of("6210"))));
    }

    private static Item item(String code, String name, String department, List<LawReference> basis, List<String> industries) {
        return new Item(code, name, "双随机抽查", "检查" + name.replace("检查", "") + "是否合规", "经营者", List.of("现场检查"), "市级", department,
                List.of(), basis, industries);
    }

    private JsonNode handbook(String industry) throws Exception {
        JsonNode response = new GraphQlHttp(port).post(HANDBOOK.formatted(industry), TestTokens.token("public", List.of("PUBLIC"), null, null)).body();
        assertThat(response.path("errors").isMissingNode()).as(response.toString()).isTrue();
        return response.at("/data/handbook");
    }

    private static List<String> codes(JsonNode array, String pointer) {
        return array.valueStream().map(n -> n.at(pointer).asString()).toList();
    }

    private HttpResponse<byte[]> get(String path) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).build(),
                HttpResponse.BodyHandlers.ofByteArray());
    }

    @Test
    void aRestaurantGetsTheFoodAndFireRulesWithArticlesTiersAndPublishedCases() throws Exception {
        JsonNode h = handbook("6210");
        assertThat(h.at("/industry/name").asString()).isEqualTo("正餐服务");
        assertThat(h.at("/scenarios").findValuesAsString("code")).containsExactly("JH-CJ-004");
        assertThat(codes(h.at("/items"), "/item/code")).containsExactly("JH-SCJG-001", "JH-XF-003");
        assertThat(h.at("/items/0/basis").findValuesAsString("citation")).containsExactly("《食品安全法》第35条", "《食品安全法》第122条");
        assertThat(h.at("/items/0/basis/0/provision/text").asString()).startsWith("国家对食品生产经营实行许可制度");
        assertThat(codes(h.at("/violations"), "/violation/code")).containsExactly("SP-001", "XF-006");
        JsonNode food = h.at("/violations/0");
        assertThat(food.at("/violates").findValuesAsString("citation")).containsExactly("《食品安全法》第35条");
        assertThat(food.at("/penalizedBy").findValuesAsString("citation")).containsExactly("《食品安全法》第122条");
        assertThat(food.at("/tiers/1/fine/min").asDouble()).isEqualTo(50_000);
        assertThat(food.at("/tiers/2/fine/basis").asString()).isEqualTo("货值金额");
        assertThat(food.at("/cases").findValuesAsString("code")).containsExactly("JH-2024-SCJG-001");
        assertThat(h.at("/violations/1/cases").size()).as("an unpublished case stays out").isZero();
        assertThat(h.at("/departments").findValuesAsString("code")).containsExactly("JH-SCJG", "JH-XF");
        assertThat(h.at("/departments/0/roles").valueStream().map(JsonNode::asString)).containsExactly("牵头", "发起");
        assertThat(h.at("/pdf").asString()).endsWith("/handbooks/6210.pdf");
    }

    @Test
    void aDepartmentStoreGetsOnlyTheFoodRules() throws Exception {
        JsonNode h = handbook("5211");
        assertThat(codes(h.at("/items"), "/item/code")).containsExactly("JH-SCJG-001", "JH-SCJG-009");
        assertThat(codes(h.at("/violations"), "/violation/code")).containsExactly("SP-001");
        assertThat(h.at("/scenarios").size()).isZero();
        assertThat(h.at("/departments").findValuesAsString("code")).containsExactly("JH-SCJG");
        assertThat(new GraphQlHttp(port).post(HANDBOOK.formatted("9999"), TestTokens.enterprise()).body().at("/data/handbook").isNull()).isTrue();
    }

    @Test
    void thePageAndThePdfAreReadableWithoutAnAccount() throws Exception {
        HttpResponse<byte[]> page = get("/handbooks/6210.html");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(new String(page.body(), StandardCharsets.UTF_8)).contains("正餐服务 一业一册经营指南", "《食品安全法》第122条",
                "未取得食品经营许可从事食品经营活动", "罚款 50,000–100,000 元", "处货值金额 10–20 倍罚款", "某餐馆未取得食品经营许可从事餐饮服务案");

        HttpResponse<byte[]> pdf = get("/handbooks/5211.pdf");
        assertThat(pdf.statusCode()).isEqualTo(200);
        assertThat(pdf.headers().firstValue("Content-Type")).hasValue("application/pdf");
        try (var document = Loader.loadPDF(pdf.body())) {
            String text = new PDFTextStripper().getText(document);
            assertThat(text).contains("百货零售", "食品保质期检查", "未取得食品经营许可从事食品经营活动", "食品安全法");
        }
        assertThat(get("/handbooks/9999.html").statusCode()).isEqualTo(404);
    }
}
