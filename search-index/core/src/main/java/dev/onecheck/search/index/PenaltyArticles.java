package dev.onecheck.search.index;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import dev.onecheck.domain.law.ChineseNumerals;
import dev.onecheck.domain.law.Provision;
import dev.onecheck.store.outbox.IndexSource.ProvisionSource;

/**
 * Reads, from the articles of one law version, what search needs to answer "罚不罚、罚多少" for conduct no city has
 * curated: which articles set a penalty (罚则: 处…罚款, 给予警告, 没收违法所得, 吊销许可证, 责令停产停业 …), which
 * articles of the same law they say are violated (违反本法第X条规定, 未按照本条例第X条的规定 …), and which articles are
 * the general rules of punishment (行政处罚法 第四章 行政处罚的管辖和适用: 首违不罚, 时效, 从旧兼从轻 …). A penalty article is
 * indexed with the text of the articles it names, so an officer's words for the conduct — which are the words of the
 * duty article more often than of the penalty article — find the article that says what the penalty is.
 */
final class PenaltyArticles {

    /** What one article is, for search. */
    record Reading(boolean setsPenalty, boolean generalRule, List<String> violatedIds) {
    }

    private static final String NUMERAL = "[零〇一二三四五六七八九十百千两]+";
    /**
     * A penalty imposed, not merely named: 处 not followed by 罚/分/理/置 (行政处罚, 处分, 处理), 给予/予以/并处 …
     * then a measure of 行政处罚法 第九条 within the clause; confiscation of gains or goods; revocation of a licence;
     * 责令停产停业/停业整顿/关闭.
     */
    private static final Pattern SETS_PENALTY = Pattern.compile(
            "(?:处(?![罚分理置])|并处|给予|予以|可以)[^。；]{0,40}?(?:罚款|警告|通报批评|拘留)"
                    + "|没收[^。；]{0,25}?(?:违法所得|非法财物|工具|物品|产品|商品|药品|食品|设备|器材|原料)"
                    + "|吊销[^。；]{0,20}?(?:许可证|执照|证书|资格|证件)"
                    + "|责令(?:停产停业|停业整顿|停止营业|关闭)");
    /** This law's own articles named as the duty broken: 违反本法第十二条、第十三条规定 / 未按照本条例第四条的规定. */
    private static final Pattern VIOLATED = Pattern.compile(
            "(?:违反|未按照|未依照|不按照|不依照|不符合|未遵守|不遵守|未履行)本(?:法|条例|规定|办法|细则|决定|规则)(?:的)?"
                    + "((?:第" + NUMERAL + "条(?:之" + NUMERAL + ")?(?:第" + NUMERAL + "[款项])*(?:[、，,和及或者至]{1,2})?)+)");
    private static final Pattern ARTICLE = Pattern.compile("(至)?第(" + NUMERAL + ")条(?:之(" + NUMERAL + "))?");
    /** The chapter of the general rules: 行政处罚法 第四章 行政处罚的管辖和适用, 治安管理处罚法 第二章 处罚的种类和适用. */
    private static final Pattern GENERAL_CHAPTER = Pattern.compile("处罚的(?:[^，。 ]{1,6}和)?适用");
    /** A range 第X条至第Y条 is expanded only when short; a long one is a reference to a whole chapter, not a duty. */
    private static final int MAX_RANGE = 10;

    /** The conduct clause of a penalty article: what comes before 的，由… / 的，处… / 的，责令… */
    private static final Pattern CONDUCT = Pattern.compile("^(.*?的)[，,](?:由|处|责令|给予|没收|予以|可以|依照|并处|对)");
    /** An enumerated behaviour: （一）… */
    private static final Pattern ITEM = Pattern.compile("^[（(][一二三四五六七八九十]+[）)]\\s*");
    /** Boilerplate that opens most penalty articles and says nothing about the conduct. */
    private static final Pattern OPENING = Pattern.compile("^(?:[^，。]{0,30})?违反本(?:法|条例|规定|办法|细则)(?:的)?规定[，,]");

    /** Who does what a list paragraph enumerates: 特种设备使用单位 of "违反本法规定，特种设备使用单位有下列行为之一的". */
    private static final Pattern ACTOR = Pattern.compile("^([^。；\\n]{2,60}?)有下列");
    /** The frame around the actor: 违反本法规定，/ 违反本条例的有关规定，. */
    private static final Pattern FRAME = Pattern.compile("违反本(?:法|条例|规定|办法|细则)(?:的)?(?:有关)?规定[，,]?|[，,]$");

    private PenaltyArticles() {
    }

    /**
     * Who commits the behaviours a penalty paragraph lists (有下列行为之一的), without the frame 违反本法规定; empty when
     * the paragraph lists none or names nobody (有下列行为之一的 alone).
     */
    static Optional<String> actor(String paragraph) {
        Matcher m = ACTOR.matcher(paragraph);
        if (!m.find()) {
            return Optional.empty();
        }
        String actor = FRAME.matcher(m.group(1)).replaceAll("").strip();
        return actor.length() < 2 ? Optional.empty() : Optional.of(actor);
    }

    /**
     * What a penalty article says the offender did, without the sanctions: the clause before 的，由/处/责令 … of each
     * paragraph and the enumerated behaviours (（一）…). A sentence vector of the whole article is mostly about fines
     * and departments, which every penalty article shares; the conduct is what a question describes. The whole
     * text when no conduct clause is found.
     */
    static String conduct(String text) {
        List<String> parts = new ArrayList<>();
        for (String line : text.split("\n")) {
            Matcher item = ITEM.matcher(line);
            if (item.find()) {
                parts.add(line.substring(item.end()));
                continue;
            }
            Matcher clause = CONDUCT.matcher(line);
            if (clause.find()) {
                parts.add(OPENING.matcher(clause.group(1)).replaceFirst(""));
            }
        }
        String conduct = String.join("；", parts);
        return conduct.isBlank() ? text : conduct;
    }

    /** Each article of {@code version} (all of one law version) by id, with the violated articles resolved in it. */
    static Map<String, Reading> read(List<ProvisionSource> version) {
        Map<String, ProvisionSource> byId = version.stream().collect(Collectors.toMap(ProvisionSource::id, Function.identity(), (a, b) -> a));
        return version.stream().collect(Collectors.toMap(ProvisionSource::id, p -> reading(p, byId), (a, b) -> a));
    }

    private static Reading reading(ProvisionSource p, Map<String, ProvisionSource> version) {
        boolean general = p.chapter() != null && GENERAL_CHAPTER.matcher(p.chapter()).find();
        if (p.article() == 0 || !SETS_PENALTY.matcher(p.text()).find()) {
            return new Reading(false, general, List.of());
        }
        Set<String> violated = new LinkedHashSet<>();
        Matcher m = VIOLATED.matcher(p.text());
        while (m.find()) {
            violated.addAll(articles(p.lawId(), m.group(1)));
        }
        violated.remove(p.id());
        violated.retainAll(version.keySet());
        return new Reading(true, general, List.copyOf(violated));
    }

    /** The article ids a list like 第十二条、第十三条第二款至第十五条 names, in order. */
    private static List<String> articles(String lawId, String list) {
        List<String> ids = new ArrayList<>();
        Matcher m = ARTICLE.matcher(list);
        int previous = -1;
        while (m.find()) {
            int number = ChineseNumerals.parse(m.group(2));
            int suffix = m.group(3) == null ? 0 : ChineseNumerals.parse(m.group(3));
            if (m.group(1) != null && previous > 0 && number > previous && number - previous <= MAX_RANGE) {
                for (int between = previous + 1; between < number; between++) {
                    ids.add(Provision.id(lawId, between, 0));
                }
            }
            ids.add(Provision.id(lawId, number, suffix));
            previous = number;
        }
        return ids;
    }
}
