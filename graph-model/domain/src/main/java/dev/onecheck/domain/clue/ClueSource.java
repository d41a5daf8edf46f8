package dev.onecheck.domain.clue;

import java.util.Arrays;
import java.util.Optional;

/** 线索来源: where a clue came from, with the label the intake systems write. */
public enum ClueSource {
    /** 12345 政务服务便民热线. */
    HOTLINE_12345("12345"),
    /** 投诉举报 received by a department itself. */
    COMPLAINT("投诉举报"),
    /** 上级交办. */
    ASSIGNED("上级交办"),
    /** 部门移送. */
    DEPARTMENT_TRANSFER("部门移送"),
    /** 非现场监测 (在线监测、视频监控 …). */
    OFF_SITE_MONITORING("非现场监测"),
    /** 舆情. */
    PUBLIC_OPINION("舆情");

    private final String label;

    ClueSource(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** The source an export names by its label (来源 column), or by the enum name. */
    public static Optional<ClueSource> of(String text) {
        String t = text == null ? "" : text.strip();
        return Arrays.stream(values()).filter(s -> s.label.equals(t) || s.name().equals(t)).findFirst();
    }
}
