package dev.onecheck.infra.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** A report section: a heading, a GitHub Markdown table (text columns left, figures right) and notes below it. */
final class MarkdownTable {

    private final String heading;
    private final List<String> columns;
    private final List<List<String>> rows = new ArrayList<>();
    private final List<String> notes = new ArrayList<>();

    MarkdownTable(String heading, String... columns) {
        this.heading = heading;
        this.columns = List.of(columns);
    }

    MarkdownTable row(Object... cells) {
        if (cells.length != columns.size()) {
            throw new IllegalArgumentException(columns.size() + " columns, " + cells.length + " cells");
        }
        rows.add(java.util.Arrays.stream(cells).map(MarkdownTable::cell).toList());
        return this;
    }

    MarkdownTable note(String note) {
        notes.add(note);
        return this;
    }

    private static String cell(Object value) {
        return switch (value) {
            case Double d -> d >= 100 ? "%,.0f".formatted(d) : d >= 10 ? "%.1f".formatted(d) : "%.2f".formatted(d);
            case Integer i -> "%,d".formatted(i);
            case Long l -> "%,d".formatted(l);
            default -> String.valueOf(value).replace("|", "\\|");
        };
    }

    private static boolean numeric(List<List<String>> rows, int column) {
        return !rows.isEmpty() && rows.stream().allMatch(r -> r.get(column).matches("[-+]?[\\d,.]+[×%]?|–"));
    }

    String markdown() {
        StringBuilder md = new StringBuilder("### ").append(heading).append("\n\n");
        md.append("| ").append(String.join(" | ", columns)).append(" |\n|");
        for (int c = 0; c < columns.size(); c++) {
            md.append(numeric(rows, c) ? "---:|" : "---|");
        }
        md.append('\n');
        rows.forEach(r -> md.append("| ").append(String.join(" | ", r)).append(" |\n"));
        if (!notes.isEmpty()) {
            md.append('\n');
            notes.forEach(n -> md.append("- ").append(n).append('\n'));
        }
        return md.toString();
    }

    /** Where and when the figures were taken: they only compare with figures from the same machine. */
    static String machine() {
        return "%s, Java %s, %d cores, %s".formatted(LocalDate.now(), Runtime.version(), Runtime.getRuntime().availableProcessors(),
                System.getProperty("os.name"));
    }

    /** Writes the sections to {@code out} and prints them. */
    static void write(Path out, List<MarkdownTable> sections) throws IOException {
        StringBuilder md = new StringBuilder("_").append(machine()).append("_\n\n");
        sections.forEach(s -> md.append(s.markdown()).append('\n'));
        Files.createDirectories(out.toAbsolutePath().getParent());
        Files.writeString(out, md);
        System.out.println();
        System.out.print(md);
        System.out.println("(written to " + out + ")");
    }
}
