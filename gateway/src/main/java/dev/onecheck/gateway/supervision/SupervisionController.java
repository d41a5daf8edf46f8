package dev.onecheck.gateway.supervision;

import java.util.List;

import dev.onecheck.domain.access.Viewer;
import dev.onecheck.domain.supervision.SupervisionRow;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;

/** 评价监督指标 over GraphQL; the same rows as {@link SupervisionExportController}. */
@Controller
class SupervisionController {

    private final SupervisionMetrics metrics;

    SupervisionController(SupervisionMetrics metrics) {
        this.metrics = metrics;
    }

    @QueryMapping
    List<SupervisionRow> supervisionMetrics(@Argument SupervisionMetrics.Filter filter, @AuthenticationPrincipal Viewer viewer) {
        return metrics.rows(viewer, filter);
    }
}
