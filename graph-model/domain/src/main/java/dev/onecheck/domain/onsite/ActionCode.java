package dev.onecheck.domain.onsite;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Optional;

import dev.onecheck.domain.planning.Window;

/**
 * 行政行为码 ("亮码入企"): what a signed code says — its id, the visit (一次入企) it authorises, and the time it is good
 * for: from the first day of the visit's window to the end of its last day, in the city's time. Everything else a
 * check shows (departments, officers, items, legal basis) is read from the record, so a code stays short enough
 * for a QR image.
 */
public record ActionCode(String id, String inspection, Instant notBefore, Instant expiresAt) {

    private static final String SEPARATOR = "|";

    public ActionCode {
        if (id.contains(SEPARATOR) || inspection.contains(SEPARATOR)) {
            throw new IllegalArgumentException("an action code's id and visit must not contain '|'");
        }
        if (!expiresAt.isAfter(notBefore)) {
            throw new IllegalArgumentException("an action code must expire after it becomes valid");
        }
    }

    public static ActionCode forWindow(String id, String inspection, Window window, ZoneId zone) {
        return new ActionCode(id, inspection, window.from().atStartOfDay(zone).toInstant(),
                window.to().plusDays(1).atStartOfDay(zone).toInstant());
    }

    /** The signed text. */
    String payload() {
        return String.join(SEPARATOR, id, inspection, notBefore.toString(), expiresAt.toString());
    }

    static Optional<ActionCode> parse(String payload) {
        String[] parts = payload.split("\\" + SEPARATOR, -1);
        if (parts.length != 4) {
            return Optional.empty();
        }
        try {
            return Optional.of(new ActionCode(parts[0], parts[1], Instant.parse(parts[2]), Instant.parse(parts[3])));
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }
}
