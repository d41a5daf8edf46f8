package dev.onecheck.domain.law;

/** A law file that does not follow the expected layout; says which file and line. */
public class LawFormatException extends Exception {

    private final String file;
    private final int line;

    public LawFormatException(String file, int line, String reason) {
        super(file + (line > 0 ? ":" + line : "") + ": " + reason);
        this.file = file;
        this.line = line;
    }

    public String file() {
        return file;
    }

    public int line() {
        return line;
    }
}
