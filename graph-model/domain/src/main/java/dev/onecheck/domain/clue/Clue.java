package dev.onecheck.domain.clue;

import java.time.OffsetDateTime;

/**
 * 线索: one work order (工单) from a source, as received — when, what the caller said (诉求内容), who said it
 * (protected: only the receiving department sees the complainant) and which firm it is about. A work order is one
 * clue: (source, workOrder) is its key, so submitting it again changes nothing.
 */
public record Clue(ClueSource source, String workOrder, OffsetDateTime receivedAt, String content, Complainant complainant,
                   SubjectReference subject, String receivingDepartment) {

    /** 投诉人/举报人: name and phone; either may be missing (匿名举报). */
    public record Complainant(String name, String phone) {
    }

    public Clue {
        if (source == null) {
            throw new IllegalArgumentException("a clue needs its source (来源)");
        }
        if (workOrder == null || workOrder.isBlank()) {
            throw new IllegalArgumentException("a clue needs its work-order number (工单编号)");
        }
        if (receivedAt == null) {
            throw new IllegalArgumentException("a clue needs the time it was received (来电时间)");
        }
        if (content == null || content.isBlank()) {
            throw new IllegalArgumentException("a clue needs its content (诉求内容)");
        }
        if (subject == null) {
            throw new IllegalArgumentException("a clue names the subject it is about (涉及单位)");
        }
        workOrder = workOrder.strip();
        content = content.strip();
    }

    /** The clue's id: its source and work order, so the same order from the same source is the same clue. */
    public String id() {
        return id(source, workOrder);
    }

    public static String id(ClueSource source, String workOrder) {
        return source.name() + "/" + workOrder.strip();
    }
}
