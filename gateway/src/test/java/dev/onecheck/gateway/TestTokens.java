package dev.onecheck.gateway;

import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.interfaces.RSAPublicKey;
import java.time.Instant;
import java.util.List;

import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.security.oauth2.jwt.JwtClaimsSet;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtEncoderParameters;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.jwt.NimbusJwtEncoder;

/**
 * Signs test tokens with a key the gateway under test trusts, standing in for the issuer. The claims are the
 * ones the dev issuer puts in (its own test proves that), so the gateway sees what it sees in production.
 */
public final class TestTokens {

    private static final KeyPair KEYS = generate();

    private TestTokens() {
    }

    public static String officer() {
        return token("officer", List.of("OFFICER"), "JH-SCJG", null);
    }

    /** The gateway's operator: the OAuth2 scope {@code operations}, no more than the public in the graph. */
    public static String operator() {
        return encode(claims("operator", List.of("PUBLIC")).claim("scope", "operations"));
    }

    public static String enterprise() {
        return token("enterprise", List.of("ENTERPRISE"), null, "91329900MA1JH0001C");
    }

    public static String token(String account, List<String> roles, String department, String uscc) {
        return token(account, roles, department, uscc, null);
    }

    /** With an officer's 执法证号 ({@code certificateNo}), as the issuer puts it in. */
    public static String token(String account, List<String> roles, String department, String uscc, String certificateNo) {
        JwtClaimsSet.Builder claims = claims(account, roles);
        if (department != null) {
            claims.claim("department", department);
        }
        if (uscc != null) {
            claims.claim("uscc", uscc);
        }
        if (certificateNo != null) {
            claims.claim("certificateNo", certificateNo);
        }
        return encode(claims);
    }

    private static JwtClaimsSet.Builder claims(String account, List<String> roles) {
        return JwtClaimsSet.builder()
                .subject(account).issuer("https://issuer.test").issuedAt(Instant.now())
                .expiresAt(Instant.now().plusSeconds(600))
                .claim("name", account).claim("roles", roles);
    }

    private static String encode(JwtClaimsSet.Builder claims) {
        var encoder = new NimbusJwtEncoder(new ImmutableJWKSet<>(new JWKSet(
                new RSAKey.Builder((RSAPublicKey) KEYS.getPublic()).privateKey(KEYS.getPrivate()).build())));
        return encoder.encode(JwtEncoderParameters.from(claims.build())).getTokenValue();
    }

    private static KeyPair generate() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return generator.generateKeyPair();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Replaces the issuer-backed decoder with one that trusts {@link TestTokens}. */
    @TestConfiguration(proxyBeanMethods = false)
    public static class TrustTestTokens {
        @Bean
        JwtDecoder testJwtDecoder() {
            return NimbusJwtDecoder.withPublicKey((RSAPublicKey) KEYS.getPublic()).build();
        }
    }
}
