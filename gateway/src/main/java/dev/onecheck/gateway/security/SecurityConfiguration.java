package dev.onecheck.gateway.security;

import dev.onecheck.gateway.onsite.ActionCodeKeys;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.header.writers.ContentSecurityPolicyHeaderWriter;
import org.springframework.security.web.header.writers.DelegatingRequestMatcherHeaderWriter;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.util.unit.DataSize;

/**
 * A stateless OAuth2 resource server: every GraphQL request carries a JWT from the configured issuer (the dev
 * issuer locally, the city's OIDC provider in production). The filter chain demands a valid token for every
 * operation, so controllers need no annotation for it; what each field may return is decided by the named policies of
 * the domain's {@code access} package, with the {@link dev.onecheck.domain.access.Viewer} as the principal.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(AnonymousRateProperties.class)
class SecurityConfiguration {

    /** The authority of the gateway's operators: the OAuth2 scope {@code operations}. */
    static final String OPERATIONS = "SCOPE_operations";

    /**
     * The public pages are server-made XHTML with one inline style sheet and images from the gateway only: no script
     * may run there, whatever a stored name or title contains, and no one may frame them.
     */
    static final String PAGE_POLICY = "default-src 'none'; style-src 'unsafe-inline'; img-src 'self' data:; "
            + "frame-ancestors 'none'; base-uri 'none'; form-action 'none'";

    /**
     * GraphiQL: scripts and styles from the gateway only (GraphiQL sets inline styles), requests to this origin only;
     * whatever a response contains, no other script runs and nothing leaves for another host.
     */
    static final String GRAPHIQL_POLICY = "default-src 'none'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
            + "img-src 'self' data:; font-src 'self' data:; connect-src 'self'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";

    @Bean
    SecurityFilterChain apiSecurity(HttpSecurity http) throws Exception {
        return http
                .authorizeHttpRequests(requests -> requests
                        // Health's status for everyone (load balancers, ./onecheck status); its components and the
                        // metrics for operators only (management.endpoint.health.roles).
                        .requestMatchers("/graphiql", "/graphiql/**", "/actuator/health", "/actuator/health/**").permitAll()
                        .requestMatchers("/actuator/**").hasAuthority(OPERATIONS)
                        // 亮码入企 and 一业一册 are for anyone with a phone: the code check, its QR image, the handbooks, the code keys.
                        .requestMatchers(HttpMethod.GET, "/verify", "/action-codes/qr.png", "/handbooks/*", ActionCodeKeys.PATH).permitAll()
                        .anyRequest().authenticated())
                .headers(headers -> headers.addHeaderWriter(new DelegatingRequestMatcherHeaderWriter(
                        new OrRequestMatcher(PathPatternRequestMatcher.withDefaults().matcher("/verify"),
                                PathPatternRequestMatcher.withDefaults().matcher("/handbooks/*")),
                        new ContentSecurityPolicyHeaderWriter(PAGE_POLICY)))
                        .addHeaderWriter(new DelegatingRequestMatcherHeaderWriter(
                                new OrRequestMatcher(PathPatternRequestMatcher.withDefaults().matcher("/graphiql"),
                                        PathPatternRequestMatcher.withDefaults().matcher("/graphiql/**")),
                                new ContentSecurityPolicyHeaderWriter(GRAPHIQL_POLICY))))
                .oauth2ResourceServer(server -> server.jwt(jwt -> jwt.jwtAuthenticationConverter(new ViewerAuthenticationConverter())))
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                // Bearer tokens, no cookies: CSRF cannot ride on a browser session here.
                .csrf(csrf -> csrf.disable())
                .build();
    }

    /** First of all filters: nothing may read a body whose type is a wildcard. */
    @Bean
    FilterRegistrationBean<WildcardContentType> wildcardContentType() {
        FilterRegistrationBean<WildcardContentType> registration = new FilterRegistrationBean<>(new WildcardContentType());
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        return registration;
    }

    /** Right after the content type: no body is read past the limit, by security or by GraphQL. */
    @Bean
    FilterRegistrationBean<BodyLimit> bodyLimit(@Value("${onecheck.http.max-body-size:256KB}") DataSize limit) {
        FilterRegistrationBean<BodyLimit> registration = new FilterRegistrationBean<>(new BodyLimit(limit.toBytes()));
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 1);
        return registration;
    }

    /** After security (which runs first, at its own order), so a caller with a valid token is known and not counted. */
    @Bean
    FilterRegistrationBean<AnonymousRateLimit> anonymousRateLimit(AnonymousRateProperties properties) {
        FilterRegistrationBean<AnonymousRateLimit> registration = new FilterRegistrationBean<>(new AnonymousRateLimit(properties));
        registration.addUrlPatterns(AnonymousRateLimit.PATHS);
        return registration;
    }
}
