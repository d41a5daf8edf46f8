package dev.onecheck.loaders;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import dev.onecheck.domain.law.LawText;

/**
 * The 修正决定 that set their own day of entry into force ("本决定自2021年9月1日起施行"): the amended text in the law
 * collection keeps its original last article and the history only dates the adoption, so nothing in the file says it.
 * Bundled as {@code amendments-in-force.csv} (法律版本 {@code 简称@版本日期}, 施行日期, 依据 quoting the decision); every
 * other amendment takes effect on the date the parser reads ({@link dev.onecheck.domain.law.LawMarkdownParser}).
 */
final class AmendmentsInForce {

    private static final String RESOURCE = "amendments-in-force.csv";

    private final Map<String, LocalDate> dates;

    private AmendmentsInForce(Map<String, LocalDate> dates) {
        this.dates = Map.copyOf(dates);
    }

    static AmendmentsInForce bundled() {
        try (InputStream in = AmendmentsInForce.class.getResourceAsStream(RESOURCE)) {
            return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(RESOURCE, e);
        }
    }

    static AmendmentsInForce parse(String csv) {
        Map<String, LocalDate> dates = new HashMap<>();
        List<String> lines = csv.lines().toList();
        for (int i = 1; i < lines.size(); i++) {
            if (lines.get(i).isBlank()) {
                continue;
            }
            String[] cells = lines.get(i).split(",", 3);
            if (cells.length < 3 || cells[2].isBlank()) {
                throw new IllegalArgumentException(RESOURCE + ":" + (i + 1) + ": expected 法律版本,施行日期,依据");
            }
            try {
                dates.put(cells[0].strip(), LocalDate.parse(cells[1].strip()));
            } catch (DateTimeException e) {
                throw new IllegalArgumentException(RESOURCE + ":" + (i + 1) + ": column 施行日期: not a date YYYY-MM-DD: " + cells[1]);
            }
        }
        return new AmendmentsInForce(dates);
    }

    /** The text, taking effect on its decision's own day where one is listed. */
    LawText apply(LawText text) {
        LocalDate date = dates.get(text.law().id());
        return date == null ? text : text.takingEffect(date);
    }
}
