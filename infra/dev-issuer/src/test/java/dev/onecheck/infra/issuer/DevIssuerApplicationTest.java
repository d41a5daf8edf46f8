package dev.onecheck.infra.issuer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.client.HttpClientErrorException;
import org.springframework.web.client.RestClient;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class DevIssuerApplicationTest {

    @LocalServerPort
    int port;

    private String token(String account, String secret) {
        Map<?, ?> response = RestClient.create("http://127.0.0.1:" + port).post().uri("/oauth2/token")
                .headers(h -> h.setBasicAuth(account, secret))
                .contentType(MediaType.APPLICATION_FORM_URLENCODED)
                .body("grant_type=client_credentials")
                .retrieve().body(Map.class);
        return (String) response.get("access_token");
    }

    private Map<String, Object> tokenClaims(String account, String secret) {
        String jwt = token(account, secret);
        String payload = new String(Base64.getUrlDecoder().decode(jwt.split("\\.")[1]), StandardCharsets.UTF_8);
        return JsonMapper.builder().build().readValue(payload, new TypeReference<Map<String, Object>>() { });
    }

    @Test
    void officerTokenCarriesRoleDepartmentAndCertificate() {
        Map<String, Object> claims = tokenClaims("officer", "demo");

        assertThat(claims.get("sub")).isEqualTo("officer");
        assertThat(claims.get("roles")).asList().containsExactly("OFFICER");
        assertThat(claims.get("department")).isEqualTo("JH-SCJG");
        assertThat(claims.get("iss")).isEqualTo("http://127.0.0.1:" + port);
        assertThat(claims.get("name")).asString().contains("蒋洋");
        assertThat(claims.get("certificateNo")).as("执法证号 of 蒋洋 in sample-data/officers.csv").isEqualTo("32990020210002");
        assertThat(claims.get("aud")).as("one audience is written as a string (RFC 7519 4.1.3)").isEqualTo("onecheck-gateway");
        assertThat(((Number) claims.get("exp")).longValue() - ((Number) claims.get("iat")).longValue())
                .as("issue 20, finding 8: a token lives 15 minutes, not a working day").isEqualTo(900L);
        assertThat(claims).as("only the operator account holds a scope").doesNotContainKey("scope");
    }

    @Test
    void enterpriseTokenIsBoundToOneCreditCode() {
        Map<String, Object> claims = tokenClaims("enterprise", "demo");

        assertThat(claims.get("roles")).asList().containsExactly("ENTERPRISE");
        assertThat(claims.get("uscc")).isEqualTo("91329900MA1JH0001C");
        assertThat(claims).doesNotContainKey("department");
    }

    @Test
    void theOperatorTokenCarriesTheOperationsScope() {
        assertThat(tokenClaims("operator", "demo").get("scope")).isEqualTo("operations");
    }

    /** Issue 20, finding 8: `public` could introspect the officer's token and read its claims. */
    @Test
    void noDemoClientIntrospectsATokenNotEvenItsOwn() {
        String officers = token("officer", "demo");
        for (String client : new String[] {"public", "officer"}) {
            assertThatThrownBy(() -> RestClient.create("http://127.0.0.1:" + port).post().uri("/oauth2/introspect")
                    .headers(h -> h.setBasicAuth(client, "demo")).contentType(MediaType.APPLICATION_FORM_URLENCODED)
                    .body("token=" + officers).retrieve().body(String.class))
                    .isInstanceOfSatisfying(HttpClientErrorException.class, e -> assertThat(e.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN));
        }
    }

    @Test
    void wrongSecretIsRefused() {
        assertThatThrownBy(() -> tokenClaims("officer", "wrong"))
                .isInstanceOfSatisfying(HttpClientErrorException.class,
                        e -> assertThat(e.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED));
    }
}
