package dev.onecheck.gateway.security;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;

/**
 * A stateless OAuth2 resource server: every GraphQL request carries a JWT from the configured issuer (the dev
 * issuer locally, the city's OIDC provider in production). What each field may return is decided per field
 * with method security; the filter chain only demands a valid token.
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
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
