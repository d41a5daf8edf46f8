package dev.onecheck.loaders.sheet;

/** A row of input — a spreadsheet row or an entry of a JSON array — that can name itself in an error. */
public interface SourceRow {

    String file();

    /** 1-based: the spreadsheet row as Excel shows it, or the entry's position in a JSON array. */
    int number();

    /** The non-empty value of {@code field}, else a {@link RowException} naming it. */
    String required(String field);

    RowException error(String field, String reason);
}
