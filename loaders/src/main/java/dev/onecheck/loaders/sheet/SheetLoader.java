package dev.onecheck.loaders.sheet;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;

import dev.onecheck.graph.LoadCounts;

/**
 * Loads one spreadsheet all or nothing: read, map every row, run the reference checks, and write only when no
 * row has an error; otherwise print every error and count the file's rows as rejected.
 */
public final class SheetLoader {

    private final SheetReader reader;
    private final PrintWriter out;
    private final PrintWriter err;

    public SheetLoader(SheetReader reader, PrintWriter out, PrintWriter err) {
        this.reader = reader;
        this.out = out;
        this.err = err;
    }

    /** @return false when the file was rejected */
    public <T> boolean load(String name, Path path, List<String> columns, String keyColumn, Function<SheetRow, T> mapper,
                            Consumer<ValidatedSheet<T>> checks, Function<List<T>, LoadCounts> write) throws IOException {
        Sheet sheet;
        try {
            sheet = reader.read(path, columns);
        } catch (RowException e) {
            return reject(name, List.of(e.error()), 0);
        }
        ValidatedSheet<T> file = ValidatedSheet.map(sheet, keyColumn, mapper);
        if (file.errors().isEmpty()) {
            checks.accept(file);
        }
        if (!file.errors().isEmpty()) {
            return reject(name, file.errors(), sheet.rows().size());
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
