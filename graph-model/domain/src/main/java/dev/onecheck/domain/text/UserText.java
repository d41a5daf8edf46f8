package dev.onecheck.domain.text;

import java.util.Optional;

/**
 * What free text typed by a user (a comment, an appeal, a note, a requirement) may hold before it is stored and
 * shown to others: at most so many characters, and no control characters but line breaks and tabs. NUL breaks
 * exports and other systems' string handling; the bidirectional controls (U+202A–U+202E, U+2066–U+2069, U+200E,
 * U+200F, U+061C) can make a stored text read differently from what it is ("Trojan Source"), so they are refused,
 * not silently dropped — the sender learns which character and where.
 */
public final class UserText {

    private UserText() {
    }

    /** Why {@code text} may not be stored, or empty when it may (null counts as absent and is fine). */
    public static Optional<String> problem(String text, int maxLength) {
        if (text == null) {
            return Optional.empty();
        }
        int length = text.codePointCount(0, text.length());
        if (length > maxLength) {
            return Optional.of("is " + length + " characters long; at most " + maxLength);
        }
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            if (refused(c)) {
                return Optional.of("contains the control character U+%04X at position %d".formatted(c, text.codePointCount(0, i)));
            }
            i += Character.charCount(c);
        }
        return Optional.empty();
    }

    private static boolean refused(int c) {
        boolean control = Character.getType(c) == Character.CONTROL && c != '\n' && c != '\r' && c != '\t';
        boolean bidi = (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069) || c == 0x200E || c == 0x200F || c == 0x061C;
        return control || bidi;
    }
}
