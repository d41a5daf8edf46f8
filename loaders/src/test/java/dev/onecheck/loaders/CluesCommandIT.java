package dev.onecheck.loaders;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import dev.onecheck.domain.catalog.Industry;
import dev.onecheck.domain.subject.CreditLevel;
import dev.onecheck.domain.subject.RiskLevel;
import dev.onecheck.domain.subject.Subject;
import dev.onecheck.domain.subject.Uscc;
import dev.onecheck.infra.stack.StackEndpoints;
import dev.onecheck.infra.test.EmbeddedStack;
import dev.onecheck.infra.test.TestStack;
import dev.onecheck.search.index.KnowledgeBaseFixture;
import dev.onecheck.store.catalog.CatalogStore;
import dev.onecheck.store.subject.SubjectStore;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.driver.Driver;

/** {@code load clues}: a hotline export is read, routed by the knowledge base and received once; a bad row rejects the file. */
@EmbeddedStack
class CluesCommandIT {

    private static final String HEADER = "工单编号,来电时间,诉求内容,涉及单位,统一社会信用代码,地址,来源,来电人,联系电话\n";
    private static String bolt;
    private static String elasticsearch;
    private static Driver driver;

    @TempDir
    static Path dir;

    static String firm(int n) {
        String first17 = "91329900MA1CL%04d".formatted(n);
        return first17 + Uscc.checkCharacter(first17);
    }

    @BeforeAll
    static void knowledgeBaseAndRestaurants(StackEndpoints stack) throws IOException {
        bolt = stack.bolt().toString();
        elasticsearch = stack.elasticsearch().toString();
        driver = TestStack.driver();
        KnowledgeBaseFixture.loadAndIndex(driver, stack);
        new CatalogStore(driver).writeIndustries(List.of(new Industry("6210", "正餐服务", null)));
        new SubjectStore(driver).write(List.of(
                new Subject(firm(1), "江海市老街大排档餐饮有限公司", "江海市人民路18号", "329900", "6210", CreditLevel.B, RiskLevel.LOW,
                        false, List.of(), List.of("JH-SCJG", "JH-XF")),
                new Subject(firm(2), "江海市清风茶楼有限公司", "江海市解放路3号", "329900", "6210", CreditLevel.A, RiskLevel.LOW,
                        false, List.of(), List.of("JH-SCJG"))));
    }

    private static LoadCli load(Path file) {
        return load(file, "JH-SCJG");
    }

    private static LoadCli load(Path file, String department) {
        return LoadCli.run("--neo4j", bolt, "--elasticsearch", elasticsearch, "clues", "--department", department, file.toString());
    }

    private static int count(String cypher) {
        return driver.executableQuery(cypher).execute().records().getFirst().get(0).asInt();
    }

    @Test
    void aHotlineExportIsReceivedRoutedAndLoadingItTwiceChangesNothing() throws IOException {
        Path export = dir.resolve("12345-ok.csv");
        Files.writeString(export, HEADER
                + "GD-OK-1,2027-05-06 09:30,老街大牌档没办证就营业，后厨脏,老街大牌档,,人民路18号,12345,王女士,13900001111\n"
                + "GD-OK-2,2027/05/07 14:05:00,饭店楼道里停电瓶车充电，安全出口堵死了,," + firm(1) + ",,投诉举报,,\n"
                + "GD-OK-3,2027-05-08T08:00:00+08:00,清风茶楼无证经营,江海市清风茶楼有限公司,,解放路3号,舆情,,\n",
                StandardCharsets.UTF_8);
        LoadCli first = load(export);
        assertThat(first.exitCode()).as(first.err()).isZero();
        assertThat(first.out()).contains("clues: 3 created, 0 updated, 0 unchanged, 0 rejected");
        LoadCli second = load(export);
        assertThat(second.exitCode()).as(second.err()).isZero();
        assertThat(second.out()).contains("clues: 0 created, 0 updated, 3 unchanged, 0 rejected");
        assertThat(count("MATCH (c:Clue) WHERE c.workOrder STARTS WITH 'GD-OK-' RETURN count(c)")).isEqualTo(3);
        assertThat(count("MATCH (a:AuditEntry {operation: 'submitClue', actor: 'load-clues'}) WHERE a.targetKey CONTAINS '/GD-OK-' RETURN count(a)")).isEqualTo(3);

        // the misspelt 大牌档 is not guessed: the 大排档 is its first candidate, and an officer confirms (待确认)
        assertThat(count("MATCH (c:Clue {id: 'HOTLINE_12345/GD-OK-1'}) WHERE c.uscc IS NULL AND c.candidates[0] = '" + firm(1)
                + "' AND NOT (c)-[:ABOUT]->() RETURN count(c)")).isEqualTo(1);
        assertThat(count("MATCH (c:Clue {id: 'PUBLIC_OPINION/GD-OK-3'})-[:ABOUT]->(:Subject {uscc: '" + firm(2) + "'}) RETURN count(c)")).isEqualTo(1);
        // the food complaint goes to the market regulator, the exits to the fire service
        assertThat(count("MATCH (:Clue {id: 'HOTLINE_12345/GD-OK-1'})-[:ROUTED_TO]->(:Department {code: 'JH-SCJG'}) RETURN count(*)")).isEqualTo(1);
        assertThat(count("MATCH (:Clue {id: 'COMPLAINT/GD-OK-2'})-[:ROUTED_TO]->(:Department {code: 'JH-XF'}) RETURN count(*)")).isEqualTo(1);
        assertThat(count("MATCH (c:Clue {id: 'PUBLIC_OPINION/GD-OK-3'}) WHERE c.receivedAt = datetime('2027-05-08T08:00:00+08:00') RETURN count(c)"))
                .isEqualTo(1);
    }

    @Test
    void aWorkOrderIsOnePerSourceInTheFileAsInTheGraph() throws IOException {
        Path export = dir.resolve("12345-dup.csv");
        String rows = "GD-DUP-1,2027-05-06 09:30,老街大排档没办证就营业,老街大排档,,人民路18号,12345,,\n"
                + "GD-DUP-1,2027-05-06 10:00,老街大排档楼道停电瓶车,," + firm(1) + ",,投诉举报,,\n";
        Files.writeString(export, HEADER + rows + "GD-DUP-1,2027-05-06 11:00,又打一次,老街大排档,,,12345,,\n", StandardCharsets.UTF_8);
        LoadCli twice = load(export);
        assertThat(twice.exitCode()).isEqualTo(2);
        assertThat(twice.err()).contains("12345-dup.csv row 4, column 工单编号: HOTLINE_12345/GD-DUP-1 already appears in row 2");
        assertThat(count("MATCH (c:Clue {workOrder: 'GD-DUP-1'}) RETURN count(c)")).isZero();

        Files.writeString(export, HEADER + rows, StandardCharsets.UTF_8);
        LoadCli bySource = load(export);
        assertThat(bySource.exitCode()).as(bySource.err()).isZero();
        assertThat(count("MATCH (c:Clue {workOrder: 'GD-DUP-1'}) RETURN count(c)")).isEqualTo(2);
    }

    @Test
    void anUnknownReceivingDepartmentIsRefusedBeforeAnythingIsWritten() throws IOException {
        Path export = dir.resolve("12345-nobody.csv");
        Files.writeString(export, HEADER + "GD-NOBODY-1,2027-05-06 09:30,老街大排档没办证就营业,老街大排档,,人民路18号,12345,,\n",
                StandardCharsets.UTF_8);
        LoadCli refused = load(export, "JH-SCJQ");
        assertThat(refused.exitCode()).isEqualTo(1);
        assertThat(refused.err()).contains("clues: --department JH-SCJQ is no department of the catalog (departments.csv); nothing loaded");
        assertThat(count("MATCH (c:Clue {workOrder: 'GD-NOBODY-1'}) RETURN count(c)")).isZero();
        assertThat(count("MATCH (a:AuditEntry {actor: 'load-clues'}) WHERE a.targetKey ENDS WITH 'GD-NOBODY-1' RETURN count(a)")).isZero();
    }

    @Test
    void aMalformedRowRejectsTheFileWithItsRowAndColumnAndNothingIsWritten() throws IOException {
        Path export = dir.resolve("12345-bad.csv");
        Files.writeString(export, HEADER
                + "GD-BAD-1,2027-05-06 09:30,没办证就营业,老街大排档,,人民路18号,12345,,\n"
                + "GD-BAD-2,昨天下午,后厨脏,老街大排档,,,12345,,\n"
                + "GD-BAD-3,2027-05-06 10:00,噪音扰民,,,,,,\n", StandardCharsets.UTF_8);
        LoadCli bad = load(export);
        assertThat(bad.exitCode()).isEqualTo(2);
        assertThat(bad.err()).contains("12345-bad.csv row 3, column 来电时间: '昨天下午' is not a time",
                "12345-bad.csv row 4, column 涉及单位: is empty");
        assertThat(count("MATCH (c:Clue) WHERE c.workOrder STARTS WITH 'GD-BAD-' RETURN count(c)")).isZero();

        Path xlsx = dir.resolve("12345-bad.xlsx");
        try (OutputStream out = Files.newOutputStream(xlsx)) {
            Workbook workbook = new Workbook(out, "OneCheck test", "1.0");
            Worksheet sheet = workbook.newWorksheet("工单");
            String[][] rows = {{"工单号", "受理时间", "反映内容", "被反映单位", "线索来源"},
                    {"GD-BAD-4", null, "没办证", "老街大排档", "微信群"}};
            for (int r = 0; r < rows.length; r++) {
                for (int c = 0; c < rows[r].length; c++) {
                    if (rows[r][c] != null) {
                        sheet.value(r, c, rows[r][c]);
                    }
                }
            }
            // 受理时间 as Excel stores a date cell: a number of days (2027-05-06 09:30), formatted as a time
            sheet.value(1, 1, 46513.395833);
            sheet.style(1, 1).format("yyyy-mm-dd hh:mm").set();
            workbook.finish();
        }
        LoadCli badSheet = load(xlsx);
        assertThat(badSheet.exitCode()).isEqualTo(2);
        assertThat(badSheet.err()).contains("12345-bad.xlsx row 2, column 来源: '微信群' is not one of").doesNotContain("来电时间");
        assertThat(count("MATCH (c:Clue {workOrder: 'GD-BAD-4'}) RETURN count(c)")).isZero();
    }
}
