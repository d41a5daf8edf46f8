package dev.onecheck.gateway.supervision;

import java.util.List;

import dev.onecheck.domain.access.SupervisionAccess;
import dev.onecheck.domain.access.Viewer;
import dev.onecheck.domain.planning.CityPolicy;
import dev.onecheck.domain.supervision.Granularity;
import dev.onecheck.domain.supervision.MetricsRange;
import dev.onecheck.domain.supervision.SupervisionFigures;
import dev.onecheck.domain.supervision.SupervisionRow;
import dev.onecheck.gateway.api.ForbiddenException;
import dev.onecheck.store.supervision.SupervisionReader;

/**
 * 评价监督指标 as the query and the exports answer them: authorised first (so a department admin learns nothing of
 * another department, not even whether the range was right), then the range checked, the facts read and counted.
 */
final class SupervisionMetrics {

    /** {@code supervisionMetrics(filter:)} and the export's request parameters. */
    record Filter(String department, String region, String from, String to, Granularity granularity) {
    }

    private final SupervisionReader reader;
    private final CityPolicy policy;

    SupervisionMetrics(SupervisionReader reader, CityPolicy policy) {
        this.reader = reader;
        this.policy = policy;
    }

    List<SupervisionRow> rows(Viewer viewer, Filter filter) {
        authorise(viewer, filter.department());
        MetricsRange range = MetricsRange.of(filter.from(), filter.to(), filter.granularity());
        return SupervisionFigures.of(range, reader.facts(range, filter.department(), filter.region()), policy.perFirmPerMonth());
    }

    /** The exports' form, the granularity by name: read only once the caller is authorised, as every other parameter. */
    List<SupervisionRow> rows(Viewer viewer, String department, String region, String from, String to, String granularity) {
        authorise(viewer, department);
        return rows(viewer, new Filter(department, region, from, to, Granularity.named(granularity)));
    }

    private static void authorise(Viewer viewer, String department) {
        if (!SupervisionAccess.mayReadSupervisionMetrics(viewer, department)) {
            throw new ForbiddenException("supervision metrics are for supervisors, and for a department admin of its own department");
        }
    }
}
