package dev.onecheck.domain.penalty.advice;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.onecheck.domain.penalty.advice.PenaltyAdvice.StatutoryRange;

/**
 * What a penalty article's text says beyond the fines {@link StatutoryFines} reads: the consequence of 情节严重,
 * whether it refers crimes to criminal liability, whether it allows 按日连续处罚, whether its fine is one the authority may impose.
 */
final class ArticleReading {

    /**
     * 情节严重的，责令停产停业，直至吊销许可证 — up to the end of the sentence (or the list it opens); also 广告法 第五十五条's
     * "两年内有三次以上违法行为或者有其他严重情节的，处广告费用五倍以上十倍以下的罚款…", where 情节严重 is worded 严重情节.
     */
    private static final Pattern SERIOUS = Pattern.compile("(情节严重|有其他严重情节|严重情节)的，([^；。：:]+)");
    static final String DAILY = "按日连续处罚";
    /** 处…罚款, with the 可以 before it where the article prints one. */
    private static final Pattern FINE_CLAUSE = Pattern.compile("(可以(?:并|单)?)?处以?[^，；。处]{0,40}?罚款");

    private ArticleReading() {
    }

    /** Whether every fine the text prints is one the authority may impose (可以处…罚款, 可以并处…罚款), none it must. */
    static boolean fineOptional(String text) {
        Matcher m = FINE_CLAUSE.matcher(text.replaceAll("\\s", ""));
        boolean any = false;
        while (m.find()) {
            if (m.group(1) == null) {
                return false;
            }
            any = true;
        }
        return any;
    }

    static Optional<String> seriousClause(String text) {
        Matcher m = SERIOUS.matcher(text.replaceAll("\\s", ""));
        return m.find() ? Optional.of(m.group(2)) : Optional.empty();
    }

    /** How the article words the condition of {@link #seriousClause}: 情节严重, 有其他严重情节. */
    static String seriousLead(String text) {
        Matcher m = SERIOUS.matcher(text.replaceAll("\\s", ""));
        return m.find() ? m.group(1) : "情节严重";
    }

    /**
     * 法定幅度 for these facts: under 情节严重 the fine of the article's 情节严重的 clause where it has one, else the
     * ordinary fines as {@link StatutoryFines#rangeFor} reads them.
     */
    static Optional<StatutoryRange> statutoryRange(String text, ViolationFacts facts, String source) {
        if (facts.serious()) {
            Optional<YuanRange> serious = seriousClause(text).flatMap(c -> StatutoryFines.rangeFor(c, facts));
            if (serious.isPresent()) {
                return Optional.of(new StatutoryRange(serious.get(), source + "（情节严重的）"));
            }
        }
        return StatutoryFines.rangeFor(text, facts).map(r -> new StatutoryRange(r, source));
    }
}
