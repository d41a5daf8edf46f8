package dev.onecheck.store.law;

import java.util.Collection;
import java.util.List;
import java.util.Map;

import dev.onecheck.domain.law.Law;
import dev.onecheck.domain.law.LawLevel;
import dev.onecheck.domain.law.Provision;
import dev.onecheck.store.Listing;
import dev.onecheck.store.Page;
import dev.onecheck.store.Related;
import dev.onecheck.store.catalog.CatalogReader.ItemSummary;
import dev.onecheck.store.catalog.CatalogReader;
import dev.onecheck.store.law.LawReader.LawFilter;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Value;

/** Reads of 法律法规 and their 条款 for the API: published texts, readable by everyone. */
public final class LawReader {

    /** 法律法规 list filter: every non-null field must hold; {@code level} is the label officers use (法律, 行政法规 …). */
    public record LawFilter(String level, String titleContains, Boolean inForceOnly) {
    }

    private final Listing listing;
    private final Related related;

    public LawReader(Driver driver) {
        this.listing = new Listing(driver);
        this.related = new Related(driver);
    }

    /** Law versions ordered by id (简称@版本日期): the versions of one law follow each other, oldest first. */
    public Page<Law> laws(LawFilter filter, String afterId, int first) {
        return listing.page("""
                        MATCH (node:Law) WHERE node.id > $after
                          AND ($level IS NULL OR node.level = $level)
                          AND ($title IS NULL OR node.title CONTAINS $title)
                          AND (NOT $inForceOnly OR node.status = '现行有效')
                        RETURN node ORDER BY node.id LIMIT $limit""",
                Listing.parameters("after", Listing.after(afterId), "level", filter.level(), "title", filter.titleContains(),
                        "inForceOnly", Boolean.TRUE.equals(filter.inForceOnly())), first, LawReader::law);
    }

    public Map<String, Law> laws(Collection<String> ids) {
        return related.one("MATCH (l:Law) WHERE l.id IN $keys RETURN l.id AS key, l AS node", ids, LawReader::law);
    }

    /** 效力状态 of each version: 现行有效, 已修订 once a later version exists, 已废止 once another law repealed it. */
    public Map<String, String> statuses(Collection<String> ids) {
        return related.one("MATCH (l:Law) WHERE l.id IN $keys RETURN l.id AS key, l.status AS node", ids, v -> v.asString(null));
    }

    public Map<String, List<Provision>> provisionsOfLaws(Collection<String> ids) {
        return related.many("""
                MATCH (l:Law)-[:HAS_PROVISION]->(p:Provision) WHERE l.id IN $keys
                RETURN l.id AS key, p AS node ORDER BY p.article, p.suffix""", ids, LawReader::provision);
    }

    /** Every version of each law's 简称, oldest first. */
    public Map<String, List<Law>> versionsOfLaws(Collection<String> ids) {
        return related.many("""
                MATCH (l:Law) WHERE l.id IN $keys
                MATCH (v:Law {shortTitle: l.shortTitle})
                RETURN l.id AS key, v AS node ORDER BY v.versionDate""", ids, LawReader::law);
    }

    public Map<String, Provision> provisions(Collection<String> ids) {
        return related.one("MATCH (p:Provision) WHERE p.id IN $keys RETURN p.id AS key, p AS node", ids, LawReader::provision);
    }

    /** 监管事项 whose 设定依据 is each provision. */
    public Map<String, List<ItemSummary>> itemsBasedOn(Collection<String> provisionIds) {
        return related.many("""
                MATCH (i:Item)-[:BASED_ON]->(p:Provision) WHERE p.id IN $keys
                RETURN p.id AS key, i AS node ORDER BY i.code""", provisionIds, CatalogReader::item);
    }

    public static Provision provision(Value p) {
        return new Provision(p.get("id").asString(), p.get("lawId").asString(), p.get("article").asInt(), p.get("suffix").asInt(0),
                p.get("label").asString(), p.get("chapter").asString(null), p.get("section").asString(null),
                p.get("paragraphs").asList(Value::asString, List.of()));
    }

    public static Law law(Value l) {
        return new Law(l.get("id").asString(), l.get("title").asString(), l.get("shortTitle").asString(),
                LawLevel.ofLabel(l.get("level").asString()),
                l.get("category").asString(null), l.get("versionDate").asLocalDate(), l.get("effectiveFrom").asLocalDate(),
                l.get("history").asList(Value::asString, List.of()), l.get("hash").asString(null), l.get("commencementAssumed").asBoolean(false));
    }
}
