package dev.onecheck.gateway.security;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A request body's {@code Content-Type} names one type: {@code application/*}, {@code *}{@code /*} or one that does
 * not parse is 415, before anything reads it. Spring's request wrapper refuses a wildcard content type with an
 * exception that would otherwise surface as a 500 page and two logged stack traces.
 */
final class WildcardContentType extends OncePerRequestFilter {

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String declared = request.getContentType();
        if (declared != null && !declared.isBlank() && !concrete(declared)) {
            // Written here, not by sendError: an error dispatch would go through security again.
            response.setStatus(HttpServletResponse.SC_UNSUPPORTED_MEDIA_TYPE);
            response.setContentType("text/plain;charset=UTF-8");
            response.getWriter().write("Content-Type must name one media type, e.g. application/json; got " + declared.strip());
            return;
        }
        chain.doFilter(request, response);
    }

    private static boolean concrete(String declared) {
        try {
            MediaType type = MediaType.parseMediaType(declared);
            return !type.isWildcardType() && !type.isWildcardSubtype();
        } catch (InvalidMediaTypeException e) {
            return false;
        }
    }
}
