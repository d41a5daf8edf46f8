package dev.onecheck.search.index;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * The Chinese analyzers every OneCheck index declares, from the project's Elasticsearch plugin:
 * {@value #INDEX_ANALYZER} (smartcn words, lower case, stop words) for indexing, and {@value #SEARCH_ANALYZER}
 * which adds the legal synonym list (无证 ↔ 未取得许可 …) at search time.
 */
public final class ChineseAnalysis {

    public static final String INDEX_ANALYZER = "onecheck_text";
    public static final String SEARCH_ANALYZER = "onecheck_search";

    private ChineseAnalysis() {
    }

    /** The {@code settings} body ({@code {"analysis": …}}) that defines both analyzers. */
    public static String settingsJson() {
        try (InputStream in = ChineseAnalysis.class.getResourceAsStream("analysis.json")) {
            if (in == null) {
                throw new IllegalStateException("analysis.json is missing from the classpath");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
