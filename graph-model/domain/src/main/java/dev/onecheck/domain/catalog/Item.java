package dev.onecheck.domain.catalog;

import java.util.List;

import dev.onecheck.domain.law.LawReference;

/**
 * 监管事项: one entry of the supervision item catalogue with the elements the seeds require (事项、类型、内容、对象、
 * 方式、层级、发起部门、配合部门) plus its legal basis (设定依据) and the industries it applies to.
 */
public record Item(String code, String name, String type, String content, String object, List<String> methods,
                   String level, String initiatingDepartment, List<String> cooperatingDepartments,
                   List<LawReference> basis, List<String> industries) {

    public Item {
        methods = List.copyOf(methods);
        cooperatingDepartments = List.copyOf(cooperatingDepartments);
        basis = List.copyOf(basis);
        industries = List.copyOf(industries);
    }
}
