package dev.onecheck.loaders.subject;

import java.util.List;

import dev.onecheck.domain.subject.CreditLevel;
import dev.onecheck.domain.subject.RiskLevel;
import dev.onecheck.domain.subject.Subject;
import dev.onecheck.domain.subject.Uscc;
import dev.onecheck.loaders.sheet.SheetRow;

/** 监管对象名录 rows: the columns departments' subject rosters use. */
final class SubjectRows {

    static final List<String> COLUMNS = List.of("统一社会信用代码", "企业名称", "行业代码", "行政区划代码", "信用等级", "风险等级");

    private SubjectRows() {
    }

    static Subject subject(SheetRow row) {
        String uscc = row.required("统一社会信用代码").toUpperCase();
        String problem = Uscc.problem(uscc);
        if (problem != null) {
            throw row.error("统一社会信用代码", uscc + " is not a valid credit code: " + problem);
        }
        String credit = row.oneOf("信用等级", List.of("A", "B", "C", "D"));
        RiskLevel risk;
        try {
            risk = RiskLevel.ofLabel(row.required("风险等级"));
        } catch (IllegalArgumentException e) {
            throw row.error("风险等级", e.getMessage());
        }
        return new Subject(uscc, row.required("企业名称"), row.text("地址"), row.required("行政区划代码"),
                row.required("行业代码"), CreditLevel.valueOf(credit), risk, row.yesNo("白名单"), row.list("标签"),
                row.list("监管部门"));
    }
}
