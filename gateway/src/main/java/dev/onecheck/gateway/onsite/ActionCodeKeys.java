package dev.onecheck.gateway.onsite;

import java.time.Duration;
import java.util.Base64;
import java.util.List;

import dev.onecheck.domain.onsite.ActionCodeSigner;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The 行政行为码 verification keys as a JSON Web Key Set (RFC 7517, Ed25519 keys as RFC 8037 OKP keys), public: a
 * firm's phone or a provincial system fetches it now and then and checks codes offline — signature and window —
 * without asking the platform. Every key on the ring is listed, so codes signed before a rotation keep verifying
 * until their key is removed here too; {@code active} marks the key new codes are signed with.
 */
@RestController
public class ActionCodeKeys {

    public static final String PATH = "/.well-known/action-code-keys.json";

    /** Verifiers may keep the set this long; a rotation adds the new key before making it active, so this is safe. */
    private static final Duration MAX_AGE = Duration.ofHours(1);

    private final ActionCodeSigner signer;

    ActionCodeKeys(ActionCodeSigner signer) {
        this.signer = signer;
    }

    /** One key as RFC 8037 writes it, and whether new codes use it. */
    record Jwk(String kty, String crv, String kid, String x, String use, String alg, boolean active) {
    }

    record JwkSet(List<Jwk> keys) {
    }

    @GetMapping(value = PATH, produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<JwkSet> keys() {
        List<Jwk> keys = signer.verificationKeys().entrySet().stream()
                .map(key -> new Jwk("OKP", "Ed25519", key.getKey(), Base64.getUrlEncoder().withoutPadding().encodeToString(key.getValue()),
                        "sig", "EdDSA", key.getKey().equals(signer.activeKey())))
                .toList();
        return ResponseEntity.ok().cacheControl(CacheControl.maxAge(MAX_AGE).cachePublic()).body(new JwkSet(keys));
    }
}
