package dev.onecheck.graph.law;

/** Chinese numerals as used in article numbers (第一百二十二条, 第十七条之一) to integers. */
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
}
