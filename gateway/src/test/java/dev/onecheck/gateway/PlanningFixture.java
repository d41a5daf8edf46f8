package dev.onecheck.gateway;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import dev.onecheck.domain.catalog.Department;
import dev.onecheck.domain.catalog.Industry;
import dev.onecheck.domain.catalog.Item;
import dev.onecheck.domain.catalog.Officer;
import dev.onecheck.domain.catalog.Region;
import dev.onecheck.domain.catalog.Scenario;
import dev.onecheck.domain.subject.CreditLevel;
import dev.onecheck.domain.subject.RiskLevel;
import dev.onecheck.domain.subject.Subject;
import dev.onecheck.domain.subject.Uscc;
import dev.onecheck.store.catalog.CatalogStore;
import dev.onecheck.store.schema.SchemaMigrator;
import dev.onecheck.store.subject.SubjectStore;
import org.neo4j.driver.Driver;

/**
 * 江海市海西区 restaurants (正餐服务 6210) supervised by the market regulator, the fire service and the environment
 * bureau, with the 餐饮服务单位综合查一次 scenario led by the market regulator. One firm is white-listed.
 */
final class PlanningFixture {

    static final String SCJG = "JH-SCJG";
    static final String XF = "JH-XF";
    static final String STHJJ = "JH-STHJJ";
    static final String HX_SCJG = "JH-HX-SCJG";
    static final int FIRMS = 12;
    /** The first firm is on the white list. */
    static final String WHITE_LISTED = firm(0);
    static final String EXPIRED_OFFICER = "32990020219999";

    private PlanningFixture() {
    }

    static String firm(int n) {
        String first17 = "91329902MA1PL%04d".formatted(n);
        return first17 + Uscc.checkCharacter(first17);
    }

    static String officer(String department, int n) {
        return "3299%s%02d".formatted(switch (department) {
            case SCJG -> "0010";
            case XF -> "0020";
            case STHJJ -> "0030";
            default -> "0040";
        }, n);
    }

    static void load(Driver driver) {
        new SchemaMigrator(driver).migrate();
        driver.executableQuery("MATCH (n) WHERE n:Plan OR n:Draw OR n:Task OR n:Inspection OR n:AuditEntry OR n:ActionCode OR n:ItemResult OR n:Rectification OR n:Rating OR n:Appeal DETACH DELETE n").execute();
        driver.executableQuery("MATCH ()-[c:CONFLICTS_WITH]->() DELETE c").execute();
        driver.executableQuery("MATCH (s:Subject) DETACH DELETE s").execute();
        CatalogStore catalog = new CatalogStore(driver);
        catalog.writeRegions(List.of(new Region("329900", "江海市", null), new Region("329902", "海西区", "329900")));
        catalog.writeDepartments(List.of(
                new Department(SCJG, "江海市市场监督管理局", "市级", "329900", null, List.of("市场监管", "食品安全")),
                new Department(XF, "江海市消防救援支队", "市级", "329900", null, List.of("消防安全")),
                new Department(STHJJ, "江海市生态环境局", "市级", "329900", null, List.of("大气污染防治")),
                new Department(HX_SCJG, "海西区市场监督管理局", "区级", "329902", SCJG, List.of("市场监管", "食品安全"))));
        catalog.writeIndustries(List.of(new Industry("H", "住宿和餐饮业", null), new Industry("62", "餐饮业", "H"),
                new Industry("6210", "正餐服务", "62")));
        catalog.writeItems(List.of(
                item("JH-SCJG-001", "食品经营许可情况检查", SCJG, List.of(HX_SCJG)),
                item("JH-SCJG-002", "食品从业人员健康管理检查", SCJG, List.of()),
                item("JH-XF-003", "疏散通道、安全出口检查", XF, List.of()),
                item("JH-STHJJ-004", "餐饮油烟净化设施检查", STHJJ, List.of())));
        catalog.writeScenarios(List.of(new Scenario("JH-CJ-004", "餐饮服务单位综合查一次", SCJG, List.of(XF, STHJJ),
                List.of("JH-SCJG-001", "JH-SCJG-002", "JH-XF-003", "JH-STHJJ-004"), "①查证照 ②查消防 ③查油烟", List.of("6210"))));
        List<Officer> officers = new ArrayList<>();
        for (var department : List.of(List.of(SCJG, "食品安全"), List.of(XF, "消防安全"), List.of(STHJJ, "大气污染防治"), List.of(HX_SCJG, "食品安全"))) {
            for (int n = 1; n <= 3; n++) {
                officers.add(new Officer(officer(department.get(0), n), department.get(0) + " 执法人员" + n, department.get(0),
                        List.of(department.get(1)), LocalDate.of(2099, 12, 31)));
            }
        }
        officers.add(new Officer(EXPIRED_OFFICER, "证件过期的执法人员", SCJG, List.of("食品安全"), LocalDate.of(2020, 1, 1)));
        catalog.writeOfficers(officers);
        List<Subject> firms = new ArrayList<>();
        RiskLevel[] risks = RiskLevel.values();
        for (int n = 0; n < FIRMS; n++) {
            firms.add(new Subject(firm(n), "江海市海西区第%d餐厅有限公司".formatted(n), "江海市海西区人民路" + n + "号", "329902", "6210",
                    CreditLevel.B, risks[n % risks.length], n == 0, List.of(), List.of(SCJG, XF, STHJJ, HX_SCJG)));
        }
        new SubjectStore(driver).write(firms);
    }

    /** 抽查比例 as {@code PlanInput.ratios}: risk level, percent, risk level, percent … */
    static List<Map<String, Object>> ratios(Object... riskThenPercent) {
        List<Map<String, Object>> ratios = new ArrayList<>();
        for (int i = 0; i < riskThenPercent.length; i += 2) {
            ratios.add(Map.of("risk", riskThenPercent[i], "percent", riskThenPercent[i + 1]));
        }
        return ratios;
    }

    /** Every risk level at 100 %. */
    static List<Map<String, Object>> everyFirm() {
        return ratios("LOW", 100, "MEDIUM", 100, "HIGH", 100);
    }

    /** A plan's window as {@code WindowInput}; days as ISO dates. */
    static Map<String, Object> window(Object from, Object to) {
        return Map.of("from", from.toString(), "to", to.toString());
    }

    private static Item item(String code, String name, String department, List<String> cooperating) {
        return new Item(code, name, "双随机抽查", name, "餐饮服务提供者", List.of("现场检查"), "市级", department, cooperating, List.of(),
                List.of("6210"));
    }
}
