package dev.onecheck.infra.issuer;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The demo clients may not introspect tokens: Spring's authorization server answers any client about any token, so
 * {@code public} could learn another account's claims from its token. The gateway checks tokens offline (their
 * signature, issuer, audience, expiry) and needs no introspection; nothing else here does either.
 */
final class NoIntrospection extends OncePerRequestFilter {

    static final String PATH = "/oauth2/introspect";

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        response.setStatus(HttpServletResponse.SC_FORBIDDEN);
        response.setContentType("application/json");
        response.getWriter().write("{\"error\":\"access_denied\",\"error_description\":\"token introspection is disabled for the demo clients\"}");
    }
}
