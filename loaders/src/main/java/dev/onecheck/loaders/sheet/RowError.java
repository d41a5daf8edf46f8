package dev.onecheck.loaders.sheet;

/** A rejected cell or row: which file, row (1-based, the header is row 1), column and why. */
public record RowError(String file, int row, String column, String reason) {

    @Override
    public String toString() {
        return file + (row > 0 ? " row " + row : "") + (column != null ? ", column " + column : "") + ": " + reason;
    }
}
