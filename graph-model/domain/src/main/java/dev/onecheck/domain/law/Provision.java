package dev.onecheck.domain.law;

import java.util.List;

/**
 * One article (条) of a law version, with its paragraphs (款) in order; enumerated items (项, lines starting
 * （一）) stay inside their paragraph, one per line. {@code suffix} is 1 for 第十七条之一, 0 otherwise.
 * A document without numbered articles is one provision, article 0, labelled 全文.
 * {@code id} is {@code lawId/article[-suffix]}.
 */
public record Provision(String id, String lawId, int article, int suffix, String label, String chapter, String section,
                        List<String> paragraphs) {

    public Provision {
        paragraphs = List.copyOf(paragraphs);
    }

    public static String id(String lawId, int article, int suffix) {
        return lawId + "/" + article + (suffix == 0 ? "" : "-" + suffix);
    }

    /** The whole article as printed: one line per paragraph and per item. */
    public String text() {
        return String.join("\n", paragraphs);
    }
}
