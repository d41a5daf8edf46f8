package dev.onecheck.domain.onsite;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Base64;
import java.util.Map;

import dev.onecheck.domain.planning.Window;
import org.junit.jupiter.api.Test;

class ActionCodeSignerTest {

    private static final byte[] OLD = "an-old-secret-of-at-least-32-bytes!".getBytes(StandardCharsets.UTF_8);
    private static final byte[] NEW = "a-fresh-secret-of-at-least-32-bytes".getBytes(StandardCharsets.UTF_8);
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
    void anAlteredPayloadOrSignatureIsForged() {
        ActionCodeSigner signer = new ActionCodeSigner(Map.of("k1", OLD), "k1");
        String[] parts = signer.sign(CODE).split("\\.");
        String otherVisit = Base64.getUrlEncoder().withoutPadding().encodeToString(
                CODE.payload().replace("MA1TEST01", "MA1TEST02").getBytes(StandardCharsets.UTF_8));
        assertThat(signer.verify(parts[0] + "." + parts[1] + "." + otherVisit + "." + parts[3])).isEmpty();
        assertThat(signer.verify(parts[0] + "." + parts[1] + "." + parts[2] + "." + parts[3].substring(1) + "A")).isEmpty();
        assertThat(signer.verify("OC1.k1.%%%.%%%")).isEmpty();
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
        assertThat(fresh).startsWith("OC1.k2.");
        assertThat(rotated.verify(old)).contains(CODE);
        assertThat(rotated.verify(fresh)).contains(CODE);
        assertThat(new ActionCodeSigner(Map.of("k2", NEW), "k2").verify(old)).isEmpty();
    }

    @Test
    void weakOrMissingKeysAreRefusedAtStart() {
        assertThatThrownBy(() -> new ActionCodeSigner(Map.of("k1", new byte[16]), "k1")).hasMessageContaining("at least 32 bytes");
        assertThatThrownBy(() -> new ActionCodeSigner(Map.of("k1", OLD), "k2")).hasMessageContaining("not on the key ring");
        assertThatThrownBy(() -> new ActionCodeSigner(Map.of("k.1", OLD), "k.1")).hasMessageContaining("key id");
    }
}
