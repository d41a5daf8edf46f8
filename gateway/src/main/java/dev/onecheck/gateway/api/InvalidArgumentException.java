package dev.onecheck.gateway.api;

/** A GraphQL argument the caller got wrong; reported as {@code BAD_USER_INPUT} naming the argument. */
public class InvalidArgumentException extends RuntimeException {

    private final String argument;

    public InvalidArgumentException(String argument, String message) {
        super("argument '" + argument + "' " + message);
        this.argument = argument;
    }

    public String argument() {
        return argument;
    }
}
