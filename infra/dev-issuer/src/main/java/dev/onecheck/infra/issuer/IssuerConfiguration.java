package dev.onecheck.infra.issuer;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.UUID;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.settings.TokenSettings;
import org.springframework.security.oauth2.server.authorization.token.JwtEncodingContext;
import org.springframework.security.oauth2.server.authorization.token.OAuth2TokenCustomizer;

@Configuration(proxyBeanMethods = false)
class IssuerConfiguration {

    /**
     * Tokens are not revocable (the gateway checks them offline), so they live short: a revoked demo account is out
     * within this; {@code ./onecheck token} fetches a new one in a second.
     */
    private static final Duration TOKEN_LIFETIME = Duration.ofMinutes(15);
    /** The gateway accepts only tokens meant for it ({@code spring.security.oauth2.resourceserver.jwt.audiences}). */
    static final String AUDIENCE = "onecheck-gateway";

    @Bean
    RegisteredClientRepository registeredClients(DemoAccounts demo) {
        List<RegisteredClient> clients = demo.accounts().keySet().stream()
                .map(id -> RegisteredClient.withId(UUID.nameUUIDFromBytes(id.getBytes()).toString())
                        .clientId(id)
                        .clientSecret("{noop}" + demo.secret())
                        .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
                        .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_POST)
                        .authorizationGrantType(AuthorizationGrantType.CLIENT_CREDENTIALS)
                        .tokenSettings(TokenSettings.builder().accessTokenTimeToLive(TOKEN_LIFETIME).build())
                        .build())
                .toList();
        return new DemoClientRepository(clients);
    }

    /** Before the authorization server's own filters: introspection is refused to every client. */
    @Bean
    FilterRegistrationBean<NoIntrospection> noIntrospection() {
        FilterRegistrationBean<NoIntrospection> registration = new FilterRegistrationBean<>(new NoIntrospection());
        registration.addUrlPatterns(NoIntrospection.PATH);
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        return registration;
    }

    /** Puts the account's identity into every access token it gets. */
    @Bean
    OAuth2TokenCustomizer<JwtEncodingContext> demoClaims(DemoAccounts demo) {
        return context -> demo.find(context.getRegisteredClient().getClientId()).ifPresent(account -> {
            var claims = context.getClaims();
            claims.audience(List.of(AUDIENCE));
            claims.claim("name", account.name());
            claims.claim("roles", account.roles());
            if (account.department() != null) {
                claims.claim("department", account.department());
            }
            if (account.uscc() != null) {
                claims.claim("uscc", account.uscc());
            }
            if (account.certificateNo() != null) {
                claims.claim("certificateNo", account.certificateNo());
            }
            if (account.scopes() != null && !account.scopes().isEmpty()) {
                claims.claim("scope", String.join(" ", account.scopes()));
            }
        });
    }

    /**
     * Spring's in-memory repository refuses clients that share a secret; the demo accounts all share one.
     * {@code save} is called when Spring re-encodes a {noop} secret after the first login.
     */
    static final class DemoClientRepository implements RegisteredClientRepository {

        private final Map<String, RegisteredClient> byClientId = new ConcurrentHashMap<>();

        DemoClientRepository(List<RegisteredClient> clients) {
            clients.forEach(this::save);
        }

        @Override
        public void save(RegisteredClient client) {
            byClientId.put(client.getClientId(), client);
        }

        @Override
        public RegisteredClient findById(String id) {
            return byClientId.values().stream().filter(c -> c.getId().equals(id)).findFirst().orElse(null);
        }

        @Override
        public RegisteredClient findByClientId(String clientId) {
            return byClientId.get(clientId);
        }
    }
}
