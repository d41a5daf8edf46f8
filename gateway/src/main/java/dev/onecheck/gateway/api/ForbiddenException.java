package dev.onecheck.gateway.api;

/** The caller may not read what it asked for; reported as {@code FORBIDDEN} without saying whether it exists. */
public class ForbiddenException extends RuntimeException {

    public ForbiddenException(String message) {
        super(message);
    }
}
