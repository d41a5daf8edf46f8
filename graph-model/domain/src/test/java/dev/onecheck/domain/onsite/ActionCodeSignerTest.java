package dev.onecheck.domain.onsite;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.security.KeyFactory;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.X509EncodedKeySpec;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Map;

import dev.onecheck.domain.planning.Window;
import org.junit.jupiter.api.Test;

class ActionCodeSignerTest {

    /** RFC 8032 §7.1, TEST 1: the secret key and the public key it makes. */
    private static final byte[] RFC_SECRET = HexFormat.of().parseHex("9d61b19deffd5a60ba844af492ec2cc44449c5697b326919703bac031cae7f60");
    private static final String RFC_PUBLIC = "d75a980182b10ab7d54bfed3c964073a0ee172f3daa62325af021a68f707511a";
    private static final byte[] OLD = "an-old-ed25519-seed-of-32-bytes!".getBytes(StandardCharsets.UTF_8);
    private static final byte[] NEW = "a-fresh-ed25519-seed-of-32-bytes".getBytes(StandardCharsets.UTF_8);
    private static final ActionCode CODE = ActionCode.forWindow("c0ffee", "JC-P1/91320200MA1TEST01",
            new Window(LocalDate.of(2027, 3, 1), LocalDate.of(2027, 3, 31)), ZoneId.of("Asia/Shanghai"));

    @Test
    void aSignedCodeVerifiesToWhatItSays() {
        ActionCodeSigner signer = new ActionCodeSigner(Map.of("k1", OLD), "k1");
        assertThat(signer.verify(signer.sign(CODE))).contains(CODE);
        assertThat(CODE.notBefore()).isEqualTo(Instant.parse("2027-02-28T16:00:00Z"));
        assertThat(CODE.expiresAt()).isEqualTo(Instant.parse("2027-03-31T16:00:00Z"));
    }

    @Test
    void theVerificationKeyIsThePublicKeyOfTheConfiguredSecretAsRfc8032Derives() {
        assertThat(HexFormat.of().formatHex(new ActionCodeSigner(Map.of("rfc", RFC_SECRET), "rfc").verificationKeys().get("rfc")))
                .isEqualTo(RFC_PUBLIC);
    }

    /** What a phone does offline: the published key alone checks the signature of the JWS, header and payload as sent. */
    @Test
    void anyoneWithThePublishedKeyChecksACodeWithoutThePlatform() throws Exception {
        ActionCodeSigner signer = new ActionCodeSigner(Map.of("k1", OLD), "k1");
        String[] jws = signer.sign(CODE).split("\\.");
        assertThat(new String(Base64.getUrlDecoder().decode(jws[0]), StandardCharsets.UTF_8)).isEqualTo("{\"alg\":\"EdDSA\",\"kid\":\"k1\"}");
        byte[] x509 = new byte[44];
        System.arraycopy(HexFormat.of().parseHex("302a300506032b6570032100"), 0, x509, 0, 12);
        System.arraycopy(signer.verificationKeys().get("k1"), 0, x509, 12, 32);
        PublicKey published = KeyFactory.getInstance("Ed25519").generatePublic(new X509EncodedKeySpec(x509));
        Signature check = Signature.getInstance("Ed25519");
        check.initVerify(published);
        check.update((jws[0] + "." + jws[1]).getBytes(StandardCharsets.US_ASCII));
        assertThat(check.verify(Base64.getUrlDecoder().decode(jws[2]))).isTrue();
        assertThat(new String(Base64.getUrlDecoder().decode(jws[1]), StandardCharsets.UTF_8)).isEqualTo(CODE.payload());
    }

    @Test
    void anAlteredPayloadOrSignatureIsForged() {
        ActionCodeSigner signer = new ActionCodeSigner(Map.of("k1", OLD), "k1");
        String[] parts = signer.sign(CODE).split("\\.");
        String otherVisit = Base64.getUrlEncoder().withoutPadding().encodeToString(
                CODE.payload().replace("MA1TEST01", "MA1TEST02").getBytes(StandardCharsets.UTF_8));
        assertThat(signer.verify(parts[0] + "." + otherVisit + "." + parts[2])).isEmpty();
        assertThat(signer.verify(parts[0] + "." + parts[1] + "." + parts[2].substring(1) + "A")).isEmpty();
        assertThat(signer.verify(parts[0] + ".%%%.%%%")).isEmpty();
        assertThat(signer.verify("not a code")).isEmpty();
        assertThat(signer.verify(null)).isEmpty();
    }

    @Test
    void aCodeSignedWithAnotherKeyUnderTheSameIdIsForged() {
        String forged = new ActionCodeSigner(Map.of("k1", NEW), "k1").sign(CODE);
        assertThat(new ActionCodeSigner(Map.of("k1", OLD), "k1").verify(forged)).isEmpty();
    }

    @Test
    void rotationKeepsOldCodesValidUntilTheirKeyIsRemoved() {
        String old = new ActionCodeSigner(Map.of("k1", OLD), "k1").sign(CODE);
        ActionCodeSigner rotated = new ActionCodeSigner(Map.of("k1", OLD, "k2", NEW), "k2");
        String fresh = rotated.sign(CODE);
        assertThat(new String(Base64.getUrlDecoder().decode(fresh.split("\\.")[0]), StandardCharsets.UTF_8)).contains("\"kid\":\"k2\"");
        assertThat(rotated.verify(old)).contains(CODE);
        assertThat(rotated.verify(fresh)).contains(CODE);
        assertThat(rotated.verificationKeys()).containsOnlyKeys("k1", "k2");
        assertThat(new ActionCodeSigner(Map.of("k2", NEW), "k2").verify(old)).isEmpty();
    }

    @Test
    void wrongOrMissingKeysAreRefusedAtStart() {
        assertThatThrownBy(() -> new ActionCodeSigner(Map.of("k1", new byte[16]), "k1")).hasMessageContaining("of 32 bytes, got 16");
        assertThatThrownBy(() -> new ActionCodeSigner(Map.of("k1", OLD), "k2")).hasMessageContaining("not on the key ring");
        assertThatThrownBy(() -> new ActionCodeSigner(Map.of("k.1", OLD), "k.1")).hasMessageContaining("key id");
    }
}
