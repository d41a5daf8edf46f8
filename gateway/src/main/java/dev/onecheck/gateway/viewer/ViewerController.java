package dev.onecheck.gateway.viewer;

import dev.onecheck.domain.access.Viewer;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;

@Controller
class ViewerController {

    /** Anyone with a valid token may ask who they are. */
    @QueryMapping
    Viewer me(@AuthenticationPrincipal Viewer viewer) {
        return viewer;
    }
}
