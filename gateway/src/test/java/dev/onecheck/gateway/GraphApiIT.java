package dev.onecheck.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import dev.onecheck.domain.catalog.Industry;
import dev.onecheck.domain.catalog.Item;
import dev.onecheck.domain.catalog.Officer;
import dev.onecheck.domain.catalog.Scenario;
import dev.onecheck.domain.law.LawReference;
import dev.onecheck.domain.law.Provision;
import dev.onecheck.infra.test.TestStack;
import dev.onecheck.search.index.KnowledgeBaseFixture;
import dev.onecheck.store.catalog.CatalogStore;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import tools.jackson.databind.JsonNode;

/** The graph by natural key, as filtered lists, and along its relationships both ways, with each role's limits. */
@GatewayTest
@Import(CypherRoundTrips.class)
class GraphApiIT {

    private static final String ART_122 = Provision.id(KnowledgeBaseFixture.FOOD_2021, 122, 0);

    @LocalServerPort
    int port;

    @BeforeAll
    static void graph() {
        var driver = TestStack.driver();
        KnowledgeBaseFixture.load(driver);
        CatalogStore catalog = new CatalogStore(driver);
        catalog.writeIndustries(List.of(new Industry("H", "住宿和餐饮业", null), new Industry("62", "餐饮业", "H"),
                new Industry("6210", "正餐服务", "62"), new Industry("F", "批发和零售业", null)));
        catalog.writeItems(List.of(
                new Item("I-1", "食品经营许可检查", "双随机抽查", "查许可", "餐饮服务提供者", List.of("现场检查"), "市级", "JH-SCJG",
                        List.of("JH-XF"), List.of(LawReference.of("食品安全法", 35), LawReference.of("食品安全法", 122)), List.of("62")),
                new Item("I-2", "疏散通道检查", "日常监管", "查通道", "人员密集场所", List.of("现场检查"), "市级", "JH-XF",
                        List.of(), List.of(LawReference.of("消防法", 60)), List.of("6210"))));
        catalog.writeScenarios(List.of(new Scenario("S-1", "餐饮服务综合查一次", "JH-SCJG", List.of("JH-XF"), List.of("I-1", "I-2"),
                "一次查完", List.of())));
        catalog.writeOfficers(List.of(
                new Officer("32990020210001", "邹雨泽", "JH-SCJG", List.of("食品安全"), LocalDate.of(2028, 2, 10)),
                new Officer("32990020210002", "蒋洋", "JH-SCJG", List.of("价格"), LocalDate.of(2027, 12, 15)),
                new Officer("32990020220101", "陆川", "JH-XF", List.of("消防安全"), LocalDate.of(2028, 6, 30))));
    }

    private JsonNode ask(String query, String token) throws Exception {
        return new GraphQlHttp(port).post(query, token).body();
    }

    private JsonNode ask(String query) throws Exception {
        return ask(query, TestTokens.officer());
    }

    private static String asPublic() {
        return TestTokens.token("public", List.of("PUBLIC"), null, null);
    }

    private static String supervisor() {
        return TestTokens.token("supervisor", List.of("SUPERVISOR"), "JH-SFJ", null);
    }

    @Test
    void looksUpEachKindByItsNaturalKey() throws Exception {
        JsonNode data = ask("""
                { department(code: "JH-XF") { name } item(code: "I-1") { name } scenario(code: "S-1") { name }
                  industry(code: "62") { name } law(id: "%s") { title status } provision(id: "%s") { label }
                  violation(code: "SP-001") { name standard { code } } case(code: "JH-2024-SCJG-001") { title }
                  missing: department(code: "JH-NONE") { name } }""".formatted(KnowledgeBaseFixture.FOOD_2015, ART_122)).at("/data");

        assertThat(data.at("/department/name").asString()).isEqualTo("江海市消防救援支队");
        assertThat(data.at("/item/name").asString()).isEqualTo("食品经营许可检查");
        assertThat(data.at("/scenario/name").asString()).isEqualTo("餐饮服务综合查一次");
        assertThat(data.at("/industry/name").asString()).isEqualTo("餐饮业");
        assertThat(data.at("/law/status").asString()).isEqualTo("已修订");
        assertThat(data.at("/provision/label").asString()).isEqualTo("第122条");
        assertThat(data.at("/violation/standard/code").asString()).isEqualTo("SP-001-JH2024");
        assertThat(data.at("/case/title").asString()).contains("未取得食品经营许可");
        assertThat(data.at("/missing").isNull()).isTrue();
    }

    @Test
    void filtersLists() throws Exception {
        JsonNode data = ask("""
                { fire: departments(filter: {domain: "消防"}) { edges { node { code } } }
                  forRestaurants: items(filter: {industry: "6210"}) { edges { node { code } } }
                  ofFire: items(filter: {department: "JH-XF"}) { edges { node { code } } }
                  rules: laws(filter: {level: "部门规章"}) { edges { node { id } } }
                  foodInForce: laws(filter: {titleContains: "食品安全", inForceOnly: true}) { edges { node { id } } }
                  fireViolations: violations(filter: {domain: "消防"}) { edges { node { code } } }
                  top: industries { edges { node { code } } }
                  underH: industries(parent: "H") { edges { node { code } } } }""").at("/data");

        assertThat(data.at("/fire/edges").findValuesAsString("code")).containsExactly("JH-XF");
        // 6210 inherits the items of its ancestor 62.
        assertThat(data.at("/forRestaurants/edges").findValuesAsString("code")).containsExactly("I-1", "I-2");
        assertThat(data.at("/ofFire/edges").findValuesAsString("code")).containsExactly("I-2");
        assertThat(data.at("/rules/edges").findValuesAsString("id")).containsExactly(KnowledgeBaseFixture.RULE);
        assertThat(data.at("/foodInForce/edges").findValuesAsString("id")).containsExactly(KnowledgeBaseFixture.FOOD_2021);
        assertThat(data.at("/fireViolations/edges").findValuesAsString("code")).containsExactly("XF-006");
        assertThat(data.at("/top/edges").findValuesAsString("code")).containsExactly("F", "H");
        assertThat(data.at("/underH/edges").findValuesAsString("code")).containsExactly("62");
    }

    @Test
    void followsRelationshipsBothWays() throws Exception {
        JsonNode data = ask("""
                { provision(id: "%s") { law { shortTitle } items { code } violatedBy { code } penalizes { code } cases { code } }
                  department(code: "JH-SCJG") { items { code } leadsScenarios { code } violations { code } }
                  item(code: "I-1") { scenarios { code } industries { code } cooperatingDepartments { code } initiatingDepartment { code } }
                  industry(code: "62") { parent { code } children { code } items { code } }
                  law(id: "%s") { provisions { article } versions { id } } }""".formatted(ART_122, KnowledgeBaseFixture.FOOD_2021))
                .at("/data");

        assertThat(data.at("/provision/law/shortTitle").asString()).isEqualTo("食品安全法");
        assertThat(data.at("/provision/items").findValuesAsString("code")).containsExactly("I-1");
        assertThat(data.at("/provision/violatedBy").findValuesAsString("code")).isEmpty();
        assertThat(data.at("/provision/penalizes").findValuesAsString("code")).containsExactly("SP-001");
        assertThat(data.at("/provision/cases").findValuesAsString("code")).containsExactly("JH-2024-SCJG-001");
        assertThat(data.at("/department/items").findValuesAsString("code")).containsExactly("I-1");
        assertThat(data.at("/department/leadsScenarios").findValuesAsString("code")).containsExactly("S-1");
        assertThat(data.at("/department/violations").findValuesAsString("code")).containsExactly("SP-001");
        assertThat(data.at("/item/scenarios").findValuesAsString("code")).containsExactly("S-1");
        assertThat(data.at("/item/industries").findValuesAsString("code")).containsExactly("62");
        assertThat(data.at("/item/cooperatingDepartments").findValuesAsString("code")).containsExactly("JH-XF");
        assertThat(data.at("/item/initiatingDepartment/code").asString()).isEqualTo("JH-SCJG");
        assertThat(data.at("/industry/parent/code").asString()).isEqualTo("H");
        assertThat(data.at("/industry/children").findValuesAsString("code")).containsExactly("6210");
        assertThat(data.at("/industry/items").findValuesAsString("code")).containsExactly("I-1");
        assertThat(data.at("/law/provisions").findValuesAsString("article")).containsExactly("35", "122", "124");
        assertThat(data.at("/law/versions").findValuesAsString("id"))
                .containsExactly(KnowledgeBaseFixture.FOOD_2015, KnowledgeBaseFixture.FOOD_2021);
    }

    @Test
    void casesComeNewestFirstAndUnpublishedOnlyToTheEnforcementSide() throws Exception {
        String list = "{ cases(first: 1%s) { edges { node { code } } pageInfo { hasNextPage endCursor } } }";
        JsonNode page1 = ask(list.formatted("")).at("/data/cases");
        JsonNode page2 = ask(list.formatted(", after: \"" + page1.at("/pageInfo/endCursor").asString() + "\"")).at("/data/cases");
        JsonNode publicList = ask("{ cases { edges { node { code } } } }", asPublic()).at("/data/cases/edges");
        JsonNode publicLookup = ask("{ case(code: \"JH-2024-XF-007\") { code } violation(code: \"XF-006\") { cases { code } } }", asPublic());

        assertThat(page1.at("/edges").findValuesAsString("code")).containsExactly("JH-2024-XF-007");
        assertThat(page1.at("/pageInfo/hasNextPage").asBoolean()).isTrue();
        assertThat(page2.at("/edges").findValuesAsString("code")).containsExactly("JH-2024-SCJG-001");
        assertThat(page2.at("/pageInfo/hasNextPage").asBoolean()).isFalse();
        assertThat(publicList.findValuesAsString("code")).containsExactly("JH-2024-SCJG-001");
        assertThat(publicLookup.at("/data/case").isNull()).isTrue();
        assertThat(publicLookup.at("/data/violation/cases").isEmpty()).isTrue();
        assertThat(publicLookup.toString()).doesNotContain("XF-007");
    }

    @Test
    void officersAreSeenByTheirOwnDepartmentAndBySupervisors() throws Exception {
        JsonNode own = ask("{ officers { edges { node { name certificateValidUntil department { code } } } } }");
        JsonNode otherDepartment = ask("{ officers(department: \"JH-XF\") { edges { node { name } } } }");
        JsonNode nested = ask("{ department(code: \"JH-XF\") { name officers { name } } }");
        JsonNode all = ask("{ departments { edges { node { code officers { name } } } } }", supervisor());
        JsonNode enterprise = ask("{ officer(certificateNo: \"32990020210001\") { name } }", TestTokens.enterprise());

        assertThat(own.at("/data/officers/edges").findValuesAsString("name")).containsExactly("邹雨泽", "蒋洋");
        assertThat(own.at("/data/officers/edges/0/node/certificateValidUntil").asString()).isEqualTo("2028-02-10");
        assertThat(otherDepartment.at("/errors/0/extensions/code").asString()).isEqualTo("FORBIDDEN");
        assertThat(nested.at("/data/department/name").asString()).isEqualTo("江海市消防救援支队");
        assertThat(nested.at("/errors/0/extensions/code").asString()).isEqualTo("FORBIDDEN");
        assertThat(nested.at("/errors/0/path").toString()).contains("officers");
        assertThat(all.at("/data/departments/edges").findValuesAsString("name")).containsExactly("邹雨泽", "蒋洋", "陆川");
        assertThat(enterprise.at("/errors/0/extensions/code").asString()).isEqualTo("FORBIDDEN");
        assertThat(enterprise.toString()).doesNotContain("邹雨泽");
    }

    @Test
    void badListArgumentsAreNamed() throws Exception {
        JsonNode level = ask("{ laws(filter: {level: \"宪章\"}) { edges { cursor } } }");
        String byCode = ask("{ cases(first: 1, orderBy: CODE) { pageInfo { endCursor } } }").at("/data/cases/pageInfo/endCursor").asString();
        JsonNode otherOrder = ask("{ cases(after: \"" + byCode + "\") { edges { cursor } } }");

        assertThat(level.at("/errors/0/extensions/argument").asString()).isEqualTo("filter.level");
        assertThat(otherOrder.at("/errors/0/extensions/argument").asString()).isEqualTo("after");
    }

    @Test
    void everyNestedLevelCostsOneRoundTrip() throws Exception {
        String query = "{ laws(first: %d) { edges { node { provisions { penalizes { cases { code department { name } } } } } } } }";
        CypherRoundTrips.reset();
        ask(query.formatted(1));
        int forOne = CypherRoundTrips.count();
        CypherRoundTrips.reset();
        ask(query.formatted(4));
        int forAll = CypherRoundTrips.count();
        CypherRoundTrips.reset();
        ask("{ departments { edges { node { officers { name department { code } } } } } }", supervisor());
        int officers = CypherRoundTrips.count();

        // laws, provisions, penalizes, cases, department
        assertThat(forOne).isEqualTo(5);
        assertThat(forAll).isEqualTo(5);
        // departments, officers (checked per department, loaded together), their department
        assertThat(officers).isEqualTo(3);
    }
}
