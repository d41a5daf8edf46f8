package dev.onecheck.domain.law;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.onecheck.domain.text.Hashes;

/**
 * Reads a law in the Markdown layout of the law collection:
 * <pre>
 * # 中华人民共和国行政处罚法
 * 1996年3月17日 第八届全国人民代表大会第四次会议通过       ← enactment and amendment history
 * &lt;!-- INFO END --&gt;
 * ## 第一章 总则                                          ← chapter (### 第一节 … is a section)
 * 第一条 为了规范行政处罚的设定和实施，……                   ← article; the following paragraphs are its 款
 * （一）……                                              ← item (项) of the preceding paragraph
 * </pre>
 * The file is named {@code 简称(YYYY-MM-DD).md} under a category folder ({@code 行政法/}, {@code 部门规章/…/});
 * without a date in the name, the latest date of the history is the version date.
 */
public final class LawMarkdownParser {

    private static final String INFO_END = "<!-- INFO END -->";
    private static final Pattern FILE_NAME = Pattern.compile("(.+?)(?:\\((\\d{4}-\\d{2}-\\d{2})\\))?\\.md");
    private static final String NUMERAL = "[零〇一二三四五六七八九十百千两]+";
    private static final Pattern ARTICLE = Pattern.compile("^第(" + NUMERAL + ")条(?:之(" + NUMERAL + "))?[\\s\\u3000]*(.*)$");
    private static final Pattern ITEM = Pattern.compile("^[（(]" + NUMERAL + "[）)]");
    private static final Pattern HISTORY_DATE = Pattern.compile("(\\d{4})年(\\d{1,2})月(\\d{1,2})日");
    private static final Pattern TAKES_EFFECT = Pattern.compile("自(\\d{4})年(\\d{1,2})月(\\d{1,2})日起施行");
    /** An amendment event of the history: 第一次修正, 修订 (a 修正 by decision or a full revision). */
    private static final Pattern AMENDED = Pattern.compile("修正|修订");
    private static final Pattern REVISED = Pattern.compile("修订");
    /** A history line that dates the entry into force itself: "2022年5月1日 施行". */
    private static final Pattern IN_FORCE_LINE = Pattern.compile("(\\d{4})年(\\d{1,2})月(\\d{1,2})日\\s*(?:公布)?施行");

    /**
     * @param path the file's path relative to the collection root, e.g. {@code 行政法/行政处罚法(2021-01-22).md}
     */
    public LawText parse(String path, String content) throws LawFormatException {
        String[] segments = path.replace('\\', '/').split("/");
        if (segments.length < 2) {
            throw new LawFormatException(path, 0, "expected <category>/<name>.md, e.g. 行政法/行政处罚法(2021-01-22).md");
        }
        Matcher name = FILE_NAME.matcher(segments[segments.length - 1]);
        if (!name.matches()) {
            throw new LawFormatException(path, 0, "file name is not <简称>(YYYY-MM-DD).md");
        }
        String shortTitle = name.group(1).strip();
        String category = segments[0];
        List<String> lines = content.lines().toList();

        int lineNo = 0;
        while (lineNo < lines.size() && lines.get(lineNo).isBlank()) {
            lineNo++;
        }
        if (lineNo == lines.size() || !lines.get(lineNo).startsWith("# ")) {
            throw new LawFormatException(path, lineNo + 1, "expected the title line '# <标题>'");
        }
        String title = lines.get(lineNo).substring(2).strip();
        List<String> history = new ArrayList<>();
        for (lineNo++; lineNo < lines.size() && !lines.get(lineNo).strip().equals(INFO_END); lineNo++) {
            if (!lines.get(lineNo).isBlank()) {
                history.add(lines.get(lineNo).strip());
            }
        }
        if (lineNo == lines.size()) {
            throw new LawFormatException(path, lines.size(), "missing '" + INFO_END + "' after the title and history");
        }
        LocalDate versionDate = name.group(2) != null ? date(path, 0, name.group(2)) : latestHistoryDate(path, history);
        String lawId = Law.id(shortTitle, versionDate);

        List<Provision> provisions = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        String chapter = null;
        String section = null;
        ArticleBuilder current = null;
        // Documents numbered 一、/（一） instead of 第X条 are kept whole as one provision (article 0, 全文).
        ArticleBuilder whole = new ArticleBuilder(Provision.id(lawId, 0, 0), lawId, 0, 0, null, null);
        whole.label = "全文";
        for (lineNo++; lineNo < lines.size(); lineNo++) {
            String line = lines.get(lineNo).strip();
            if (line.isEmpty() || line.startsWith("<!--")) {
                continue;
            }
            if (line.startsWith("### ")) {
                section = line.substring(4).strip();
                continue;
            }
            if (line.startsWith("## ")) {
                chapter = line.substring(3).strip();
                section = null;
                continue;
            }
            if (line.startsWith("#")) {
                continue;
            }
            Matcher article = ARTICLE.matcher(line);
            if (article.matches()) {
                if (current != null) {
                    provisions.add(current.build());
                }
                int number = ChineseNumerals.parse(article.group(1));
                int suffix = article.group(2) == null ? 0 : ChineseNumerals.parse(article.group(2));
                String id = Provision.id(lawId, number, suffix);
                if (!seen.add(id)) {
                    throw new LawFormatException(path, lineNo + 1, "article " + line.substring(0, line.indexOf('条') + 1)
                            + (suffix == 0 ? "" : "之" + article.group(2)) + " appears twice");
                }
                current = new ArticleBuilder(id, lawId, number, suffix, chapter, section);
                current.label = line.substring(0, line.length() - article.group(3).length()).strip();
                current.paragraph(article.group(3));
            } else {
                ArticleBuilder target = current != null ? current : whole;
                if (ITEM.matcher(line).find() && !target.paragraphs.isEmpty()) {
                    target.item(line);
                } else {
                    target.paragraph(line);
                }
            }
        }
        if (current != null) {
            provisions.add(current.build());
        } else if (!whole.paragraphs.isEmpty()) {
            provisions.add(whole.build());
        }
        Optional<LocalDate> stated = effectiveFrom(path, history, provisions.isEmpty() ? "" : provisions.getLast().text(), versionDate);
        // Without a stated day an amended text takes effect with its decision, dated the version date — assumed, not read.
        boolean amended = history.stream().anyMatch(l -> AMENDED.matcher(l).find());
        Law law = new Law(lawId, title, shortTitle, LawLevel.ofCategory(category), category, versionDate, stated.orElse(versionDate),
                history, Hashes.sha256(path + "\n" + content), stated.isEmpty() && amended);
        return new LawText(law, provisions);
    }

    private static LocalDate latestHistoryDate(String path, List<String> history) throws LawFormatException {
        LocalDate latest = null;
        for (String line : history) {
            Matcher m = HISTORY_DATE.matcher(line);
            while (m.find()) {
                LocalDate d = date(path, 0, m.group(1), m.group(2), m.group(3));
                latest = latest == null || d.isAfter(latest) ? d : latest;
            }
        }
        if (latest == null) {
            throw new LawFormatException(path, 0, "no version date: neither in the file name (…(YYYY-MM-DD).md) nor in the history");
        }
        return latest;
    }

    /**
     * The date this version took effect. An amended text keeps its original last article (安全生产法 2021 still says
     * "本法自2002年11月1日起施行"), so 自…起施行 speaks for this version only when nothing amended it, or when the latest
     * amendment is a 修订 (a revision re-enacts the whole text, last article included: 食品安全法 2015 修订 →
     * 2015年10月1日) dated no later than that day. A history line "…施行" on or after the version date wins (反有组织犯罪法
     * 2021-12-24 → "2022年5月1日 施行"). Otherwise a 修正 takes effect with its decision, dated the version date (the
     * 修正决定 of the 全国人大常委会 "自公布之日起施行"); a decision that set a later day is not in the file (see
     * {@link LawText#takingEffect}). Empty where no day is stated for this version: it is then the version date.
     */
    private static Optional<LocalDate> effectiveFrom(String path, List<String> history, String lastArticle, LocalDate versionDate)
            throws LawFormatException {
        LocalDate inForceLine = null;
        for (String line : history) {
            Matcher m = IN_FORCE_LINE.matcher(line);
            if (m.find()) {
                inForceLine = date(path, 0, m.group(1), m.group(2), m.group(3));
            }
        }
        List<String> amendments = history.stream().filter(l -> AMENDED.matcher(l).find()).toList();
        if (inForceLine != null && (amendments.isEmpty() || !inForceLine.isBefore(versionDate))) {
            return Optional.of(inForceLine);
        }
        Matcher m = TAKES_EFFECT.matcher(lastArticle);
        LocalDate stated = m.find() ? date(path, 0, m.group(1), m.group(2), m.group(3)) : null;
        if (stated == null) {
            return Optional.empty();
        }
        if (amendments.isEmpty() || REVISED.matcher(amendments.getLast()).find() && !stated.isBefore(versionDate)) {
            return Optional.of(stated);
        }
        return Optional.empty();
    }

    private static LocalDate date(String path, int line, String iso) throws LawFormatException {
        try {
            return LocalDate.parse(iso);
        } catch (DateTimeException e) {
            throw new LawFormatException(path, line, "invalid date " + iso);
        }
    }

    private static LocalDate date(String path, int line, String y, String m, String d) throws LawFormatException {
        try {
            return LocalDate.of(Integer.parseInt(y), Integer.parseInt(m), Integer.parseInt(d));
        } catch (DateTimeException e) {
            throw new LawFormatException(path, line, "invalid date " + y + "年" + m + "月" + d + "日");
        }
    }


    private static final class ArticleBuilder {
        private final String id;
        private final String lawId;
        private final int article;
        private final int suffix;
        private final String chapter;
        private final String section;
        private final List<String> paragraphs = new ArrayList<>();
        private String label;

        ArticleBuilder(String id, String lawId, int article, int suffix, String chapter, String section) {
            this.id = id;
            this.lawId = lawId;
            this.article = article;
            this.suffix = suffix;
            this.chapter = chapter;
            this.section = section;
        }

        void paragraph(String text) {
            if (!text.isBlank()) {
                paragraphs.add(text.strip());
            }
        }

        void item(String text) {
            paragraphs.set(paragraphs.size() - 1, paragraphs.getLast() + "\n" + text.strip());
        }

        Provision build() {
            return new Provision(id, lawId, article, suffix, label, chapter, section, paragraphs);
        }
    }
}
