package dev.onecheck.loaders;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import dev.onecheck.domain.subject.Uscc;
import dev.onecheck.infra.stack.StackEndpoints;
import dev.onecheck.infra.test.EmbeddedStack;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.neo4j.driver.Value;

/**
 * The sample city as ./onecheck up loads it, from the bundled law subset only (as on a machine without the
 * shared law collection): everything loads, the required sizes are met, and a second load changes nothing.
 */
@EmbeddedStack
class SampleDataIT {

    private static LoadCli laws;
    private static LoadCli first;
    private static LoadCli second;
    private static LoadCli index;
    private static LoadCli clues;
    private static LoadCli cluesAgain;
    private static long cluesMillis;

    @BeforeAll
    static void loadTwice(StackEndpoints stack) {
        String bolt = stack.bolt().toString();
        laws = LoadCli.run("--neo4j", bolt, "laws", "sample-data/laws");
        first = LoadCli.run("--neo4j", bolt, "sample", "sample-data");
        second = LoadCli.run("--neo4j", bolt, "sample", "sample-data");
        // as ./onecheck up goes on: the index, then the season's hotline orders (研判 searches the index)
        String es = stack.elasticsearch().toString();
        index = LoadCli.run("--neo4j", bolt, "--elasticsearch", es, "index");
        long start = System.nanoTime();
        clues = LoadCli.run("--neo4j", bolt, "--elasticsearch", es, "clues", "--department", "JH-SCJG", "sample-data/clues-12345.csv");
        cluesMillis = (System.nanoTime() - start) / 1_000_000;
        cluesAgain = LoadCli.run("--neo4j", bolt, "--elasticsearch", es, "clues", "--department", "JH-SCJG", "sample-data/clues-12345.csv");
    }

    @Test
    void theSampleCluesLoadOnceAndTheRestaurantsTwoComplaintsRouteToTheMarketRegulatorAndTheFireService(Driver driver) {
        assertThat(index.exitCode()).as(index.err()).isZero();
        assertThat(clues.exitCode()).as(clues.err()).isZero();
        assertThat(clues.out()).as("in %d ms", cluesMillis).contains("clues: 28 created, 0 updated, 0 unchanged, 0 rejected");
        assertThat(cluesAgain.out()).contains("clues: 0 created, 0 updated, 28 unchanged, 0 rejected");
        assertThat(count(driver, """
                MATCH (:Clue {id: 'HOTLINE_12345/JH12345-20260901-0001'})-[:ROUTED_TO]->(:Department {code: 'JH-SCJG'})
                MATCH (:Clue {id: 'COMPLAINT/JH12345-20260901-0002', uscc: '91329900MA1JH0001C'})-[:ROUTED_TO]->(:Department {code: 'JH-XF'})
                RETURN count(*)""")).isEqualTo(1);
        // 海棠饭店 at the restaurant's address (name 1/3 alike, address alike: 0.53) is not taken for 海棠餐饮 without an
        // officer: among the 10,000 generated firms several fit the loose name better, so it waits with its candidates
        waitsForAnOfficer(driver, "HOTLINE_12345/JH12345-20260901-0001");
        // so does the misspelt 万家幅超市 at 建设路9号 (0.65 for the 万家福 supermarket)
        waitsForAnOfficer(driver, "HOTLINE_12345/JH12345-20260903-0004");
    }

    private static void waitsForAnOfficer(Driver driver, String clue) {
        Record loose = driver.executableQuery("MATCH (c:Clue {id: $id}) RETURN c.uscc AS uscc, c.candidates AS candidates")
                .withParameters(Map.of("id", clue)).execute().records().getFirst();
        assertThat(loose.get("uscc").asString(null)).as("%s", loose).isNull();
        assertThat(loose.get("candidates").asList(Value::asString)).as("%s", loose).isNotEmpty();
    }

    private static long count(Driver driver, String cypher) {
        return driver.executableQuery(cypher).execute().records().getFirst().get(0).asLong();
    }

    @Test
    void everyFileLoads() {
        assertThat(laws.exitCode()).as(laws.err()).isZero();
        assertThat(first.exitCode()).as(first.err()).isZero();
        assertThat(first.err()).doesNotContain("rejected");
    }

    @Test
    void secondLoadChangesNothing() {
        assertThat(second.exitCode()).as(second.err()).isZero();
        assertThat(second.out()).doesNotContainPattern("[1-9]\\d* created").doesNotContainPattern("[1-9]\\d* updated");
    }

    @Test
    void theCityHasWhatTheIssueAsksFor(Driver driver) {
        assertThat(count(driver, "MATCH (d:Department) RETURN count(d)")).isGreaterThanOrEqualTo(20);
        assertThat(count(driver, "MATCH (i:Item)-[:BASED_ON]->(:Provision) RETURN count(DISTINCT i)")).isGreaterThanOrEqualTo(150);
        assertThat(count(driver, "MATCH (s:Scenario)-[:INCLUDES]->(:Item) RETURN count(DISTINCT s)")).isGreaterThanOrEqualTo(10);
        assertThat(count(driver, "MATCH (o:Officer)-[:MEMBER_OF]->(:Department) RETURN count(o)")).isGreaterThanOrEqualTo(40);
        assertThat(count(driver, """
                MATCH (v:Violation)-[:PENALIZED_BY]->(:Provision), (v)-[:HAS_STANDARD]->()-[:HAS_TIER]->(:Tier)
                RETURN count(DISTINCT v)""")).isGreaterThanOrEqualTo(40);
        assertThat(count(driver, "MATCH (c:Case)-[:OF]->(:Violation) RETURN count(c)")).isGreaterThanOrEqualTo(50);
        assertThat(count(driver, "MATCH (s:Subject)-[:IN_INDUSTRY]->(:Industry) RETURN count(s)")).isGreaterThanOrEqualTo(10_000);
    }

    @Test
    void includesTheScenariosTheSeedsName(Driver driver) {
        for (String name : new String[] {"电动自行车", "校外培训", "娱乐场所", "餐饮", "烟花爆竹", "欠薪", "骗保"}) {
            long scenarios = driver.executableQuery("MATCH (s:Scenario) WHERE s.name CONTAINS $name RETURN count(s)")
                    .withParameters(Map.of("name", name)).execute().records().getFirst().get(0).asLong();
            assertThat(scenarios).as(name).isPositive();
        }
    }

    @Test
    void subjectsHaveValidCreditCodesAndTheDemoEnterpriseExists(Driver driver) {
        driver.executableQuery("MATCH (s:Subject) RETURN s.uscc AS uscc").execute().records()
                .forEach(r -> assertThat(Uscc.problem(r.get("uscc").asString())).as(r.get("uscc").asString()).isNull());
        assertThat(count(driver, """
                MATCH (s:Subject {uscc: '91329900MA1JH0001C'})-[:IN_INDUSTRY]->(:Industry)<-[:APPLIES_TO]-(:Item)
                RETURN count(*)""")).isPositive();
    }

    @Test
    void theFoodLicenceViolationCitesTheRealArticles(Driver driver) {
        assertThat(count(driver, """
                MATCH (v:Violation)-[:PENALIZED_BY]->(p:Provision {article: 122})<-[:HAS_PROVISION]-(:Law {shortTitle: '食品安全法'})
                MATCH (v)-[:HAS_STANDARD]->()-[:HAS_TIER]->(t:Tier {fineKind: 'MULTIPLE', fineBasis: '货值金额'})
                WHERE t.fineMin >= 10 AND t.fineMax <= 20
                RETURN count(DISTINCT v)""")).isPositive();
    }
}
