package dev.onecheck.domain.planning;

import java.util.List;

/**
 * 检查计划 as a department files it (备案): what to check (items, or a scenario's items), whom (scope and 抽查比例
 * per risk tier), when (window), with whom (participating departments), and the 执法领域 its officers must hold.
 */
public record PlanDraft(String department, PlanKind kind, Trigger trigger, String title, List<String> items, String scenario,
                        PlanScope scope, List<SamplingRatio> ratios, Window window, List<String> participants, String domain) {

    public PlanDraft {
        items = items == null ? List.of() : List.copyOf(items);
        ratios = ratios == null ? List.of() : List.copyOf(ratios);
        participants = participants == null ? List.of() : List.copyOf(participants);
    }
}
