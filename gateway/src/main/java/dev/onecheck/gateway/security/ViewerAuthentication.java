package dev.onecheck.gateway.security;

import java.util.Collection;

import dev.onecheck.domain.access.Viewer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;

/**
 * An authenticated JWT whose principal is the OneCheck {@link Viewer}, so controllers take it as
 * {@code @AuthenticationPrincipal Viewer viewer}.
 */
final class ViewerAuthentication extends JwtAuthenticationToken {

    private final Viewer viewer;

    ViewerAuthentication(Jwt jwt, Viewer viewer, Collection<? extends GrantedAuthority> authorities) {
        super(jwt, authorities, viewer.account());
        this.viewer = viewer;
    }

    @Override
    public Viewer getPrincipal() {
        return viewer;
    }
}
