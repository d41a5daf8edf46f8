package dev.onecheck.domain.onsite;

import java.util.Optional;

/**
 * Where a rectification order (整改) stands: ordered (OPEN), reported done by the firm (REPORTED), accepted or closed
 * by the ordering department (CLOSED). Stored by name.
 */
public enum RectificationStatus {
    OPEN, REPORTED, CLOSED;

    /**
     * The status after the firm reports ({@code closing} false: only an open order) or the department closes it
     * ({@code closing} true: an open or reported order); empty when the order is past that step already.
     */
    public Optional<RectificationStatus> next(boolean closing) {
        if (this == CLOSED || !closing && this == REPORTED) {
            return Optional.empty();
        }
        return Optional.of(closing ? CLOSED : REPORTED);
    }
}
