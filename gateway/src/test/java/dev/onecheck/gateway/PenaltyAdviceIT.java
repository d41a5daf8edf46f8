package dev.onecheck.gateway;

import static dev.onecheck.gateway.GatewayGraphQl.argument;
import static dev.onecheck.gateway.GatewayGraphQl.codes;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

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
import org.springframework.graphql.test.tester.GraphQlTester;

/**
 * {@code penaltyAdvice} end to end: facts in, the graph's standard and article versions, the rules of graph-model,
 * similar cases from Elasticsearch out — on 食品安全法 第一百二十二条 (2015 and 2021 versions) and the real 行政处罚法.
 */
@GatewayTest
class PenaltyAdviceIT {

    private static final Path ADMIN_PENALTY_LAW = Path.of("..", "loaders", "sample-data", "laws", "行政法", "行政处罚法(2021-01-22).md");
    @LocalServerPort
    int port;

    @BeforeAll
    static void knowledgeBase() throws Exception {
        KnowledgeBaseFixture.load(TestStack.driver());
        new LawStore(TestStack.driver()).upsert(List.of(new LawMarkdownParser().parse(ADMIN_PENALTY_LAW.toString(),
                Files.readString(ADMIN_PENALTY_LAW))));
        try (ElasticsearchClient es = KnowledgeBaseFixture.client(TestStack.endpoints())) {
            new IndexProjector(es, new IndexSource(TestStack.driver()), new IndexOutbox(TestStack.driver()), new TextEmbedder(), false,
                    (step, done, total) -> { }).rebuild();
        }
    }

    private GraphQlTester.Response advise(String violation, Map<String, Object> facts, String token) {
        return GatewayGraphQl.as(port, token).documentName("penaltyAdvice").variable("violation", violation).variable("facts", facts).execute();
    }

    private GraphQlTester.Response advise(Map<String, Object> facts) {
        return advise("SP-001", facts, TestTokens.officer());
    }

    /** {@code ViolationFacts}: name, value, name, value … */
    private static Map<String, Object> facts(Object... nameThenValue) {
        Map<String, Object> facts = new LinkedHashMap<>();
        for (int i = 0; i < nameThenValue.length; i += 2) {
            facts.put((String) nameThenValue[i], nameThenValue[i + 1]);
        }
        return facts;
    }

    @Test
    void anOrdinaryCaseGetsTheTierTheRangeTheArticlesTheReasonsAndSimilarCases() {
        advise(facts("committedOn", "2026-05-01", "decidedOn", "2026-11-23", "goodsValue", 3000)).path("penaltyAdvice", advice -> advice
                .path("violation.name").entity(String.class).isEqualTo("未取得食品经营许可从事食品经营活动")
                .path("standard.code").entity(String.class).isEqualTo("SP-001-JH2024")
                .path("punish").entity(Boolean.class).isEqualTo(true)
                .path("outcome").entity(String.class).isEqualTo("PUNISH")
                .path("tier.level").entity(String.class).isEqualTo("一般")
                .path("range.min").entity(Double.class).isEqualTo(50000.0)
                .path("range.max").entity(Double.class).isEqualTo(100000.0)
                .path("measures").entityList(String.class).satisfies(measures -> assertThat(measures.toString()).contains("没收违法所得"))
                .path("provisions[*].use").entityList(String.class).containsExactly("VIOLATED", "PENALTY", "GENERAL_RULE",
                        "GENERAL_RULE", "GENERAL_RULE", "GENERAL_RULE")
                .path("provisions[1].provision.id").entity(String.class).isEqualTo("食品安全法@2021-04-29/122")
                .path("provisions[1].provision.law.versionDate").entity(String.class).isEqualTo("2021-04-29")
                .path("provisions[2].provision.id").entity(String.class).isEqualTo("行政处罚法@2021-01-22/37")
                .path("provisions[2].provision.text").entity(String.class)
                .satisfies(text -> assertThat(text).contains("适用违法行为发生时的法律、法规、规章的规定"))
                .path("reasoning[*].rule").entityList(String.class).containsExactly("适用法律版本（从旧兼从轻）", "追责时效", "不予处罚情形",
                        "裁量阶次", "裁量基准", "罚款幅度")
                .path("reasoning[1].citation").entity(String.class).isEqualTo("《行政处罚法》第36条")
                .path("similarCases[*].code").entityList(String.class).contains("JH-2024-SCJG-001"));
    }

    @Test
    void anActBeforeTheLawChangedIsJudgedByTheVersionInForceThen() {
        advise(facts("committedOn", "2019-06-01", "discoveredOn", "2020-01-10", "harm", "HARMFUL", "goodsValue", 20000))
                .path("penaltyAdvice", advice -> advice
                        .path("provisions[0].provision.id").entity(String.class).isEqualTo("食品安全法@2015-04-24/35")
                        .path("provisions[1].provision.id").entity(String.class).isEqualTo("食品安全法@2015-04-24/122")
                        .path("reasoning[0].finding").entity(String.class)
                        .satisfies(finding -> assertThat(finding).contains("新版处罚不轻于旧版", "适用违法行为发生时的规定"))
                        // 货值金额二万元: 十倍以上二十倍以下.
                        .path("range.min").entity(Double.class).isEqualTo(200000.0)
                        .path("range.max").entity(Double.class).isEqualTo(400000.0));
    }

    @Test
    void theLawSaysWhenNotToPunish() {
        advise(facts("committedOn", "2023-01-01", "discoveredOn", "2025-06-01", "harm", "NONE", "goodsValue", 3000)).path("penaltyAdvice", late -> late
                .path("outcome").entity(String.class).isEqualTo("TIME_BARRED")
                .path("punish").entity(Boolean.class).isEqualTo(false)
                .path("tier").valueIsNull()
                .path("range").valueIsNull());
        advise(facts("committedOn", "2026-10-01", "firstOffence", true, "harm", "MINOR", "correctedInTime", true))
                .path("penaltyAdvice", firstTime -> firstTime
                        .path("outcome").entity(String.class).isEqualTo("MAY_WAIVE")
                        .path("tier.level").entity(String.class).isEqualTo("不予处罚")
                        .path("measures").entityList(String.class).satisfies(measures -> assertThat(measures.toString()).contains("批评教育")));
    }

    @Test
    void aFineThatNeedsRefusalToCorrectIsNotAdvisedWithoutIt() {
        advise("XF-006", facts("committedOn", "2026-10-01"), TestTokens.officer())
                .path("penaltyAdvice.outcome").entity(String.class).isEqualTo("NO_PENALTY");
        advise("XF-006", facts("committedOn", "2026-10-01", "refusedCorrection", true), TestTokens.officer())
                .path("penaltyAdvice.tier.condition").entity(String.class).isEqualTo("经责令改正拒不改正")
                .path("penaltyAdvice.range.max").entity(Double.class).isEqualTo(500.0);
    }

    @Test
    void badFactsAreNamed() {
        advise(facts("committedOn", "2026-05-01", "goodsValue", -1)).errors().satisfy(argument("facts.goodsValue"));
        advise(facts("committedOn", "2026-05-01")).errors().satisfy(argument("facts.goodsValue"));
        advise(facts("committedOn", "2015-09-30", "goodsValue", 100)).errors().satisfy(argument("facts.committedOn"));
        advise(facts("committedOn", "2026-02-30", "goodsValue", 100)).errors().satisfy(argument("facts.committedOn"));
        advise(facts("committedOn", "2026-05-01", "correctedInTime", true, "refusedCorrection", true)).errors()
                .satisfy(argument("facts.refusedCorrection"));
        advise("NO-SUCH", facts("committedOn", "2026-05-01"), TestTokens.officer()).errors().satisfy(argument("violation"));
        advise(facts("committedOn", "2026-05-01")).errors()
                .satisfy(codes("BAD_USER_INPUT").andThen(errors -> assertThat(errors.getFirst().getMessage()).contains("货值金额")))
                .path("penaltyAdvice").valueIsNull();
    }

    @Test
    void onlyTheEnforcementSideGetsAdvice() {
        Map<String, Object> facts = facts("committedOn", "2026-05-01", "goodsValue", 3000);
        advise("SP-001", facts, TestTokens.enterprise()).errors().satisfy(codes("FORBIDDEN"));
        advise("SP-001", facts, TestTokens.token("public", List.of("PUBLIC"), null, null)).errors().satisfy(codes("FORBIDDEN"));
        advise("SP-001", facts, TestTokens.token("sfj", List.of("SUPERVISOR"), "JH-SFJ", null))
                .path("penaltyAdvice.outcome").entity(String.class).isEqualTo("PUNISH");
    }
}
