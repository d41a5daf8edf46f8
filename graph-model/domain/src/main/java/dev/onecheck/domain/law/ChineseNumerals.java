package dev.onecheck.domain.law;

import java.math.BigDecimal;

/** Chinese numerals as used in article numbers (第一百二十二条, 第十七条之一) and in amounts (五万, 一百万, 1万) to numbers. */
public final class ChineseNumerals {

    private static final String DIGITS = "零一二三四五六七八九";

    private ChineseNumerals() {
    }

    /**
     * Parses 一 … 九千九百九十九 (with 〇/零 and 两), e.g. 十 → 10, 一百零五 → 105, 一百二十二 → 122.
     *
     * @throws IllegalArgumentException for text that is not such a numeral
     */
    public static int parse(String text) {
        if (text == null || text.isEmpty()) {
            throw new IllegalArgumentException("empty Chinese numeral");
        }
        int total = 0;
        int digit = -1;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            int unit = switch (c) {
                case '十' -> 10;
                case '百' -> 100;
                case '千' -> 1000;
                default -> 0;
            };
            if (unit > 0) {
                // A bare 十 at the start means 一十 (十二 = 12).
                total += (digit < 0 ? 1 : digit) * unit;
                digit = -1;
                continue;
            }
            int value = c == '〇' ? 0 : c == '两' ? 2 : DIGITS.indexOf(c);
            if (value < 0) {
                throw new IllegalArgumentException("not a Chinese numeral: " + text);
            }
            digit = value;
        }
        return total + Math.max(digit, 0);
    }

    /**
     * Parses an amount as laws print it: Chinese numerals with 万 and 亿 (五万 → 50000, 一百万 → 1000000,
     * 二千 → 2000) or Arabic digits with an optional 万/亿 (1万 → 10000, 0.5万 → 5000).
     *
     * @throws IllegalArgumentException for text that is not such an amount
     */
    public static BigDecimal amount(String text) {
        if (text == null || text.isEmpty()) {
            throw new IllegalArgumentException("empty amount");
        }
        char last = text.charAt(text.length() - 1);
        if (Character.isDigit(text.charAt(0))) {
            int scale = last == '万' ? 10_000 : last == '亿' ? 100_000_000 : 1;
            String digits = scale == 1 ? text : text.substring(0, text.length() - 1);
            try {
                return new BigDecimal(digits).multiply(BigDecimal.valueOf(scale));
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("not an amount: " + text, e);
            }
        }
        BigDecimal total = BigDecimal.ZERO;
        String rest = text;
        for (int[] unit : new int[][] {{'亿', 100_000_000}, {'万', 10_000}}) {
            int at = rest.indexOf(unit[0]);
            if (at >= 0) {
                total = total.add(BigDecimal.valueOf((long) parse(at == 0 ? "一" : rest.substring(0, at)) * unit[1]));
                rest = rest.substring(at + 1);
            }
        }
        return rest.isEmpty() ? total : total.add(BigDecimal.valueOf(parse(rest.startsWith("零") ? rest.substring(1) : rest)));
    }
}
