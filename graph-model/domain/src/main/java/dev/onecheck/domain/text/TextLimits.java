package dev.onecheck.domain.text;

import java.util.Map;

/**
 * How long each text a user sends with a change may be: the one place for these limits. The gateway checks every
 * text argument of every mutation against the limit of its name before the mutation runs ({@link #forArgument});
 * the stores and rules check the same figures again, for callers other than the gateway. A name not listed is an
 * identifier, a code or an enum name and gets {@link #IDENTIFIER}: a new free-text argument must be added here, or
 * it is refused past that — a limit is never forgotten.
 */
public final class TextLimits {

    /** 计划名称: a line. */
    public static final int TITLE = 200;
    /** 查后评价 comments, 整改要求, 检查依据: a paragraph. */
    public static final int COMMENT = 500;
    public static final int REQUIREMENT = 500;
    public static final int LEGAL_BASIS = 500;
    /** 理由, 申诉理由, 答复, 整改情况, 验收意见, 检查记录 per item, 诉求内容 and 办结意见 of a clue: a page, not a file. */
    public static final int STATEMENT = 2000;
    /** A 行政行为码 as shown at the door: a signed compact JWS naming the visit, its tasks and officers. */
    public static final int ACTION_CODE = 4000;
    /** Codes, keys, enum names and dates (统一社会信用代码 is 18, a plan code about 30). */
    public static final int IDENTIFIER = 100;

    private static final Map<String, Integer> BY_ARGUMENT = Map.of(
            "title", TITLE,
            "comment", COMMENT,
            "requirement", REQUIREMENT,
            "legalBasis", LEGAL_BASIS,
            "reason", STATEMENT,
            "note", STATEMENT,
            "answer", STATEMENT,
            "actionCode", ACTION_CODE,
            "content", STATEMENT,
            "finding", STATEMENT);

    private TextLimits() {
    }

    /** The limit of a text argument or input field by its own name ({@code title} in {@code input.title}). */
    public static int forArgument(String name) {
        return BY_ARGUMENT.getOrDefault(name, IDENTIFIER);
    }
}
