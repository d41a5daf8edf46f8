package dev.onecheck.gateway;

import static dev.onecheck.gateway.GatewayGraphQl.argument;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import dev.onecheck.domain.law.LawFormatException;
import dev.onecheck.domain.law.LawMarkdownParser;
import dev.onecheck.domain.law.LawText;
import dev.onecheck.domain.penalty.advice.GeneralDiscretionRules;
import dev.onecheck.domain.penalty.advice.GeneralDiscretionRules.Band;
import dev.onecheck.domain.penalty.advice.GeneralDiscretionRules.Split;
import dev.onecheck.infra.test.TestStack;
import dev.onecheck.store.law.LawStore;
import dev.onecheck.store.penalty.DerivedViolationStore;
import dev.onecheck.store.penalty.GeneralRulesStore;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.graphql.test.tester.GraphQlTester;

/**
 * Violations derived from the whole law collection (../shared/data/laws), counted and read through GraphQL, and
 * {@code penaltyAdvice} on a derived violation and on a penalty article under the general discretion rules.
 */
@GatewayTest
class DerivedViolationsIT {

    private static final Path CORPUS = Path.of("..", "..", "shared", "data", "laws");
    /** The default rule set, as loaders/sample-data/discretion-rules.json ships it. */
    private static final GeneralDiscretionRules RULES = new GeneralDiscretionRules("GENERAL", "通用行政处罚裁量规则（本项目默认规则，待省、市规则替换）", "2024.2",
            LocalDate.of(2021, 7, 15), "行政处罚法 第三十二条、第三十三条", new Split(band("0", "0.3"), band("0.3", "0.7"), band("0.7", "1")),
            new Split(band("0", "0.4"), band("0.4", "0.6"), band("0.6", "1")), band("0.5", "1"), true);

    @LocalServerPort
    int port;

    private static Band band(String from, String to) {
        return new Band(new BigDecimal(from), new BigDecimal(to));
    }

    @BeforeAll
    static void wholeCollection() throws IOException {
        Assumptions.assumeTrue(Files.isDirectory(CORPUS), "the law collection is not beside the checkout at " + CORPUS);
        LawMarkdownParser parser = new LawMarkdownParser();
        List<LawText> texts = new ArrayList<>();
        Map<String, Boolean> seen = new LinkedHashMap<>();
        try (Stream<Path> files = Files.walk(CORPUS)) {
            for (Path f : files.filter(f -> f.toString().endsWith(").md") && !f.toString().contains("案例")).sorted().toList()) {
                try {
                    LawText t = parser.parse(CORPUS.relativize(f).toString(), Files.readString(f));
                    if (seen.putIfAbsent(t.law().id(), true) == null) {
                        texts.add(t);
                    }
                } catch (LawFormatException | RuntimeException | IOException unreadable) {
                    // The law loader reports these files; here only what loads matters.
                }
            }
        }
        LawStore laws = new LawStore(TestStack.driver());
        for (int from = 0; from < texts.size(); from += 100) {
            laws.upsert(texts.subList(from, Math.min(texts.size(), from + 100)));
        }
        // The cold and warm cost of derivation, printed for the README (never asserted: tests assert no wall-clock limits).
        DerivedViolationStore derived = new DerivedViolationStore(TestStack.driver());
        long cold = System.nanoTime();
        DerivedViolationStore.Derived first = derived.deriveChanged(texts, 100, (done, total) -> { });
        long warm = System.nanoTime();
        DerivedViolationStore.Derived again = derived.deriveChanged(texts, 100, (done, total) -> { });
        long end = System.nanoTime();
        System.out.printf("derivation: cold %d violations from %d laws in %.1f s; warm %d laws in %.2f s%n", first.violations(), first.laws(),
                (warm - cold) / 1e9, again.laws(), (end - warm) / 1e9);
        assertThat(again.laws()).isZero();
        new GeneralRulesStore(TestStack.driver()).write(List.of(RULES));
    }

    private GraphQlTester.Response advise(String violation, String provision, Map<String, Object> facts) {
        return GatewayGraphQl.as(port, TestTokens.officer()).documentName("generalPenaltyAdvice").variable("violation", violation)
                .variable("provision", provision).variable("facts", facts).execute();
    }

    @Test
    void atLeastTwoThousandViolationsAreAnswerableAndADerivedOneShowsHowItWasRead() {
        GatewayGraphQl.as(port, TestTokens.officer()).documentName("derivedViolations").variable("first", 5).execute()
                .path("all.totalCount").entity(Integer.class).satisfies(n -> assertThat(n).isGreaterThanOrEqualTo(2000))
                .path("derived.totalCount").entity(Integer.class).satisfies(n -> assertThat(n).isGreaterThanOrEqualTo(2000))
                .path("derived.edges").entityList(Object.class).hasSize(5)
                .path("derived.edges[*].node.provenance").entityList(String.class).satisfies(p -> assertThat(p).containsOnly("DERIVED"))
                .path("derived.edges[0].node.department").valueIsNull()
                .path("seed.name").entity(String.class).isEqualTo("未根据林业草原主管部门制定的计划使用林木良种")
                .path("seed.provenance").entity(String.class).isEqualTo("DERIVED")
                .path("seed.violates[*].id").entityList(String.class).containsExactly("种子法@2021-12-24/44")
                .path("seed.penalizedBy[*].id").entityList(String.class).containsExactly("种子法@2021-12-24/84")
                .path("seed.derivation.enforcer").entity(String.class).isEqualTo("同级人民政府林业草原主管部门")
                .path("seed.derivation.conditions").entityList(String.class).containsExactly("逾期未改正的")
                .path("seed.derivation.statutoryFines[0].conditions").entityList(String.class).containsExactly("逾期未改正的")
                .path("seed.derivation.statutoryFines[0].fine.min").entity(Double.class).isEqualTo(3000.0)
                .path("seed.derivation.statutoryFines[0].fine.max").entity(Double.class).isEqualTo(30000.0);
    }

    @Test
    void aDerivedViolationGetsAdviceUnderTheGeneralRulesWithItsStatutoryRange() {
        Map<String, Object> refused = Map.of("committedOn", "2026-03-01", "decidedOn", "2026-11-20", "refusedCorrection", true);
        advise("DV-种子法-84-1", null, refused).path("penaltyAdvice", advice -> advice
                .path("violation.provenance").entity(String.class).isEqualTo("DERIVED")
                .path("standard").valueIsNull()
                .path("standardBasis").entity(String.class).isEqualTo("GENERAL_RULES")
                .path("generalRules.title").entity(String.class).isEqualTo("通用行政处罚裁量规则（本项目默认规则，待省、市规则替换）")
                .path("generalRules.version").entity(String.class).isEqualTo("2024.2")
                .path("outcome").entity(String.class).isEqualTo("PUNISH")
                .path("tier.level").entity(String.class).isEqualTo("一般")
                .path("range.min").entity(Double.class).isEqualTo(11100.0)
                .path("range.max").entity(Double.class).isEqualTo(21900.0)
                .path("statutoryRange.range.min").entity(Double.class).isEqualTo(3000.0)
                .path("statutoryRange.range.max").entity(Double.class).isEqualTo(30000.0));

        // Not refused: the article only orders correction (逾期未改正的，处…).
        advise("DV-种子法-84-1", null, Map.of("committedOn", "2026-03-01", "decidedOn", "2026-11-20")).path("penaltyAdvice.outcome")
                .entity(String.class).isEqualTo("NO_PENALTY");
    }

    @Test
    void aPenaltyArticleItselfGetsTheSameAnswerAndExactlyOneOfTheTwoIsAsked() {
        Map<String, Object> refused = Map.of("committedOn", "2026-03-01", "decidedOn", "2026-11-20", "refusedCorrection", true);
        advise(null, "种子法@2021-12-24/84", refused).path("penaltyAdvice", advice -> advice
                .path("violation").valueIsNull()
                .path("standardBasis").entity(String.class).isEqualTo("GENERAL_RULES")
                .path("range.min").entity(Double.class).isEqualTo(11100.0)
                .path("range.max").entity(Double.class).isEqualTo(21900.0)
                .path("provisions[0].use").entity(String.class).isEqualTo("PENALTY")
                .path("provisions[0].provision.id").entity(String.class).isEqualTo("种子法@2021-12-24/84"));

        advise(null, null, refused).errors().satisfy(argument("violation"));
        advise("DV-种子法-84-1", "种子法@2021-12-24/84", refused).errors().satisfy(argument("provision"));
        advise(null, "种子法@2021-12-24/9999", refused).errors().satisfy(argument("provision"));
        advise("DV-没有这条", null, refused).errors().satisfy(argument("violation"));
    }

    @Test
    void eachActOfAParagraphIsAdvisedOnItsOwnPenalties() {
        // 旅行社条例 第四十七条: "旅行社转让、出租、出借旅行社业务经营许可证的，由旅游行政管理部门责令停业整顿1个月至3个月，并没收违法所得；
        // 情节严重的，吊销旅行社业务经营许可证。受让或者租借旅行社业务经营许可证的，由旅游行政管理部门责令停止非法经营，没收违法所得，
        // 并处10万元以上50万元以下的罚款。" — the fine is the taker's only.
        Map<String, Object> facts = Map.of("committedOn", "2026-03-01", "decidedOn", "2026-11-20");
        advise("DV-旅行社条例-47-1", null, facts).path("penaltyAdvice", advice -> advice
                .path("violation.name").entity(String.class).isEqualTo("旅行社转让、出租、出借旅行社业务经营许可证")
                .path("outcome").entity(String.class).isEqualTo("PUNISH")
                .path("statutoryRange").valueIsNull()
                .path("range").valueIsNull()
                .path("measures").entityList(String.class).contains("责令停业整顿", "没收违法所得"));
        advise("DV-旅行社条例-47-1.2", null, facts).path("penaltyAdvice", advice -> advice
                .path("violation.name").entity(String.class).isEqualTo("受让或者租借旅行社业务经营许可证")
                .path("statutoryRange.range.min").entity(Double.class).isEqualTo(100000.0)
                .path("statutoryRange.range.max").entity(Double.class).isEqualTo(500000.0)
                .path("measures").entityList(String.class).contains("没收违法所得").doesNotContain("责令停业整顿"));
    }
}
