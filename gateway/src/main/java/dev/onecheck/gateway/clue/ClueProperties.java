package dev.onecheck.gateway.clue;

import java.time.Duration;

import dev.onecheck.store.clue.ClueDesk;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The city's clue handling ({@code onecheck.clues.*}): days a routed department has to answer (响应时限, 3), the
 * confidence a name-and-address match is taken without an officer's confirmation (0.75), and the window within
 * which clues about one firm from several sides are inspected together (30 days).
 */
@ConfigurationProperties("onecheck.clues")
record ClueProperties(Integer responseDays, Double confirmationThreshold, Duration aggregationWindow) {

    ClueDesk.Settings settings() {
        return new ClueDesk.Settings(responseDays == null ? 3 : responseDays, confirmationThreshold == null ? 0.75 : confirmationThreshold);
    }

    Duration window() {
        return aggregationWindow == null ? Duration.ofDays(30) : aggregationWindow;
    }
}
