package dev.onecheck.search.index;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import dev.onecheck.domain.penalty.Provenance;
import dev.onecheck.store.outbox.IndexSource.CaseSource;
import dev.onecheck.store.outbox.IndexSource.CitedProvision;
import dev.onecheck.store.outbox.IndexSource.ProvisionSource;
import dev.onecheck.store.outbox.IndexSource.StandardSource;

/**
 * One Elasticsearch document: its id (the graph key, so a hit resolves to its graph object), its fields, and the
 * text its vector is computed from (cut to what the model reads) and whether it gets one: standards, cases, and the
 * articles that set penalties or are general rules of punishment — a few thousand of the 64,000 articles. Fields
 * every kind shares — level, status, effective range, departments, domains, published — are what the search filters on.
 */
public record IndexDocument(SearchKind kind, String id, Map<String, Object> fields, String embeddingText, boolean embedded) {

    /**
     * Articles are long; the model reads 512 tokens at most, and the opening carries the rule. A penalty article
     * with the duty it names takes more room than one article.
     */
    static final int MAX_EMBEDDED_CHARS = 400;
    /** What a penalty article's own text leaves, at least, of the room for the duty article it names. */
    private static final int MIN_DUTY_CHARS = 120;
    private static final String IN_FORCE = "现行有效";

    public IndexDocument {
        fields = Map.copyOf(fields);
        embeddingText = cut(embeddingText, MAX_EMBEDDED_CHARS);
    }

    /**
     * An article; a penalty article (罚则) also carries the text of the articles of its law it says are violated, and
     * its vector is computed from both, so the words of the duty find the article that punishes breaking it.
     */
    public static IndexDocument of(ProvisionSource p, PenaltyArticles.Reading reading, List<ProvisionSource> violated) {
        Map<String, Object> f = common(p.level(), p.status(), p.effectiveFrom(), p.effectiveTo(), p.departments(), p.domains(),
                true, List.of(p.id()), List.of(p.shortTitle(), p.lawTitle()));
        f.put("lawId", p.lawId());
        f.put("lawTitle", p.lawTitle());
        f.put("shortTitle", p.shortTitle());
        putIfPresent(f, "chapter", p.chapter());
        f.put("article", p.article());
        f.put("label", p.label());
        f.put("text", p.text());
        f.put("penalty", reading.setsPenalty());
        f.put("generalRule", reading.generalRule());
        f.put("violatedProvisionIds", reading.violatedIds());
        f.put("violatedText", violated.stream().map(v -> v.label() + " " + v.text()).toList());
        String own = p.shortTitle() + p.label() + "：" + (reading.setsPenalty() ? PenaltyArticles.conduct(p.text()) : p.text());
        String embedded = violated.isEmpty() ? own
                : cut(own, MAX_EMBEDDED_CHARS - MIN_DUTY_CHARS) + "（违反：" + violated.stream().map(ProvisionSource::text)
                        .collect(Collectors.joining("；")) + "）";
        // Only the version in force gets a vector: older versions are found by keyword, and leaving them out keeps the
        // vectors to a few thousand.
        boolean inForce = p.status() == null || IN_FORCE.equals(p.status());
        return new IndexDocument(SearchKind.PROVISION, p.id(), f, embedded, inForce && (reading.setsPenalty() || reading.generalRule()));
    }

    /**
     * Filters follow the 处罚条款: its law's level and range decide whether the standard applies at a date. A derived
     * violation (provenance DERIVED) has no department or standard of its own: its tiers come from the general rules
     * at advice time, so it is found by its behaviour (name), enforcer and articles.
     */
    public static IndexDocument of(StandardSource s) {
        List<String> suggestions = Stream.concat(Stream.of(s.name()), s.aliases().stream()).toList();
        Map<String, Object> f = common(s.penalizedBy(), s.department() == null ? List.of() : List.of(s.department()),
                s.domain() == null ? List.of() : List.of(s.domain()), true,
                Stream.concat(s.violates().stream(), s.penalizedBy().stream()).map(CitedProvision::id).distinct().toList(),
                suggestions);
        f.put("violationCode", s.violationCode());
        f.put("provenance", s.provenance());
        putIfPresent(f, "enforcer", s.enforcer());
        f.put("name", s.name());
        f.put("aliases", s.aliases());
        putIfPresent(f, "standardTitle", s.standardTitle());
        f.put("violatedText", citations(s.violates()));
        f.put("violatedProvisionIds", s.violates().stream().map(CitedProvision::id).toList());
        f.put("penaltyText", citations(s.penalizedBy()));
        f.put("tiersText", s.tiers().stream()
                .map(t -> t.level() + "：" + (t.circumstances() == null ? "" : t.circumstances()) + " " + String.join("、", t.measures()))
                .toList());
        String names = String.join("；", suggestions);
        return new IndexDocument(SearchKind.STANDARD, s.violationCode(), f,
                Provenance.DERIVED.name().equals(s.provenance()) ? inContext(s, names) : names, true);
    }

    /**
     * A derived violation is one behaviour of a list, named without its law, who commits it or the duty it breaks
     * (（一）使用未取得许可生产、未经检验的…); alone, such a short name is near every question that shares one of its
     * words, whatever the law (short items of 医疗器械监督管理条例 or 校车安全管理条例 came first for questions on
     * other laws). Its vector is computed from the behaviour in its context: the law, the actor of the paragraph
     * (特种设备使用单位), the name, and the text of the articles it breaks — the way the article's own vector is. A
     * curated violation keeps its names and colloquial aliases alone: with the same context it ranked lower (README).
     */
    private static String inContext(StandardSource s, String name) {
        if (s.penalizedBy().isEmpty()) {
            return name;
        }
        String actor = s.penaltyText() == null ? "" : PenaltyArticles.actor(s.penaltyText()).map(a -> a + "：").orElse("");
        String own = s.penalizedBy().getFirst().shortTitle() + "：" + actor + name;
        return s.violates().isEmpty() ? own
                : cut(own, MAX_EMBEDDED_CHARS - MIN_DUTY_CHARS) + "（违反：" + s.violates().stream().map(CitedProvision::text)
                        .collect(Collectors.joining("；")) + "）";
    }

    /** Only published cases (公开) reach the public; the flag travels with the document. */
    public static IndexDocument of(CaseSource c) {
        Map<String, Object> f = common(c.cites(), List.of(c.department()), c.domain() == null ? List.of() : List.of(c.domain()), c.published(),
                c.cites().stream().map(CitedProvision::id).toList(), List.of(c.title()));
        f.put("code", c.code());
        f.put("title", c.title());
        f.put("violationCode", c.violationCode());
        f.put("violationName", c.violationName());
        putIfPresent(f, "tier", c.tier());
        putIfPresent(f, "decisionDate", date(c.decisionDate()));
        putIfPresent(f, "facts", c.facts());
        putIfPresent(f, "decision", c.decision());
        return new IndexDocument(SearchKind.CASE, c.code(), f, c.title() + "：" + (c.facts() == null ? "" : c.facts()), true);
    }

    /** The fields with the vector added. */
    public Map<String, Object> withVector(float[] vector) {
        Map<String, Object> f = new HashMap<>(fields);
        f.put("vector", vector);
        return f;
    }

    /** The shared fields of a document that cites articles: level, status and range are the first cited article's. */
    private static Map<String, Object> common(List<CitedProvision> cited, List<String> departments, List<String> domains,
                                              boolean published, List<String> provisionIds, List<String> suggestions) {
        if (cited.isEmpty()) {
            return common(null, null, null, null, departments, domains, published, provisionIds, suggestions);
        }
        CitedProvision first = cited.getFirst();
        return common(first.level(), first.status(), first.effectiveFrom(), first.effectiveTo(), departments, domains, published,
                provisionIds, suggestions);
    }

    private static Map<String, Object> common(String level, String status, LocalDate from, LocalDate to, List<String> departments,
                                              List<String> domains, boolean published, List<String> provisionIds,
                                              List<String> suggestions) {
        Map<String, Object> f = new HashMap<>();
        putIfPresent(f, "level", level);
        putIfPresent(f, "status", status);
        putIfPresent(f, "effectiveFrom", date(from));
        putIfPresent(f, "effectiveTo", date(to));
        f.put("departments", departments);
        f.put("domains", domains);
        f.put("published", published);
        f.put("provisionIds", provisionIds);
        f.put("suggest", Map.of("input", new ArrayList<>(new LinkedHashSet<>(suggestions))));
        return f;
    }

    private static List<String> citations(List<CitedProvision> provisions) {
        return provisions.stream().map(p -> "《" + p.lawTitle() + "》" + p.label() + " " + p.text()).toList();
    }

    private static String cut(String text, int length) {
        return text.length() > length ? text.substring(0, length) : text;
    }

    private static String date(LocalDate date) {
        return date == null ? null : date.toString();
    }

    private static void putIfPresent(Map<String, Object> fields, String name, Object value) {
        if (value != null) {
            fields.put(name, value);
        }
    }
}
