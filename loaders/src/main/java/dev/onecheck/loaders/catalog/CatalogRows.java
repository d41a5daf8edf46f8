package dev.onecheck.loaders.catalog;

import java.util.List;

import dev.onecheck.domain.catalog.Department;
import dev.onecheck.domain.catalog.Industry;
import dev.onecheck.domain.catalog.Item;
import dev.onecheck.domain.catalog.Officer;
import dev.onecheck.domain.catalog.Region;
import dev.onecheck.domain.catalog.Scenario;
import dev.onecheck.domain.law.LawReference;
import dev.onecheck.loaders.sheet.SheetRow;

/** Spreadsheet rows to catalogue records, with the column names departments use. */
final class CatalogRows {

    static final List<String> REGION_COLUMNS = List.of("行政区划代码", "名称");
    static final List<String> DEPARTMENT_COLUMNS = List.of("部门编码", "部门名称", "层级", "行政区划代码");
    static final List<String> INDUSTRY_COLUMNS = List.of("行业代码", "行业名称");
    static final List<String> ITEM_COLUMNS = List.of("事项编码", "事项名称", "监管类型", "监管内容", "监管对象", "监管方式",
            "监管层级", "发起部门", "设定依据");
    static final List<String> SCENARIO_COLUMNS = List.of("场景编码", "场景名称", "牵头单位", "检查事项", "检查内容");
    static final List<String> OFFICER_COLUMNS = List.of("执法证号", "姓名", "部门", "证件有效期至");

    static final List<String> DEPARTMENT_LEVELS = List.of("市级", "区级", "县级", "乡镇");
    static final List<String> ITEM_TYPES = List.of("日常监管", "双随机抽查", "重点监管", "专项检查", "信用监管", "触发式监管");
    static final List<String> ITEM_LEVELS = List.of("市级", "区级", "市区两级");

    private CatalogRows() {
    }

    static Region region(SheetRow row) {
        String code = row.required("行政区划代码");
        if (!code.matches("\\d{6}")) {
            throw row.error("行政区划代码", "'" + code + "' is not a 6-digit GB/T 2260 code");
        }
        return new Region(code, row.required("名称"), row.text("上级代码"));
    }

    static Department department(SheetRow row) {
        return new Department(row.required("部门编码"), row.required("部门名称"), row.oneOf("层级", DEPARTMENT_LEVELS),
                row.required("行政区划代码"), row.text("上级部门编码"), row.list("执法领域"));
    }

    static Industry industry(SheetRow row) {
        String code = row.required("行业代码");
        if (!code.matches("[A-T]|\\d{2,4}")) {
            throw row.error("行业代码", "'" + code + "' is not a GB/T 4754 code (门类 letter or 2-4 digits)");
        }
        return new Industry(code, row.required("行业名称"), row.text("上级代码"));
    }

    static Item item(SheetRow row) {
        List<LawReference> basis;
        try {
            basis = LawReference.parseAll(row.required("设定依据"));
        } catch (IllegalArgumentException e) {
            throw row.error("设定依据", e.getMessage());
        }
        List<String> methods = row.list("监管方式");
        if (methods.isEmpty()) {
            throw row.error("监管方式", "is empty");
        }
        return new Item(row.required("事项编码"), row.required("事项名称"), row.oneOf("监管类型", ITEM_TYPES),
                row.required("监管内容"), row.required("监管对象"), methods, row.oneOf("监管层级", ITEM_LEVELS),
                row.required("发起部门"), row.list("配合部门"), basis, row.list("适用行业"));
    }

    static Scenario scenario(SheetRow row) {
        List<String> items = row.list("检查事项");
        if (items.isEmpty()) {
            throw row.error("检查事项", "is empty: a scenario checks at least one item");
        }
        return new Scenario(row.required("场景编码"), row.required("场景名称"), row.required("牵头单位"),
                row.list("协同单位"), items, row.required("检查内容"), row.list("适用行业"));
    }

    static Officer officer(SheetRow row) {
        return new Officer(row.required("执法证号"), row.required("姓名"), row.required("部门"), row.list("执法领域"),
                row.date("证件有效期至"));
    }
}
