package dev.onecheck.gateway;

import static dev.onecheck.gateway.GatewayGraphQl.argument;
import static dev.onecheck.gateway.GatewayGraphQl.codes;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import dev.onecheck.domain.catalog.Department;
import dev.onecheck.domain.catalog.Industry;
import dev.onecheck.domain.catalog.Region;
import dev.onecheck.domain.subject.CreditLevel;
import dev.onecheck.domain.subject.RiskLevel;
import dev.onecheck.domain.subject.Subject;
import dev.onecheck.infra.test.TestStack;
import dev.onecheck.store.catalog.CatalogStore;
import dev.onecheck.store.schema.SchemaMigrator;
import dev.onecheck.store.subject.SubjectStore;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.graphql.test.tester.GraphQlTester;

/** 全程留痕: a mutation and its audit entry commit together; a refused mutation leaves neither. */
@GatewayTest
class AuditTrailIT {

    private static final String FIRM = "91329900MA1JH0001C";

    @LocalServerPort
    int port;

    @BeforeEach
    void firmOnTheWhiteList() {
        var driver = TestStack.driver();
        new SchemaMigrator(driver).migrate();
        driver.executableQuery("MATCH (a:AuditEntry) DETACH DELETE a").execute();
        CatalogStore catalog = new CatalogStore(driver);
        catalog.writeRegions(List.of(new Region("329900", "江海市", null)));
        catalog.writeDepartments(List.of(new Department("JH-SCJG", "江海市市场监督管理局", "市级", "329900", null, List.of()),
                new Department("JH-JYJ", "江海市教育局", "市级", "329900", null, List.of())));
        catalog.writeIndustries(List.of(new Industry("6210", "正餐服务", null)));
        driver.executableQuery("MATCH (s:Subject) DETACH DELETE s").execute();
        new SubjectStore(driver).write(List.of(new Subject(FIRM, "江海市海棠餐饮有限公司", "人民路18号", "329900", "6210", CreditLevel.A,
                RiskLevel.LOW, true, List.of(), List.of("JH-SCJG"))));
    }

    private GraphQlTester as(String token) {
        return GatewayGraphQl.as(port, token);
    }

    private GraphQlTester.Request<?> setWhiteListed(String uscc, boolean whiteListed, String reason, String token) {
        return as(token).documentName("setWhiteListed").variable("uscc", uscc).variable("whiteListed", whiteListed)
                .variable("reason", reason);
    }

    private static String admin(String department) {
        return TestTokens.token("admin-" + department, List.of("DEPT_ADMIN"), department, null);
    }

    private static String supervisor() {
        return TestTokens.token("supervisor", List.of("SUPERVISOR"), "JH-SFJ", null);
    }

    @Test
    void aChangeIsRecordedWithWhoWhenWhatAndWhy() {
        setWhiteListed(FIRM, false, "投诉举报核实存在问题", admin("JH-SCJG")).execute()
                .path("setWhiteListed.whiteListed").entity(Boolean.class).isEqualTo(false);

        as(supervisor()).documentName("auditTrail").execute()
                .path("auditTrail.edges").entityList(Object.class).hasSize(1)
                .path("auditTrail.edges[0].node", entry -> entry
                        .path("actor").entity(String.class).isEqualTo("admin-JH-SCJG")
                        .path("actorRoles[0]").entity(String.class).isEqualTo("DEPT_ADMIN")
                        .path("actorDepartment").entity(String.class).isEqualTo("JH-SCJG")
                        .path("operation").entity(String.class).isEqualTo("setWhiteListed")
                        .path("targetKind").entity(String.class).isEqualTo("Subject")
                        .path("targetKey").entity(String.class).isEqualTo(FIRM)
                        .path("reason").entity(String.class).isEqualTo("投诉举报核实存在问题")
                        .path("at").entity(String.class).satisfies(at -> assertThat(at).endsWith("+08:00"))
                        .path("changes[0].field").entity(String.class).isEqualTo("whiteListed")
                        .path("changes[0].before").entity(String.class).isEqualTo("true")
                        .path("changes[0].after").entity(String.class).isEqualTo("false"));
    }

    @Test
    void theTrailPagesNewestFirstAndFilters() {
        setWhiteListed(FIRM, false, "第一次", admin("JH-SCJG")).executeAndVerify();
        setWhiteListed(FIRM, true, "第二次", admin("JH-SCJG")).executeAndVerify();

        String endCursor = as(supervisor()).documentName("auditTrail").variable("first", 1).execute()
                .path("auditTrail.edges[0].node.reason").entity(String.class).isEqualTo("第二次")
                .path("auditTrail.pageInfo.hasNextPage").entity(Boolean.class).isEqualTo(true)
                .path("auditTrail.pageInfo.endCursor").entity(String.class).get();
        as(supervisor()).documentName("auditTrail").variable("first", 1).variable("after", endCursor).execute()
                .path("auditTrail.edges[0].node.reason").entity(String.class).isEqualTo("第一次")
                .path("auditTrail.pageInfo.hasNextPage").entity(Boolean.class).isEqualTo(false);
        as(supervisor()).documentName("auditTrail").variable("filter", Map.of("actor", "someone-else")).execute()
                .path("auditTrail.edges").entityList(Object.class).hasSize(0);
    }

    @Test
    void aRefusedChangeLeavesNeitherChangeNorEntry() {
        setWhiteListed(FIRM, false, "x", admin("JH-JYJ")).execute().errors().satisfy(codes("FORBIDDEN"));
        setWhiteListed(FIRM, false, "x", TestTokens.officer()).execute().errors().satisfy(codes("FORBIDDEN"));
        setWhiteListed("91329900MA1JH9999X", false, "x", TestTokens.enterprise()).execute().errors().satisfy(codes("FORBIDDEN"));
        setWhiteListed(FIRM, false, "x", supervisor()).execute().errors().satisfy(codes("FORBIDDEN"));
        setWhiteListed(FIRM, false, " ", admin("JH-SCJG")).execute().errors().satisfy(argument("reason"));
        setWhiteListed("91329900MA1JH9999X", false, "x", admin("JH-SCJG")).execute().errors().satisfy(argument("uscc"));

        as(supervisor()).documentName("auditTrail").execute().path("auditTrail.edges").entityList(Object.class).hasSize(0);
        as(supervisor()).documentName("subjectWhiteListed").variable("uscc", FIRM).execute()
                .path("subject.whiteListed").entity(Boolean.class).isEqualTo(true);
    }

    @Test
    void onlySupervisorsReadTheTrail() {
        as(admin("JH-SCJG")).documentName("auditTrail").execute().errors().satisfy(codes("FORBIDDEN"));
        as(TestTokens.officer()).documentName("auditTrail").execute().errors().satisfy(codes("FORBIDDEN"));
    }
}
