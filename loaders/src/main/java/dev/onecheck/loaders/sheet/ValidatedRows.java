package dev.onecheck.loaders.sheet;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The records of one input file and the errors of its rows. Collects every error (one per row) instead of
 * stopping at the first, so a department fixes its spreadsheet in one round.
 */
public final class ValidatedRows<T> {

    private final List<T> records = new ArrayList<>();
    private final Map<T, SourceRow> rowOf = new HashMap<>();
    private final List<RowError> errors = new ArrayList<>();

    /** Maps every row; a duplicate natural key is an error at its second row. */
    public static <R extends SourceRow, T> ValidatedRows<T> map(List<R> rows, String keyColumn, Function<R, T> mapper) {
        return map(rows, keyColumn, row -> row.required(keyColumn), mapper);
    }

    /** {@link #map(List, String, Function)} for a natural key made of more than one cell, reported at {@code keyColumn}. */
    public static <R extends SourceRow, T> ValidatedRows<T> map(List<R> rows, String keyColumn, Function<R, String> keyOf,
                                                               Function<R, T> mapper) {
        ValidatedRows<T> file = new ValidatedRows<>();
        Map<String, Integer> firstRowOfKey = new HashMap<>();
        for (R row : rows) {
            try {
                String key = keyOf.apply(row);
                Integer first = firstRowOfKey.putIfAbsent(key, row.number());
                if (first != null) {
                    throw row.error(keyColumn, key + " already appears in row " + first);
                }
                T record = mapper.apply(row);
                file.records.add(record);
                file.rowOf.put(record, row);
            } catch (RowException e) {
                file.errors.add(e.error());
            } catch (IllegalArgumentException e) {
                file.errors.add(new RowError(row.file(), row.number(), null, e.getMessage()));
            }
        }
        return file;
    }

    /**
     * Reports, for each record, the referenced codes that do not exist. The codes of all records are gathered and
     * {@code existing} is asked once, with that set, which of them exist.
     */
    public void requireKnown(String column, Function<T, List<String>> references,
                             Function<Set<String>, Set<String>> existing, String what) {
        Set<String> referenced = records.stream().flatMap(r -> references.apply(r).stream())
                .filter(Objects::nonNull).collect(Collectors.toSet());
        Set<String> known = referenced.isEmpty() ? Set.of() : existing.apply(referenced);
        for (T record : records) {
            List<String> unknown = references.apply(record).stream().filter(code -> code != null && !known.contains(code)).toList();
            if (!unknown.isEmpty()) {
                SourceRow row = rowOf.get(record);
                errors.add(new RowError(row.file(), row.number(), column, "unknown " + what + " " + String.join("、", unknown)));
            }
        }
    }

    public void addError(T record, String column, String reason) {
        SourceRow row = rowOf.get(record);
        errors.add(new RowError(row.file(), row.number(), column, reason));
    }

    public List<T> records() {
        return records;
    }

    public List<RowError> errors() {
        return errors.stream().sorted(java.util.Comparator.comparingInt(RowError::row)).toList();
    }
}
