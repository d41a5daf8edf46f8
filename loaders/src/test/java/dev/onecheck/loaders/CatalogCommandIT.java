package dev.onecheck.loaders;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;

import dev.onecheck.infra.stack.StackEndpoints;
import dev.onecheck.infra.test.EmbeddedStack;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.driver.Driver;

/**
 * The catalogue and subject loaders against a small fixture: a GBK-encoded departments.csv, an industries.xlsx
 * with variant column names, items citing laws loaded first, and bad input of several kinds.
 */
@EmbeddedStack
class CatalogCommandIT {

    private static final Path FIXTURE = Path.of("src/test/resources/catalog");
    private static String bolt;
    private static Path catalog;
    private static LoadCli first;
    private static LoadCli second;

    @BeforeAll
    static void loadCatalogTwice(StackEndpoints stack, @TempDir Path dir) throws IOException {
        bolt = stack.bolt().toString();
        assertThat(LoadCli.run("--neo4j", bolt, "laws", "src/test/resources/law-collection").exitCode()).isEqualTo(2);
        catalog = copyFixture(dir.resolve("ok"));
        first = LoadCli.run("--neo4j", bolt, "catalog", catalog.toString());
        second = LoadCli.run("--neo4j", bolt, "catalog", catalog.toString());
    }

    private static Path copyFixture(Path dir) throws IOException {
        Files.createDirectories(dir);
        try (Stream<Path> files = Files.list(FIXTURE)) {
            for (Path f : files.toList()) {
                Files.copy(f, dir.resolve(f.getFileName()));
            }
        }
        Files.delete(dir.resolve("subjects.csv"));
        try (OutputStream out = Files.newOutputStream(dir.resolve("industries.xlsx"))) {
            Workbook workbook = new Workbook(out, "OneCheck test", "1.0");
            Worksheet sheet = workbook.newWorksheet("行业");
            String[][] rows = {{" 行业代码* ", "行业名称", "上级代码"}, {"H", "住宿和餐饮业", ""}, {"62", "餐饮业", "H"},
                    {"621", "正餐服务", "62"}, {"6210", "正餐服务", "621"}};
            for (int r = 0; r < rows.length; r++) {
                for (int c = 0; c < rows[r].length; c++) {
                    sheet.value(r, c, rows[r][c]);
                }
            }
            workbook.finish();
        }
        return dir;
    }

    private static int count(Driver driver, String cypher) {
        return driver.executableQuery(cypher).execute().records().getFirst().get(0).asInt();
    }

    @Test
    void loadsEveryFileOfTheCatalogue() {
        assertThat(first.exitCode()).as(first.err()).isZero();
        assertThat(first.out()).contains("regions: 3 created", "departments: 3 created", "industries: 4 created",
                "items: 2 created", "scenarios: 1 created", "officers: 2 created");
    }

    @Test
    void loadingTwiceChangesNothing() {
        assertThat(second.exitCode()).isZero();
        assertThat(second.out()).contains("regions: 0 created, 0 updated, 3 unchanged", "items: 0 created, 0 updated, 2 unchanged",
                "scenarios: 0 created, 0 updated, 1 unchanged");
    }

    @Test
    void readsGbkSpreadsheetsAndBuildsTheDepartmentTree(Driver driver) {
        var branch = driver.executableQuery("""
                        MATCH (d:Department {code: 'JH-HX-SCJG'})-[:BRANCH_OF]->(city)-[:IN_REGION]->(r:Region)
                        RETURN d.name AS name, city.name AS city, r.name AS region""").execute().records().getFirst();

        assertThat(branch.get("name").asString()).isEqualTo("海西区市场监督管理局");
        assertThat(branch.get("city").asString()).isEqualTo("江海市市场监督管理局");
        assertThat(branch.get("region").asString()).isEqualTo("江海市");
    }

    @Test
    void linksItemsToDepartmentsLegalBasisAndIndustries(Driver driver) {
        var item = driver.executableQuery("""
                        MATCH (lead:Department)-[:INITIATES]->(i:Item {code: 'JH-SCJG-001'})<-[:COOPERATES]-(co:Department)
                        MATCH (i)-[b:BASED_ON]->(p:Provision)<-[:HAS_PROVISION]-(law:Law)
                        MATCH (i)-[:APPLIES_TO]->(industry:Industry)-[:SUBCLASS_OF*]->(top:Industry {code: 'H'})
                        RETURN lead.code AS lead, co.code AS co, law.shortTitle AS law, p.label AS article,
                               i.methods AS methods, industry.code AS industry""").execute().records().getFirst();

        assertThat(item.get("lead").asString()).isEqualTo("JH-SCJG");
        assertThat(item.get("co").asString()).isEqualTo("JH-XF");
        assertThat(item.get("law").asString()).isEqualTo("行政处罚法");
        assertThat(item.get("article").asString()).isEqualTo("第三十三条");
        assertThat(item.get("methods").asList(v -> v.asString())).containsExactly("现场检查", "抽样检测");
        assertThat(item.get("industry").asString()).isEqualTo("6210");
        assertThat(count(driver, "MATCH (:Item {code: 'JH-XF-001'})-[:BASED_ON {paragraph: 1}]->(p:Provision {article: 32}) RETURN count(p)"))
                .isEqualTo(1);
    }

    @Test
    void scenarioKeepsItsLeadCooperatorsAndItemOrder(Driver driver) {
        var scenario = driver.executableQuery("""
                        MATCH (s:Scenario {code: 'SC-CY'})-[:LED_BY]->(lead), (s)-[:ASSISTED_BY]->(co)
                        MATCH (s)-[inc:INCLUDES]->(i:Item)
                        WITH s, lead, co, i ORDER BY inc.position
                        RETURN lead.code AS lead, co.code AS co, collect(i.code) AS items""").execute().records().getFirst();

        assertThat(scenario.get("lead").asString()).isEqualTo("JH-SCJG");
        assertThat(scenario.get("co").asString()).isEqualTo("JH-XF");
        assertThat(scenario.get("items").asList(v -> v.asString())).containsExactly("JH-XF-001", "JH-SCJG-001");
    }

    @Test
    void subjectsFromARosterAndFromTheGeneratorAreValidAndStable(Driver driver) {
        LoadCli roster = LoadCli.run("--neo4j", bolt, "subjects", FIXTURE.resolve("subjects.csv").toString(), "--generate", "300");
        LoadCli again = LoadCli.run("--neo4j", bolt, "subjects", FIXTURE.resolve("subjects.csv").toString(), "--generate", "300");

        assertThat(roster.exitCode()).as(roster.err()).isZero();
        assertThat(roster.out()).contains("subjects: 1 created", "generated subjects: 300 created");
        assertThat(again.out()).contains("subjects: 0 created, 0 updated, 1 unchanged", "generated subjects: 0 created, 0 updated, 300 unchanged");
        assertThat(count(driver, "MATCH (s:Subject)-[:IN_INDUSTRY]->(:Industry {code: '6210'}) MATCH (s)-[:IN_REGION]->(:Region) RETURN count(s)"))
                .isEqualTo(301);
        assertThat(count(driver, """
                MATCH (s:Subject {uscc: '91329900MA1JH0001C'})-[:SUPERVISED_BY]->(d:Department)
                WHERE s.whiteListed AND s.credit = 'A' RETURN count(d)""")).isEqualTo(2);
        assertThat(count(driver, "MATCH (s:Subject)-[:SUPERVISED_BY]->(:Department {code: 'JH-SCJG'}) RETURN count(DISTINCT s)"))
                .as("generated subjects are supervised by the departments whose items apply to their industry").isEqualTo(301);
    }

    /** Each bad file is rejected with file, row, column and reason, and writes nothing. */
    @Test
    void badInputIsRejectedWithItsPlaceAndWritesNothing(Driver driver, @TempDir Path dir) throws IOException {
        int nodesBefore = count(driver, "MATCH (n) RETURN count(n)");
        Map<String, String> cases = Map.of(
                "items-missing-column", "items.csv|事项编码,事项名称,监管类型,监管内容,监管对象,监管方式,监管层级,发起部门\nX-1,甲,日常监管,乙,丙,现场检查,市级,JH-SCJG",
                "items-unknown-department", "items.csv|事项编码,事项名称,监管类型,监管内容,监管对象,监管方式,监管层级,发起部门,配合部门,设定依据\nX-2,甲,日常监管,乙,丙,现场检查,市级,JH-SCJG,JH-NOPE,《行政处罚法》第三十三条",
                "items-unknown-article", "items.csv|事项编码,事项名称,监管类型,监管内容,监管对象,监管方式,监管层级,发起部门,设定依据\nX-3,甲,日常监管,乙,丙,现场检查,市级,JH-SCJG,《行政处罚法》第九百条",
                "items-bad-type", "items.csv|事项编码,事项名称,监管类型,监管内容,监管对象,监管方式,监管层级,发起部门,设定依据\nX-4,甲,随便查,乙,丙,现场检查,市级,JH-SCJG,《行政处罚法》第三十三条",
                "items-duplicate-code", "items.csv|事项编码,事项名称,监管类型,监管内容,监管对象,监管方式,监管层级,发起部门,设定依据\nX-5,甲,日常监管,乙,丙,现场检查,市级,JH-SCJG,《行政处罚法》第三十三条\nX-5,丁,日常监管,乙,丙,现场检查,市级,JH-SCJG,《行政处罚法》第三十三条",
                "officers-bad-date", "officers.csv|执法证号,姓名,部门,执法领域,证件有效期至\n32990020249999,王五,JH-SCJG,市场监管,2028年底",
                "subjects-bad-uscc", "subjects.csv|统一社会信用代码,企业名称,行业代码,行政区划代码,信用等级,风险等级\n91329900MA1JH0001D,某公司,6210,329902,A,低");
        Map<String, String> expected = Map.of(
                "items-missing-column", "rejected items.csv row 1: missing column(s) 设定依据",
                "items-unknown-department", "rejected items.csv row 2, column 配合部门: unknown department JH-NOPE",
                "items-unknown-article", "rejected items.csv row 2, column 设定依据: no such article in a law in force: 《行政处罚法》第900条",
                "items-bad-type", "rejected items.csv row 2, column 监管类型: '随便查' is not one of",
                "items-duplicate-code", "rejected items.csv row 3, column 事项编码: X-5 already appears in row 2",
                "officers-bad-date", "rejected officers.csv row 2, column 证件有效期至: '2028年底' is not a date (YYYY-MM-DD)",
                "subjects-bad-uscc", "rejected subjects.csv row 2, column 统一社会信用代码: 91329900MA1JH0001D is not a valid credit code: check character is D but should be C");

        for (var c : cases.entrySet()) {
            String[] fileAndText = c.getValue().split("\\|", 2);
            Path folder = Files.createDirectories(dir.resolve(c.getKey()));
            Path file = Files.writeString(folder.resolve(fileAndText[0]), fileAndText[1] + "\n");
            LoadCli result = fileAndText[0].startsWith("subjects")
                    ? LoadCli.run("--neo4j", bolt, "subjects", file.toString())
                    : LoadCli.run("--neo4j", bolt, "catalog", folder.toString());

            assertThat(result.exitCode()).as(c.getKey()).isEqualTo(2);
            assertThat(result.err()).as(c.getKey()).contains(expected.get(c.getKey()));
            assertThat(result.out()).as(c.getKey()).contains("rejected (file not loaded");
        }
        assertThat(count(driver, "MATCH (n) RETURN count(n)")).isEqualTo(nodesBefore);
    }

    @Test
    void aHeaderMappingFileRenamesADepartmentsOwnColumns(Driver driver, @TempDir Path dir) throws IOException {
        Path mapping = Files.writeString(dir.resolve("headers.properties"), "执法人员证号=执法证号\n所属单位=部门\n有效期=证件有效期至\n");
        Path folder = Files.createDirectories(dir.resolve("officers"));
        Files.writeString(folder.resolve("officers.csv"), "执法人员证号,姓名,所属单位,有效期\n32990020240003,赵六,JH-XF,2029-01-01\n");

        LoadCli result = LoadCli.run("--neo4j", bolt, "--headers", mapping.toString(), "catalog", folder.toString());

        assertThat(result.exitCode()).as(result.err()).isZero();
        assertThat(count(driver, "MATCH (:Officer {certificateNo: '32990020240003'})-[:MEMBER_OF]->(:Department {code: 'JH-XF'}) RETURN count(*)"))
                .isEqualTo(1);
    }
}
