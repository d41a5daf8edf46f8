package dev.onecheck.gateway.onsite;

import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import java.util.TreeMap;

import dev.onecheck.domain.onsite.ActionCodeSigner;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code onecheck.onsite.*}: how long results may wait before they are published (公示), and the 行政行为码 key
 * ring (key id → base64 Ed25519 private key of 32 bytes; new codes use {@code active-key}).
 */
@ConfigurationProperties("onecheck.onsite")
record OnsiteProperties(Duration publishWithin, ActionCodeKeys actionCode) {

    record ActionCodeKeys(String activeKey, Map<String, String> keys) {
    }

    ActionCodeSigner signer() {
        if (actionCode == null || actionCode.keys() == null || actionCode.keys().isEmpty()) {
            throw new IllegalStateException("onecheck.onsite.action-code.keys is empty: configure the 行政行为码 key ring");
        }
        Map<String, byte[]> secrets = new TreeMap<>();
        actionCode.keys().forEach((id, secret) -> {
            try {
                secrets.put(id, Base64.getDecoder().decode(secret));
            } catch (IllegalArgumentException e) {
                throw new IllegalStateException("onecheck.onsite.action-code.keys." + id + " is not base64", e);
            }
        });
        return new ActionCodeSigner(secrets, actionCode.activeKey());
    }
}
