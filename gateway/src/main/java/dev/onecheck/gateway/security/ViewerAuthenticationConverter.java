package dev.onecheck.gateway.security;

import java.util.ArrayList;
import java.util.List;

import dev.onecheck.domain.access.Viewer;
import org.springframework.core.convert.converter.Converter;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtGrantedAuthoritiesConverter;

/**
 * Turns a validated JWT into a {@link ViewerAuthentication}: claims {@code roles}, {@code department},
 * {@code uscc}, {@code name}, {@code certificateNo} (an officer's 执法证号). A token whose claims do not make a valid viewer is rejected (401).
 * Authorities: {@code ROLE_<role>} per role, and {@code SCOPE_<scope>} per OAuth2 scope — {@code SCOPE_operations}
 * is what the gateway's operators hold (metrics, health details), apart from any role in the graph.
 */
final class ViewerAuthenticationConverter implements Converter<Jwt, AbstractAuthenticationToken> {

    private static final JwtGrantedAuthoritiesConverter SCOPES = new JwtGrantedAuthoritiesConverter();

    @Override
    public AbstractAuthenticationToken convert(Jwt jwt) {
        Viewer viewer;
        try {
            viewer = Viewer.fromClaims(jwt.getSubject(), jwt.getClaimAsString("name"), jwt.getClaimAsStringList("roles"),
                    jwt.getClaimAsString("department"), jwt.getClaimAsString("uscc"),
                    jwt.getClaimAsString("certificateNo"));
        } catch (IllegalArgumentException e) {
            throw new BadCredentialsException("token claims do not describe a OneCheck user: " + e.getMessage(), e);
        }
        List<GrantedAuthority> authorities = new ArrayList<>(SCOPES.convert(jwt));
        viewer.roles().forEach(role -> authorities.add(new SimpleGrantedAuthority("ROLE_" + role.name())));
        return new ViewerAuthentication(jwt, viewer, authorities);
    }
}
