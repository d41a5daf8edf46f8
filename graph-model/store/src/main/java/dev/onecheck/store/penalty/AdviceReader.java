package dev.onecheck.store.penalty;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import dev.onecheck.domain.law.LawLevel;
import dev.onecheck.domain.law.Provision;
import dev.onecheck.domain.penalty.DiscretionStandard;
import dev.onecheck.domain.penalty.advice.AdviceBasis;
import dev.onecheck.domain.penalty.advice.CitedArticle;
import dev.onecheck.domain.penalty.advice.GeneralDiscretionRules;
import dev.onecheck.domain.penalty.advice.PenaltyAdvisor;
import dev.onecheck.domain.penalty.advice.ProvisionVersion;
import dev.onecheck.store.law.LawReader;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.neo4j.driver.Value;

/**
 * What a penalty advice rests on, in one read: the violation, its standard and tiers, each article it cites in every
 * version of its law that has a counterpart of it (following {@code AMENDED_AS}, never the same number: 会计法 2017
 * 第四十二条 is 2024 第四十条), the versions that have none, and the general rules of the 行政处罚法 in force. Without a
 * local standard the basis carries the rule set in effect, which the advisor applies to the version that applies.
 */
public final class AdviceReader {

    /**
     * The versions of article {@code p} of law {@code l}: its counterparts through {@code AMENDED_AS} (never the same
     * number) with their periods and whether the period's start is assumed, and the versions of the law without one.
     * Each way along the links only: where an amendment merged two articles into one (会计法 2017 第四十三条 and
     * 第四十四条 → 2024 第四十一条), the one is not the other's counterpart.
     */
    private static final String COUNTERPARTS = """
            CALL (p) {
              CALL (p) {
                MATCH (p)-[:AMENDED_AS*0..]->(q:Provision) RETURN q
                UNION
                MATCH (q:Provision)-[:AMENDED_AS*1..]->(p) RETURN q
              }
              MATCH (q)<-[:HAS_PROVISION]-(other:Law)
              WITH DISTINCT q, other
              RETURN collect({provision: q, from: other.effectiveFrom, to: other.effectiveTo,
                              assumed: coalesce(other.commencementAssumed, false)}) AS versions, collect(other.id) AS present
            }
            CALL (l, present) {
              MATCH (gap:Law {shortTitle: l.shortTitle}) WHERE NOT gap.id IN present
              RETURN collect({law: gap.id, from: gap.effectiveFrom, to: gap.effectiveTo}) AS unmatched
            }
            """;

    private static final String BASIS = """
            MATCH (v:Violation {code: $code})
            OPTIONAL MATCH (v)-[:HAS_STANDARD]->(s:DiscretionStandard)
            CALL (s) {
              MATCH (s)-[h:HAS_TIER]->(t:Tier)
              WITH t ORDER BY h.position
              RETURN collect(t) AS tiers
            }
            CALL (v) {
              MATCH (v)-[r:VIOLATES|PENALIZED_BY]->(p:Provision)<-[:HAS_PROVISION]-(l:Law)
              %1$s
              WITH r, p, l, versions, unmatched ORDER BY p.id
              RETURN collect({use: type(r), paragraph: r.paragraph, act: coalesce(r.act, 0), linked: p.id, law: l.shortTitle, level: l.level, label: p.label,
                              versions: versions, unmatched: unmatched}) AS cited
            }
            OPTIONAL MATCH (:Law {shortTitle: $generalLaw, status: '现行有效'})-[:HAS_PROVISION]->(g:Provision)
            WHERE g.article IN $generalArticles
            RETURN v.code AS code, v.name AS name, v.domain AS domain, s.code AS standardCode, s.title AS standardTitle,
                   tiers, cited, collect(g) AS general""".formatted(COUNTERPARTS);

    /** A penalty article asked for directly, with its counterparts in the other versions of its law as for a violation's. */
    private static final String PROVISION = """
            MATCH (l:Law)-[:HAS_PROVISION]->(p:Provision {id: $id})
            %1$s
            OPTIONAL MATCH (:Law {shortTitle: $generalLaw, status: '现行有效'})-[:HAS_PROVISION]->(g:Provision)
            WHERE g.article IN $generalArticles
            RETURN {paragraph: 0, linked: p.id, law: l.shortTitle, level: l.level, label: p.label, versions: versions,
                    unmatched: unmatched} AS cited, collect(g) AS general""".formatted(COUNTERPARTS);

    /** What a basis needs besides the graph: a standard for a penalty article without a local one. */
    public sealed interface Missing {
        /** No violation or provision by that key. */
        record Unknown() implements Missing {
        }

        /** No local standard, and no general rule set in effect to make one. */
        record NoGeneralRules() implements Missing {
        }
    }

    /** A basis, or why there is none. */
    public record Found(AdviceBasis basis, Missing missing) {
    }

    private final Driver driver;
    private final GeneralRulesStore generalRules;

    public AdviceReader(Driver driver) {
        this.driver = driver;
        this.generalRules = new GeneralRulesStore(driver);
    }

    /**
     * The basis of advice on violation {@code code}: its own standard, or, for a derived violation, the one the
     * general rules in effect on {@code day} make of its penalty paragraph.
     */
    public Found basis(String code, LocalDate day) {
        List<Record> records = driver.executableQuery(BASIS)
                .withParameters(Map.of("code", code, "generalLaw", PenaltyAdvisor.GENERAL_LAW, "generalArticles", PenaltyAdvisor.GENERAL_RULES))
                .execute().records();
        if (records.isEmpty()) {
            return new Found(null, new Missing.Unknown());
        }
        Record r = records.getFirst();
        List<Value> cited = r.get("cited").asList(v -> v);
        List<CitedArticle> penalties = articles(cited, "PENALIZED_BY");
        if (penalties.isEmpty()) {
            return new Found(null, new Missing.Unknown());
        }
        String violation = r.get("code").asString();
        String name = r.get("name").asString();
        String domain = r.get("domain").asString(null);
        List<CitedArticle> violated = articles(cited, "VIOLATES");
        if (r.get("standardCode").isNull()) {
            return generalRules.inEffect(day).map(rules -> new Found(new AdviceBasis(violation, name, domain, general(rules, penalties), violated,
                    penalties, general(r), rules), null)).orElseGet(() -> new Found(null, new Missing.NoGeneralRules()));
        }
        DiscretionStandard standard = new DiscretionStandard(r.get("standardCode").asString(), r.get("standardTitle").asString(null),
                r.get("tiers").asList(PenaltyReader::tier));
        return new Found(new AdviceBasis(violation, name, domain, standard, violated, penalties, general(r)), null);
    }

    /** The basis of advice on a penalty article itself ({@code provisionId}), under the general rules in effect on {@code day}. */
    public Found basisOfProvision(String provisionId, LocalDate day) {
        List<Record> records = driver.executableQuery(PROVISION)
                .withParameters(Map.of("id", provisionId, "generalLaw", PenaltyAdvisor.GENERAL_LAW, "generalArticles", PenaltyAdvisor.GENERAL_RULES))
                .execute().records();
        if (records.isEmpty()) {
            return new Found(null, new Missing.Unknown());
        }
        Record r = records.getFirst();
        CitedArticle article = article(r.get("cited"));
        return generalRules.inEffect(day).map(rules -> new Found(new AdviceBasis(provisionId, article.citation(), null,
                        general(rules, List.of(article)), List.of(), List.of(article), general(r), rules), null))
                .orElseGet(() -> new Found(null, new Missing.NoGeneralRules()));
    }

    /**
     * The standard the rule set makes of the first penalty article's paragraph as linked; the advisor makes it again
     * from the version that applies where that is another ({@link AdviceBasis#ruleSet}).
     */
    private static DiscretionStandard general(GeneralDiscretionRules rules, List<CitedArticle> penalties) {
        return rules.standardFor(penalties.getFirst().text(penalties.getFirst().linked()));
    }

    private static Map<Integer, Provision> general(Record r) {
        Map<Integer, Provision> general = new HashMap<>();
        r.get("general").asList(LawReader::provision).forEach(p -> general.put(p.article(), p));
        return general;
    }

    private static List<CitedArticle> articles(List<Value> cited, String use) {
        return cited.stream().filter(c -> c.get("use").asString().equals(use)).map(AdviceReader::article).toList();
    }

    /** One cited article: the version linked, its counterparts in the other versions, and the versions without one. */
    private static CitedArticle article(Value c) {
        List<ProvisionVersion> versions = c.get("versions").asList(v -> new ProvisionVersion(LawReader.provision(v.get("provision")),
                v.get("from").asLocalDate(), v.get("to").isNull() ? null : v.get("to").asLocalDate(), v.get("assumed").asBoolean()));
        String linked = c.get("linked").asString();
        ProvisionVersion linkedVersion = versions.stream().filter(v -> v.provision().id().equals(linked)).findFirst().orElseThrow();
        List<CitedArticle.Unmatched> unmatched = c.get("unmatched").asList(u -> new CitedArticle.Unmatched(u.get("law").asString(),
                u.get("from").asLocalDate(), u.get("to").isNull() ? null : u.get("to").asLocalDate()));
        return new CitedArticle("《" + c.get("law").asString() + "》" + c.get("label").asString(), c.get("paragraph").asInt(0),
                c.get("act").asInt(0), linkedVersion, versions, unmatched, LawLevel.ofLabel(c.get("level").asString()));
    }
}
