package dev.onecheck.domain.catalog;

import java.util.List;

/** 综合查一次场景: a joint inspection with a lead unit (牵头单位), cooperating units (协同单位), its items and merged checklist. */
public record Scenario(String code, String name, String leadDepartment, List<String> cooperatingDepartments,
                       List<String> items, String content, List<String> industries) {

    public Scenario {
        cooperatingDepartments = List.copyOf(cooperatingDepartments);
        items = List.copyOf(items);
        industries = List.copyOf(industries);
    }
}
