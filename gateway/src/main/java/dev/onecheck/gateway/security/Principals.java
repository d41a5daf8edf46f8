package dev.onecheck.gateway.security;

import java.security.Principal;

import dev.onecheck.domain.access.Viewer;

/**
 * The {@link Viewer} behind a request's {@link Principal}, for {@code @BatchMapping} methods: Spring for GraphQL
 * passes those the principal but does not resolve {@code @AuthenticationPrincipal} for them.
 */
public final class Principals {

    private Principals() {
    }

    public static Viewer viewer(Principal principal) {
        return ((ViewerAuthentication) principal).getPrincipal();
    }
}
