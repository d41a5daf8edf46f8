package dev.onecheck.domain.law;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The laws a text repeals as a whole, by short title: the commencement article of a new law often ends another one
 * ("本法自2022年6月5日起施行。《中华人民共和国环境噪声污染防治法》同时废止。"). Versions of one title supersede each other by
 * themselves; a law replaced under another title (噪声污染防治法, 市场主体登记管理条例, 增值税法 …) is out of force only
 * through such a sentence, and without reading it a repealed law would still answer "罚多少" with fines it no longer
 * sets. A sentence that repeals only part of a law ("《…条例》中关于反倾销的规定同时废止") is not a repeal of the law, and
 * since such a list does not say which of its titles the part applies to, the whole sentence is left out; a text
 * naming its own title repeals its own earlier versions, which the versions already say.
 * <p>
 * The rules that implement a repealed law (its 实施细则, 实施条例, 实施办法) go with it: 出境入境管理法 第九十三条 repeals
 * 公民出境入境管理法, whose 实施细则 — repealed by 出境入境管理条例, which the collection lacks — otherwise still fined as before.
 * A rule made under a law has no basis once the law is gone, and in the collection each such rule was in fact repealed
 * the day its law was (外商投资法 and its 实施条例 the three 外资 laws' 实施细则 and 实施条例, on 2020-01-01).
 */
public final class LawRepeals {

    private static final Pattern REPEALING_SENTENCE = Pattern.compile("[^。]*(?:同时|即行)(?:予以)?废止");
    private static final Pattern TITLE = Pattern.compile("《([^》]+)》(中)?");
    private static final String PRC = "中华人民共和国";
    /** 公民出境入境管理法实施细则, 中外合资经营企业法实施条例: the rules that implement the law of the title before. */
    private static final List<String> IMPLEMENTING = List.of("实施细则", "实施条例", "实施办法");

    private LawRepeals() {
    }

    /** The short titles (a leading 中华人民共和国 dropped, as the collection files them) that {@code text} repeals. */
    public static List<String> of(LawText text) {
        Set<String> repealed = new LinkedHashSet<>();
        for (Provision provision : text.provisions()) {
            for (String paragraph : provision.paragraphs()) {
                Matcher sentence = REPEALING_SENTENCE.matcher(paragraph);
                while (sentence.find()) {
                    repealed.addAll(wholeLaws(sentence.group()));
                }
            }
        }
        repealed.remove(text.law().shortTitle());
        return List.copyOf(repealed);
    }

    private static List<String> wholeLaws(String sentence) {
        List<String> titles = new ArrayList<>();
        Matcher title = TITLE.matcher(sentence);
        while (title.find()) {
            if (title.group(2) != null) {
                return List.of();
            }
            String name = title.group(1).strip();
            titles.add(name.startsWith(PRC) ? name.substring(PRC.length()) : name);
        }
        return titles;
    }

    /** The titles of the rules that would implement {@code title} (公民出境入境管理法 → 公民出境入境管理法实施细则 …). */
    public static List<String> implementing(String title) {
        return IMPLEMENTING.stream().map(suffix -> title + suffix).toList();
    }

    /** The law a rule implements, by its title (公民出境入境管理法实施细则 → 公民出境入境管理法); empty for another title. */
    public static java.util.Optional<String> implemented(String title) {
        return IMPLEMENTING.stream().filter(suffix -> title.endsWith(suffix) && title.length() > suffix.length())
                .map(suffix -> title.substring(0, title.length() - suffix.length())).findFirst();
    }
}
