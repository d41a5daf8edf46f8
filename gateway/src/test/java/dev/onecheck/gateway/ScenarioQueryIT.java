package dev.onecheck.gateway;

import static dev.onecheck.gateway.GatewayGraphQl.argument;
import static dev.onecheck.gateway.GatewayGraphQl.codes;
import static dev.onecheck.gateway.GatewayGraphQl.json;
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
import org.springframework.graphql.test.tester.GraphQlTester;

@GatewayTest
@Import(CypherRoundTrips.class)
class ScenarioQueryIT {

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

    private GraphQlTester officer() {
        return GatewayGraphQl.as(port, TestTokens.officer());
    }

    @Test
    void portalQueryReturnsTheNestedGraph() {
        officer().documentName("portalScenarios").variable("first", 5).execute().path("scenarios.edges[0].node", first -> first
                .path("name").entity(String.class).isEqualTo("餐饮服务综合查一次")
                .path("leadDepartment.name").entity(String.class).isEqualTo("江海市市场监督管理局")
                .path("items[*].name").entityList(String.class).containsExactly("从业人员健康检查", "食品经营许可检查", "疏散通道检查")
                .path("items[1].basis[1].article").entity(Integer.class).isEqualTo(122)
                .path("items[1].basis[1].label").entity(String.class).isEqualTo("第一百二十二条")
                .path("items[1].basis[1].law.title").entity(String.class).isEqualTo("中华人民共和国食品安全法")
                .path("items[1].basis[1].law.level").entity(String.class).isEqualTo("法律"));
    }

    @Test
    void nestedLevelsCostOneRoundTripEachWhateverTheFanOut() {
        CypherRoundTrips.reset();
        officer().documentName("portalScenarios").variable("first", 1).executeAndVerify();
        int forOneScenario = CypherRoundTrips.count();
        CypherRoundTrips.reset();
        GraphQlTester.Response all = officer().documentName("portalScenarios").variable("first", 3).execute();
        int forThreeScenarios = CypherRoundTrips.count();

        all.path("scenarios.edges").entityList(Object.class).hasSize(3);
        // scenarios, leadDepartment, items, basis, law: one query per level.
        assertThat(forOneScenario).isEqualTo(5);
        assertThat(forThreeScenarios).isEqualTo(5);
    }

    @Test
    void pagesWithOpaqueCursors() {
        String cursor = officer().documentName("scenarioCodes").variable("first", 2).execute()
                .path("scenarios.edges[*].node.code").entityList(String.class).containsExactly("S-1", "S-2")
                .path("scenarios.pageInfo.hasNextPage").entity(Boolean.class).isEqualTo(true)
                .path("scenarios.pageInfo.endCursor").entity(String.class).get();
        assertThat(cursor).doesNotContain("S-2");
        officer().documentName("scenarioCodes").variable("first", 2).variable("after", cursor).execute()
                .path("scenarios.edges[*].node.code").entityList(String.class).containsExactly("S-3")
                .path("scenarios.pageInfo.hasNextPage").entity(Boolean.class).isEqualTo(false);
    }

    @Test
    void badPagingArgumentsAreNamedWithAStableCode() {
        officer().documentName("scenarioCodes").variable("first", 500).execute().errors().satisfy(codes("BAD_USER_INPUT")
                .andThen(argument("first"))
                .andThen(errors -> assertThat(errors.getFirst().getMessage()).contains("between 1 and 100")));
        GraphQlTester.Response forged = officer().documentName("scenarioCodes").variable("after", "not-a-cursor").execute();
        forged.errors().satisfy(argument("after"));
        assertThat(json(forged)).doesNotContain("Exception", "at dev.onecheck");
    }
}
