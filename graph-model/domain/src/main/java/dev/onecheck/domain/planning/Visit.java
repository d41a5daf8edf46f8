package dev.onecheck.domain.planning;

import java.util.List;

/**
 * 一次入企: one visit to a firm in a window, made of the parts each department checks. A visit with parts from two
 * or more departments is a 联合检查; caps count visits, not department tasks.
 */
public record Visit(String code, String uscc, String industry, Window window, List<Part> parts) {

    /** What one department's task checks during the visit. */
    public record Part(String department, List<String> items) {

        public Part {
            items = List.copyOf(items);
        }
    }

    public Visit {
        parts = List.copyOf(parts);
    }

    public List<String> departments() {
        return parts.stream().map(Part::department).distinct().sorted().toList();
    }

    public boolean joint() {
        return departments().size() > 1;
    }

    public boolean checks(String item) {
        return parts.stream().anyMatch(p -> p.items().contains(item));
    }
}
