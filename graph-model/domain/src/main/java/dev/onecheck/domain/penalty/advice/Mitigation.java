package dev.onecheck.domain.penalty.advice;

import dev.onecheck.domain.text.Labelled;

/** 从轻、减轻情节 of 行政处罚法 第三十二条. */
public enum Mitigation implements Labelled {
    ELIMINATED_HARM("主动消除或者减轻违法行为危害后果"),
    COERCED("受他人胁迫或者诱骗实施违法行为"),
    CONFESSED("主动供述行政机关尚未掌握的违法行为"),
    MERITORIOUS("配合行政机关查处违法行为有立功表现"),
    /** 第三十二条第（五）项 */
    STATUTORY("法律、法规、规章规定其他应当从轻或者减轻行政处罚");

    private final String label;

    Mitigation(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
