package dev.onecheck.domain.supervision;

import java.util.List;

/**
 * 评价监督指标 of one department in one period; each ratio as numerator and denominator (README, glossary).
 *
 * @param coverage            监管覆盖率: supervised firms inspected / firms supervised
 * @param problemDiscovery    问题发现率: tasks with a problem found / tasks with results
 * @param rectificationOnTime 整改按期销号率: rectifications closed by their deadline / ordered
 * @param clueDisposal        线索按期处置率: routings answered by their deadline / clues routed
 * @param disclosure          信息公开率: results published within the configured period / results
 * @param joint               联合检查占比: joint visits / visits
 * @param codePresented       亮码入企率: due visits with results recorded under their 行政行为码 / due visits
 * @param planFiling          检查计划备案: 1/1 when an annual plan for the period's year is filed, 0/1 otherwise
 * @param overCap             超频次预警: firms visited with a month at or over the cap / firms visited
 * @param severalDepartments  多头检查预警: firms visited with a month of separate visits by several departments / firms visited
 * @param visitsPerFirm       企业检查频次: how many firms in scope had 0, 1, 2 … visits
 * @param activeAccounts      平台使用度: accounts of the department with an entry in the audit trail (留痕)
 */
public record SupervisionRow(Period period, String department, Ratio coverage, Ratio problemDiscovery, Ratio rectificationOnTime,
                             Ratio clueDisposal, Ratio disclosure, Ratio joint, Ratio codePresented, Ratio planFiling, Ratio overCap,
                             Ratio severalDepartments, List<VisitCount> visitsPerFirm, long activeAccounts) {

    public SupervisionRow {
        visitsPerFirm = List.copyOf(visitsPerFirm);
    }

    /** {@code firms} firms had {@code visits} visits in the period. */
    public record VisitCount(int visits, long firms) {
    }
}
