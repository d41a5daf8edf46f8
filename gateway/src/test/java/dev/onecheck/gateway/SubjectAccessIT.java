package dev.onecheck.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import dev.onecheck.domain.catalog.Department;
import dev.onecheck.domain.catalog.Industry;
import dev.onecheck.domain.catalog.Item;
import dev.onecheck.domain.catalog.Region;
import dev.onecheck.domain.subject.CreditLevel;
import dev.onecheck.domain.subject.RiskLevel;
import dev.onecheck.domain.subject.Subject;
import dev.onecheck.infra.test.TestStack;
import dev.onecheck.store.catalog.CatalogStore;
import dev.onecheck.store.schema.SchemaMigrator;
import dev.onecheck.store.subject.SubjectStore;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/** Each role's boundary on regulated subjects: an enterprise sees itself only, officers their department's. */
@GatewayTest
class SubjectAccessIT {

    private static final String FIRM = "91329900MA1JH0001C";
    private static final String SCHOOL = "52329902MJ1JH0002X";
    private static final String SUBJECT = "{ subject(uscc: \"%s\") { name creditLevel } }";

    @LocalServerPort
    int port;

    @BeforeAll
    static void subjects() {
        var driver = TestStack.driver();
        new SchemaMigrator(driver).migrate();
        CatalogStore catalog = new CatalogStore(driver);
        catalog.writeRegions(List.of(new Region("329900", "江海市", null), new Region("329902", "海西区", "329900")));
        catalog.writeDepartments(List.of(new Department("JH-SCJG", "江海市市场监督管理局", "市级", "329900", null, List.of()),
                new Department("JH-XF", "江海市消防救援支队", "市级", "329900", null, List.of()),
                new Department("JH-JYJ", "江海市教育局", "市级", "329900", null, List.of())));
        catalog.writeIndustries(List.of(new Industry("H", "住宿和餐饮业", null), new Industry("62", "餐饮业", "H"),
                new Industry("621", "正餐服务", "62"), new Industry("6210", "正餐服务", "621"), new Industry("8391", "职业技能培训", null)));
        catalog.writeItems(List.of(
                new Item("I-62", "餐饮服务食品安全检查", "双随机抽查", "查", "餐饮服务提供者", List.of("现场检查"), "市级", "JH-SCJG", List.of(), List.of(), List.of("62")),
                new Item("I-6210", "正餐服务油烟检查", "日常监管", "查", "正餐", List.of("现场检查"), "区级", "JH-SCJG", List.of(), List.of(), List.of("6210")),
                new Item("I-8391", "培训机构检查", "日常监管", "查", "培训机构", List.of("现场检查"), "市级", "JH-JYJ", List.of(), List.of(), List.of("8391"))));
        new SubjectStore(driver).write(List.of(
                new Subject(FIRM, "江海市海棠餐饮有限公司", "人民路18号", "329902", "6210", CreditLevel.A, RiskLevel.LOW, true, List.of(),
                        List.of("JH-SCJG", "JH-XF")),
                new Subject(SCHOOL, "江海市海西区启明星培训学校", "学府路66号", "329902", "8391", CreditLevel.B, RiskLevel.MEDIUM, false,
                        List.of(), List.of("JH-JYJ"))));
    }

    private JsonNode ask(String query, String token) throws Exception {
        return new GraphQlHttp(port).post(query, token).body();
    }

    private static String token(String role, String department, String uscc) {
        return TestTokens.token(role.toLowerCase(), List.of(role), department, uscc);
    }

    @Test
    void anEnterpriseReadsItselfAndTheItemsThatApplyToItsIndustry() throws Exception {
        JsonNode me = ask("{ me { subject { name whiteListed applicableItems { code } } } }", TestTokens.enterprise()).at("/data/me/subject");

        assertThat(me.at("/name").asString()).isEqualTo("江海市海棠餐饮有限公司");
        assertThat(me.at("/whiteListed").asBoolean()).isTrue();
        assertThat(me.at("/applicableItems").findValuesAsString("code")).containsExactly("I-62", "I-6210");
    }

    @Test
    void anEnterpriseCannotReadAnotherFirmNorLearnWhetherItExists() throws Exception {
        JsonNode other = ask(SUBJECT.formatted(SCHOOL), TestTokens.enterprise());
        JsonNode missing = ask(SUBJECT.formatted("91329900MA1JH9999X"), TestTokens.enterprise());

        assertThat(other.at("/data/subject").isNull()).isTrue();
        assertThat(other.at("/errors/0/extensions/code").asString()).isEqualTo("FORBIDDEN");
        assertThat(missing.at("/errors/0/extensions/code").asString()).isEqualTo("FORBIDDEN");
        assertThat(other.toString()).doesNotContain("启明星");
    }

    @Test
    void officersSeeTheSubjectsTheirDepartmentSupervises() throws Exception {
        String fireOfficer = token("OFFICER", "JH-XF", null);

        assertThat(ask(SUBJECT.formatted(FIRM), fireOfficer).at("/data/subject/name").asString()).isEqualTo("江海市海棠餐饮有限公司");
        assertThat(ask(SUBJECT.formatted(SCHOOL), fireOfficer).at("/errors/0/extensions/code").asString()).isEqualTo("FORBIDDEN");
        assertThat(ask(SUBJECT.formatted(SCHOOL), token("OFFICER", "JH-JYJ", null)).at("/data/subject/creditLevel").asString())
                .isEqualTo("B");
        JsonNode unknown = ask(SUBJECT.formatted("91329900MA1JH9999X"), fireOfficer);
        assertThat(unknown.at("/data/subject").isNull()).isTrue();
        assertThat(unknown.has("errors")).isFalse();
    }

    @Test
    void supervisorsSeeEverySubjectAndThePublicNone() throws Exception {
        assertThat(ask(SUBJECT.formatted(SCHOOL), token("SUPERVISOR", "JH-SFJ", null)).at("/data/subject/name").asString())
                .isEqualTo("江海市海西区启明星培训学校");
        JsonNode asPublic = ask(SUBJECT.formatted(FIRM), token("PUBLIC", null, null));
        assertThat(asPublic.at("/errors/0/extensions/code").asString()).isEqualTo("FORBIDDEN");
        assertThat(ask("{ me { subject { name } } }", token("PUBLIC", null, null)).at("/data/me/subject").isNull()).isTrue();
    }

    @Test
    void creditAndRiskLevelsAreForTheEnforcementSideNotEvenTheFirmItself() throws Exception {
        JsonNode own = ask("{ me { subject { name creditLevel riskLevel } } }", TestTokens.enterprise());
        JsonNode officer = ask(SUBJECT.formatted(FIRM), token("OFFICER", "JH-SCJG", null));

        assertThat(own.at("/data/me/subject/name").asString()).isEqualTo("江海市海棠餐饮有限公司");
        assertThat(own.at("/data/me/subject/creditLevel").isNull()).isTrue();
        assertThat(own.at("/errors").findValuesAsString("code")).containsExactly("FORBIDDEN", "FORBIDDEN");
        assertThat(own.toString()).doesNotContain("\"A\"");
        assertThat(officer.at("/data/subject/creditLevel").asString()).isEqualTo("A");
    }

    @Test
    void listsRangeOverWhatEachRoleMaySee() throws Exception {
        String list = "{ subjects%s { edges { node { uscc supervisingDepartments { code } } } } }";

        assertThat(ask(list.formatted(""), TestTokens.enterprise()).at("/data/subjects/edges").findValuesAsString("uscc"))
                .containsExactly(FIRM);
        assertThat(ask(list.formatted(""), token("OFFICER", "JH-XF", null)).at("/data/subjects/edges").findValuesAsString("uscc"))
                .containsExactly(FIRM);
        assertThat(ask(list.formatted(""), token("OFFICER", "JH-JYJ", null)).at("/data/subjects/edges").findValuesAsString("uscc"))
                .containsExactly(SCHOOL);
        assertThat(ask(list.formatted(""), token("SUPERVISOR", "JH-SFJ", null)).at("/data/subjects/edges").findValuesAsString("uscc"))
                .containsExactly(SCHOOL, FIRM);
        assertThat(ask(list.formatted("(filter: {creditLevel: B})"), token("SUPERVISOR", "JH-SFJ", null))
                .at("/data/subjects/edges").findValuesAsString("uscc")).containsExactly(SCHOOL);
        assertThat(ask(list.formatted("(filter: {industry: \"6210\"})"), token("OFFICER", "JH-XF", null))
                .at("/data/subjects/edges/0/node/supervisingDepartments").findValuesAsString("code")).containsExactly("JH-SCJG", "JH-XF");
        assertThat(ask(list.formatted(""), token("PUBLIC", null, null)).at("/errors/0/extensions/code").asString()).isEqualTo("FORBIDDEN");
        // Filtering by credit level would let a firm probe its own classification.
        assertThat(ask(list.formatted("(filter: {creditLevel: A})"), TestTokens.enterprise()).at("/errors/0/extensions/code")
                .asString()).isEqualTo("FORBIDDEN");
    }

    @Test
    void aDepartmentsSubjectsAreForItsOwnOfficersAndSupervisors() throws Exception {
        String query = "{ department(code: \"%s\") { name subjects { edges { node { uscc } } } } }";
        JsonNode own = ask(query.formatted("JH-XF"), token("OFFICER", "JH-XF", null));
        JsonNode other = ask(query.formatted("JH-JYJ"), token("OFFICER", "JH-XF", null));
        JsonNode enterprise = ask(query.formatted("JH-XF"), TestTokens.enterprise());

        assertThat(own.at("/data/department/subjects/edges").findValuesAsString("uscc")).containsExactly(FIRM);
        assertThat(other.at("/data/department/name").asString()).isEqualTo("江海市教育局");
        assertThat(other.at("/errors/0/extensions/code").asString()).isEqualTo("FORBIDDEN");
        assertThat(other.toString()).doesNotContain(SCHOOL);
        assertThat(enterprise.at("/errors/0/extensions/code").asString()).isEqualTo("FORBIDDEN");
    }
}
