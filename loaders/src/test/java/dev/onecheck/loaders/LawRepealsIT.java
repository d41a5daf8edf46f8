package dev.onecheck.loaders;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Map;

import dev.onecheck.infra.stack.StackEndpoints;
import dev.onecheck.infra.test.EmbeddedStack;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;

/**
 * A law repealed under another title (噪声污染防治法 第九十条 "本法自2022年6月5日起施行。《中华人民共和国环境噪声污染防治法》同时废止。"):
 * the old law is loaded first, alone, and derives its violations; then the new one, then the old one again. The
 * loads run once for the class; each test only reads.
 */
@EmbeddedStack
class LawRepealsIT {

    private static final String OLD = "src/test/resources/law-repeals/old";
    private static final String NEW = "src/test/resources/law-repeals/new";
    private static final String REPEALED = "环境噪声污染防治法";
    private static LoadCli oldAlone;
    private static LoadCli repealing;
    private static LoadCli oldAgain;
    private static int derivedBeforeRepeal;
    /** 公民出境入境管理法实施细则 (2011), then 出境入境管理法 第九十三条 "…《中华人民共和国公民出境入境管理法》同时废止。" */
    private static final String IMPLEMENTING_OLD = "src/test/resources/law-repeals/implementing-old";
    private static final String IMPLEMENTING_NEW = "src/test/resources/law-repeals/implementing-new";
    private static final String IMPLEMENTING = "公民出境入境管理法实施细则";
    private static int derivedOfImplementingBefore;
    private static LoadCli parentRepealing;

    @BeforeAll
    static void loadOldThenNewThenOldAgain(StackEndpoints stack, Driver driver) {
        oldAlone = LoadCli.run("--neo4j", stack.bolt().toString(), "laws", OLD);
        derivedBeforeRepeal = derivedOf(driver, REPEALED);
        repealing = LoadCli.run("--neo4j", stack.bolt().toString(), "laws", NEW);
        oldAgain = LoadCli.run("--neo4j", stack.bolt().toString(), "laws", OLD);
        LoadCli.run("--neo4j", stack.bolt().toString(), "laws", IMPLEMENTING_OLD);
        derivedOfImplementingBefore = derivedOf(driver, IMPLEMENTING);
        parentRepealing = LoadCli.run("--neo4j", stack.bolt().toString(), "laws", IMPLEMENTING_NEW);
    }

    private static int derivedOf(Driver driver, String law) {
        return driver.executableQuery("MATCH (v:Violation {provenance: 'DERIVED', law: $law}) RETURN count(v) AS n")
                .withParameters(Map.of("law", law)).execute().records().getFirst().get("n").asInt();
    }

    private static Record version(Driver driver, String law) {
        return driver.executableQuery("""
                        MATCH (l:Law {shortTitle: $law})
                        OPTIONAL MATCH (l)<-[:REPEALS]-(r:Law)
                        RETURN l.status AS status, l.effectiveTo AS to, collect(r.id) AS repealedBy""")
                .withParameters(Map.of("law", law)).execute().records().getFirst();
    }

    @Test
    void theRepealedLawIsOutOfForceFromTheDayTheNewOneTakesEffect(Driver driver) {
        assertThat(oldAlone.exitCode()).isZero();
        assertThat(repealing.exitCode()).isZero();
        Record old = version(driver, REPEALED);

        assertThat(old.get("status").asString()).isEqualTo("已废止");
        assertThat(old.get("to").asLocalDate()).isEqualTo(LocalDate.of(2022, 6, 4));
        assertThat(old.get("repealedBy").asList(v -> v.asString())).containsExactly("噪声污染防治法@2021-12-24");
        assertThat(version(driver, "噪声污染防治法").get("status").asString()).isEqualTo("现行有效");
    }

    @Test
    void itsDerivedViolationsAnswerNoMore(Driver driver) {
        assertThat(derivedBeforeRepeal).isPositive();
        assertThat(repealing.out()).contains("derived violations: " + derivedBeforeRepeal + " removed with their law's repeal (已废止)");
        assertThat(derivedOf(driver, REPEALED)).isZero();
        assertThat(derivedOf(driver, "噪声污染防治法")).isPositive();
    }

    @Test
    void loadingTheRepealedLawAgainKeepsItRepealedAndChangesNothing(Driver driver) {
        assertThat(oldAgain.exitCode()).isZero();
        assertThat(oldAgain.out()).contains("laws: 0 created, 0 updated, 1 unchanged").doesNotContain("derived violations");
        assertThat(version(driver, REPEALED).get("status").asString()).isEqualTo("已废止");
        assertThat(derivedOf(driver, REPEALED)).isZero();
    }

    /**
     * The 实施细则 of a law repealed goes with it: 公民出境入境管理法实施细则 still punished "…处以警告或者5日以下拘留" (第二十三条) after
     * 出境入境管理法 repealed 公民出境入境管理法 on 2013-07-01.
     */
    @Test
    void theRulesImplementingARepealedLawAnswerNoMore(Driver driver) {
        assertThat(parentRepealing.exitCode()).isZero();
        Record rules = version(driver, IMPLEMENTING);

        assertThat(rules.get("status").asString()).isEqualTo("已废止");
        assertThat(rules.get("to").asLocalDate()).isEqualTo(LocalDate.of(2013, 6, 30));
        assertThat(rules.get("repealedBy").asList(v -> v.asString())).containsExactly("出境入境管理法@2012-06-30");
        assertThat(derivedOfImplementingBefore).isPositive();
        assertThat(derivedOf(driver, IMPLEMENTING)).isZero();
    }
}
