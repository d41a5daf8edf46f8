package dev.onecheck.domain.text;

import java.security.SecureRandom;
import java.util.HexFormat;

/** Fresh random bytes, hex-encoded: a draw's secret seed, a task's officer seed, a plan code's random part, an action code's id. */
public final class RandomHex {

    private static final SecureRandom RANDOM = new SecureRandom();

    private RandomHex() {
    }

    public static String of(int bytes) {
        byte[] random = new byte[bytes];
        RANDOM.nextBytes(random);
        return HexFormat.of().formatHex(random);
    }
}
