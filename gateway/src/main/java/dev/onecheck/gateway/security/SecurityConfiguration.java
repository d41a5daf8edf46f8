package dev.onecheck.gateway.security;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;

/**
 * A stateless OAuth2 resource server: every GraphQL request carries a JWT from the configured issuer (the dev
 * issuer locally, the city's OIDC provider in production). The filter chain demands a valid token for every
 * operation, so controllers need no annotation for it; what each field may return is decided by the named policies of
 * the domain's {@code access} package, with the {@link dev.onecheck.domain.access.Viewer} as the principal.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

    @Bean
    SecurityFilterChain apiSecurity(HttpSecurity http) throws Exception {
        return http
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers("/graphiql", "/graphiql/**", "/actuator/health", "/actuator/health/**").permitAll()
                        // 亮码入企 and 一业一册 are for anyone with a phone: the code check, its QR image, the handbooks.
                        .requestMatchers(HttpMethod.GET, "/verify", "/action-codes/qr.png", "/handbooks/*").permitAll()
                        .anyRequest().authenticated())
                .oauth2ResourceServer(server -> server.jwt(jwt -> jwt.jwtAuthenticationConverter(new ViewerAuthenticationConverter())))
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                // Bearer tokens, no cookies: CSRF cannot ride on a browser session here.
                .csrf(csrf -> csrf.disable())
                .build();
    }
}
