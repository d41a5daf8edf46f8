package dev.onecheck.domain.onsite;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.SecureRandom;
import java.security.Signature;
import java.security.spec.NamedParameterSpec;
import java.util.Arrays;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * Signs and checks 行政行为码 tokens with Ed25519 (the JDK's own EdDSA). A token is a JWS in compact form,
 * {@code <header>.<payload>.<signature>} in base64url, the header {@code {"alg":"EdDSA","kid":"<key id>"}} and the
 * payload {@link ActionCode}'s text. Because the keys are asymmetric, the verification keys can be published (a
 * JWKS, {@link #verificationKeys()}) and a firm's phone or a provincial system checks a code offline; only the
 * platform can sign one. Whether a genuine code is still on record (not superseded, not spent) only the platform
 * can say. Keys rotate: new codes are signed with the active key, and a code signed with any key still on the ring
 * verifies until that key is removed.
 */
public final class ActionCodeSigner {

    private static final String ALGORITHM = "Ed25519";
    private static final int SEED_BYTES = 32;
    /** An Ed25519 public key in X.509 form is this fixed prefix and the 32 bytes of the key itself. */
    private static final int X509_PREFIX_BYTES = 12;
    private static final Pattern KEY_ID = Pattern.compile("[A-Za-z0-9_-]{1,32}");
    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder DECODER = Base64.getUrlDecoder();

    private record RingKey(String id, KeyPair pair, String header) {
    }

    /** Encoded header → key: the header is fixed per key, so a token's header names its key without parsing JSON. */
    private final Map<String, RingKey> byHeader = new LinkedHashMap<>();
    private final RingKey active;

    /** {@code seeds}: key id → 32-byte Ed25519 private key (its seed, RFC 8032); {@code active}: the id new codes are signed with. */
    public ActionCodeSigner(Map<String, byte[]> seeds, String active) {
        RingKey activeKey = null;
        for (var seed : new TreeMap<>(seeds).entrySet()) {
            String id = seed.getKey();
            if (!KEY_ID.matcher(id).matches()) {
                throw new IllegalArgumentException("action code key id '" + id + "' must be 1–32 letters, digits, '_' or '-'");
            }
            if (seed.getValue().length != SEED_BYTES) {
                throw new IllegalArgumentException("action code key '" + id + "' must be an Ed25519 private key of " + SEED_BYTES
                        + " bytes, got " + seed.getValue().length);
            }
            String header = ENCODER.encodeToString(("{\"alg\":\"EdDSA\",\"kid\":\"" + id + "\"}").getBytes(StandardCharsets.UTF_8));
            RingKey key = new RingKey(id, keyPair(seed.getValue()), header);
            byHeader.put(header, key);
            if (id.equals(active)) {
                activeKey = key;
            }
        }
        if (activeKey == null) {
            throw new IllegalArgumentException("the active action code key '" + active + "' is not on the key ring " + seeds.keySet());
        }
        this.active = activeKey;
    }

    public String sign(ActionCode code) {
        String signingInput = active.header() + "." + ENCODER.encodeToString(code.payload().getBytes(StandardCharsets.UTF_8));
        try {
            Signature signature = Signature.getInstance(ALGORITHM);
            signature.initSign(active.pair().getPrivate());
            signature.update(signingInput.getBytes(StandardCharsets.US_ASCII));
            return signingInput + "." + ENCODER.encodeToString(signature.sign());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(ALGORITHM + " is part of every JDK", e);
        }
    }

    /** What a genuine token says; empty for anything forged, altered, malformed or signed with a key no longer on the ring. */
    public Optional<ActionCode> verify(String token) {
        if (token == null) {
            return Optional.empty();
        }
        String[] parts = token.strip().split("\\.", -1);
        if (parts.length != 3 || !byHeader.containsKey(parts[0])) {
            return Optional.empty();
        }
        try {
            Signature signature = Signature.getInstance(ALGORITHM);
            signature.initVerify(byHeader.get(parts[0]).pair().getPublic());
            signature.update((parts[0] + "." + parts[1]).getBytes(StandardCharsets.US_ASCII));
            if (!signature.verify(DECODER.decode(parts[2]))) {
                return Optional.empty();
            }
            return ActionCode.parse(new String(DECODER.decode(parts[1]), StandardCharsets.UTF_8));
        } catch (IllegalArgumentException | GeneralSecurityException e) {
            return Optional.empty();
        }
    }

    /** The id new codes are signed with. */
    public String activeKey() {
        return active.id();
    }

    /** Key id → the 32-byte Ed25519 public key (RFC 8032 encoding, the JWK {@code x}), for every key on the ring. */
    public Map<String, byte[]> verificationKeys() {
        Map<String, byte[]> keys = new TreeMap<>();
        byHeader.values().forEach(key -> {
            byte[] x509 = key.pair().getPublic().getEncoded();
            keys.put(key.id(), Arrays.copyOfRange(x509, X509_PREFIX_BYTES, x509.length));
        });
        return keys;
    }

    /**
     * The key pair of a configured private key. The JDK derives an Ed25519 public key only while generating a pair,
     * and its generator takes the private key as the 32 random bytes it asks for: a source that hands out the
     * seed makes it derive the pair of that seed.
     */
    private static KeyPair keyPair(byte[] seed) {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance(ALGORITHM);
            generator.initialize(NamedParameterSpec.ED25519, new SeedSource(seed));
            return generator.generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(ALGORITHM + " is part of every JDK", e);
        }
    }

    /** Answers the seed, once; anything else asked of it is a change in the JDK this class must notice. */
    private static final class SeedSource extends SecureRandom {

        private final byte[] seed;
        private boolean given;

        SeedSource(byte[] seed) {
            this.seed = seed.clone();
        }

        @Override
        public void nextBytes(byte[] bytes) {
            if (given || bytes.length != seed.length) {
                throw new IllegalStateException("the JDK's Ed25519 generator asked for " + bytes.length + " bytes, not one 32-byte seed");
            }
            System.arraycopy(seed, 0, bytes, 0, seed.length);
            given = true;
        }
    }
}
