package dev.onecheck.loaders.sheet;

import java.util.List;

/** A spreadsheet's data rows under canonical column names. */
public record Sheet(String file, List<String> columns, List<SheetRow> rows) {
}
