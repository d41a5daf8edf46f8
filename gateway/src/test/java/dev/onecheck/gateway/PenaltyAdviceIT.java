package dev.onecheck.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import dev.onecheck.domain.law.LawMarkdownParser;
import dev.onecheck.infra.test.TestStack;
import dev.onecheck.search.index.IndexProjector;
import dev.onecheck.search.index.KnowledgeBaseFixture;
import dev.onecheck.search.index.TextEmbedder;
import dev.onecheck.store.law.LawStore;
import dev.onecheck.store.outbox.IndexOutbox;
import dev.onecheck.store.outbox.IndexSource;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * {@code penaltyAdvice} end to end: facts in, the graph's standard and article versions, the rules of graph-model,
 * similar cases from Elasticsearch out — on 食品安全法 第一百二十二条 (2015 and 2021 versions) and the real 行政处罚法.
 */
@GatewayTest
class PenaltyAdviceIT {

    private static final Path ADMIN_PENALTY_LAW = Path.of("..", "loaders", "sample-data", "laws", "行政法", "行政处罚法(2021-01-22).md");
    private static final String ADVICE = """
            { penaltyAdvice(violation: "%s", facts: {%s}) {
                violation { code name } standard { code title } punish outcome
                tier { level circumstances condition } range { min max } measures
                provisions { use provision { id article text law { id versionDate } } }
                reasoning { rule citation finding }
                similarCases { code title } } }""";

    @LocalServerPort
    int port;

    @BeforeAll
    static void knowledgeBase() throws Exception {
        KnowledgeBaseFixture.load(TestStack.driver());
        new LawStore(TestStack.driver()).upsert(List.of(new LawMarkdownParser().parse(ADMIN_PENALTY_LAW.toString(),
                Files.readString(ADMIN_PENALTY_LAW))));
        try (ElasticsearchClient es = ElasticsearchClient.of(b -> b.host(TestStack.endpoints().elasticsearch().toString()))) {
            new IndexProjector(es, new IndexSource(TestStack.driver()), new IndexOutbox(TestStack.driver()), new TextEmbedder(), false,
                    (step, done, total) -> { }).rebuild();
        }
    }

    private JsonNode advise(String violation, String facts, String token) throws Exception {
        return new GraphQlHttp(port).post(ADVICE.formatted(violation, facts), token).body();
    }

    private JsonNode advise(String facts) throws Exception {
        return advise("SP-001", facts, TestTokens.officer());
    }

    @Test
    void anOrdinaryCaseGetsTheTierTheRangeTheArticlesTheReasonsAndSimilarCases() throws Exception {
        JsonNode advice = advise("committedOn: \"2026-05-01\", decidedOn: \"2026-11-23\", goodsValue: 3000").at("/data/penaltyAdvice");

        assertThat(advice.at("/violation/name").asString()).isEqualTo("未取得食品经营许可从事食品经营活动");
        assertThat(advice.at("/standard/code").asString()).isEqualTo("SP-001-JH2024");
        assertThat(advice.at("/punish").asBoolean()).isTrue();
        assertThat(advice.at("/outcome").asString()).isEqualTo("PUNISH");
        assertThat(advice.at("/tier/level").asString()).isEqualTo("一般");
        assertThat(advice.at("/range/min").asDouble()).isEqualTo(50000);
        assertThat(advice.at("/range/max").asDouble()).isEqualTo(100000);
        assertThat(advice.at("/measures").toString()).contains("没收违法所得");
        assertThat(advice.at("/provisions").findValuesAsString("use")).containsExactly("VIOLATED", "PENALTY", "GENERAL_RULE",
                "GENERAL_RULE", "GENERAL_RULE", "GENERAL_RULE");
        assertThat(advice.at("/provisions/1/provision/id").asString()).isEqualTo("食品安全法@2021-04-29/122");
        assertThat(advice.at("/provisions/1/provision/law/versionDate").asString()).isEqualTo("2021-04-29");
        assertThat(advice.at("/provisions/2/provision/id").asString()).isEqualTo("行政处罚法@2021-01-22/37");
        assertThat(advice.at("/provisions/2/provision/text").asString()).contains("适用违法行为发生时的法律、法规、规章的规定");
        assertThat(advice.at("/reasoning").findValuesAsString("rule")).containsExactly("适用法律版本（从旧兼从轻）", "追责时效", "不予处罚情形",
                "裁量阶次", "裁量基准", "罚款幅度");
        assertThat(advice.at("/reasoning/1/citation").asString()).isEqualTo("《行政处罚法》第36条");
        assertThat(advice.at("/similarCases").findValuesAsString("code")).contains("JH-2024-SCJG-001");
    }

    @Test
    void anActBeforeTheLawChangedIsJudgedByTheVersionInForceThen() throws Exception {
        JsonNode advice = advise("committedOn: \"2019-06-01\", discoveredOn: \"2020-01-10\", harm: HARMFUL, goodsValue: 20000")
                .at("/data/penaltyAdvice");

        assertThat(advice.at("/provisions/0/provision/id").asString()).isEqualTo("食品安全法@2015-04-24/35");
        assertThat(advice.at("/provisions/1/provision/id").asString()).isEqualTo("食品安全法@2015-04-24/122");
        assertThat(advice.at("/reasoning/0/finding").asString()).contains("新版处罚不轻于旧版", "适用违法行为发生时的规定");
        // 货值金额二万元: 十倍以上二十倍以下.
        assertThat(advice.at("/range/min").asDouble()).isEqualTo(200000);
        assertThat(advice.at("/range/max").asDouble()).isEqualTo(400000);
    }

    @Test
    void theLawSaysWhenNotToPunish() throws Exception {
        JsonNode late = advise("committedOn: \"2023-01-01\", discoveredOn: \"2025-06-01\", harm: NONE, goodsValue: 3000").at("/data/penaltyAdvice");
        JsonNode firstTime = advise("committedOn: \"2026-10-01\", firstOffence: true, harm: MINOR, correctedInTime: true")
                .at("/data/penaltyAdvice");

        assertThat(late.at("/outcome").asString()).isEqualTo("TIME_BARRED");
        assertThat(late.at("/punish").asBoolean()).isFalse();
        assertThat(late.at("/tier").isNull()).isTrue();
        assertThat(late.at("/range").isNull()).isTrue();
        assertThat(firstTime.at("/outcome").asString()).isEqualTo("MAY_WAIVE");
        assertThat(firstTime.at("/tier/level").asString()).isEqualTo("不予处罚");
        assertThat(firstTime.at("/measures").toString()).contains("批评教育");
    }

    @Test
    void aFineThatNeedsRefusalToCorrectIsNotAdvisedWithoutIt() throws Exception {
        JsonNode before = advise("XF-006", "committedOn: \"2026-10-01\"", TestTokens.officer()).at("/data/penaltyAdvice");
        JsonNode refused = advise("XF-006", "committedOn: \"2026-10-01\", refusedCorrection: true", TestTokens.officer())
                .at("/data/penaltyAdvice");

        assertThat(before.at("/outcome").asString()).isEqualTo("NO_PENALTY");
        assertThat(refused.at("/tier/condition").asString()).isEqualTo("经责令改正拒不改正");
        assertThat(refused.at("/range/max").asDouble()).isEqualTo(500);
    }

    @Test
    void badFactsAreNamed() throws Exception {
        assertThat(argumentOf(advise("committedOn: \"2026-05-01\", goodsValue: -1"))).isEqualTo("facts.goodsValue");
        assertThat(argumentOf(advise("committedOn: \"2026-05-01\""))).isEqualTo("facts.goodsValue");
        assertThat(argumentOf(advise("committedOn: \"2015-09-30\", goodsValue: 100"))).isEqualTo("facts.committedOn");
        assertThat(argumentOf(advise("committedOn: \"2026-02-30\", goodsValue: 100"))).isEqualTo("facts.committedOn");
        assertThat(argumentOf(advise("committedOn: \"2026-05-01\", correctedInTime: true, refusedCorrection: true")))
                .isEqualTo("facts.refusedCorrection");
        assertThat(argumentOf(advise("NO-SUCH", "committedOn: \"2026-05-01\"", TestTokens.officer()))).isEqualTo("violation");
        JsonNode missing = advise("committedOn: \"2026-05-01\"");
        assertThat(missing.at("/errors/0/extensions/code").asString()).isEqualTo("BAD_USER_INPUT");
        assertThat(missing.at("/errors/0/message").asString()).contains("货值金额");
        assertThat(missing.at("/data").isNull()).isTrue();
    }

    @Test
    void onlyTheEnforcementSideGetsAdvice() throws Exception {
        String facts = "committedOn: \"2026-05-01\", goodsValue: 3000";
        JsonNode enterprise = advise("SP-001", facts, TestTokens.enterprise());
        JsonNode publicUser = advise("SP-001", facts, TestTokens.token("public", List.of("PUBLIC"), null, null));
        JsonNode supervisor = advise("SP-001", facts, TestTokens.token("sfj", List.of("SUPERVISOR"), "JH-SFJ", null));

        assertThat(enterprise.at("/errors/0/extensions/code").asString()).isEqualTo("FORBIDDEN");
        assertThat(publicUser.at("/errors/0/extensions/code").asString()).isEqualTo("FORBIDDEN");
        assertThat(supervisor.at("/data/penaltyAdvice/outcome").asString()).isEqualTo("PUNISH");
    }

    private static String argumentOf(JsonNode body) {
        return body.at("/errors/0/extensions/argument").asString();
    }
}
