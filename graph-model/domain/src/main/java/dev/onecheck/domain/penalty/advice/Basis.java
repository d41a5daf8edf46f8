package dev.onecheck.domain.penalty.advice;

import java.util.Arrays;
import java.util.Optional;

import dev.onecheck.domain.text.Labelled;

/**
 * 计罚基数: the amounts a fine or a threshold is measured by. {@code fact} names the {@link ViolationFacts} component
 * (and GraphQL field) that carries it; {@code keyword} is how law texts write it (处造成损失金额一倍以上…).
 */
public enum Basis implements Labelled {
    GOODS_VALUE("货值金额", "goodsValue", "货值金额"),
    ILLEGAL_INCOME("违法所得", "illegalIncome", "违法所得"),
    ADVERTISING_COST("广告费用", "advertisingCost", "广告费用"),
    LOSS("造成损失金额", "lossAmount", "损失金额"),
    DEFRAUDED("骗取金额", "defraudedAmount", "骗取金额");

    private final String label;
    private final String fact;
    private final String keyword;

    Basis(String label, String fact, String keyword) {
        this.label = label;
        this.fact = fact;
        this.keyword = keyword;
    }

    @Override
    public String label() {
        return label;
    }

    public String fact() {
        return fact;
    }

    /**
     * The basis labelled {@code label}; for one no fact carries, a refusal naming {@code facts} with what the officer
     * must compute from the article instead ({@code why}: what the amount decides).
     */
    static Basis required(String label, String why) {
        return known(label).orElseThrow(() -> new InvalidFactException("facts", "cannot state " + label + ": " + why
                + "; compute it from the article text"));
    }

    /**
     * The basis labelled {@code label}, empty for one the facts cannot carry: a derived violation's multiple may be of
     * 年收入, 认证费用, 违法经营额 … (its article's own words), which no fact states.
     */
    public static Optional<Basis> known(String label) {
        return Arrays.stream(values()).filter(b -> b.label.equals(label)).findFirst();
    }

    /** The basis a law text names in {@code phrase} (违法生产经营的食品货值金额 → 货值金额), if any. */
    static Optional<Basis> in(String phrase) {
        return Arrays.stream(values()).filter(b -> phrase.contains(b.keyword)).findFirst();
    }

    /** The alternation of the keywords, for patterns over law texts. */
    static String keywords() {
        return String.join("|", Arrays.stream(values()).map(b -> b.keyword).toList());
    }
}
