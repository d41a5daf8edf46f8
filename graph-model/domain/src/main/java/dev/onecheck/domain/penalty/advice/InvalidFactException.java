package dev.onecheck.domain.penalty.advice;

/** A fact of a {@link ViolationFacts} that is missing or wrong; {@code fact} names its component. */
public class InvalidFactException extends IllegalArgumentException {

    private final String fact;

    public InvalidFactException(String fact, String message) {
        super(fact + " " + message);
        this.fact = fact;
    }

    public String fact() {
        return fact;
    }
}
