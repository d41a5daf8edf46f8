package dev.onecheck.domain.subject;

import java.util.List;

/**
 * 监管对象 / 市场主体: an enterprise identified by its credit code. {@code whiteListed} firms (白名单) are not
 * inspected unless triggered (非触发不检查); {@code supervisingDepartments} are the departments that supervise it.
 */
public record Subject(String uscc, String name, String address, String regionCode, String industryCode,
                      CreditLevel credit, RiskLevel risk, boolean whiteListed, List<String> tags,
                      List<String> supervisingDepartments) {

    public Subject {
        String problem = Uscc.problem(uscc);
        if (problem != null) {
            throw new IllegalArgumentException("invalid credit code " + uscc + ": " + problem);
        }
        tags = List.copyOf(tags);
        supervisingDepartments = List.copyOf(supervisingDepartments);
    }
}
