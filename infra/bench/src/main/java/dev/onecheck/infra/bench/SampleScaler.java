package dev.onecheck.infra.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The sample city (loaders/sample-data) scaled ×N: N copies of the laws, departments, officers, items, scenarios,
 * violations and cases whose codes and law titles carry the copy's number, so each copy is a complete city of its
 * own whose references stay inside it. Regions and industries (national classifications) and the named roster
 * firms appear once; the loaders generate the other subjects (10,000 per copy). Copy 1 is the sample unchanged.
 */
final class SampleScaler {

    static final int SUBJECTS_PER_COPY = 10_000;
    private static final List<String> SHARED = List.of("regions.csv", "industries.csv", "subjects.csv");
    private static final List<String> PER_CITY = List.of("departments.csv", "officers.csv", "items.csv", "scenarios.csv",
            "violations.json", "cases.json");
    /** The law collection's file names: 简称(版本日期).md. */
    private static final Pattern LAW_FILE = Pattern.compile("(.+?)(\\(\\d{4}-\\d{2}-\\d{2}\\))?\\.md");
    /** Codes the sample gives its city: JH-SCJG, JH-SCJG-001, JH-CJ-001. */
    private static final Pattern CITY_CODE = Pattern.compile("\\bJH-");
    /** Violation, standard and case codes in JSON: "SP-001", "SP-001-JH2024", "JH-2024-SCJG-001". */
    private static final Pattern JSON_CODE = Pattern.compile("\"([A-Z]{2,3})-(\\d{3})");
    /** 执法证号: 3299 + year + sequence; the copy goes where the sample has a 0. */
    private static final Pattern CERTIFICATE = Pattern.compile("(?m)^32990");

    private SampleScaler() {
    }

    /** Writes the scaled sample into {@code target} (which must not exist yet). */
    static void scale(Path sample, int copies, Path target) throws IOException {
        if (copies < 1) {
            throw new IllegalArgumentException("copies must be at least 1, got " + copies);
        }
        Files.createDirectories(target);
        List<String> lawTitles = lawTitles(sample.resolve("laws"));
        for (String shared : SHARED) {
            Files.copy(sample.resolve(shared), target.resolve(shared));
        }
        for (String file : PER_CITY) {
            String text = Files.readString(sample.resolve(file));
            StringBuilder scaled = new StringBuilder();
            for (int copy = 1; copy <= copies; copy++) {
                scaled.append(file.endsWith(".json") ? jsonCopy(text, copy, copies, lawTitles) : csvCopy(text, copy, lawTitles));
            }
            Files.writeString(target.resolve(file), scaled);
        }
        copyLaws(sample.resolve("laws"), target.resolve("laws"), copies);
    }

    /** Copy {@code copy} of a spreadsheet: the header only in the first copy. */
    private static String csvCopy(String csv, int copy, List<String> lawTitles) {
        String body = copy == 1 ? csv : csv.substring(csv.indexOf('\n') + 1);
        String renamed = rename(body, copy, lawTitles);
        return renamed.endsWith("\n") ? renamed : renamed + "\n";
    }

    /** Copy {@code copy} of a JSON array: its elements, joined to the other copies' into one array. */
    private static String jsonCopy(String json, int copy, int copies, List<String> lawTitles) {
        String elements = json.strip();
        elements = elements.substring(1, elements.length() - 1).strip();
        return (copy == 1 ? "[" : ",\n") + rename(elements, copy, lawTitles) + (copy == copies ? "]\n" : "");
    }

    static String rename(String text, int copy, List<String> lawTitles) {
        if (copy == 1) {
            return text;
        }
        String renamed = JSON_CODE.matcher(text).replaceAll("\"$1" + copy + "-$2");
        renamed = CITY_CODE.matcher(renamed).replaceAll("J" + copy + "-");
        renamed = CERTIFICATE.matcher(renamed).replaceAll("3299" + copy);
        for (String title : lawTitles) {
            renamed = renamed.replace("《" + title + "》", "《" + title + copy + "》")
                    .replace("《中华人民共和国" + title + "》", "《中华人民共和国" + title + copy + "》")
                    .replace("\"" + title + "\"", "\"" + title + copy + "\"");
        }
        return renamed;
    }

    /** The short titles of the law files under {@code laws}, longest first. */
    static List<String> lawTitles(Path laws) throws IOException {
        try (Stream<Path> files = lawFiles(laws)) {
            return files.map(f -> shortTitle(f.getFileName().toString())).distinct()
                    .sorted(Comparator.comparingInt(String::length).reversed()).toList();
        }
    }

    static long lawFileCount(Path laws) throws IOException {
        try (Stream<Path> files = lawFiles(laws)) {
            return files.count();
        }
    }

    /** Each law file once per copy: copy N has 简称N in its file name and its heading. */
    private static void copyLaws(Path laws, Path target, int copies) throws IOException {
        List<Path> files;
        try (Stream<Path> found = lawFiles(laws)) {
            files = found.toList();
        }
        for (Path file : files) {
            Matcher m = LAW_FILE.matcher(file.getFileName().toString());
            m.matches();
            String title = m.group(1);
            String text = Files.readString(file, StandardCharsets.UTF_8);
            Path folder = Files.createDirectories(target.resolve(laws.relativize(file.getParent())));
            for (int copy = 1; copy <= copies; copy++) {
                String suffix = copy == 1 ? "" : Integer.toString(copy);
                String heading = text.substring(0, text.indexOf('\n'));
                Files.writeString(folder.resolve(title + suffix + (m.group(2) == null ? "" : m.group(2)) + ".md"),
                        heading.replace(title, title + suffix) + text.substring(heading.length()));
            }
        }
    }

    private static Stream<Path> lawFiles(Path laws) throws IOException {
        return Files.walk(laws).filter(Files::isRegularFile).filter(f -> !f.getParent().equals(laws))
                .filter(f -> LAW_FILE.matcher(f.getFileName().toString()).matches()).sorted();
    }

    /** The short title of a file {@link #lawFiles} found. */
    private static String shortTitle(String fileName) {
        Matcher m = LAW_FILE.matcher(fileName);
        m.matches();
        return m.group(1);
    }
}
