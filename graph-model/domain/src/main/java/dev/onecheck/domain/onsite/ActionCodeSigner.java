package dev.onecheck.domain.onsite;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Pattern;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Signs and checks 行政行为码 tokens, {@code OC1.<key id>.<payload>.<HMAC-SHA256>} with base64url parts. Keys
 * rotate: new codes are signed with the active key, and a code signed with any key still on the ring verifies
 * until that key is removed. Only the platform holds the keys, so only the platform can answer whether a code is
 * genuine — which is what the public check is for.
 */
public final class ActionCodeSigner {

    private static final String VERSION = "OC1";
    private static final String ALGORITHM = "HmacSHA256";
    private static final int MIN_SECRET_BYTES = 32;
    private static final Pattern KEY_ID = Pattern.compile("[A-Za-z0-9_-]{1,32}");
    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder DECODER = Base64.getUrlDecoder();

    private final Map<String, SecretKeySpec> keys = new TreeMap<>();
    private final String active;

    /** {@code keys}: key id → secret of at least 32 bytes; {@code active}: the id new codes are signed with. */
    public ActionCodeSigner(Map<String, byte[]> keys, String active) {
        keys.forEach((id, secret) -> {
            if (!KEY_ID.matcher(id).matches()) {
                throw new IllegalArgumentException("action code key id '" + id + "' must be 1–32 letters, digits, '_' or '-'");
            }
            if (secret.length < MIN_SECRET_BYTES) {
                throw new IllegalArgumentException("action code key '" + id + "' must be at least " + MIN_SECRET_BYTES + " bytes");
            }
            this.keys.put(id, new SecretKeySpec(secret, ALGORITHM));
        });
        if (!this.keys.containsKey(active)) {
            throw new IllegalArgumentException("the active action code key '" + active + "' is not on the key ring " + this.keys.keySet());
        }
        this.active = active;
    }

    public String sign(ActionCode code) {
        String body = VERSION + "." + active + "." + ENCODER.encodeToString(code.payload().getBytes(StandardCharsets.UTF_8));
        return body + "." + ENCODER.encodeToString(mac(keys.get(active), body));
    }

    /** What a genuine token says; empty for anything forged, altered, malformed or signed with a key no longer on the ring. */
    public Optional<ActionCode> verify(String token) {
        if (token == null) {
            return Optional.empty();
        }
        String[] parts = token.strip().split("\\.", -1);
        if (parts.length != 4 || !VERSION.equals(parts[0]) || !keys.containsKey(parts[1])) {
            return Optional.empty();
        }
        try {
            byte[] signature = DECODER.decode(parts[3]);
            byte[] expected = mac(keys.get(parts[1]), parts[0] + "." + parts[1] + "." + parts[2]);
            if (!MessageDigest.isEqual(signature, expected)) {
                return Optional.empty();
            }
            return ActionCode.parse(new String(DECODER.decode(parts[2]), StandardCharsets.UTF_8));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static byte[] mac(SecretKeySpec key, String text) {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(key);
            return mac.doFinal(text.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(ALGORITHM + " is part of every JDK", e);
        }
    }
}
