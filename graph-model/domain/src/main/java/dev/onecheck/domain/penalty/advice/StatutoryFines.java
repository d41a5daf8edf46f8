package dev.onecheck.domain.penalty.advice;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.onecheck.domain.law.ChineseNumerals;
import dev.onecheck.domain.penalty.Fine;
import dev.onecheck.domain.penalty.Threshold;

/**
 * Reads the fines a penalty article prescribes from its text, in the forms Chinese laws print them:
 * 处五千元以上五万元以下罚款, 处五万元以下的罚款, 并处货值金额十倍以上二十倍以下罚款, 百分之五十以上三倍以下,
 * with amount thresholds (货值金额不足一万元的 / 一万元以上的) and conditions (情节严重的, 逾期未改正的).
 * A clause addressed to someone else (对直接负责的主管人员…, 对农户…) is left out: it does not fine the party.
 * Only used to compare versions of one article (从旧兼从轻); the range of a decision comes from the 裁量基准.
 */
public final class StatutoryFines {

    private static final String AMOUNT = "([0-9.]+[万亿]?|[零〇一二三四五六七八九十百千万亿两]+)元";
    private static final String TIMES = "(?:百分之([零一二三四五六七八九十百]+)|([0-9.]+|[零〇一二三四五六七八九十百两]+)倍)";
    private static final String BASIS = "(" + Basis.keywords() + ")";

    private static final Pattern BELOW = Pattern.compile(BASIS + "在?(?:不足|不满|低于)" + AMOUNT);
    private static final Pattern AT_LEAST = Pattern.compile(BASIS + "在?" + AMOUNT + "以上");
    private static final Pattern TIMES_RANGE = Pattern.compile(TIMES + "以上" + TIMES + "以下的?罚款");
    private static final Pattern TIMES_MAX = Pattern.compile(TIMES + "以下的?罚款");
    private static final Pattern YUAN_RANGE = Pattern.compile(AMOUNT + "以上" + AMOUNT + "以下的?罚款");
    private static final Pattern YUAN_MAX = Pattern.compile(AMOUNT + "以下的?罚款");

    private StatutoryFines() {
    }

    public static List<StatutoryFine> parse(String text) {
        List<StatutoryFine> fines = new ArrayList<>();
        for (String segment : text.replaceAll("\\s", "").split("[。；;]")) {
            Threshold when = null;
            String condition = null;
            for (String clause : segment.split("[，,：:]")) {
                if (clause.startsWith("对")) {
                    break;
                }
                Threshold threshold = threshold(clause);
                StatutoryFine fine = clause.contains("罚款") ? fine(clause, when, condition) : null;
                if (threshold != null && fine == null) {
                    when = threshold;
                } else if (fine != null) {
                    fines.add(fine);
                } else if (clause.endsWith("的") && !fines.isEmpty()) {
                    // Before the first fine a "…的" clause describes the act; after it, it conditions the fines that follow.
                    condition = clause;
                }
            }
        }
        return fines;
    }

    /**
     * The statutory range for these facts: the ordinary fines (those without a further condition, or all when every
     * fine has one) under the thresholds the facts meet, from the lowest minimum to the highest maximum. Empty when
     * the text prescribes no fine it can read, or the facts lack an amount a threshold or a multiple needs.
     */
    public static Optional<YuanRange> rangeFor(String text, ViolationFacts facts) {
        List<StatutoryFine> fines = parse(text);
        List<StatutoryFine> ordinary = fines.stream().filter(StatutoryFine::ordinary).toList();
        BigDecimal min = null;
        BigDecimal max = null;
        for (StatutoryFine f : ordinary.isEmpty() ? fines : ordinary) {
            if (f.when() != null) {
                Optional<BigDecimal> amount = facts.amount(Basis.ofLabel(f.when().basis()));
                if (amount.isEmpty()) {
                    return Optional.empty();
                }
                if (!f.when().covers(amount.get())) {
                    continue;
                }
            }
            Optional<YuanRange> range = inYuan(f.fine(), facts);
            if (range.isEmpty()) {
                return Optional.empty();
            }
            min = min == null ? range.get().min() : min.min(range.get().min());
            max = max == null ? range.get().max() : max.max(range.get().max());
        }
        return min == null ? Optional.empty() : Optional.of(new YuanRange(min, max));
    }

    /** A fine in yuan: as it is, or times the basis amount of the facts (empty when they lack it). */
    static Optional<YuanRange> inYuan(Fine fine, ViolationFacts facts) {
        if (fine.kind() == Fine.Kind.FIXED) {
            return Optional.of(new YuanRange(fine.min(), fine.max()));
        }
        return facts.amount(Basis.ofLabel(fine.basis())).map(a -> new YuanRange(a.multiply(fine.min()), a.multiply(fine.max())));
    }

    private static Threshold threshold(String clause) {
        Matcher below = BELOW.matcher(clause);
        if (below.find()) {
            return new Threshold(Basis.in(below.group(1)).orElseThrow().label(), null, ChineseNumerals.amount(below.group(2)));
        }
        Matcher atLeast = AT_LEAST.matcher(clause);
        if (atLeast.find() && clause.endsWith("的")) {
            return new Threshold(Basis.in(atLeast.group(1)).orElseThrow().label(), ChineseNumerals.amount(atLeast.group(2)), null);
        }
        return null;
    }

    private static StatutoryFine fine(String clause, Threshold when, String condition) {
        // 并处货值金额十倍以上…: the basis is named in the clause, or by the threshold it falls under.
        String basis = Basis.in(clause).map(Basis::label).orElse(when == null ? null : when.basis());
        Matcher m;
        if ((m = TIMES_RANGE.matcher(clause)).find()) {
            return basis == null ? null : new StatutoryFine(when, new Fine(Fine.Kind.MULTIPLE, basis,
                    times(m.group(1), m.group(2)), times(m.group(3), m.group(4))), condition);
        }
        if ((m = TIMES_MAX.matcher(clause)).find()) {
            return basis == null ? null : new StatutoryFine(when, new Fine(Fine.Kind.MULTIPLE, basis, BigDecimal.ZERO,
                    times(m.group(1), m.group(2))), condition);
        }
        if ((m = YUAN_RANGE.matcher(clause)).find()) {
            return new StatutoryFine(when, new Fine(Fine.Kind.FIXED, null, ChineseNumerals.amount(m.group(1)),
                    ChineseNumerals.amount(m.group(2))), condition);
        }
        if ((m = YUAN_MAX.matcher(clause)).find()) {
            return new StatutoryFine(when, new Fine(Fine.Kind.FIXED, null, BigDecimal.ZERO, ChineseNumerals.amount(m.group(1))), condition);
        }
        return null;
    }

    /** 百分之五十 → 0.5; 三倍 → 3. */
    private static BigDecimal times(String percent, String multiple) {
        if (percent != null) {
            return BigDecimal.valueOf(ChineseNumerals.parse(percent)).divide(BigDecimal.valueOf(100), 2, RoundingMode.UNNECESSARY);
        }
        return Character.isDigit(multiple.charAt(0)) ? new BigDecimal(multiple) : BigDecimal.valueOf(ChineseNumerals.parse(multiple));
    }
}
