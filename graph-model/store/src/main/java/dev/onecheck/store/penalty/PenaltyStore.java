package dev.onecheck.store.penalty;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import dev.onecheck.domain.law.LawReference;
import dev.onecheck.domain.penalty.DiscretionStandard;
import dev.onecheck.domain.penalty.PenaltyCase;
import dev.onecheck.domain.penalty.Provenance;
import dev.onecheck.domain.penalty.Tier;
import dev.onecheck.domain.penalty.Violation;
import dev.onecheck.domain.text.Hashes;
import dev.onecheck.store.Aggregate;
import dev.onecheck.store.AggregateWriter;
import dev.onecheck.store.LoadCounts;
import dev.onecheck.store.law.LawStore;
import dev.onecheck.store.outbox.IndexOutbox;
import org.neo4j.driver.Driver;

/**
 * Violations with their discretion standards and tiers, and typical cases:
 * {@code (Violation)-[:VIOLATES|PENALIZED_BY {paragraph, item}]->(Provision)} (versions in force),
 * {@code (Violation)-[:HAS_STANDARD]->(DiscretionStandard)-[:HAS_TIER {position}]->(Tier)},
 * {@code (Department)-[:ENFORCES]->(Violation)}, {@code (Case)-[:OF]->(Violation)}, {@code (Case)-[:CITES]->(Provision)},
 * {@code (Case)-[:DECIDED_BY]->(Department)}. A violation's standard and tiers belong to it and are rewritten with it.
 */
public final class PenaltyStore {

    public static final Aggregate VIOLATIONS = new Aggregate("Violation", "code", """
            UNWIND $rows AS row
            MATCH (n:Violation {code: row.key})
            OPTIONAL MATCH (n)-[r:VIOLATES|PENALIZED_BY]->()
            DELETE r
            WITH DISTINCT n, row
            OPTIONAL MATCH (n)<-[e:ENFORCES]-()
            DELETE e
            WITH DISTINCT n, row
            OPTIONAL MATCH (n)-[:HAS_STANDARD]->(old:DiscretionStandard)
            OPTIONAL MATCH (old)-[:HAS_TIER]->(oldTier:Tier)
            DETACH DELETE old, oldTier
            WITH DISTINCT n, row
            MATCH (d:Department {code: row.department})
            MERGE (d)-[:ENFORCES]->(n)
            WITH n, row
            CALL (n, row) {
              UNWIND row.violates AS ref
              %1$s
              MERGE (n)-[:VIOLATES {paragraph: ref.paragraph, item: ref.item}]->(p)
            }
            CALL (n, row) {
              UNWIND row.penalizedBy AS ref
              %1$s
              MERGE (n)-[:PENALIZED_BY {paragraph: ref.paragraph, item: ref.item}]->(p)
            }
            CREATE (n)-[:HAS_STANDARD]->(s:DiscretionStandard {code: row.standard.code, title: row.standard.title})
            WITH s, row
            UNWIND range(0, size(row.standard.tiers) - 1) AS position
            CREATE (s)-[:HAS_TIER {position: position}]->(t:Tier)
            SET t = row.standard.tiers[position]
            """.formatted(LawStore.PROVISION_IN_FORCE), IndexOutbox.Kind.VIOLATION);

    public static final Aggregate CASES = new Aggregate("Case", "code", """
            UNWIND $rows AS row
            MATCH (n:Case {code: row.key})
            OPTIONAL MATCH (n)-[r:OF|CITES|DECIDED_BY]->()
            DELETE r
            WITH DISTINCT n, row
            MATCH (v:Violation {code: row.violation})
            MATCH (d:Department {code: row.department})
            MERGE (n)-[:OF]->(v)
            MERGE (n)-[:DECIDED_BY]->(d)
            WITH n, row
            CALL (n, row) {
              UNWIND row.cites AS ref
              %1$s
              MERGE (n)-[:CITES {paragraph: ref.paragraph, item: ref.item}]->(p)
            }
            """.formatted(LawStore.PROVISION_IN_FORCE), IndexOutbox.Kind.CASE);

    private final AggregateWriter writer;

    public PenaltyStore(Driver driver) {
        this.writer = new AggregateWriter(driver);
    }

    public LoadCounts writeViolations(List<Violation> violations) {
        return writer.write(VIOLATIONS, violations.stream().map(v -> {
            Map<String, Object> props = Map.of("code", v.code(), "name", v.name(), "aliases", v.aliases(), "domain", v.domain(),
                    "provenance", Provenance.CURATED.name(), "hash", Hashes.sha256(v.toString()));
            Map<String, Object> row = new HashMap<>();
            row.put("key", v.code());
            row.put("props", props);
            row.put("department", v.departmentCode());
            row.put("violates", v.violates().stream().map(LawReference::parameters).toList());
            row.put("penalizedBy", v.penalizedBy().stream().map(LawReference::parameters).toList());
            row.put("standard", Map.of("code", v.standard().code(), "title", v.standard().title(),
                    "tiers", v.standard().tiers().stream().map(PenaltyStore::tier).toList()));
            return row;
        }).toList());
    }

    public LoadCounts writeCases(List<PenaltyCase> cases) {
        return writer.write(CASES, cases.stream().map(c -> {
            Map<String, Object> props = new HashMap<>();
            props.put("code", c.code());
            props.put("title", c.title());
            props.put("decisionDate", c.decisionDate());
            props.put("subjectName", c.subjectName());
            props.put("tier", c.tier().label());
            props.put("facts", c.facts());
            props.put("decision", c.decision());
            props.put("fine", c.fine() == null ? null : c.fine().doubleValue());
            props.put("confiscated", c.confiscated() == null ? null : c.confiscated().doubleValue());
            props.put("published", c.published());
            props.put("hash", Hashes.sha256(c.toString()));
            Map<String, Object> row = new HashMap<>();
            row.put("key", c.code());
            row.put("props", props);
            row.put("violation", c.violationCode());
            row.put("department", c.departmentCode());
            row.put("cites", c.cites().stream().map(LawReference::parameters).toList());
            return row;
        }).toList());
    }

    public Set<String> existingViolations(Collection<String> codes) {
        return writer.existing(VIOLATIONS, codes);
    }

    private static Map<String, Object> tier(Tier tier) {
        Map<String, Object> t = new HashMap<>();
        t.put("level", tier.level().label());
        t.put("circumstances", tier.circumstances());
        t.put("measures", tier.measures());
        t.put("condition", tier.condition() == null ? null : tier.condition().label());
        if (tier.when() != null) {
            t.put("basis", tier.when().basis());
            t.put("atLeast", tier.when().atLeast() == null ? null : tier.when().atLeast().doubleValue());
            t.put("below", tier.when().below() == null ? null : tier.when().below().doubleValue());
        }
        if (tier.fine() != null) {
            t.put("fineKind", tier.fine().kind().name());
            t.put("fineBasis", tier.fine().basis());
            t.put("fineMin", tier.fine().min().doubleValue());
            t.put("fineMax", tier.fine().max().doubleValue());
            t.put("fineCap", tier.fine().cap() == null ? null : tier.fine().cap().doubleValue());
        }
        return t;
    }

}
