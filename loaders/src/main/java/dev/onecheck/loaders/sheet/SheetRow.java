package dev.onecheck.loaders.sheet;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One data row of a spreadsheet, read by canonical column name; every failure names file, row and column.
 * {@code numbers} are the columns whose cell is an xlsx number — a date or time cell is one, Excel's day number; a
 * CSV has none, its cells are text.
 */
public record SheetRow(String file, int number, Map<String, String> cells, Set<String> numbers) implements SourceRow {

    /** The trimmed cell, or null when empty or absent. */
    public String text(String column) {
        String value = cells.get(column);
        return value == null || value.isBlank() ? null : value.strip();
    }

    /** Whether the cell is an xlsx number rather than text. */
    public boolean isNumber(String column) {
        return numbers.contains(column);
    }

    @Override
    public String required(String column) {
        String value = text(column);
        if (value == null) {
            throw error(column, "is empty");
        }
        return value;
    }

    /** A list cell: values separated by ；, ;, 、 or line breaks; empty cell → empty list. */
    public List<String> list(String column) {
        String value = text(column);
        return value == null ? List.of()
                : Arrays.stream(value.split("[；;、\\n]")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    public LocalDate date(String column) {
        String value = required(column);
        try {
            return LocalDate.parse(value.replace('/', '-'));
        } catch (DateTimeParseException e) {
            throw error(column, "'" + value + "' is not a date (YYYY-MM-DD)");
        }
    }

    /** 是/否 (also Y/N, true/false, 1/0); empty is 否. */
    public boolean yesNo(String column) {
        String value = text(column);
        if (value == null) {
            return false;
        }
        return switch (value.toLowerCase()) {
            case "是", "y", "yes", "true", "1" -> true;
            case "否", "n", "no", "false", "0" -> false;
            default -> throw error(column, "'" + value + "' is not 是 or 否");
        };
    }

    /** The value must be one of {@code allowed}. */
    public String oneOf(String column, List<String> allowed) {
        String value = required(column);
        if (!allowed.contains(value)) {
            throw error(column, "'" + value + "' is not one of " + String.join("/", allowed));
        }
        return value;
    }

    @Override
    public RowException error(String column, String reason) {
        return new RowException(new RowError(file, number, column, reason));
    }
}
