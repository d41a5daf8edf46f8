package dev.onecheck.gateway;

import static dev.onecheck.gateway.GatewayGraphQl.argument;
import static dev.onecheck.gateway.GatewayGraphQl.codes;
import static dev.onecheck.gateway.GatewayGraphQl.forbiddenAt;
import static dev.onecheck.gateway.PlanningFixture.HX_SCJG;
import static dev.onecheck.gateway.PlanningFixture.SCJG;
import static dev.onecheck.gateway.PlanningFixture.STHJJ;
import static dev.onecheck.gateway.PlanningFixture.XF;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import dev.onecheck.infra.test.TestStack;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.graphql.test.tester.GraphQlTester;
import tools.jackson.databind.JsonNode;

/**
 * 评价监督指标 on {@link SupervisionFixture}, every figure counted by hand from its table; the exports give the same
 * rows; supervisors see every department, a department admin its own only.
 */
@GatewayTest
class SupervisionMetricsIT {

    @LocalServerPort
    int port;

    @org.springframework.beans.factory.annotation.Autowired
    dev.onecheck.gateway.supervision.SupervisionGauges gauges;

    private final HttpClient http = HttpClient.newHttpClient();

    @BeforeEach
    void twoMonthsOf2025() {
        SupervisionFixture.load(TestStack.driver());
    }

    private GraphQlTester as(String token) {
        return GatewayGraphQl.as(port, token);
    }

    private static String supervisor() {
        return TestTokens.token("supervisor", List.of("SUPERVISOR"), "JH-SFJ", null);
    }

    private static Map<String, Object> filter(String department, String from, String to, String granularity) {
        Map<String, Object> filter = new HashMap<>(Map.of("from", from, "to", to, "granularity", granularity));
        if (department != null) {
            filter.put("department", department);
        }
        return filter;
    }

    private JsonNode rows(String token, Map<String, Object> filter) {
        return as(token).documentName("supervisionMetrics").variable("filter", filter).execute()
                .path("supervisionMetrics").entity(JsonNode.class).get();
    }

    /** numerator/denominator of an indicator, as the report prints it. */
    private static String ratio(JsonNode row, String indicator) {
        return row.at("/" + indicator + "/numerator").asInt() + "/" + row.at("/" + indicator + "/denominator").asInt();
    }

    @Test
    void everyIndicatorPerMonthOfOneDepartmentMatchesTheHandCount() {
        JsonNode rows = rows(supervisor(), filter(SCJG, "2025-01-01", "2025-02-28", "MONTH"));
        assertThat(rows.size()).isEqualTo(2);
        JsonNode january = rows.get(0);
        assertThat(january.at("/period/label").asString()).isEqualTo("2025-01");
        assertThat(january.at("/period/to").asString()).isEqualTo("2025-01-31");
        assertThat(january.at("/department").asString()).isEqualTo(SCJG);
        // firms 1 (T1a, T4) and 2 (T2) of the 12 市场监管 supervises
        assertThat(ratio(january, "coverage")).isEqualTo("2/12");
        // T1a and T2 found problems, T4 none
        assertThat(ratio(january, "problemDiscovery")).isEqualTo("2/3");
        // R1 closed on time; R2 closed late; R3 only reported
        assertThat(ratio(january, "rectificationOnTime")).isEqualTo("1/3");
        // K1 accepted in time; K2 unanswered; K3 closed after its deadline
        assertThat(ratio(january, "clueDisposal")).isEqualTo("1/3");
        // T1a and T4 published in 5 days; T2 after 7
        assertThat(ratio(january, "disclosure")).isEqualTo("2/3");
        // V1 joint, of V1, V2, V4
        assertThat(ratio(january, "joint")).isEqualTo("1/3");
        assertThat(january.at("/joint/ratio").asDouble()).isCloseTo(1.0 / 3, offset(1e-9));
        // V1, V2, V4 all carried out with their codes
        assertThat(ratio(january, "codePresented")).isEqualTo("3/3");
        assertThat(ratio(january, "planFiling")).isEqualTo("1/1");
        // firm 1 had V1, V3, V4 in January: the cap of 3, and 消防 on a separate visit; firm 2 once
        assertThat(ratio(january, "overCap")).isEqualTo("1/2");
        assertThat(ratio(january, "severalDepartments")).isEqualTo("1/2");
        // 10 firms not visited, firm 2 once, firm 1 twice (V1, V4)
        assertThat(january.at("/visitsPerFirm").toString()).isEqualTo("[{\"visits\":0,\"firms\":10},{\"visits\":1,\"firms\":1},{\"visits\":2,\"firms\":1}]");
        // admin-JH-SCJG and scjg-officer; the supervisor's entry is not 市场监管's
        assertThat(january.at("/activeAccounts").asInt()).isEqualTo(2);

        JsonNode february = rows.get(1);
        assertThat(ratio(february, "coverage")).isEqualTo("0/12");
        assertThat(ratio(february, "problemDiscovery")).isEqualTo("0/0");
        assertThat(february.at("/problemDiscovery/ratio").isNull()).as("no tasks: no ratio").isTrue();
        // V5: window over, no results, so no code presented
        assertThat(ratio(february, "codePresented")).isEqualTo("0/1");
        assertThat(ratio(february, "overCap")).isEqualTo("0/1");
        assertThat(ratio(february, "planFiling")).isEqualTo("1/1");
        assertThat(february.at("/activeAccounts").asInt()).isEqualTo(1);
    }

    @Test
    void withoutADepartmentEveryDepartmentHasItsRowPerQuarter() {
        JsonNode rows = rows(supervisor(), filter(null, "2025-02-15", "2025-03-01", "QUARTER"));
        List<String> departments = rows.valueStream().map(r -> r.at("/department").asString()).toList();
        assertThat(departments).contains(SCJG, XF, STHJJ, HX_SCJG).doesNotHaveDuplicates();
        assertThat(rows.valueStream().map(r -> r.at("/period/label").asString()).distinct()).containsExactly("2025-Q1");
        JsonNode scjg = rows.valueStream().filter(r -> r.at("/department").asString().equals(SCJG)).findFirst().orElseThrow();
        // the quarter is January to March: V5 joins January's visits, firm 3 the firms visited
        assertThat(ratio(scjg, "joint")).isEqualTo("1/4");
        assertThat(ratio(scjg, "codePresented")).isEqualTo("3/4");
        assertThat(ratio(scjg, "overCap")).isEqualTo("1/3");
        assertThat(scjg.at("/visitsPerFirm").toString()).isEqualTo("[{\"visits\":0,\"firms\":9},{\"visits\":1,\"firms\":2},{\"visits\":2,\"firms\":1}]");
        JsonNode fire = rows.valueStream().filter(r -> r.at("/department").asString().equals(XF)).findFirst().orElseThrow();
        // T1b: firm 1, no problem, published in time
        assertThat(ratio(fire, "coverage")).isEqualTo("1/12");
        assertThat(ratio(fire, "problemDiscovery")).isEqualTo("0/1");
        assertThat(ratio(fire, "disclosure")).isEqualTo("1/1");
        // V1 joint, V3 not; V3 due without a code
        assertThat(ratio(fire, "joint")).isEqualTo("1/2");
        assertThat(ratio(fire, "codePresented")).isEqualTo("1/2");
        assertThat(ratio(fire, "overCap")).isEqualTo("1/1");
        assertThat(ratio(fire, "severalDepartments")).isEqualTo("1/1");
        assertThat(ratio(fire, "rectificationOnTime")).isEqualTo("0/0");
        assertThat(fire.at("/rectificationOnTime/ratio").isNull()).isTrue();
        // only an ad-hoc plan
        assertThat(ratio(fire, "planFiling")).isEqualTo("0/1");
        assertThat(fire.at("/activeAccounts").asInt()).isEqualTo(1);
    }

    @Test
    void aDepartmentAdminSeesItsOwnDepartmentOnly() {
        String admin = PlanningIT.admin(SCJG);
        assertThat(rows(admin, filter(SCJG, "2025-01-01", "2025-01-31", "MONTH")).get(0).at("/coverage/numerator").asInt()).isEqualTo(2);
        // the boundary: the neighbouring department, every department, and a department that does not exist answer alike
        for (Map<String, Object> other : List.of(filter(XF, "2025-01-01", "2025-01-31", "MONTH"), filter(null, "2025-01-01", "2025-01-31", "MONTH"),
                filter("JH-NONE", "2025-01-01", "2025-01-31", "MONTH"), filter(XF, "not a day", "2025-01-31", "MONTH"))) {
            as(admin).documentName("supervisionMetrics").variable("filter", other).execute()
                    .errors().satisfy(forbiddenAt("supervisionMetrics")).path("supervisionMetrics").valueIsNull();
        }
        for (String token : List.of(TestTokens.token("scjg-officer", List.of("OFFICER"), SCJG, null), TestTokens.enterprise(),
                TestTokens.token("public", List.of("PUBLIC"), null, null))) {
            as(token).documentName("supervisionMetrics").variable("filter", filter(SCJG, "2025-01-01", "2025-01-31", "MONTH")).execute()
                    .errors().satisfy(forbiddenAt("supervisionMetrics")).path("supervisionMetrics").valueIsNull();
        }
    }

    @Test
    void badArgumentsAreRefusedNamingTheArgument() {
        Map<String, Map<String, Object>> cases = Map.of(
                "filter.from", filter(SCJG, "2025-13-01", "2025-12-31", "MONTH"),
                "filter.to", filter(SCJG, "2025-03-01", "2025-01-31", "MONTH"),
                "filter.department", filter("JH-NONE", "2025-01-01", "2025-01-31", "MONTH"));
        cases.forEach((argument, filter) -> as(supervisor()).documentName("supervisionMetrics").variable("filter", filter).execute()
                .errors().satisfy(codes("BAD_USER_INPUT").andThen(argument(argument))).path("supervisionMetrics").valueIsNull());
        // 37 months: over the cap of 36 periods
        as(supervisor()).documentName("supervisionMetrics").variable("filter", filter(SCJG, "2023-01-01", "2026-01-01", "MONTH")).execute()
                .errors().satisfy(argument("filter.to"));
        Map<String, Object> region = filter(SCJG, "2025-01-01", "2025-01-31", "MONTH");
        region.put("region", "999999");
        as(supervisor()).documentName("supervisionMetrics").variable("filter", region).execute().errors().satisfy(argument("filter.region"));
    }

    private HttpResponse<byte[]> export(String token, String query) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/exports/supervision-metrics" + query));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    @Test
    void theMonthlyReportDownloadsAsCsvAndAsAWorkbookWithChineseHeaders() throws Exception {
        String admin = PlanningIT.admin(SCJG);
        String query = "?department=" + SCJG + "&from=2025-01-01&to=2025-02-28&granularity=MONTH";
        HttpResponse<byte[]> csv = export(admin, ".csv" + query);
        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(csv.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/csv");
        List<String> lines = new String(csv.body(), StandardCharsets.UTF_8).lines().toList();
        assertThat(lines.getFirst()).startsWith("\uFEFF统计周期,起始日期,截止日期,部门,监管覆盖率分子,监管覆盖率分母,监管覆盖率,问题发现率分子")
                .endsWith(",企业检查频次分布,活跃账号数");
        assertThat(lines).hasSize(3);
        assertThat(lines.get(1)).startsWith("2025-01,2025-01-01,2025-01-31,JH-SCJG,2,12,0.1667,2,3,0.6667,1,3,0.3333")
                .endsWith(",0次:10家；1次:1家；2次:1家,2");
        // February's 问题发现率 has no tasks: an empty ratio, not 0
        assertThat(lines.get(2)).startsWith("2025-02,2025-02-01,2025-02-28,JH-SCJG,0,12,0.0000,0,0,,");

        HttpResponse<byte[]> xlsx = export(admin, ".xlsx" + query);
        assertThat(xlsx.statusCode()).isEqualTo(200);
        assertThat(xlsx.headers().firstValue("Content-Disposition").orElseThrow()).contains("attachment").contains(".xlsx");
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(xlsx.body()))) {
            assertThat(workbook.getFirstSheet().getName()).isEqualTo("评价监督指标");
            List<Row> sheet = workbook.getFirstSheet().read();
            assertThat(sheet).hasSize(3);
            Row headers = sheet.getFirst();
            assertThat(headers.getCellText(0)).isEqualTo("统计周期");
            assertThat(headers.getCellText(3)).isEqualTo("部门");
            assertThat(headers.getCellText(4)).isEqualTo("监管覆盖率分子");
            assertThat(headers.getCellText(6)).isEqualTo("监管覆盖率");
            assertThat(headers.getCellText(headers.getCellCount() - 1)).isEqualTo("活跃账号数");
            Row january = sheet.get(1);
            assertThat(january.getCellText(0)).isEqualTo("2025-01");
            assertThat(january.getCellText(3)).isEqualTo(SCJG);
            assertThat(january.getCellAsNumber(4).orElseThrow().intValue()).isEqualTo(2);
            assertThat(january.getCellAsNumber(5).orElseThrow().intValue()).isEqualTo(12);
            assertThat(january.getCellAsNumber(6).orElseThrow().doubleValue()).isCloseTo(2.0 / 12, offset(1e-9));
            assertThat(january.getCellAsNumber(january.getCellCount() - 1).orElseThrow().intValue()).isEqualTo(2);
        }
    }

    @Test
    void theExportsAreAuthorisedLikeTheQuery() throws Exception {
        String query = "?department=" + XF + "&from=2025-01-01&to=2025-01-31&granularity=MONTH";
        assertThat(export(PlanningIT.admin(SCJG), ".csv" + query).statusCode()).isEqualTo(403);
        assertThat(export(PlanningIT.admin(SCJG), ".xlsx" + query).statusCode()).isEqualTo(403);
        assertThat(export(TestTokens.token("public", List.of("PUBLIC"), null, null), ".xlsx" + query).statusCode()).isEqualTo(403);
        assertThat(export(null, ".csv" + query).statusCode()).isEqualTo(401);
        // refused before any parameter is read, as the query is
        assertThat(export(PlanningIT.admin(SCJG), ".csv?department=" + XF + "&from=2025-01-01&to=2025-01-31&granularity=WEEK").statusCode())
                .isEqualTo(403);
        assertThat(export(PlanningIT.admin(XF), ".csv" + query).statusCode()).isEqualTo(200);
        HttpResponse<byte[]> bad = export(supervisor(), ".csv?from=2025-01-01&to=2025-01-31&granularity=WEEK");
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(new String(bad.body(), StandardCharsets.UTF_8)).contains("parameter 'granularity'");
        assertThat(new String(export(supervisor(), ".csv?to=2025-01-31&granularity=MONTH").body(), StandardCharsets.UTF_8))
                .contains("parameter 'from'");
    }
    /**
     * Issue 24, item 2: the figures as Prometheus gauges — the year's, by department and by region (the whole city and
     * each district) — equal to the query's; counted by the schedule, a scrape only reads them.
     */
    @Test
    void theGaugesCarryTheYearsFiguresByDepartmentAndRegion() throws Exception {
        gauges.refresh(java.time.LocalDate.of(2025, 2, 28));
        String scraped = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/actuator/prometheus"))
                .header("Authorization", "Bearer " + TestTokens.operator()).build(), HttpResponse.BodyHandlers.ofString()).body();

        JsonNode city = rows(supervisor(), filter(SCJG, "2025-01-01", "2025-12-31", "YEAR")).get(0);
        Map<String, Object> inDistrict = filter(SCJG, "2025-01-01", "2025-12-31", "YEAR");
        inDistrict.put("region", "329902");
        JsonNode district = rows(supervisor(), inDistrict).get(0);
        for (String indicator : List.of("coverage", "problemDiscovery", "joint", "codePresented", "overCap")) {
            assertThat(gauge(scraped, "onecheck_supervision_numerator", SCJG, "all", indicator)).as(indicator)
                    .isEqualTo(city.at("/" + indicator + "/numerator").asDouble());
            assertThat(gauge(scraped, "onecheck_supervision_denominator", SCJG, "all", indicator)).as(indicator)
                    .isEqualTo(city.at("/" + indicator + "/denominator").asDouble());
            assertThat(gauge(scraped, "onecheck_supervision_denominator", SCJG, "329902", indicator)).as(indicator)
                    .isEqualTo(district.at("/" + indicator + "/denominator").asDouble());
        }
        assertThat(city.at("/coverage/denominator").asInt()).isPositive();
        assertThat(gauge(scraped, "onecheck_supervision_active_accounts", SCJG, "all", null)).isEqualTo(city.at("/activeAccounts").asDouble());
    }

    /** The value of the gauge line of {@code name} with these labels (indicator null: a gauge without one). */
    private static double gauge(String scraped, String name, String department, String region, String indicator) {
        return scraped.lines().filter(l -> l.startsWith(name + "{") && l.contains("department=\"" + department + "\"")
                        && l.contains("region=\"" + region + "\"") && (indicator == null || l.contains("indicator=\"" + indicator + "\"")))
                .map(l -> Double.parseDouble(l.substring(l.lastIndexOf(' ') + 1))).findFirst()
                .orElseThrow(() -> new AssertionError("no " + name + " for " + department + "/" + region + "/" + indicator + " in the scrape"));
    }
}
