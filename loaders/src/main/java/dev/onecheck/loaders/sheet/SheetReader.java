package dev.onecheck.loaders.sheet;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;

/**
 * Reads .csv (UTF-8 with or without BOM, or GBK as Excel on a Chinese Windows saves it) and .xlsx (first sheet).
 * The first row holds the column names, mapped to canonical names through {@link HeaderAliases}; fully empty rows
 * are skipped. Row numbers are those a person sees in Excel (header = 1).
 */
public final class SheetReader {

    /** A cell as read: its text, and whether it is an xlsx number (a date cell is one, Excel's day number). */
    private record Cell(String text, boolean number) {

        static final Cell EMPTY = new Cell(null, false);

        boolean blank() {
            return text == null || text.isBlank();
        }
    }

    private final HeaderAliases aliases;

    public SheetReader(HeaderAliases aliases) {
        this.aliases = aliases;
    }

    /**
     * @param required canonical columns the file must have
     * @throws RowException naming the file when a required column is missing or a header repeats
     */
    public Sheet read(Path path, List<String> required) throws IOException {
        String file = path.getFileName().toString();
        List<List<Cell>> table = file.toLowerCase().endsWith(".xlsx") ? readXlsx(path) : readCsv(path);
        if (table.isEmpty()) {
            throw new RowException(new RowError(file, 0, null, "is empty: expected a header row"));
        }
        List<String> columns = new ArrayList<>();
        for (Cell header : table.getFirst()) {
            String name = aliases.canonical(header.text() == null ? "" : header.text());
            if (!name.isEmpty() && columns.contains(name)) {
                throw new RowException(new RowError(file, 1, name, "appears twice in the header"));
            }
            columns.add(name);
        }
        List<String> missing = required.stream().filter(c -> !columns.contains(c)).toList();
        if (!missing.isEmpty()) {
            throw new RowException(new RowError(file, 1, null,
                    "missing column(s) " + String.join(", ", missing) + " (found: " + String.join(", ", columns) + ")"));
        }
        List<SheetRow> rows = new ArrayList<>();
        for (int i = 1; i < table.size(); i++) {
            List<Cell> cells = table.get(i);
            if (cells.stream().allMatch(Cell::blank)) {
                continue;
            }
            Map<String, String> byColumn = new LinkedHashMap<>();
            Set<String> numbers = new HashSet<>();
            for (int c = 0; c < columns.size(); c++) {
                Cell cell = c < cells.size() ? cells.get(c) : Cell.EMPTY;
                if (!columns.get(c).isEmpty()) {
                    byColumn.put(columns.get(c), cell.text());
                    if (cell.number()) {
                        numbers.add(columns.get(c));
                    }
                }
            }
            rows.add(new SheetRow(file, i + 1, byColumn, Set.copyOf(numbers)));
        }
        return new Sheet(file, columns, rows);
    }

    private static List<List<Cell>> readCsv(Path path) throws IOException {
        String text = TextFiles.read(path);
        List<List<Cell>> table = new ArrayList<>();
        for (CSVRecord record : CSVFormat.RFC4180.parse(new StringReader(text))) {
            table.add(record.stream().map(value -> new Cell(value, false)).toList());
        }
        return table;
    }

    private static List<List<Cell>> readXlsx(Path path) throws IOException {
        List<List<Cell>> table = new ArrayList<>();
        try (ReadableWorkbook workbook = new ReadableWorkbook(path.toFile())) {
            Map<Integer, List<Cell>> byRow = new HashMap<>();
            int last = 0;
            for (Row row : workbook.getFirstSheet().read()) {
                List<Cell> cells = new ArrayList<>();
                for (int c = 0; c < row.getCellCount(); c++) {
                    cells.add(row.hasCell(c) ? new Cell(row.getCellText(c), row.getCell(c).getType() == CellType.NUMBER) : Cell.EMPTY);
                }
                byRow.put(row.getRowNum(), cells);
                last = Math.max(last, row.getRowNum());
            }
            // Keep Excel's row numbering: rows absent from the file are empty rows.
            for (int r = 1; r <= last; r++) {
                table.add(byRow.getOrDefault(r, List.of()));
            }
        }
        return table;
    }
}
