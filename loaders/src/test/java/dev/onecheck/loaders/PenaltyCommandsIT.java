package dev.onecheck.loaders;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import dev.onecheck.infra.stack.StackEndpoints;
import dev.onecheck.infra.test.EmbeddedStack;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.driver.Driver;

/** Violations with discretion standards, and cases, from JSON: the happy path, idempotence and bad entries. */
@EmbeddedStack
class PenaltyCommandsIT {

    private static final Path FIXTURE = Path.of("src/test/resources/penalty");
    private static String bolt;

    @BeforeAll
    static void lawsAndDepartments(StackEndpoints stack, @TempDir Path dir) throws IOException {
        bolt = stack.bolt().toString();
        LoadCli.run("--neo4j", bolt, "laws", "src/test/resources/law-collection");
        for (String file : List.of("regions.csv", "departments.csv")) {
            Files.copy(Path.of("src/test/resources/catalog", file), dir.resolve(file));
        }
        assertThat(LoadCli.run("--neo4j", bolt, "catalog", dir.toString()).exitCode()).isZero();
    }

    @Test
    void loadsViolationsWithTieredStandardsAndCasesOnce(Driver driver) {
        LoadCli violations = LoadCli.run("--neo4j", bolt, "violations", FIXTURE.resolve("violations.json").toString());
        LoadCli cases = LoadCli.run("--neo4j", bolt, "cases", FIXTURE.resolve("cases.json").toString());
        LoadCli violationsAgain = LoadCli.run("--neo4j", bolt, "violations", FIXTURE.resolve("violations.json").toString());
        LoadCli casesAgain = LoadCli.run("--neo4j", bolt, "cases", FIXTURE.resolve("cases.json").toString());

        assertThat(violations.out()).as(violations.err()).contains("violations: 1 created");
        assertThat(cases.out()).as(cases.err()).contains("cases: 1 created");
        assertThat(violationsAgain.out()).contains("violations: 0 created, 0 updated, 1 unchanged");
        assertThat(casesAgain.out()).contains("cases: 0 created, 0 updated, 1 unchanged");

        var violation = driver.executableQuery("""
                        MATCH (d:Department)-[:ENFORCES]->(v:Violation {code: 'YS-001'})-[:VIOLATES]->(violated:Provision),
                              (v)-[:PENALIZED_BY]->(penalty:Provision),
                              (v)-[:HAS_STANDARD]->(s:DiscretionStandard)-[h:HAS_TIER]->(t:Tier)
                        WITH d, v, violated, penalty, s, t ORDER BY h.position
                        RETURN d.code AS department, violated.label AS violated, penalty.id AS penalty,
                               collect(t.level) AS levels, collect(t.fineKind) AS kinds, collect(t.fineMax) AS maxima""")
                .execute().records().getFirst();
        assertThat(violation.get("department").asString()).isEqualTo("JH-SCJG");
        assertThat(violation.get("violated").asString()).isEqualTo("第三十三条");
        assertThat(violation.get("penalty").asString()).isEqualTo("野生动物保护法@2022-12-30/55");
        assertThat(violation.get("levels").asList(v -> v.asString())).containsExactly("不予处罚", "从轻处罚", "一般");
        assertThat(violation.get("kinds").asList(v -> v.asString())).containsExactly("FIXED", "MULTIPLE");
        assertThat(violation.get("maxima").asList(v -> v.asDouble())).containsExactly(40000.0, 7.5);
        assertThat(driver.executableQuery("""
                        MATCH (c:Case {code: 'JH-2024-SCJG-001'})-[:OF]->(:Violation {code: 'YS-001'}),
                              (c)-[:CITES]->(p:Provision), (c)-[:DECIDED_BY]->(:Department {code: 'JH-SCJG'})
                        RETURN c.fine AS fine, p.article AS article""").execute().records().getFirst().get("fine").asDouble())
                .isEqualTo(48000.0);
    }

    @Test
    void badEntriesNameTheirEntryAndFieldAndWriteNothing(Driver driver, @TempDir Path dir) throws IOException {
        int before = driver.executableQuery("MATCH (n) RETURN count(n)").execute().records().getFirst().get(0).asInt();
        String valid = Files.readString(FIXTURE.resolve("violations.json"));
        assertRejected(dir, "violations", valid.replace("\"min\": 10000, \"max\": 40000", "\"min\": 40000, \"max\": 10000"),
                "violations.json row 1, column standard.tiers[1].fine: fine range must satisfy 0 ≤ min ≤ max, got 40000–10000");
        assertRejected(dir, "violations", valid.replace("\"level\": \"一般\"", "\"level\": \"很重\""),
                "violations.json row 1, column standard.tiers[2].level: '很重' is not a tier");
        assertRejected(dir, "violations", valid.replace("\"article\": 55", "\"article\": 555"),
                "violations.json row 1, column violates/penalizedBy: no such article in a law in force: 《野生动物保护法》第555条");
        assertRejected(dir, "violations", valid.replace("\"department\": \"JH-SCJG\"", "\"department\": \"JH-NOPE\""),
                "violations.json row 1, column department: unknown department JH-NOPE");
        assertRejected(dir, "violations", "{\"code\": 1}", "violations.json: must hold a JSON array of objects");
        assertRejected(dir, "violations", "[{\"code\": \"X\",", "violations.json: is not valid JSON");
        assertRejected(dir, "cases", Files.readString(FIXTURE.resolve("cases.json")).replace("\"fine\": 48000", "\"fine\": -1"),
                "cases.json row 1, column fine: must be a number ≥ 0");
        assertRejected(dir, "cases", Files.readString(FIXTURE.resolve("cases.json")).replace("\"violation\": \"YS-001\"", "\"violation\": \"YS-999\""),
                "cases.json row 1, column violation: unknown violation YS-999");
        assertThat(driver.executableQuery("MATCH (n) RETURN count(n)").execute().records().getFirst().get(0).asInt())
                .isEqualTo(before);
    }

    private static void assertRejected(Path dir, String kind, String json, String error) throws IOException {
        Path file = Files.writeString(dir.resolve(kind + ".json"), json);
        LoadCli result = LoadCli.run("--neo4j", bolt, kind, file.toString());
        assertThat(result.exitCode()).as(error).isEqualTo(2);
        assertThat(result.err()).contains(error);
    }
}
