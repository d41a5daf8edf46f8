package dev.onecheck.domain.law;

import java.util.Arrays;

import dev.onecheck.domain.text.Labelled;

/** 效力位阶: the rank of a legal text, read from the folder it is filed under. */
public enum LawLevel implements Labelled {
    CONSTITUTION("宪法"),
    LAW("法律"),
    ADMINISTRATIVE_REGULATION("行政法规"),
    DEPARTMENTAL_RULE("部门规章"),
    LOCAL_REGULATION("地方性法规"),
    JUDICIAL_INTERPRETATION("司法解释"),
    OTHER("其他");

    private final String label;

    LawLevel(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }

    public static LawLevel ofLabel(String label) {
        return Labelled.ofLabel(LawLevel.class, label, "law level");
    }

    /** The level of a text filed under {@code category} (the first folder of the law collection). */
    public static LawLevel ofCategory(String category) {
        return switch (category) {
            case "宪法" -> CONSTITUTION;
            case "宪法相关法", "民法典", "民法商法", "行政法", "经济法", "社会法", "刑法", "诉讼与非诉讼程序法" -> LAW;
            default -> Arrays.stream(values()).anyMatch(l -> l.label.equals(category)) ? ofLabel(category) : OTHER;
        };
    }
}
