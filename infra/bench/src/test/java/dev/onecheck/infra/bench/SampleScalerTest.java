package dev.onecheck.infra.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Scales the real sample city: every copy must be complete and refer only to itself. */
class SampleScalerTest {

    private static final Path SAMPLE = Path.of("../../loaders/sample-data");
    private static final Pattern LAW_REFERENCE = Pattern.compile("《(?:中华人民共和国)?([^》]+)》第");

    @TempDir
    Path target;

    @Test
    void everyCityRowAppearsOncePerCopyWithItsOwnCode() throws IOException {
        SampleScaler.scale(SAMPLE, 3, target);

        List<String> departments = rows(SAMPLE.resolve("departments.csv"));
        List<String> scaled = rows(target.resolve("departments.csv"));
        assertThat(scaled).hasSize(3 * departments.size());
        assertThat(codes(scaled)).doesNotHaveDuplicates().contains("JH-SCJG", "J2-SCJG", "J3-SCJG");
        assertThat(codes(rows(target.resolve("officers.csv")))).doesNotHaveDuplicates().hasSize(3 * rows(SAMPLE.resolve("officers.csv")).size());
        assertThat(codes(rows(target.resolve("items.csv")))).doesNotHaveDuplicates().contains("J3-SCJG-001");
        // national classifications and the named roster firms once
        assertThat(rows(target.resolve("industries.csv"))).isEqualTo(rows(SAMPLE.resolve("industries.csv")));
        assertThat(rows(target.resolve("subjects.csv"))).isEqualTo(rows(SAMPLE.resolve("subjects.csv")));
    }

    @Test
    void jsonRecordsKeepOneArrayWithDistinctViolationAndCaseCodes() throws IOException {
        SampleScaler.scale(SAMPLE, 2, target);

        String violations = Files.readString(target.resolve("violations.json"));
        assertThat(violations.strip()).startsWith("[").endsWith("]");
        assertThat(violations).contains("\"code\": \"SP-001\"", "\"code\": \"SP2-001\"", "\"department\": \"J2-SCJG\"",
                "\"law\": \"食品安全法2\"");
        Set<String> violationCodes = matches(violations, Pattern.compile("\\{\\s*\"code\": \"([^\"]+)\""));
        Set<String> caseViolations = matches(Files.readString(target.resolve("cases.json")), Pattern.compile("\"violation\": \"([^\"]+)\""));
        assertThat(violationCodes).containsAll(caseViolations);
        assertThat(caseViolations).contains("SP2-001");
    }

    @Test
    void everyLawReferenceNamesALawFileOfTheScaledCollection() throws IOException {
        SampleScaler.scale(SAMPLE, 2, target);

        List<String> titles = SampleScaler.lawTitles(target.resolve("laws"));
        assertThat(titles).hasSize(2 * SampleScaler.lawTitles(SAMPLE.resolve("laws")).size()).contains("食品安全法", "食品安全法2");
        Set<String> referenced = matches(Files.readString(target.resolve("items.csv")), LAW_REFERENCE);
        assertThat(titles).containsAll(referenced);
        assertThat(referenced).contains("食品安全法", "食品安全法2");
        try (Stream<Path> files = Files.walk(target.resolve("laws"))) {
            Path copy = files.filter(f -> f.getFileName().toString().startsWith("食品安全法2(")).findFirst().orElseThrow();
            assertThat(Files.readAllLines(copy).getFirst()).isEqualTo("# 中华人民共和国食品安全法2");
        }
    }

    private static List<String> rows(Path csv) throws IOException {
        List<String> lines = Files.readAllLines(csv);
        return lines.subList(1, lines.size()).stream().filter(l -> !l.isBlank()).toList();
    }

    private static List<String> codes(List<String> rows) {
        return rows.stream().map(r -> r.substring(0, r.indexOf(','))).toList();
    }

    private static Set<String> matches(String text, Pattern pattern) {
        Set<String> found = new HashSet<>();
        Matcher m = pattern.matcher(text);
        while (m.find()) {
            found.add(m.group(1));
        }
        return found;
    }
}
