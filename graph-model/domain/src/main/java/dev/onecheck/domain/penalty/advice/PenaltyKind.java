package dev.onecheck.domain.penalty.advice;

import java.util.EnumSet;
import java.util.regex.Pattern;

import dev.onecheck.domain.text.Labelled;

/**
 * 行政处罚的种类, 行政处罚法 第九条: "（一）警告、通报批评；（二）罚款、没收违法所得、没收非法财物；（三）暂扣许可证件、
 * 降低资质等级、吊销许可证件；（四）限制开展生产经营活动、责令停产停业、责令关闭、限制从业；（五）行政拘留" — as the
 * penalty articles word them, to tell whether a new version of an article punishes in more ways than the old
 * (第三十七条 从旧兼从轻 compares the whole penalty, not only the fine).
 */
enum PenaltyKind implements Labelled {
    WARNING("警告", "警告"),
    CRITICISM("通报批评", "通报批评"),
    FINE("罚款", "罚款"),
    CONFISCATE_INCOME("没收违法所得", "没收违法所得"),
    CONFISCATE_PROPERTY("没收非法财物", "没收(?!违法所得)"),
    SUSPEND_LICENCE("暂扣许可证件", "暂扣"),
    DOWNGRADE("降低资质等级", "降低资质等级"),
    REVOKE("吊销许可证件", "吊销"),
    RESTRICT("限制开展生产经营活动、限制从业", "限制开展生产经营活动|限制从业|禁止[^，；。]{0,12}从事"),
    SUSPEND_BUSINESS("责令停产停业", "停产停业|停业整顿|停产整顿|停止营业"),
    CLOSE("责令关闭", "关闭"),
    DETENTION("行政拘留", "拘留");

    /** A clause the facts do not reach: 情节严重 without it found, a refused order that did not happen, a crime. */
    private static final Pattern SERIOUS = Pattern.compile("情节严重|严重情节|情节较重|情节特别严重");
    private static final Pattern REFUSED = Pattern.compile("拒不改正|逾期不改正|逾期未改正|拒不执行|逾期不");
    private static final Pattern CRIME = Pattern.compile("(?<!不)构成犯罪");

    private final String label;
    private final Pattern wording;

    PenaltyKind(String label, String wording) {
        this.label = label;
        this.wording = Pattern.compile(wording);
    }

    @Override
    public String label() {
        return label;
    }

    /** The kinds of penalty an article's text imposes on these facts, clause by clause (；。). */
    static EnumSet<PenaltyKind> imposedBy(String text, ViolationFacts facts) {
        EnumSet<PenaltyKind> kinds = EnumSet.noneOf(PenaltyKind.class);
        for (String clause : text.split("[；;。]")) {
            if (CRIME.matcher(clause).find() || SERIOUS.matcher(clause).find() && !facts.serious()
                    || REFUSED.matcher(clause).find() && !facts.refusedCorrection()) {
                continue;
            }
            for (PenaltyKind kind : values()) {
                if (kind.wording.matcher(clause).find()) {
                    kinds.add(kind);
                }
            }
        }
        return kinds;
    }
}
