package dev.onecheck.gateway.search;

import dev.onecheck.search.index.IndexProjector;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Keeps search in step with the graph while the gateway runs: whatever a write or a load queued in the outbox is
 * indexed within one interval; when Elasticsearch is down the entries wait and the next run retries.
 */
@Component
class OutboxDrainer {

    private static final Logger log = LoggerFactory.getLogger(OutboxDrainer.class);

    private final IndexProjector projector;

    OutboxDrainer(IndexProjector projector) {
        this.projector = projector;
    }

    @Scheduled(fixedDelayString = "${onecheck.search.drain-interval}", initialDelayString = "${onecheck.search.drain-interval}")
    void drain() {
        try {
            if (projector.ready()) {
                IndexProjector.Report report = projector.drain();
                if (!report.equals(IndexProjector.Report.NONE)) {
                    log.info("search index brought up to date: {}", report);
                }
            }
        } catch (Exception e) {
            log.warn("search index not updated, will retry: {}", e.toString());
        }
    }
}
