package dev.onecheck.domain.law;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A citation of a provision: 《食品安全法》第一百二十二条第一款第（二）项. {@code law} is the short title as the law
 * collection files it (a leading 中华人民共和国 is dropped); {@code paragraph} (款) and {@code item} (项) are 0 when
 * not cited. It names an article, not a version: which version applies is decided where it is resolved.
 */
public record LawReference(String law, int article, int suffix, int paragraph, int item) {

    private static final String NUMERAL = "[零〇一二三四五六七八九十百千两]+";
    private static final Pattern REFERENCE = Pattern.compile("《([^》]+)》第(" + NUMERAL + ")条(?:之(" + NUMERAL + "))?"
            + "(?:第(" + NUMERAL + ")款)?(?:第[（(]?(" + NUMERAL + ")[）)]?项)?");
    private static final String PRC = "中华人民共和国";

    public LawReference {
        law = law.startsWith(PRC) ? law.substring(PRC.length()) : law;
        if (law.isBlank() || article <= 0) {
            throw new IllegalArgumentException("a reference needs a law and an article");
        }
    }

    public static LawReference of(String law, int article) {
        return new LawReference(law, article, 0, 0, 0);
    }

    /**
     * Parses citations separated by ； or ;. Every part must be a citation; the message names the part that is not.
     */
    public static List<LawReference> parseAll(String text) {
        List<LawReference> references = new ArrayList<>();
        if (text == null || text.isBlank()) {
            return references;
        }
        for (String part : text.split("[；;]")) {
            String citation = part.strip();
            if (citation.isEmpty()) {
                continue;
            }
            Matcher m = REFERENCE.matcher(citation);
            if (!m.matches()) {
                throw new IllegalArgumentException("'" + citation + "' is not a citation like 《食品安全法》第三十五条第一款");
            }
            references.add(new LawReference(m.group(1).strip(), ChineseNumerals.parse(m.group(2)),
                    m.group(3) == null ? 0 : ChineseNumerals.parse(m.group(3)),
                    m.group(4) == null ? 0 : ChineseNumerals.parse(m.group(4)),
                    m.group(5) == null ? 0 : ChineseNumerals.parse(m.group(5))));
        }
        return references;
    }

    /** As a Cypher parameter: {@code law, article, suffix, paragraph, item}, and {@code articleKey} to find the article by its id. */
    public Map<String, Object> parameters() {
        return Map.of("law", law, "article", article, "suffix", suffix, "paragraph", paragraph, "item", item, "articleKey", articleKey());
    }

    /** Article key as in {@link Provision#id}: 17 or 17-1. */
    public String articleKey() {
        return article + (suffix == 0 ? "" : "-" + suffix);
    }

    @Override
    public String toString() {
        return "《" + law + "》第" + article + "条" + (suffix == 0 ? "" : "之" + suffix)
                + (paragraph == 0 ? "" : "第" + paragraph + "款") + (item == 0 ? "" : "第" + item + "项");
    }
}
