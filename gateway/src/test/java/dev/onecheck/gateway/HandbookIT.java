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
import org.springframework.graphql.test.tester.GraphQlTester;

/**
 * 一业一册 for two industries from one graph: 正餐服务 inherits the fire item of 餐饮业 and gets both the food and
 * the fire violations; 百货零售 gets only the food ones. As GraphQL, as a page, and as a PDF whose Chinese text
 * comes back out of it (the font is embedded with its character map).
 */
@GatewayTest
class HandbookIT {

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

    private GraphQlTester.Response handbook(String industry, String token) {
        return GatewayGraphQl.as(port, token).documentName("handbook").variable("industry", industry).execute();
    }

    private static String publicUser() {
        return TestTokens.token("public", List.of("PUBLIC"), null, null);
    }

    private HttpResponse<byte[]> get(String path) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).build(),
                HttpResponse.BodyHandlers.ofByteArray());
    }

    @Test
    void aRestaurantGetsTheFoodAndFireRulesWithArticlesTiersAndPublishedCases() {
        handbook("6210", publicUser()).path("handbook", h -> h
                .path("industry.name").entity(String.class).isEqualTo("正餐服务")
                .path("scenarios[*].code").entityList(String.class).containsExactly("JH-CJ-004")
                .path("items[*].item.code").entityList(String.class).containsExactly("JH-SCJG-001", "JH-XF-003")
                .path("items[0].basis[*].citation").entityList(String.class).containsExactly("《食品安全法》第35条", "《食品安全法》第122条")
                .path("items[0].basis[0].provision.text").entity(String.class).satisfies(text -> assertThat(text).startsWith("国家对食品生产经营实行许可制度"))
                .path("violations[*].violation.code").entityList(String.class).containsExactly("SP-001", "XF-006")
                .path("violations[0]", food -> food
                        .path("violates[*].citation").entityList(String.class).containsExactly("《食品安全法》第35条")
                        .path("penalizedBy[*].citation").entityList(String.class).containsExactly("《食品安全法》第122条")
                        .path("tiers[1].fine.min").entity(Double.class).isEqualTo(50_000.0)
                        .path("tiers[2].fine.basis").entity(String.class).isEqualTo("货值金额")
                        .path("cases[*].code").entityList(String.class).containsExactly("JH-2024-SCJG-001"))
                // an unpublished case stays out
                .path("violations[1].cases").entityList(Object.class).hasSize(0)
                .path("departments[*].department.code").entityList(String.class).containsExactly("JH-SCJG", "JH-XF")
                .path("departments[0].roles").entityList(String.class).containsExactly("牵头", "发起")
                .path("pdf").entity(String.class).satisfies(pdf -> assertThat(pdf).endsWith("/handbooks/6210.pdf")));
    }

    @Test
    void aDepartmentStoreGetsOnlyTheFoodRules() {
        handbook("5211", publicUser()).path("handbook", h -> h
                .path("items[*].item.code").entityList(String.class).containsExactly("JH-SCJG-001", "JH-SCJG-009")
                .path("violations[*].violation.code").entityList(String.class).containsExactly("SP-001")
                .path("scenarios").entityList(Object.class).hasSize(0)
                .path("departments[*].department.code").entityList(String.class).containsExactly("JH-SCJG"));
        handbook("9999", TestTokens.enterprise()).path("handbook").valueIsNull();
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
