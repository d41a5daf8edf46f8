package dev.onecheck.loaders;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Map;

import dev.onecheck.infra.stack.StackEndpoints;
import dev.onecheck.infra.test.EmbeddedStack;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;

/**
 * Loads a small law collection (real texts, plus a malformed file, a law filed twice and a case folder) twice.
 * Both loads run once for the class; each test only reads.
 */
@EmbeddedStack
class LawsCommandIT {

    private static final String COLLECTION = "src/test/resources/law-collection";
    private static LoadCli first;
    private static LoadCli second;

    @BeforeAll
    static void loadTwice(StackEndpoints stack) {
        first = LoadCli.run("--neo4j", stack.bolt().toString(), "laws", COLLECTION);
        second = LoadCli.run("--neo4j", stack.bolt().toString(), "laws", COLLECTION);
    }

    private static int count(Driver driver, String cypher) {
        return driver.executableQuery(cypher).execute().records().getFirst().get(0).asInt();
    }

    @Test
    void reportsCountsAndRejectsBadFilesWithTheirReason() {
        assertThat(first.exitCode()).isEqualTo(2);
        assertThat(first.out()).containsPattern("schema: applied migration\\(s\\) \\[V1(, V\\d+)*]")
                .contains("laws: 3 created, 0 updated, 0 unchanged, 2 rejected (208 articles in 3 law versions)");
        assertThat(first.err())
                .contains("rejected 行政法/某办法(2020-01-01).md:3: missing '<!-- INFO END -->' after the title and history")
                .contains("rejected 行政法/行政处罚法(2021-01-22).md: the same law version 行政处罚法@2021-01-22"
                        + " is already loaded from 经济法/行政处罚法(2021-01-22).md")
                .doesNotContain("案例");
    }

    @Test
    void loadingTwiceChangesNothing(Driver driver) {
        assertThat(second.out()).doesNotContain("schema:")
                .contains("laws: 0 created, 0 updated, 3 unchanged, 2 rejected");
        assertThat(count(driver, "MATCH (l:Law) RETURN count(l)")).isEqualTo(3);
        assertThat(count(driver, "MATCH (:Law)-[:HAS_PROVISION]->(p:Provision) RETURN count(p)")).isEqualTo(208);
        assertThat(count(driver, "MATCH (l:Law) WHERE l.title STARTS WITH '某' RETURN count(l)")).isZero();
    }

    @Test
    void derivesTheViolationsOfThePenaltyArticlesInForceOnceWithTheirLinks(Driver driver) {
        assertThat(first.out()).containsPattern("derived violations: \\d+ from the penalty articles of 2 law\\(s\\) in force");
        assertThat(second.out()).doesNotContain("derived violations");
        assertThat(count(driver, "MATCH (v:Violation {provenance: 'DERIVED'}) RETURN count(v)")).isGreaterThan(10);
        assertThat(count(driver, """
                MATCH (v:Violation {provenance: 'DERIVED'})
                WHERE NOT EXISTS { (v)-[:PENALIZED_BY]->(:Provision)<-[:HAS_PROVISION]-(:Law {status: '现行有效'}) }
                RETURN count(v)""")).isZero();
        assertThat(count(driver, "MATCH (l:Law {status: '现行有效'}) WHERE l.derivedWith IS NULL RETURN count(l)")).isZero();

        // 野生动物保护法 第五十一条 (2022-12-30): 违反本法第二十五条第二款规定，未取得人工繁育许可证，繁育国家重点保护野生动物…的，
        // 由县级以上人民政府野生动物保护主管部门没收野生动物及其制品，并处野生动物及其制品价值一倍以上十倍以下罚款。
        var v = driver.executableQuery("""
                        MATCH (v:Violation {code: $code})-[pb:PENALIZED_BY]->(p:Provision)
                        OPTIONAL MATCH (v)-[vi:VIOLATES]->(q:Provision)
                        RETURN v.name AS name, v.enforcer AS enforcer, v.measures AS measures, p.id AS penalty, pb.paragraph AS paragraph,
                               collect(q.id + '/' + vi.paragraph) AS violates""")
                .withParameters(Map.of("code", "DV-野生动物保护法-51-1")).execute().records().getFirst();
        assertThat(v.get("name").asString()).startsWith("未取得人工繁育许可证，繁育国家重点保护野生动物");
        assertThat(v.get("enforcer").asString()).isEqualTo("县级以上人民政府野生动物保护主管部门");
        assertThat(v.get("measures").asList(x -> x.asString())).contains("没收野生动物及其制品");
        assertThat(v.get("penalty").asString()).isEqualTo("野生动物保护法@2022-12-30/51");
        assertThat(v.get("paragraph").asInt()).isEqualTo(1);
        assertThat(v.get("violates").asList(x -> x.asString())).containsExactly("野生动物保护法@2022-12-30/25/2");
    }

    @Test
    void keepsArticle33OfTheAdministrativePenaltyLawIntact(Driver driver) {
        var article = driver.executableQuery("""
                        MATCH (:Law {shortTitle: $law})-[:HAS_PROVISION]->(p:Provision {article: $article})
                        RETURN p.label AS label, p.paragraphs AS paragraphs, p.chapter AS chapter""")
                .withParameters(Map.of("law", "行政处罚法", "article", 33)).execute().records().getFirst();

        assertThat(article.get("label").asString()).isEqualTo("第三十三条");
        assertThat(article.get("chapter").asString()).isEqualTo("第四章 行政处罚的管辖和适用");
        assertThat(article.get("paragraphs").asList(v -> v.asString())).containsExactly(
                "违法行为轻微并及时改正，没有造成危害后果的，不予行政处罚。初次违法且危害后果轻微并及时改正的，可以不予行政处罚。",
                "当事人有证据足以证明没有主观过错的，不予行政处罚。法律、行政法规另有规定的，从其规定。",
                "对当事人的违法行为依法不予行政处罚的，行政机关应当对当事人进行教育。");
    }

    @Test
    void keepsVersionsSideBySideWithEffectiveRanges(Driver driver) {
        var versions = driver.executableQuery("""
                        MATCH (l:Law {shortTitle: $law})
                        OPTIONAL MATCH (l)<-[:SUPERSEDES]-(newer:Law)
                        RETURN l.effectiveFrom AS from, l.effectiveTo AS to, l.status AS status, newer.id AS newer
                        ORDER BY l.versionDate""")
                .withParameters(Map.of("law", "野生动物保护法")).execute().records();

        assertThat(versions).hasSize(2);
        assertThat(versions.get(0).get("status").asString()).isEqualTo("已修订");
        assertThat(versions.get(0).get("newer").asString()).isEqualTo("野生动物保护法@2022-12-30");
        assertThat(versions.get(0).get("to").asLocalDate()).isEqualTo(versions.get(1).get("from").asLocalDate().minusDays(1));
        assertThat(versions.get(1).get("status").asString()).isEqualTo("现行有效");
        assertThat(versions.get(1).get("to").isNull()).isTrue();
        // The 2018 text is a 修正 ("2018年10月26日 …决定》第三次修正") still ending "本法自2017年1月1日起施行": it takes
        // effect with its amendment and ends the day before the 2022 修订's "本法自2023年5月1日起施行".
        assertThat(versions.get(0).get("from").asLocalDate()).isEqualTo(LocalDate.of(2018, 10, 26));
        assertThat(versions.get(1).get("from").asLocalDate()).isEqualTo(LocalDate.of(2023, 5, 1));
        assertThat(versions.get(0).get("to").asLocalDate()).isEqualTo(LocalDate.of(2023, 4, 30));
    }

    @Test
    void pairsTheArticlesOfConsecutiveVersionsByTheirText(Driver driver) {
        // 2018 第四十六条 "违反本法第二十条、第二十二条、第二十三条第一款、第二十四条第一款规定…" is 2022 第四十九条.
        var moved = driver.executableQuery("""
                        MATCH (:Law {id: $older})-[:HAS_PROVISION]->(:Provision {article: 46})-[:AMENDED_AS]->(p:Provision)
                        RETURN p.id AS id""")
                .withParameters(Map.of("older", "野生动物保护法@2018-10-26")).execute().records();

        assertThat(moved).extracting(r -> r.get("id").asString()).containsExactly("野生动物保护法@2022-12-30/49");
        assertThat(count(driver, "MATCH ()-[r:AMENDED_AS]->() RETURN count(r)")).isEqualTo(52);
        assertThat(count(driver, "MATCH (p:Provision)-[r:AMENDED_AS]->() WITH p, count(r) AS n WHERE n > 1 RETURN count(p)")).isZero();
    }

    @Test
    void aMissingFolderIsAClearError(StackEndpoints stack) {
        LoadCli missing = LoadCli.run("--neo4j", stack.bolt().toString(), "laws", "no/such/folder");

        assertThat(missing.exitCode()).isEqualTo(1);
        assertThat(missing.err()).contains("laws: no/such/folder is not a folder");
    }

    @Test
    void anUnreachableDatabaseIsAClearError() {
        LoadCli unreachable = LoadCli.run("--neo4j", "bolt://127.0.0.1:1", "laws", COLLECTION);

        assertThat(unreachable.exitCode()).isEqualTo(1);
        assertThat(unreachable.err()).startsWith("load: ").contains("127.0.0.1:1");
    }
}
