package dev.onecheck.loaders.sheet;

/** Thrown while mapping a row; carries the {@link RowError} to report. */
public class RowException extends RuntimeException {

    private final RowError error;

    public RowException(RowError error) {
        super(error.toString());
        this.error = error;
    }

    public RowError error() {
        return error;
    }
}
