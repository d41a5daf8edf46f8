package dev.onecheck.gateway.supervision;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import dev.onecheck.domain.supervision.Ratio;
import dev.onecheck.domain.supervision.SupervisionRow;

/**
 * The monthly report (评价监督月报) as a table, for both exports: Chinese headers, one line per period and
 * department; each indicator in three columns, 分子, 分母 and the ratio (empty when the 分母 is 0).
 */
final class SupervisionTable {

    /** An indicator by its Chinese name, its field in the GraphQL type (the gauges' {@code indicator} label) and its ratio. */
    private record Indicator(String name, String field, Function<SupervisionRow, Ratio> ratio) {
    }

    private static final List<Indicator> INDICATORS = List.of(
            new Indicator("监管覆盖率", "coverage", SupervisionRow::coverage),
            new Indicator("问题发现率", "problemDiscovery", SupervisionRow::problemDiscovery),
            new Indicator("整改按期销号率", "rectificationOnTime", SupervisionRow::rectificationOnTime),
            new Indicator("线索按期处置率", "clueDisposal", SupervisionRow::clueDisposal),
            new Indicator("信息公开率", "disclosure", SupervisionRow::disclosure),
            new Indicator("联合检查占比", "joint", SupervisionRow::joint),
            new Indicator("亮码入企率", "codePresented", SupervisionRow::codePresented),
            new Indicator("检查计划备案", "planFiling", SupervisionRow::planFiling),
            new Indicator("超频次预警", "overCap", SupervisionRow::overCap),
            new Indicator("多头检查预警", "severalDepartments", SupervisionRow::severalDepartments));

    private SupervisionTable() {
    }

    static List<String> headers() {
        List<String> headers = new ArrayList<>(List.of("统计周期", "起始日期", "截止日期", "部门"));
        for (Indicator indicator : INDICATORS) {
            headers.addAll(List.of(indicator.name() + "分子", indicator.name() + "分母", indicator.name()));
        }
        headers.addAll(List.of("企业检查频次分布", "活跃账号数"));
        return headers;
    }

    /** A row's ratios by their GraphQL field (coverage, problemDiscovery …), in the report's order. */
    static Map<String, Ratio> ratios(SupervisionRow row) {
        Map<String, Ratio> ratios = new LinkedHashMap<>();
        INDICATORS.forEach(indicator -> ratios.put(indicator.field(), indicator.ratio().apply(row)));
        return ratios;
    }

    /** A row's cells under {@link #headers()}: text, whole numbers (Long), ratios (Double) or null for none. */
    static List<Object> cells(SupervisionRow row) {
        List<Object> cells = new ArrayList<>(List.of(row.period().label(), row.period().from().toString(), row.period().to().toString(), row.department()));
        for (Indicator indicator : INDICATORS) {
            Ratio ratio = indicator.ratio().apply(row);
            cells.add(ratio.numerator());
            cells.add(ratio.denominator());
            cells.add(ratio.ratio());
        }
        cells.add(row.visitsPerFirm().stream().map(c -> c.visits() + "次:" + c.firms() + "家").collect(Collectors.joining("；")));
        cells.add(row.activeAccounts());
        return cells;
    }
}
