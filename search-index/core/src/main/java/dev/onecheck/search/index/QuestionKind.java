package dev.onecheck.search.index;

import java.util.regex.Pattern;

/**
 * What an officer's question is about, as far as ranking cares: a conduct (饭馆没办证就营业 — the article that
 * punishes it should come first) or the general rules of punishment that apply to any conduct (第一次违法改了能不罚吗,
 * 过了两年还罚吗, 新旧法律不一致按哪个 — 行政处罚法 第四章 should come first). The cues are the concepts of that
 * chapter as people say them: first offence and correction (首违不罚), time bars (时效), the law changing in between
 * (从旧兼从轻), fault, age (不满十四周岁) and capacity, and the degrees 不予/减轻/从轻/从重 themselves.
 */
enum QuestionKind {
    CONDUCT,
    GENERAL_RULE;

    private static final Pattern GENERAL_CUES = Pattern.compile(String.join("|",
            "第一次|首次|初次|头一回|初犯|首违",
            "(?:改了|改正了|整改了|及时改|马上改|立即改|当场改)",
            "(?:过了|隔了|超过|事隔)[^，。]{0,4}(?:年|个月)|[两二三四五六七八九十几多好]+年(?:前|后|以前|以后|才|没|都)",
            "时效|追诉|追究期限",
            "从旧|新法|旧法|(?:法律|规定|条例)[^，。]{0,3}(?:改了|变了|修改|修订|废止)|修改(?:前|以前)|以前的规定|哪个规定",
            "不知道[^，。]{0,6}(?:违法|规定|不能)|没有(?:主观)?过错|主观过错|故意还是",
            "不满十四|精神病人|智力残疾|间歇性",
            "能不罚|能不能不罚|可以不罚|可不可以不罚|不予处罚|免于处罚|免予处罚|免罚|不罚吗|还罚吗|还要罚|还能罚",
            "从轻|减轻|从重|一事不再罚|罚两次|重复罚|两个部门都罚",
            "立功|主动消除|主动减轻|受他人胁迫|被人胁迫|被诱骗"));

    static QuestionKind of(String text) {
        return GENERAL_CUES.matcher(text).find() ? GENERAL_RULE : CONDUCT;
    }
}
