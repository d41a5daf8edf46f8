package dev.onecheck.gateway.planning;

import java.time.Duration;
import java.util.List;

import dev.onecheck.domain.planning.Merger.Merge;
import dev.onecheck.store.planning.PlanningReader.Inspection;
import dev.onecheck.store.planning.PlanningReader;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Sinks;

/**
 * 提醒相关部门: joint visits made by merging, published after their transaction committed, to every subscribed
 * department taking part. In-process: each gateway instance tells its own subscribers about its own merges.
 */
@Component
public class JointInspections {

    private final Sinks.Many<Inspection> proposed = Sinks.many().multicast().directBestEffort();
    private final PlanningReader reader;

    JointInspections(PlanningReader reader) {
        this.reader = reader;
    }

    public void publish(List<Merge> merges) {
        merges.forEach(m -> reader.inspection(m.survivor())
                .ifPresent(v -> proposed.emitNext(v, Sinks.EmitFailureHandler.busyLooping(Duration.ofSeconds(1)))));
    }

    Flux<Inspection> involving(String department) {
        return proposed.asFlux().filter(v -> v.departments().contains(department));
    }
}
