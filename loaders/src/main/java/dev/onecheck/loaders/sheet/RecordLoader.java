package dev.onecheck.loaders.sheet;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;

import dev.onecheck.store.LoadCounts;

/**
 * Loads one input file all or nothing: read, map every row, run the reference checks, and write only when no
 * row has an error; otherwise print every error and count the file's rows as rejected.
 */
public final class RecordLoader {

    /** Reads the rows of a file; a {@link RowException} rejects the whole file (a missing column, bad JSON …). */
    @FunctionalInterface
    public interface Rows<R extends SourceRow> {
        List<R> read() throws IOException;
    }

    private final PrintWriter out;
    private final PrintWriter err;

    public RecordLoader(PrintWriter out, PrintWriter err) {
        this.out = out;
        this.err = err;
    }

    /** @return false when the file was rejected */
    public <R extends SourceRow, T> boolean load(String name, Rows<R> source, String keyField, Function<R, T> mapper,
                                                 Consumer<ValidatedRows<T>> checks, Function<List<T>, LoadCounts> write)
            throws IOException {
        return load(name, source, keyField, row -> row.required(keyField), mapper, checks, write);
    }

    /** {@link #load(String, Rows, String, Function, Consumer, Function)} keyed by more than one cell, reported at {@code keyField}. */
    public <R extends SourceRow, T> boolean load(String name, Rows<R> source, String keyField, Function<R, String> keyOf,
                                                 Function<R, T> mapper, Consumer<ValidatedRows<T>> checks,
                                                 Function<List<T>, LoadCounts> write) throws IOException {
        List<R> rows;
        try {
            rows = source.read();
        } catch (RowException e) {
            return reject(name, List.of(e.error()), 0);
        }
        ValidatedRows<T> file = ValidatedRows.map(rows, keyField, keyOf, mapper);
        if (file.errors().isEmpty()) {
            checks.accept(file);
        }
        if (!file.errors().isEmpty()) {
            return reject(name, file.errors(), rows.size());
        }
        out.println(name + ": " + write.apply(file.records()));
        return true;
    }

    private boolean reject(String name, List<RowError> errors, int rows) {
        errors.forEach(e -> err.println("rejected " + e));
        out.println(name + ": " + LoadCounts.NONE.plusRejected(rows) + " (file not loaded: " + errors.size() + " error(s))");
        return false;
    }
}
