package dev.onecheck.gateway.security;

import java.util.List;

import dev.onecheck.domain.access.Viewer;
import org.springframework.core.convert.converter.Converter;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.jwt.Jwt;

/**
 * Turns a validated JWT into a {@link ViewerAuthentication}: claims {@code roles}, {@code department},
 * {@code uscc}, {@code name}. A token whose claims do not make a valid viewer is rejected (401).
 */
final class ViewerAuthenticationConverter implements Converter<Jwt, AbstractAuthenticationToken> {

    @Override
    public AbstractAuthenticationToken convert(Jwt jwt) {
        Viewer viewer;
        try {
            viewer = Viewer.fromClaims(jwt.getSubject(), jwt.getClaimAsString("name"), jwt.getClaimAsStringList("roles"),
                    jwt.getClaimAsString("department"), jwt.getClaimAsString("uscc"));
        } catch (IllegalArgumentException e) {
            throw new BadCredentialsException("token claims do not describe a OneCheck user: " + e.getMessage(), e);
        }
        List<SimpleGrantedAuthority> authorities = viewer.roles().stream()
                .map(role -> new SimpleGrantedAuthority("ROLE_" + role.name())).toList();
        return new ViewerAuthentication(jwt, viewer, authorities);
    }
}
