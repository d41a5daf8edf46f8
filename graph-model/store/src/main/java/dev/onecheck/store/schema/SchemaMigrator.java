package dev.onecheck.store.schema;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * Applies the graph's versioned schema (constraints and indexes) at start-up. Applied versions are recorded as
 * {@code (:SchemaMigration {version, description, checksum, appliedAt})}; a recorded script whose checksum changed
 * is an error, because the database no longer matches the code. Schema statements are idempotent
 * ({@code IF NOT EXISTS}), so a run interrupted between a statement and its record is safe to repeat.
 */
public final class SchemaMigrator {

    /** Every script in this class's folder is a migration: adding one is adding a file, no list to keep. */
    private static final String SCRIPTS = "classpath*:dev/onecheck/store/schema/V*__*.cypher";

    private final Driver driver;
    private final List<Migration> migrations;

    public SchemaMigrator(Driver driver) {
        this(driver, discovered());
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

    /** The migrations shipped with this module, in version order; two scripts of one version are an error. */
    static List<Migration> discovered() {
        try {
            List<Migration> found = new ArrayList<>();
            for (Resource script : new PathMatchingResourcePatternResolver(SchemaMigrator.class.getClassLoader()).getResources(SCRIPTS)) {
                found.add(Migration.parse(script.getFilename(), script.getContentAsString(StandardCharsets.UTF_8)));
            }
            Map<Integer, List<String>> byVersion = found.stream().collect(Collectors.groupingBy(Migration::version,
                    Collectors.mapping(Migration::description, Collectors.toList())));
            byVersion.values().stream().filter(names -> names.size() > 1).findFirst().ifPresent(names -> {
                throw new IllegalStateException("schema migrations " + names + " share a version");
            });
            return found;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
