package dev.onecheck.domain.planning;

import java.util.Collection;

/**
 * 考核指标 over visits: how many visits firms received, how many were joint (联合检查, goal ≥ 25 %), how many
 * department tasks they carried, and so how many visits merging spared firms (tasks − visits).
 */
public record InspectionMetrics(long visits, long jointVisits, long tasks, long tasksInJointVisits) {

    public static final double JOINT_GOAL = 0.25;

    public static InspectionMetrics of(Collection<Visit> visits) {
        long joint = visits.stream().filter(Visit::joint).count();
        long tasks = visits.stream().mapToLong(v -> v.parts().size()).sum();
        long inJoint = visits.stream().filter(Visit::joint).mapToLong(v -> v.parts().size()).sum();
        return new InspectionMetrics(visits.size(), joint, tasks, inJoint);
    }

    /** 联合检查占比: joint visits among all visits. */
    public double jointRatio() {
        return visits == 0 ? 0 : (double) jointVisits / visits;
    }

    /** 减少入企次数: visits spared by merging tasks into joint visits. */
    public long visitsAvoided() {
        return tasks - visits;
    }

    public boolean meetsJointGoal() {
        return jointRatio() >= JOINT_GOAL;
    }
}
