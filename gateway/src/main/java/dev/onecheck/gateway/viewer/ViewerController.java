package dev.onecheck.gateway.viewer;

import dev.onecheck.gateway.security.ViewerAuthentication;
import dev.onecheck.graph.access.Viewer;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;

@Controller
class ViewerController {

    /** Anyone with a valid token may ask who they are. */
    @QueryMapping
    @PreAuthorize("isAuthenticated()")
    Viewer me(ViewerAuthentication authentication) {
        return authentication.viewer();
    }
}
