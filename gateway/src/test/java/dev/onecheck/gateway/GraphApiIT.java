package dev.onecheck.gateway;

import static dev.onecheck.gateway.GatewayGraphQl.argument;
import static dev.onecheck.gateway.GatewayGraphQl.codes;
import static dev.onecheck.gateway.GatewayGraphQl.forbiddenAt;
import static dev.onecheck.gateway.GatewayGraphQl.json;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

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
import org.springframework.graphql.test.tester.GraphQlTester;

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

    private GraphQlTester as(String token) {
        return GatewayGraphQl.as(port, token);
    }

    private GraphQlTester asOfficer() {
        return as(TestTokens.officer());
    }

    private static String asPublic() {
        return TestTokens.token("public", List.of("PUBLIC"), null, null);
    }

    private static String supervisor() {
        return TestTokens.token("supervisor", List.of("SUPERVISOR"), "JH-SFJ", null);
    }

    @Test
    void looksUpEachKindByItsNaturalKey() {
        asOfficer().documentName("lookUpByNaturalKey").variable("law", KnowledgeBaseFixture.FOOD_2015).variable("provision", ART_122)
                .execute()
                .path("department.name").entity(String.class).isEqualTo("江海市消防救援支队")
                .path("item.name").entity(String.class).isEqualTo("食品经营许可检查")
                .path("scenario.name").entity(String.class).isEqualTo("餐饮服务综合查一次")
                .path("industry.name").entity(String.class).isEqualTo("餐饮业")
                .path("law.status").entity(String.class).isEqualTo("已修订")
                .path("provision.label").entity(String.class).isEqualTo("第122条")
                .path("violation.standard.code").entity(String.class).isEqualTo("SP-001-JH2024")
                .path("case.title").entity(String.class).satisfies(title -> assertThat(title).contains("未取得食品经营许可"))
                .path("missing").valueIsNull();
    }

    @Test
    void filtersLists() {
        asOfficer().documentName("filteredLists").execute()
                .path("fire.edges[*].node.code").entityList(String.class).containsExactly("JH-XF")
                // 6210 inherits the items of its ancestor 62.
                .path("forRestaurants.edges[*].node.code").entityList(String.class).containsExactly("I-1", "I-2")
                .path("ofFire.edges[*].node.code").entityList(String.class).containsExactly("I-2")
                .path("rules.edges[*].node.id").entityList(String.class).containsExactly(KnowledgeBaseFixture.RULE)
                .path("foodInForce.edges[*].node.id").entityList(String.class).containsExactly(KnowledgeBaseFixture.FOOD_2021)
                .path("fireViolations.edges[*].node.code").entityList(String.class).containsExactly("XF-006")
                .path("top.edges[*].node.code").entityList(String.class).containsExactly("F", "H")
                .path("underH.edges[*].node.code").entityList(String.class).containsExactly("62");
    }

    @Test
    void followsRelationshipsBothWays() {
        asOfficer().documentName("relationshipsBothWays").variable("provision", ART_122).variable("law", KnowledgeBaseFixture.FOOD_2021)
                .execute()
                .path("provision.law.shortTitle").entity(String.class).isEqualTo("食品安全法")
                .path("provision.items[*].code").entityList(String.class).containsExactly("I-1")
                .path("provision.violatedBy").entityList(Object.class).hasSize(0)
                .path("provision.penalizes[*].code").entityList(String.class).containsExactly("SP-001")
                .path("provision.cases[*].code").entityList(String.class).containsExactly("JH-2024-SCJG-001")
                .path("department.items[*].code").entityList(String.class).containsExactly("I-1")
                .path("department.leadsScenarios[*].code").entityList(String.class).containsExactly("S-1")
                .path("department.violations[*].code").entityList(String.class).containsExactly("SP-001")
                .path("item.scenarios[*].code").entityList(String.class).containsExactly("S-1")
                .path("item.industries[*].code").entityList(String.class).containsExactly("62")
                .path("item.cooperatingDepartments[*].code").entityList(String.class).containsExactly("JH-XF")
                .path("item.initiatingDepartment.code").entity(String.class).isEqualTo("JH-SCJG")
                .path("industry.parent.code").entity(String.class).isEqualTo("H")
                .path("industry.children[*].code").entityList(String.class).containsExactly("6210")
                .path("industry.items[*].code").entityList(String.class).containsExactly("I-1")
                .path("law.provisions[*].article").entityList(Integer.class).containsExactly(35, 122, 124)
                .path("law.versions[*].id").entityList(String.class)
                .containsExactly(KnowledgeBaseFixture.FOOD_2015, KnowledgeBaseFixture.FOOD_2021);
    }

    @Test
    void casesComeNewestFirstAndUnpublishedOnlyToTheEnforcementSide() {
        String endCursor = asOfficer().documentName("cases").variable("first", 1).execute()
                .path("cases.edges[*].node.code").entityList(String.class).containsExactly("JH-2024-XF-007")
                .path("cases.pageInfo.hasNextPage").entity(Boolean.class).isEqualTo(true)
                .path("cases.pageInfo.endCursor").entity(String.class).get();
        asOfficer().documentName("cases").variable("first", 1).variable("after", endCursor).execute()
                .path("cases.edges[*].node.code").entityList(String.class).containsExactly("JH-2024-SCJG-001")
                .path("cases.pageInfo.hasNextPage").entity(Boolean.class).isEqualTo(false);
        as(asPublic()).documentName("cases").execute()
                .path("cases.edges[*].node.code").entityList(String.class).containsExactly("JH-2024-SCJG-001");

        GraphQlTester.Response publicLookup = as(asPublic()).documentName("caseAndViolationCases")
                .variable("case", "JH-2024-XF-007").variable("violation", "XF-006").execute();
        publicLookup.path("case").valueIsNull()
                .path("violation.cases").entityList(Object.class).hasSize(0);
        assertThat(json(publicLookup)).doesNotContain("XF-007");
    }

    @Test
    void officersAreSeenByTheirOwnDepartmentAndBySupervisors() {
        asOfficer().documentName("officers").execute()
                .path("officers.edges[*].node.name").entityList(String.class).containsExactly("邹雨泽", "蒋洋")
                .path("officers.edges[0].node.certificateValidUntil").entity(String.class).isEqualTo("2028-02-10");
        asOfficer().documentName("officers").variable("department", "JH-XF").execute()
                .errors().satisfy(codes("FORBIDDEN"));
        asOfficer().documentName("departmentOfficers").variable("department", "JH-XF").execute()
                .errors().satisfy(forbiddenAt("department.officers"))
                .path("department.name").entity(String.class).isEqualTo("江海市消防救援支队");
        as(supervisor()).documentName("departmentsWithOfficers").execute()
                .path("departments.edges[*].node.officers[*].name").entityList(String.class).containsExactly("邹雨泽", "蒋洋", "陆川");
        GraphQlTester.Response enterprise = as(TestTokens.enterprise()).documentName("officer").variable("certificateNo", "32990020210001")
                .execute();
        enterprise.errors().satisfy(codes("FORBIDDEN"));
        assertThat(json(enterprise)).doesNotContain("邹雨泽");
    }

    @Test
    void badListArgumentsAreNamed() {
        asOfficer().documentName("laws").variable("filter", Map.of("level", "宪章")).execute()
                .errors().satisfy(argument("filter.level"));
        String byCode = asOfficer().documentName("cases").variable("first", 1).variable("orderBy", "CODE").execute()
                .path("cases.pageInfo.endCursor").entity(String.class).get();
        asOfficer().documentName("cases").variable("after", byCode).execute()
                .errors().satisfy(argument("after"));
    }

    @Test
    void everyNestedLevelCostsOneRoundTrip() {
        CypherRoundTrips.reset();
        asOfficer().documentName("lawsToCases").variable("first", 1).executeAndVerify();
        int forOne = CypherRoundTrips.count();
        CypherRoundTrips.reset();
        asOfficer().documentName("lawsToCases").variable("first", 4).executeAndVerify();
        int forAll = CypherRoundTrips.count();
        CypherRoundTrips.reset();
        as(supervisor()).documentName("departmentsWithOfficers").executeAndVerify();
        int officers = CypherRoundTrips.count();

        // laws, provisions, penalizes, cases, department
        assertThat(forOne).isEqualTo(5);
        assertThat(forAll).isEqualTo(5);
        // departments, officers (checked per department, loaded together), their department
        assertThat(officers).isEqualTo(3);
    }
}
