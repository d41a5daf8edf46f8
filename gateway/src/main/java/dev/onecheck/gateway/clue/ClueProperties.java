package dev.onecheck.gateway.clue;

import java.time.Duration;

import dev.onecheck.store.clue.ClueDesk;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The city's clue handling ({@code onecheck.clues.*}): days a routed department has to answer (响应时限, 3), the
 * confidence a name-and-address match is taken without an officer's confirmation (0.75), the window within
 * which clues about one firm from several sides are inspected together (30 days), and the similarity from which
 * 研判 takes a violation as the clue's reading ({@link ClueDesk#MIN_SIMILARITY}).
 */
@ConfigurationProperties("onecheck.clues")
record ClueProperties(Integer responseDays, Double confirmationThreshold, Duration aggregationWindow, Double minSimilarity) {

    ClueProperties {
        if (minSimilarity != null && !(minSimilarity > 0 && minSimilarity <= 1)) {
            throw new IllegalArgumentException("onecheck.clues.min-similarity lies above 0 and at most 1, got " + minSimilarity);
        }
    }

    ClueDesk.Settings settings() {
        return new ClueDesk.Settings(responseDays == null ? 3 : responseDays, confirmationThreshold == null ? 0.75 : confirmationThreshold);
    }

    double readingSimilarity() {
        return minSimilarity == null ? ClueDesk.MIN_SIMILARITY : minSimilarity;
    }

    Duration window() {
        return aggregationWindow == null ? Duration.ofDays(30) : aggregationWindow;
    }
}
