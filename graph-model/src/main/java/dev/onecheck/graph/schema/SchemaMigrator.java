package dev.onecheck.graph.schema;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;

/**
 * Applies the graph's versioned schema (constraints and indexes) at start-up. Applied versions are recorded as
 * {@code (:SchemaMigration {version, description, checksum, appliedAt})}; a recorded script whose checksum changed
 * is an error, because the database no longer matches the code. Schema statements are idempotent
 * ({@code IF NOT EXISTS}), so a run interrupted between a statement and its record is safe to repeat.
 */
public final class SchemaMigrator {

    /** Listed in order; each file lives beside this class. */
    static final List<String> SCRIPTS = List.of("V001__natural_keys.cypher", "V002__lookup_indexes.cypher",
            "V003__index_outbox.cypher", "V004__audit_trail.cypher", "V005__planning.cypher", "V006__onsite.cypher");

    private final Driver driver;
    private final List<Migration> migrations;

    public SchemaMigrator(Driver driver) {
        this(driver, SCRIPTS.stream().map(SchemaMigrator::load).toList());
    }

    SchemaMigrator(Driver driver, List<Migration> migrations) {
        this.driver = driver;
        this.migrations = migrations.stream().sorted(Comparator.comparingInt(Migration::version)).toList();
    }

    /** Applies what is pending and returns the versions applied now (empty when the schema is current). */
    public List<Integer> migrate() {
        Map<Integer, String> applied = driver.executableQuery(
                        "MATCH (m:SchemaMigration) RETURN m.version AS version, m.checksum AS checksum")
                .execute().records().stream()
                .collect(Collectors.toMap(r -> r.get("version").asInt(), (Record r) -> r.get("checksum").asString()));
        List<Integer> now = new ArrayList<>();
        for (Migration migration : migrations) {
            String checksum = applied.get(migration.version());
            if (checksum != null) {
                if (!checksum.equals(migration.checksum())) {
                    throw new IllegalStateException("schema migration V" + migration.version()
                            + " was changed after it was applied; add a new migration instead");
                }
                continue;
            }
            for (String statement : migration.statements()) {
                driver.executableQuery(statement).execute();
            }
            driver.executableQuery("""
                    MERGE (m:SchemaMigration {version: $version})
                    SET m.description = $description, m.checksum = $checksum, m.appliedAt = datetime()""")
                    .withParameters(Map.of("version", migration.version(), "description", migration.description(),
                            "checksum", migration.checksum()))
                    .execute();
            now.add(migration.version());
        }
        return now;
    }

    private static Migration load(String fileName) {
        try (InputStream in = SchemaMigrator.class.getResourceAsStream(fileName)) {
            if (in == null) {
                throw new IllegalStateException("migration " + fileName + " is missing from the classpath");
            }
            return Migration.parse(fileName, new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
