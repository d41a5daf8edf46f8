package dev.onecheck.domain.subject;

/**
 * 统一社会信用代码 (GB 32100-2015): 18 characters from a 31-character alphabet (no I, O, S, V, Z); the last is a
 * check character computed from the first 17 with weights 3^i mod 31.
 */
public final class Uscc {

    public static final String ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    private static final int[] WEIGHTS = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};

    private Uscc() {
    }

    /** The check character for the first 17 characters of a code. */
    public static char checkCharacter(String first17) {
        if (first17.length() != 17) {
            throw new IllegalArgumentException("need the first 17 characters, got " + first17.length());
        }
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            int value = ALPHABET.indexOf(first17.charAt(i));
            if (value < 0) {
                throw new IllegalArgumentException("character '" + first17.charAt(i) + "' at position " + (i + 1)
                        + " is not allowed in a credit code");
            }
            sum += value * WEIGHTS[i];
        }
        return ALPHABET.charAt((31 - sum % 31) % 31);
    }

    /** Why {@code code} is not a valid credit code, or null when it is. */
    public static String problem(String code) {
        if (code == null || code.length() != 18) {
            return "a credit code has 18 characters, got " + (code == null ? 0 : code.length());
        }
        try {
            char expected = checkCharacter(code.substring(0, 17));
            return expected == code.charAt(17) ? null
                    : "check character is " + code.charAt(17) + " but should be " + expected;
        } catch (IllegalArgumentException e) {
            return e.getMessage();
        }
    }

    public static boolean isValid(String code) {
        return problem(code) == null;
    }
}
