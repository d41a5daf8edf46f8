package dev.onecheck.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

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
import tools.jackson.databind.JsonNode;

/** 全程留痕: a mutation and its audit entry commit together; a refused mutation leaves neither. */
@GatewayTest
class AuditTrailIT {

    private static final String FIRM = "91329900MA1JH0001C";
    private static final String SET = "mutation { setWhiteListed(uscc: \"%s\", whiteListed: %s, reason: \"%s\") { uscc whiteListed } }";
    private static final String TRAIL = "{ auditTrail { edges { node { actor actorName actorRoles actorDepartment operation targetKind "
            + "targetKey reason at changes { field before after } } } } }";

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

    private JsonNode ask(String query, String token) throws Exception {
        return new GraphQlHttp(port).post(query, token).body();
    }

    private static String admin(String department) {
        return TestTokens.token("admin-" + department, List.of("DEPT_ADMIN"), department, null);
    }

    private static String supervisor() {
        return TestTokens.token("supervisor", List.of("SUPERVISOR"), "JH-SFJ", null);
    }

    @Test
    void aChangeIsRecordedWithWhoWhenWhatAndWhy() throws Exception {
        JsonNode changed = ask(SET.formatted(FIRM, false, "投诉举报核实存在问题"), admin("JH-SCJG"));
        JsonNode trail = ask(TRAIL, supervisor()).at("/data/auditTrail/edges");

        assertThat(changed.at("/data/setWhiteListed/whiteListed").asBoolean()).isFalse();
        assertThat(trail.size()).isEqualTo(1);
        JsonNode entry = trail.at("/0/node");
        assertThat(entry.at("/actor").asString()).isEqualTo("admin-JH-SCJG");
        assertThat(entry.at("/actorRoles/0").asString()).isEqualTo("DEPT_ADMIN");
        assertThat(entry.at("/actorDepartment").asString()).isEqualTo("JH-SCJG");
        assertThat(entry.at("/operation").asString()).isEqualTo("setWhiteListed");
        assertThat(entry.at("/targetKind").asString()).isEqualTo("Subject");
        assertThat(entry.at("/targetKey").asString()).isEqualTo(FIRM);
        assertThat(entry.at("/reason").asString()).isEqualTo("投诉举报核实存在问题");
        assertThat(entry.at("/at").asString()).endsWith("+08:00");
        assertThat(entry.at("/changes/0/field").asString()).isEqualTo("whiteListed");
        assertThat(entry.at("/changes/0/before").asString()).isEqualTo("true");
        assertThat(entry.at("/changes/0/after").asString()).isEqualTo("false");
    }

    @Test
    void theTrailPagesNewestFirstAndFilters() throws Exception {
        ask(SET.formatted(FIRM, false, "第一次"), admin("JH-SCJG"));
        ask(SET.formatted(FIRM, true, "第二次"), admin("JH-SCJG"));
        JsonNode page1 = ask("{ auditTrail(first: 1) { edges { node { reason } } pageInfo { hasNextPage endCursor } } }", supervisor())
                .at("/data/auditTrail");
        JsonNode page2 = ask("{ auditTrail(first: 1, after: \"" + page1.at("/pageInfo/endCursor").asString()
                + "\") { edges { node { reason } } pageInfo { hasNextPage } } }", supervisor()).at("/data/auditTrail");
        JsonNode byOther = ask("{ auditTrail(filter: {actor: \"someone-else\"}) { edges { node { reason } } } }", supervisor());

        assertThat(page1.at("/edges/0/node/reason").asString()).isEqualTo("第二次");
        assertThat(page1.at("/pageInfo/hasNextPage").asBoolean()).isTrue();
        assertThat(page2.at("/edges/0/node/reason").asString()).isEqualTo("第一次");
        assertThat(page2.at("/pageInfo/hasNextPage").asBoolean()).isFalse();
        assertThat(byOther.at("/data/auditTrail/edges").isEmpty()).isTrue();
    }

    @Test
    void aRefusedChangeLeavesNeitherChangeNorEntry() throws Exception {
        JsonNode otherDepartment = ask(SET.formatted(FIRM, false, "x"), admin("JH-JYJ"));
        JsonNode officer = ask(SET.formatted(FIRM, false, "x"), TestTokens.officer());
        JsonNode enterprise = ask(SET.formatted("91329900MA1JH9999X", false, "x"), TestTokens.enterprise());
        JsonNode supervisorChange = ask(SET.formatted(FIRM, false, "x"), supervisor());
        JsonNode noReason = ask(SET.formatted(FIRM, false, " "), admin("JH-SCJG"));
        JsonNode unknown = ask(SET.formatted("91329900MA1JH9999X", false, "x"), admin("JH-SCJG"));

        assertThat(List.of(otherDepartment, officer, enterprise, supervisorChange))
                .allSatisfy(r -> assertThat(r.at("/errors/0/extensions/code").asString()).isEqualTo("FORBIDDEN"));
        assertThat(noReason.at("/errors/0/extensions/argument").asString()).isEqualTo("reason");
        assertThat(unknown.at("/errors/0/extensions/argument").asString()).isEqualTo("uscc");
        assertThat(ask(TRAIL, supervisor()).at("/data/auditTrail/edges").isEmpty()).isTrue();
        assertThat(ask("{ subject(uscc: \"" + FIRM + "\") { whiteListed } }", supervisor()).at("/data/subject/whiteListed").asBoolean())
                .isTrue();
    }

    @Test
    void onlySupervisorsReadTheTrail() throws Exception {
        assertThat(ask(TRAIL, admin("JH-SCJG")).at("/errors/0/extensions/code").asString()).isEqualTo("FORBIDDEN");
        assertThat(ask(TRAIL, TestTokens.officer()).at("/errors/0/extensions/code").asString()).isEqualTo("FORBIDDEN");
    }
}
