package dev.onecheck.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import dev.onecheck.domain.law.LawMarkdownParser;
import dev.onecheck.domain.law.LawText;
import dev.onecheck.domain.penalty.advice.GeneralDiscretionRules;
import dev.onecheck.domain.penalty.advice.GeneralDiscretionRules.Band;
import dev.onecheck.domain.penalty.advice.GeneralDiscretionRules.Split;
import dev.onecheck.infra.test.TestStack;
import dev.onecheck.search.index.KnowledgeBaseFixture;
import dev.onecheck.store.law.LawStore;
import dev.onecheck.store.penalty.GeneralRulesStore;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * The 行政处罚法 rules of issue 19 end to end on SP-001 (食品安全法 第一百二十二条) and the real 行政处罚法: each response is
 * checked for {@code errors} and every path read must exist.
 */
@GatewayTest
class PenaltyRulesIT {

    private static final Path ADMIN_PENALTY_LAW = Path.of("..", "loaders", "sample-data", "laws", "行政法", "行政处罚法(2021-01-22).md");
    private static final String ADVICE = """
            { penaltyAdvice(violation: "SP-001", facts: {%s}) {
                outcome tier { level } range { min max } statutoryRange { range { min max } source } measures
                alternatives { choice tier { level } range { min max } }
                procedure { kind applies citation finding }
                reasoning { rule citation finding } } }""";

    @LocalServerPort
    int port;

    private static final Path LAWS = Path.of("..", "..", "shared", "data", "laws");
    private static final String PROVISION_ADVICE = """
            { penaltyAdvice(provision: "%s", facts: {%s}) {
                outcome range { min max } measures provisions { use provision { id } }
                alternatives { choice range { min max } }
                reasoning { rule citation finding } } }""";
    /** The default rule set, as loaders/sample-data/discretion-rules.json ships it. */
    private static final GeneralDiscretionRules RULES = new GeneralDiscretionRules("GENERAL", "通用行政处罚裁量规则（本项目默认规则，待省、市规则替换）",
            "2024.2", LocalDate.of(2021, 7, 15), "行政处罚法 第三十二条、第三十三条", new Split(band("0", "0.3"), band("0.3", "0.7"), band("0.7", "1")),
            new Split(band("0", "0.4"), band("0.4", "0.6"), band("0.6", "1")), band("0.5", "1"), true);

    private static Band band(String from, String to) {
        return new Band(new BigDecimal(from), new BigDecimal(to));
    }

    @BeforeAll
    static void knowledgeBase() throws Exception {
        KnowledgeBaseFixture.load(TestStack.driver());
        LawMarkdownParser parser = new LawMarkdownParser();
        new LawStore(TestStack.driver()).upsert(List.of(parser.parse(ADMIN_PENALTY_LAW.toString(), Files.readString(ADMIN_PENALTY_LAW))));
        // 会计法 2017 and 2024 as the law load reads them without the amendments file: the 2024 修正 starts on its adoption day.
        Assumptions.assumeTrue(Files.isDirectory(LAWS), "the law collection is not beside the checkout at " + LAWS);
        List<LawText> accounting = new ArrayList<>();
        for (String file : List.of("经济法/会计法(2017-11-04).md", "经济法/会计法(2024-06-28).md")) {
            accounting.add(parser.parse(file, Files.readString(LAWS.resolve(file))));
        }
        new LawStore(TestStack.driver()).upsert(accounting);
        new GeneralRulesStore(TestStack.driver()).write(List.of(RULES));
    }

    private JsonNode advice(String facts) throws Exception {
        return at(new GraphQlHttp(port).post(ADVICE.formatted(facts), TestTokens.officer()).data(), "/penaltyAdvice");
    }

    private JsonNode error(String facts) throws Exception {
        return at(new GraphQlHttp(port).post(ADVICE.formatted(facts), TestTokens.officer()).errors(), "/0");
    }

    /** A path that must be there: a missing one fails instead of reading as empty. */
    private static JsonNode at(JsonNode node, String path) {
        JsonNode found = node.at(path);
        assertThat(found.isMissingNode()).as("%s in %s", path, node).isFalse();
        return found;
    }

    @Test
    void correctedAndHarmlessIsNotExemptWithoutMinorAndFirstOffenceMayBeWaivedWithItsRange() throws Exception {
        // 第三十三条第一款: "违法行为轻微并及时改正，没有造成危害后果的，不予行政处罚。初次违法且危害后果轻微并及时改正的，可以不予行政处罚。"
        JsonNode large = advice("committedOn: \"2026-05-01\", decidedOn: \"2026-11-23\", goodsValue: 2000000, correctedInTime: true");
        JsonNode waived = advice("committedOn: \"2026-05-01\", decidedOn: \"2026-11-23\", goodsValue: 3000, firstOffence: true, harm: MINOR, "
                + "correctedInTime: true");

        assertThat(at(large, "/outcome").asString()).isEqualTo("PUNISH");
        assertThat(at(large, "/range/min").asDouble()).isEqualTo(20_000_000);
        assertThat(at(waived, "/outcome").asString()).isEqualTo("MAY_WAIVE");
        assertThat(at(waived, "/alternatives/0/choice").asString()).isEqualTo("决定处罚的");
        assertThat(at(waived, "/alternatives/0/range/min").asDouble()).isEqualTo(50000);
        assertThat(at(waived, "/alternatives/0/range/max").asDouble()).isEqualTo(100000);
    }

    @Test
    void mitigationOffersBothLighterAndMitigatedAndTheAnswerCarriesStatutoryRangeAndProcedure() throws Exception {
        // 第三十二条: "当事人有下列情形之一，应当从轻或者减轻行政处罚"
        JsonNode advice = advice("committedOn: \"2026-05-01\", decidedOn: \"2026-11-23\", goodsValue: 3000, mitigating: [CONFESSED]");

        assertThat(at(advice, "/reasoning").findValuesAsString("finding")).anySatisfy(f -> assertThat(f).contains("从轻或者减轻由行政机关选择"));
        // 食品安全法 第一百二十二条: "货值金额不足一万元的，并处五万元以上十万元以下罚款"
        assertThat(at(advice, "/statutoryRange/range/min").asDouble()).isEqualTo(50000);
        assertThat(at(advice, "/statutoryRange/range/max").asDouble()).isEqualTo(100000);
        assertThat(at(advice, "/statutoryRange/source").asString()).contains("食品安全法");
        assertThat(at(advice, "/procedure").findValuesAsString("kind")).containsExactly("ON_THE_SPOT", "HEARING_NOTICE", "LEGAL_REVIEW",
                "COLLECTIVE_DISCUSSION", "CRIMINAL_REFERRAL");
        // 第五十一条: 当场 only for "罚款或者警告"; the tier also confiscates (没收违法所得).
        assertThat(at(advice, "/procedure/0/applies").asBoolean()).isFalse();
        assertThat(at(advice, "/procedure/1/citation").asString()).isEqualTo("《行政处罚法》第63条");
    }

    @Test
    void limitationNeedsTheFactsItTurnsOn() throws Exception {
        // 第三十六条: "违法行为在二年内未被发现的，不再给予行政处罚；涉及公民生命健康安全、金融安全且有危害后果的，上述期限延长至五年。"
        JsonNode noHarm = error("committedOn: \"2023-01-01\", decidedOn: \"2026-11-23\", goodsValue: 3000");
        JsonNode noDiscovery = error("committedOn: \"2023-01-01\", decidedOn: \"2026-11-23\", goodsValue: 3000, harm: NONE");
        JsonNode noLifeHealth = error("committedOn: \"2023-01-01\", discoveredOn: \"2025-06-01\", decidedOn: \"2026-11-23\", goodsValue: 3000, "
                + "harm: HARMFUL");
        JsonNode fiveYears = advice("committedOn: \"2023-01-01\", discoveredOn: \"2025-06-01\", decidedOn: \"2026-11-23\", goodsValue: 3000, "
                + "harm: HARMFUL, lifeHealthOrFinance: true");

        assertThat(at(noHarm, "/extensions/argument").asString()).as("two or five years turn on the harm, never assumed")
                .isEqualTo("facts.harm");
        assertThat(at(noDiscovery, "/extensions/code").asString()).isEqualTo("BAD_USER_INPUT");
        assertThat(at(noDiscovery, "/extensions/argument").asString()).isEqualTo("facts.discoveredOn");
        assertThat(at(noLifeHealth, "/extensions/argument").asString()).isEqualTo("facts.lifeHealthOrFinance");
        assertThat(at(fiveYears, "/outcome").asString()).isEqualTo("PUNISH");
    }

    @Test
    void anActUnderTheEarlierVersionIsJudgedByItsCounterpartArticle() throws Exception {
        // 第三十七条: "实施行政处罚，适用违法行为发生时的法律、法规、规章的规定。" The 2015 and 2021 第一百二十二条 are paired by their
        // text (AMENDED_AS), not by number; an act of 2017 is judged by the 2015 text, the new one being no lighter.
        JsonNode old = advice("committedOn: \"2017-03-01\", discoveredOn: \"2018-01-10\", decidedOn: \"2026-11-23\", goodsValue: 3000, "
                + "partyType: ORGANIZATION");

        assertThat(at(old, "/outcome").asString()).isEqualTo("PUNISH");
        assertThat(at(old, "/reasoning/0/finding").asString()).startsWith("违法行为发生时（2017-03-01）施行《食品安全法》（2015-04-24版）第122条")
                .contains("新版处罚不轻于旧版");
    }

    @Test
    void theRoleIsAcceptedAndDecidesNothingWhereNoNoFaultRuleNamesIt() throws Exception {
        // 行政处罚法 第三十三条第二款: "当事人有证据足以证明没有主观过错的，不予行政处罚。" 食品安全法 第一百二十二条 has no rule of its own.
        JsonNode noFault = advice("committedOn: \"2026-05-01\", decidedOn: \"2026-11-23\", goodsValue: 3000, noFault: true, role: PRODUCER");

        assertThat(at(noFault, "/outcome").asString()).isEqualTo("NO_PENALTY");
    }

    @Test
    void theOlderAccountingArticleIsAdvisedWithItsOwnFinesAndMeasuresAndAnAssumedCommencementIsSaid() throws Exception {
        // 第三十七条: "实施行政处罚，适用违法行为发生时的法律、法规、规章的规定。" 会计法 2017 第四十二条 "…责令限期改正，可以对单位并处
        // 三千元以上五万元以下的罚款…" continues as 2024 第四十条 "…责令限期改正，给予警告、通报批评，对单位可以并处二十万元以下的罚款…".
        JsonNode before = at(new GraphQlHttp(port).post(PROVISION_ADVICE.formatted("会计法@2024-06-28/40", "committedOn: \"2024-03-01\", "
                + "discoveredOn: \"2025-01-06\", decidedOn: \"2026-11-23\", partyType: ORGANIZATION"), TestTokens.officer()).data(), "/penaltyAdvice");

        assertThat(at(before, "/provisions").findValuesAsString("id")).contains("会计法@2017-11-04/42").doesNotContain("会计法@2024-06-28/40");
        assertThat(at(before, "/measures").toString()).contains("责令限期改正").doesNotContain("警告", "通报批评");
        assertThat(at(before, "/range/min").asDouble()).isEqualTo(17100);
        assertThat(at(before, "/range/max").asDouble()).isEqualTo(35900);

        // An act two months after the 修正 was adopted: "本决定自2024年7月1日起施行" is not in the file, so the day is assumed.
        JsonNode soon = at(new GraphQlHttp(port).post(PROVISION_ADVICE.formatted("会计法@2024-06-28/40", "committedOn: \"2024-09-01\", "
                + "discoveredOn: \"2025-01-06\", decidedOn: \"2026-11-23\", partyType: ORGANIZATION"), TestTokens.officer()).data(), "/penaltyAdvice");
        assertThat(at(soon, "/reasoning").findValuesAsString("finding"))
                .anySatisfy(f -> assertThat(f).contains("修正决定的施行日期未经核实，按通过日期（2024-06-28）起算"));

        // 2017 第四十三条 (伪造…) has a counterpart now: 2024 第四十一条, which merged it with 第四十四条 (隐匿…).
        JsonNode forged = at(new GraphQlHttp(port).post(PROVISION_ADVICE.formatted("会计法@2017-11-04/43", "committedOn: \"2023-03-01\", "
                + "discoveredOn: \"2024-01-06\", decidedOn: \"2025-06-23\", partyType: ORGANIZATION"), TestTokens.officer()).data(), "/penaltyAdvice");
        assertThat(at(forged, "/reasoning/0/finding").asString()).contains("作出决定时施行《会计法》（2024-06-28版）第四十一条（条文序号由第四十三条调整为第四十一条）");
    }
}
