package dev.onecheck.domain.planning;

import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * 谁主管谁牵头: who leads a joint visit. The lead department of a 综合查一次 scenario for the firm's industry leads
 * when it takes part; otherwise the department checking the most items, then the lowest code, so the choice is
 * the same on every run.
 */
public record LeadRule(Map<String, List<String>> scenarioLeadsByIndustry) {

    public LeadRule {
        scenarioLeadsByIndustry = Map.copyOf(scenarioLeadsByIndustry);
    }

    public String lead(String industry, List<Visit.Part> parts) {
        List<String> departments = parts.stream().map(Visit.Part::department).distinct().toList();
        return scenarioLeadsByIndustry.getOrDefault(industry, List.of()).stream().sorted()
                .filter(departments::contains)
                .findFirst()
                .orElseGet(() -> departments.stream()
                        .max(Comparator.comparingLong((String d) -> items(d, parts)).thenComparing(Comparator.reverseOrder()))
                        .orElseThrow());
    }

    private static long items(String department, List<Visit.Part> parts) {
        return parts.stream().filter(p -> p.department().equals(department)).flatMap(p -> p.items().stream()).distinct().count();
    }
}
