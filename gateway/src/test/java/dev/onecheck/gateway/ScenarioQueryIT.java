package dev.onecheck.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import dev.onecheck.domain.catalog.Department;
import dev.onecheck.domain.catalog.Item;
import dev.onecheck.domain.catalog.Region;
import dev.onecheck.domain.catalog.Scenario;
import dev.onecheck.domain.law.Law;
import dev.onecheck.domain.law.LawLevel;
import dev.onecheck.domain.law.LawReference;
import dev.onecheck.domain.law.LawText;
import dev.onecheck.domain.law.Provision;
import dev.onecheck.infra.test.TestStack;
import dev.onecheck.store.catalog.CatalogStore;
import dev.onecheck.store.law.LawStore;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import tools.jackson.databind.JsonNode;

@GatewayTest
@Import(CypherRoundTrips.class)
class ScenarioQueryIT {

    private static final String PORTAL_QUERY = """
            { scenarios(first: %d) { edges { node { name leadDepartment { name }
                items { name basis { article label law { title level } } } } } pageInfo { hasNextPage endCursor } } }""";

    @LocalServerPort
    int port;

    @BeforeAll
    static void sampleCatalogue() {
        var driver = TestStack.driver();
        new dev.onecheck.store.schema.SchemaMigrator(driver).migrate();
        String lawId = Law.id("食品安全法", LocalDate.of(2021, 4, 29));
        new LawStore(driver).upsert(List.of(new LawText(
                new Law(lawId, "中华人民共和国食品安全法", "食品安全法", LawLevel.LAW, "行政法", LocalDate.of(2021, 4, 29),
                        LocalDate.of(2021, 4, 29), List.of(), "h1"),
                List.of(new Provision(Provision.id(lawId, 35, 0), lawId, 35, 0, "第三十五条", null, null, List.of("国家对食品生产经营实行许可制度。")),
                        new Provision(Provision.id(lawId, 122, 0), lawId, 122, 0, "第一百二十二条", null, null, List.of("违反本法规定……"))))));
        CatalogStore catalog = new CatalogStore(driver);
        catalog.writeRegions(List.of(new Region("329900", "江海市", null)));
        catalog.writeDepartments(List.of(new Department("JH-SCJG", "江海市市场监督管理局", "市级", "329900", null, List.of("食品安全")),
                new Department("JH-XF", "江海市消防救援支队", "市级", "329900", null, List.of("消防"))));
        List<LawReference> basis = List.of(LawReference.of("食品安全法", 35), LawReference.of("食品安全法", 122));
        catalog.writeItems(List.of(
                new Item("I-1", "食品经营许可检查", "双随机抽查", "查许可", "餐饮服务提供者", List.of("现场检查"), "市级", "JH-SCJG", List.of(), basis, List.of()),
                new Item("I-2", "从业人员健康检查", "日常监管", "查健康证明", "餐饮服务提供者", List.of("现场检查"), "区级", "JH-SCJG", List.of(), basis.subList(0, 1), List.of()),
                new Item("I-3", "疏散通道检查", "日常监管", "查通道", "人员密集场所", List.of("现场检查"), "市级", "JH-XF", List.of(), basis.subList(1, 2), List.of())));
        catalog.writeScenarios(List.of(
                new Scenario("S-1", "餐饮服务综合查一次", "JH-SCJG", List.of("JH-XF"), List.of("I-2", "I-1", "I-3"), "一次查完", List.of()),
                new Scenario("S-2", "商场超市综合查一次", "JH-SCJG", List.of(), List.of("I-1"), "一次查完", List.of()),
                new Scenario("S-3", "人员密集场所综合查一次", "JH-XF", List.of("JH-SCJG"), List.of("I-3"), "一次查完", List.of())));
    }

    private JsonNode query(String query) throws Exception {
        return new GraphQlHttp(port).post(query, TestTokens.officer()).body();
    }

    @Test
    void portalQueryReturnsTheNestedGraph() throws Exception {
        JsonNode first = query(PORTAL_QUERY.formatted(5)).at("/data/scenarios/edges/0/node");

        assertThat(first.at("/name").asString()).isEqualTo("餐饮服务综合查一次");
        assertThat(first.at("/leadDepartment/name").asString()).isEqualTo("江海市市场监督管理局");
        assertThat(first.at("/items").findValuesAsString("name")).containsExactly("从业人员健康检查", "食品经营许可检查", "疏散通道检查");
        assertThat(first.at("/items/1/basis/1/article").asInt()).isEqualTo(122);
        assertThat(first.at("/items/1/basis/1/label").asString()).isEqualTo("第一百二十二条");
        assertThat(first.at("/items/1/basis/1/law/title").asString()).isEqualTo("中华人民共和国食品安全法");
        assertThat(first.at("/items/1/basis/1/law/level").asString()).isEqualTo("法律");
    }

    @Test
    void nestedLevelsCostOneRoundTripEachWhateverTheFanOut() throws Exception {
        CypherRoundTrips.reset();
        query(PORTAL_QUERY.formatted(1));
        int forOneScenario = CypherRoundTrips.count();
        CypherRoundTrips.reset();
        JsonNode all = query(PORTAL_QUERY.formatted(3));
        int forThreeScenarios = CypherRoundTrips.count();

        assertThat(all.at("/data/scenarios/edges").size()).isEqualTo(3);
        // scenarios, leadDepartment, items, basis, law: one query per level.
        assertThat(forOneScenario).isEqualTo(5);
        assertThat(forThreeScenarios).isEqualTo(5);
    }

    @Test
    void pagesWithOpaqueCursors() throws Exception {
        JsonNode page1 = query("{ scenarios(first: 2) { edges { node { code } } pageInfo { hasNextPage endCursor } } }").at("/data/scenarios");
        String cursor = page1.at("/pageInfo/endCursor").asString();
        JsonNode page2 = query("{ scenarios(first: 2, after: \"" + cursor + "\") { edges { node { code } } pageInfo { hasNextPage } } }")
                .at("/data/scenarios");

        assertThat(page1.at("/edges").findValuesAsString("code")).containsExactly("S-1", "S-2");
        assertThat(page1.at("/pageInfo/hasNextPage").asBoolean()).isTrue();
        assertThat(cursor).doesNotContain("S-2");
        assertThat(page2.at("/edges").findValuesAsString("code")).containsExactly("S-3");
        assertThat(page2.at("/pageInfo/hasNextPage").asBoolean()).isFalse();
    }

    @Test
    void badPagingArgumentsAreNamedWithAStableCode() throws Exception {
        JsonNode tooMany = query("{ scenarios(first: 500) { edges { cursor } } }");
        JsonNode forged = query("{ scenarios(after: \"not-a-cursor\") { edges { cursor } } }");

        assertThat(tooMany.at("/errors/0/extensions/code").asString()).isEqualTo("BAD_USER_INPUT");
        assertThat(tooMany.at("/errors/0/extensions/argument").asString()).isEqualTo("first");
        assertThat(tooMany.at("/errors/0/message").asString()).contains("between 1 and 100");
        assertThat(forged.at("/errors/0/extensions/argument").asString()).isEqualTo("after");
        assertThat(forged.toString()).doesNotContain("Exception", "at dev.onecheck");
    }
}
