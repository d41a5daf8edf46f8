package dev.onecheck.loaders;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * The bundled 施行日期 of 修正决定: each row must name a version the law collection holds (a typo would silently leave the
 * version dated by its adoption), and its day must lie after the adoption and within the span such decisions use.
 */
class AmendmentsInForceTest {

    private static final Path CORPUS = Path.of("../../shared/data/laws");

    @Test
    void everyRowNamesAVersionOfTheCollectionAndADayAfterItsAdoption() throws IOException {
        assumeTrue(Files.isDirectory(CORPUS), "the law collection lies beside the checkout");
        Set<String> versions;
        try (Stream<Path> files = Files.walk(CORPUS)) {
            versions = files.map(p -> p.getFileName().toString())
                    .filter(name -> name.matches(".+\\(\\d{4}-\\d{2}-\\d{2}\\)\\.md"))
                    .map(name -> name.replaceFirst("\\((\\d{4}-\\d{2}-\\d{2})\\)\\.md$", "@$1"))
                    .collect(Collectors.toSet());
        }
        List<String[]> rows = bundledRows();
        assertThat(rows).hasSizeGreaterThan(2);
        for (String[] row : rows) {
            assertThat(versions).as("法律版本 %s", row[0]).contains(row[0]);
            LocalDate adopted = LocalDate.parse(row[0].substring(row[0].indexOf('@') + 1));
            LocalDate inForce = LocalDate.parse(row[1]);
            assertThat(inForce).as("施行日期 of %s", row[0]).isAfter(adopted).isBefore(adopted.plusYears(1));
            assertThat(row[2]).as("依据 of %s", row[0]).contains("起施行");
        }
    }

    @Test
    void aBadDayNamesTheLineAndColumn() {
        assertThatThrownBy(() -> AmendmentsInForce.parse("法律版本,施行日期,依据\n专利法@2020-10-17,2021-6-1,本决定自2021年6月1日起施行。\n"))
                .hasMessageContaining("amendments-in-force.csv:2")
                .hasMessageContaining("施行日期");
    }

    private static List<String[]> bundledRows() throws IOException {
        try (InputStream in = AmendmentsInForce.class.getResourceAsStream("amendments-in-force.csv")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().skip(1)
                    .filter(line -> !line.isBlank())
                    .map(line -> line.split(",", 3))
                    .toList();
        }
    }
}
