package dev.onecheck.loaders.penalty;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import dev.onecheck.domain.law.LawMarkdownParser;
import dev.onecheck.domain.law.LawReference;
import dev.onecheck.domain.law.LawText;
import dev.onecheck.domain.law.Provision;
import dev.onecheck.domain.penalty.Tier;
import dev.onecheck.domain.penalty.TierCondition;
import dev.onecheck.domain.penalty.TierLevel;
import dev.onecheck.domain.penalty.Violation;
import dev.onecheck.domain.penalty.advice.AdviceBasis;
import dev.onecheck.domain.penalty.advice.Aggravation;
import dev.onecheck.domain.penalty.advice.Basis;
import dev.onecheck.domain.penalty.advice.CitedArticle;
import dev.onecheck.domain.penalty.advice.Harm;
import dev.onecheck.domain.penalty.advice.HearingThresholds;
import dev.onecheck.domain.penalty.advice.Mitigation;
import dev.onecheck.domain.penalty.advice.PenaltyAdvice;
import dev.onecheck.domain.penalty.advice.PenaltyAdvisor;
import dev.onecheck.domain.penalty.advice.InvalidFactException;
import dev.onecheck.domain.penalty.advice.Outcome;
import dev.onecheck.domain.penalty.advice.PartyRole;
import dev.onecheck.domain.penalty.advice.PartyType;
import dev.onecheck.domain.penalty.advice.ProvisionVersion;
import dev.onecheck.domain.penalty.advice.StatutoryFine;
import dev.onecheck.domain.penalty.advice.StatutoryFines;
import dev.onecheck.domain.penalty.advice.Reduction;
import dev.onecheck.domain.penalty.advice.ViolationFacts;
import dev.onecheck.domain.penalty.advice.YuanRange;
import dev.onecheck.loaders.sheet.JsonEntry;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Every tier boundary of twelve real standards as shipped in {@code sample-data/violations.json}, advised against
 * the bundled text of their penalty articles: 食品安全法 122/123/124/126, 消防法 60, 广告法 55, 产品质量法 50,
 * 市场主体登记管理条例 43, 安全生产法 97, 医疗保障基金使用监督管理条例 40, 大气污染防治法 118, 价格违法行为行政处罚规定 7.
 * Amounts sit on each side of a threshold (9999.99 / 10000 yuan); multiples are taken of 10000 yuan.
 */
class ShippedStandardsAdviceTest {

    private static final Path SAMPLE = Path.of("sample-data");
    private static final LocalDate DECIDED = LocalDate.of(2026, 11, 23);
    private static final PenaltyAdvisor ADVISOR = new PenaltyAdvisor(
            new HearingThresholds(BigDecimal.valueOf(2000), BigDecimal.valueOf(10000), "公安机关办理行政案件程序规定第一百二十三条"));
    private static Map<String, Violation> violations;
    private static Map<String, LawText> laws;

    @BeforeAll
    static void shippedData() throws IOException {
        violations = JsonEntry.readArray(SAMPLE.resolve("violations.json")).stream().map(PenaltyEntries::violation)
                .collect(Collectors.toMap(Violation::code, Function.identity()));
        try (Stream<Path> files = Files.walk(SAMPLE.resolve("laws"))) {
            laws = files.filter(f -> f.toString().endsWith(").md")).map(ShippedStandardsAdviceTest::parse)
                    .collect(Collectors.toMap(t -> t.law().shortTitle(), Function.identity()));
        }
    }

    @ParameterizedTest(name = "{0} {2} {1} {3} → {4} {5}–{6}")
    @CsvSource({
            "SP-001, goodsValue, 9999.99, 减轻, 减轻处罚, 25000, 50000",
            "SP-001, goodsValue, 10000, 减轻, 减轻处罚, 50000, 100000",
            "SP-001, goodsValue, 9999.99, 从轻, 从轻处罚, 50000, 65000",
            "SP-001, goodsValue, 10000, 从轻, 从轻处罚, 100000, 130000",
            "SP-001, goodsValue, 9999.99, 一般, 一般, 65000, 85000",
            "SP-001, goodsValue, 10000, 一般, 一般, 130000, 170000",
            "SP-001, goodsValue, 9999.99, 从重, 从重处罚, 85000, 100000",
            "SP-001, goodsValue, 10000, 从重, 从重处罚, 170000, 200000",
            "SP-002, goodsValue, 9999.99, 减轻, 减轻处罚, 25000, 50000",
            "SP-002, goodsValue, 10000, 减轻, 减轻处罚, 50000, 100000",
            "SP-002, goodsValue, 9999.99, 从轻, 从轻处罚, 50000, 65000",
            "SP-002, goodsValue, 10000, 从轻, 从轻处罚, 100000, 130000",
            "SP-002, goodsValue, 9999.99, 一般, 一般, 65000, 85000",
            "SP-002, goodsValue, 10000, 一般, 一般, 130000, 170000",
            "SP-002, goodsValue, 9999.99, 从重, 从重处罚, 85000, 100000",
            "SP-002, goodsValue, 10000, 从重, 从重处罚, 170000, 200000",
            "SP-003, , , 一般, 一般, , ",
            "SP-003, , , 从轻+拒不改正, 从轻处罚, 5000, 20000",
            "SP-003, , , 一般+拒不改正, 一般, 20000, 35000",
            "SP-003, , , 从重+拒不改正, 从重处罚, 35000, 50000",
            "SP-005, goodsValue, 9999.99, 减轻, 减轻处罚, 50000, 100000",
            "SP-005, goodsValue, 10000, 减轻, 减轻处罚, 75000, 150000",
            "SP-005, goodsValue, 9999.99, 从轻, 从轻处罚, 100000, 115000",
            "SP-005, goodsValue, 10000, 从轻, 从轻处罚, 150000, 195000",
            "SP-005, goodsValue, 9999.99, 一般, 一般, 115000, 135000",
            "SP-005, goodsValue, 10000, 一般, 一般, 195000, 255000",
            "SP-005, goodsValue, 9999.99, 从重, 从重处罚, 135000, 150000",
            "SP-005, goodsValue, 10000, 从重, 从重处罚, 255000, 300000",
            "XF-001, , , 减轻, 减轻处罚, 2500, 5000",
            "XF-001, , , 从轻, 从轻处罚, 5000, 20000",
            "XF-001, , , 一般, 一般, 20000, 35000",
            "XF-001, , , 从重, 从重处罚, 35000, 50000",
            "GG-001, advertisingCost, 10000, 减轻, 减轻处罚, 15000, 30000",
            "GG-001, advertisingCost, 0, 减轻, 减轻处罚, 100000, 200000",
            "GG-001, advertisingCost, 10000, 从轻, 从轻处罚, 30000, 36000",
            "GG-001, advertisingCost, 0, 从轻, 从轻处罚, 200000, 440000",
            "GG-001, advertisingCost, 10000, 一般, 一般, 36000, 44000",
            "GG-001, advertisingCost, 0, 一般, 一般, 440000, 760000",
            "GG-001, advertisingCost, 10000, 从重, 从重处罚, 44000, 50000",
            "GG-001, advertisingCost, 0, 从重, 从重处罚, 760000, 1000000",
            "GG-001, advertisingCost, 10000, 情节严重, 从重处罚, 50000, 100000",
            "GG-001, advertisingCost, 0, 情节严重, 从重处罚, 1000000, 2000000",
            "CP-001, goodsValue, 10000, 减轻, 减轻处罚, 2500, 5000",
            "CP-001, goodsValue, 10000, 从轻, 从轻处罚, 5000, 12500",
            "CP-001, goodsValue, 10000, 一般, 一般, 12500, 22500",
            "CP-001, goodsValue, 10000, 从重, 从重处罚, 22500, 30000",
            "DJ-001, , , 一般, 一般, , ",
            "DJ-001, , , 从轻+拒不改正, 从轻处罚, 10000, 30000",
            "DJ-001, , , 一般+拒不改正, 一般, 30000, 70000",
            "DJ-001, , , 从重+拒不改正, 从重处罚, 70000, 100000",
            "DJ-001, , , 情节严重, 从重处罚, 100000, 500000",
            "AQ-001, , , 从轻, 从轻处罚, 10000, 30000",
            "AQ-001, , , 一般, 一般, 30000, 60000",
            "AQ-001, , , 从重, 从重处罚, 60000, 100000",
            "AQ-001, , , 从重+拒不改正, 从重处罚, 100000, 200000",
            // 医疗保障基金使用监督管理条例 38 "造成医疗保障基金损失的，责令退回，处造成损失金额1倍以上2倍以下的罚款": no loss, no fine.
            "YB-001, lossAmount, 10000, 一般, 一般, 13000, 17000",
            "YB-001, lossAmount, 0, 一般, 不予处罚, , ",
            "YB-002, defraudedAmount, 10000, 减轻, 减轻处罚, 10000, 20000",
            "YB-002, defraudedAmount, 10000, 从轻, 从轻处罚, 20000, 30000",
            "YB-002, defraudedAmount, 10000, 一般, 一般, 30000, 40000",
            "YB-002, defraudedAmount, 10000, 从重, 从重处罚, 40000, 50000",
            "HJ-001, , , 减轻, 减轻处罚, 2500, 5000",
            "HJ-001, , , 从轻, 从轻处罚, 5000, 20000",
            "HJ-001, , , 一般, 一般, 20000, 35000",
            "HJ-001, , , 从重, 从重处罚, 35000, 50000",
            "JG-002, illegalIncome, 10000, 从轻, 从轻处罚, 5000, 15000",
            "JG-002, illegalIncome, 10000, 一般, 一般, 15000, 35000",
            "JG-002, illegalIncome, 10000, 从重, 从重处罚, 35000, 50000",
            // Item 8: an amount of 0 takes the fixed tier for 没有违法所得 / 明显偏低, never a multiple of 0 (an income not
            // given is asked for: 没有违法所得 is a finding). The party is an organisation (第十一条 gives individuals 10万元以下).
            "JG-002, illegalIncome, 0, 从轻, 从轻处罚, 50000, 150000",
            "JG-002, illegalIncome, 0, 一般, 一般, 150000, 350000",
            "JG-002, illegalIncome, 0, 从重, 从重处罚, 350000, 500000",
            // 价格违法行为行政处罚规定 9 "没有违法所得的，处5万元以上50万元以下的罚款，情节较重的处50万元以上200万元以下的罚款":
            // an aggravating circumstance is no 情节较重.
            "JG-003, illegalIncome, 0, 从重, 一般, 50000, 500000",
            "JG-003, illegalIncome, 0, 情节严重, 从重处罚, 500000, 2000000",
            "JG-003, illegalIncome, 10000, 情节严重, 一般, 15000, 35000",
            "YL-001, illegalIncome, 0, 一般, 一般, 15000, 25000",
            // 消防法 66 "逾期不改正的，责令停止使用，可以并处一千元以上五千元以下罚款": no fine before the order is refused.
            "XF-009, , , 一般, 不予处罚, , ",
            "XF-009, , , 一般+拒不改正, 一般, 2000, 3500",
            // 保障农民工工资支付条例 54–56 "逾期不改正的，…处…罚款".
            "QX-001, , , 一般, 不予处罚, , ",
            "QX-001, , , 一般+拒不改正, 一般, 65000, 85000",
            "QX-002, , , 一般, 不予处罚, , ",
            "QX-002, , , 一般+拒不改正, 一般, 65000, 85000",
            "QX-003, , , 一般, 不予处罚, , ",
            "QX-003, , , 一般+拒不改正, 一般, 30000, 40000",
            "QX-005, , , 一般, 不予处罚, , ",
            "QX-005, , , 一般+拒不改正, 一般, 65000, 85000",
            // 产品质量法 54 "…情节严重的，责令停止生产、销售，并处违法生产、销售产品货值金额百分之三十以下的罚款".
            "CP-005, goodsValue, 10000, 一般, 不予处罚, , ",
            "CP-005, goodsValue, 10000, 情节严重, 一般, 1000, 2000",
            // 安全生产法 102 "生产经营单位拒不执行的，责令停产停业整顿".
            "AQ-005, , , 一般+拒不改正, 从重处罚, 35000, 50000",
            // 广告法 55(3), 57, 58(3): the 广告经营者、广告发布者 apart from the 广告主, on the same ranges.
            "GG-006, advertisingCost, 10000, 一般, 一般, 36000, 44000",
            "GG-006, advertisingCost, 0, 情节严重, 从重处罚, 1000000, 2000000",
            "GG-007, , , 一般, 一般, 440000, 760000",
            "GG-008, advertisingCost, 10000, 一般, 一般, 16000, 24000",
            "GG-008, advertisingCost, 0, 从轻, 从轻处罚, 100000, 130000"

    })
    void eachTierBoundaryLandsInItsTierWithItsRange(String code, String amountFact, BigDecimal amount, String circumstances,
                                                     String level, BigDecimal min, BigDecimal max) {
        PenaltyAdvice advice = ADVISOR.advise(basis(violations.get(code)), facts(amountFact, amount, circumstances));

        assertThat(advice.tier().level().label()).isEqualTo(level);
        assertThat(advice.range()).isEqualTo(min == null ? null : new YuanRange(min, max));
    }

    /** 安全生产法 102: "生产经营单位拒不执行的，责令停产停业整顿" — the refusal leads to the tier that orders it. */
    @Test
    void aRefusalToEliminateAHazardSuspendsProduction() {
        PenaltyAdvice advice = ADVISOR.advise(basis(violations.get("AQ-005")), facts(null, null, "一般+拒不改正"));

        assertThat(advice.measures()).contains("责令停产停业整顿");
    }

    /**
     * 广告法 第五十五条第三款: "广告经营者、广告发布者明知或者应知广告虚假仍设计、制作、代理、发布的，由市场监督管理部门没收广告费用，
     * 并处广告费用三倍以上五倍以下的罚款…" — GG-006 for them, GG-001 (第一款, "责令广告主在相应范围内消除影响") for the 广告主.
     * Before, a 发布者 got GG-001's tier with the 广告主's 消除影响 and without 没收广告费用.
     */
    @Test
    void theAdvertiserAndThePublisherAreFinedUnderTheirOwnParagraphs() {
        PenaltyAdvice publisher = ADVISOR.advise(basis(violations.get("GG-006")), role(PartyRole.AD_PUBLISHER, Map.of(Basis.ADVERTISING_COST, BigDecimal.valueOf(10000))));
        assertThat(publisher.range()).isEqualTo(new YuanRange(BigDecimal.valueOf(36000), BigDecimal.valueOf(44000)));
        assertThat(publisher.measures()).contains("没收广告费用").doesNotContain("责令广告主在相应范围内消除影响");
        PenaltyAdvice advertiser = ADVISOR.advise(basis(violations.get("GG-001")), role(PartyRole.ADVERTISER, Map.of(Basis.ADVERTISING_COST, BigDecimal.valueOf(10000))));
        assertThat(advertiser.measures()).contains("责令停止发布广告", "责令广告主在相应范围内消除影响");
        assertThatThrownBy(() -> ADVISOR.advise(basis(violations.get("GG-001")), role(PartyRole.AD_PUBLISHER, Map.of())))
                .isInstanceOf(InvalidFactException.class).hasMessageStartingWith("role (广告发布者) is not the party");
        // 第五十七条 addresses both in one paragraph: the violation's name tells GG-002 (广告主) from GG-007 (广告经营者、广告发布者).
        assertThatThrownBy(() -> ADVISOR.advise(basis(violations.get("GG-007")), role(PartyRole.ADVERTISER, Map.of())))
                .isInstanceOf(InvalidFactException.class).hasMessageContaining("广告经营者、广告发布者");
        assertThat(ADVISOR.advise(basis(violations.get("GG-002")), role(PartyRole.ADVERTISER, Map.of())).outcome()).isEqualTo(Outcome.PUNISH);
    }

    /**
     * 行政处罚法 第二十九条: "同一个违法行为违反多个法律规范应当给予罚款处罚的，按照罚款数额高的规定处罚。" YL-001 情节严重: 未成年人保护法
     * 第一百二十三条 "拒不改正或者情节严重的，…可以并处五万元以上五十万元以下罚款" is the heavier norm; the city's tier, made on
     * 娱乐场所管理条例 第四十八条, may not stay below 5万.
     */
    @Test
    void theHeavierNormsMinimumBindsTheTier() {
        PenaltyAdvice advice = ADVISOR.advise(basis(violations.get("YL-001")), facts("illegalIncome", BigDecimal.ZERO, "情节严重"));

        assertThat(advice.range().min()).isGreaterThanOrEqualTo(BigDecimal.valueOf(50000));
        assertThat(advice.range().max()).isLessThanOrEqualTo(BigDecimal.valueOf(500000));
        assertThat(advice.reasoning()).anySatisfy(s -> assertThat(s.finding()).contains("按该规定调整为"));
    }

    /**
     * 价格违法行为行政处罚规定 第十一条第一款: "本规定第四条、第七条至第九条规定中经营者为个人的，对其没有违法所得的价格违法行为，可以处10万元
     * 以下的罚款。" — JG-002 without income: a 个人 gets 0–10万, a 单位 the tier; with an income both the tier's multiple.
     */
    @Test
    void aPriceFraudWithoutIncomeFinesAnIndividualUnderArticleEleven() {
        Map<Basis, BigDecimal> none = Map.of(Basis.ILLEGAL_INCOME, BigDecimal.ZERO);
        assertThat(ADVISOR.advise(basis(violations.get("JG-002")), party(PartyType.INDIVIDUAL, none)).range())
                .isEqualTo(new YuanRange(BigDecimal.ZERO, BigDecimal.valueOf(100000)));
        assertThat(ADVISOR.advise(basis(violations.get("JG-002")), party(PartyType.ORGANIZATION, none)).range())
                .isEqualTo(new YuanRange(BigDecimal.valueOf(150000), BigDecimal.valueOf(350000)));
        Map<Basis, BigDecimal> income = Map.of(Basis.ILLEGAL_INCOME, BigDecimal.valueOf(10000));
        assertThat(ADVISOR.advise(basis(violations.get("JG-002")), party(PartyType.INDIVIDUAL, income)).range())
                .isEqualTo(ADVISOR.advise(basis(violations.get("JG-002")), party(PartyType.ORGANIZATION, income)).range());
    }

    /**
     * 安全生产法 第一百零二条: "…生产经营单位拒不执行的，责令停产停业整顿，对其直接负责的主管人员和其他直接责任人员处五万元以上十万元以下的
     * 罚款" — the persons' fine is reported as theirs, the unit's range stays the tier's.
     */
    @Test
    void thePersonsFineOfARefusalIsReportedApartFromTheUnits() {
        PenaltyAdvice advice = ADVISOR.advise(basis(violations.get("AQ-005")), facts(null, null, "一般+拒不改正"));

        assertThat(advice.range()).isEqualTo(new YuanRange(BigDecimal.valueOf(35000), BigDecimal.valueOf(50000)));
        assertThat(advice.measures()).contains("对直接负责的主管人员和其他直接责任人员处50000–100000元罚款（双罚：另行决定，不计入对当事人的罚款）");
    }

    private static ViolationFacts role(PartyRole role, Map<Basis, BigDecimal> amounts) {
        return new ViolationFacts(LocalDate.of(2026, 6, 1), null, null, DECIDED, false, false, Harm.NONE, false, false, false, false, false, false,
                null, PartyType.ORGANIZATION, role, null, null, null, null, amounts, Set.of(), Set.of());
    }

    private static ViolationFacts party(PartyType type, Map<Basis, BigDecimal> amounts) {
        return new ViolationFacts(LocalDate.of(2026, 6, 1), null, null, DECIDED, false, false, Harm.NONE, false, false, false, false, false, false,
                null, type, null, null, null, null, null, amounts, Set.of(), Set.of());
    }

    /**
     * Every fine tier of every shipped standard needs the circumstance its penalty articles fine under: a tier the
     * facts reach without 逾期不改正 / 情节严重 must not carry a fine the article gives only with it (消防法 66, 保障农民工工资
     * 支付条例 54–56, 产品质量法 54). Where the article fines the party under no condition the facts can meet, it fails.
     */
    @Test
    void everyFineTierNeedsWhatItsArticleFinesUnder() {
        List<String> defects = new ArrayList<>();
        for (Violation v : violations.values()) {
            List<StatutoryFine> party = v.penalizedBy().stream().map(ShippedStandardsAdviceTest::cited)
                    .flatMap(a -> StatutoryFines.parse(a.text(a.linked())).stream()).filter(f -> !f.onResponsiblePersons()).toList();
            for (Tier t : v.standard().tiers()) {
                if (t.fine() != null && party.stream().noneMatch(f -> f.conditions().stream().allMatch(c -> reachable(c, t.condition())))) {
                    defects.add(v.code() + " " + t.level().label() + " (" + t.condition() + "): " + party);
                }
            }
        }
        assertThat(defects).isEmpty();
    }

    /**
     * 罚款幅度 within the law: every fine tier, at amounts on each edge of its threshold (or of 1, 10000 and 1,000,000
     * yuan for a multiple without one; 0 for a fixed tier standing in for a multiple), lies inside the statutory range
     * one of its penalty articles prescribes for the tier's own conditions (拒不改正, 情节严重); a 减轻 tier may go below
     * the minimum (行政处罚法 第三十二条), none above the maximum.
     */
    @Test
    void everyFineTierLiesInsideTheStatutoryRangeForItsConditions() {
        List<String> defects = new ArrayList<>();
        for (Violation v : violations.values()) {
            List<String> texts = v.penalizedBy().stream().map(ShippedStandardsAdviceTest::cited).map(a -> a.text(a.linked())).toList();
            for (Tier t : v.standard().tiers()) {
                if (t.fine() == null) {
                    continue;
                }
                for (Map<Basis, BigDecimal> amounts : samples(v, t)) {
                    ViolationFacts f = new ViolationFacts(LocalDate.of(2026, 6, 1), null, null, DECIDED, false, false, Harm.NONE, false,
                            t.condition() == TierCondition.REFUSED_CORRECTION, t.condition() == TierCondition.SERIOUS, false, false, false,
                            null, null, null, null, null, null, amounts, Set.of(), Set.of());
                    YuanRange tier = t.fine().kind() == dev.onecheck.domain.penalty.Fine.Kind.FIXED ? new YuanRange(t.fine().min(), t.fine().max())
                            : new YuanRange(amounts.get(Basis.known(t.fine().basis()).orElseThrow()).multiply(t.fine().min()),
                                    amounts.get(Basis.known(t.fine().basis()).orElseThrow()).multiply(t.fine().max()));
                    List<YuanRange> statutory = texts.stream().map(text -> StatutoryFines.rangeFor(text, f)).flatMap(java.util.Optional::stream).toList();
                    if (statutory.isEmpty()) {
                        // Several addressees (广告法 57: 对广告主处…；对广告经营者、广告发布者…处…): each one's fixed fine.
                        statutory = texts.stream().flatMap(text -> StatutoryFines.parse(text).stream())
                                .filter(s -> !s.onResponsiblePersons() && s.fine() != null && s.fine().kind() == dev.onecheck.domain.penalty.Fine.Kind.FIXED
                                        && s.conditions().stream().allMatch(c -> reachable(c, t.condition())))
                                .map(s -> new YuanRange(s.fine().min(), s.fine().max())).toList();
                    }
                    boolean inside = statutory.stream().anyMatch(s -> tier.max().compareTo(s.max()) <= 0
                            && (t.level() == TierLevel.MITIGATED || tier.min().compareTo(s.min()) >= 0));
                    if (!inside) {
                        defects.add(v.code() + " " + t.level().label() + " (" + t.condition() + ", " + amounts + "): " + tier + " not in " + statutory);
                    }
                }
            }
        }
        assertThat(defects).isEmpty();
    }

    /** The amounts to try a tier at: each edge of its threshold; a spread for a multiple; 0 for the fixed fine beside a multiple. */
    private static List<Map<Basis, BigDecimal>> samples(Violation v, Tier t) {
        if (t.when() != null) {
            Basis basis = Basis.known(t.when().basis()).orElseThrow();
            BigDecimal low = t.when().atLeast() == null ? BigDecimal.ZERO : t.when().atLeast();
            BigDecimal high = t.when().below() == null ? low.multiply(BigDecimal.valueOf(100)).max(BigDecimal.valueOf(1_000_000))
                    : t.when().below().subtract(new BigDecimal("0.01"));
            List<Map<Basis, BigDecimal>> samples = new ArrayList<>();
            for (BigDecimal a : List.of(low, high)) {
                samples.add(t.fine().kind() == dev.onecheck.domain.penalty.Fine.Kind.MULTIPLE && a.signum() == 0 ? Map.of(basis, BigDecimal.ONE) : Map.of(basis, a));
            }
            return samples;
        }
        if (t.fine().kind() == dev.onecheck.domain.penalty.Fine.Kind.MULTIPLE) {
            Basis basis = Basis.known(t.fine().basis()).orElseThrow();
            return Stream.of(1, 10_000, 1_000_000).map(a -> Map.of(basis, BigDecimal.valueOf(a))).toList();
        }
        return v.standard().tiers().stream().filter(o -> o.level() == t.level() && o.fine() != null
                        && o.fine().kind() == dev.onecheck.domain.penalty.Fine.Kind.MULTIPLE)
                .map(o -> Map.of(Basis.known(o.fine().basis()).orElseThrow(), BigDecimal.ZERO)).findFirst().map(List::of).orElse(List.of(Map.of()));
    }

    /** 行政处罚法 28(2) "当事人有违法所得，除依法应当退赔的外，应当予以没收": every punishing tier says so. */
    @Test
    void everyPunishingTierConfiscatesIllegalIncome() {
        assertThat(violations.values().stream().flatMap(v -> v.standard().tiers().stream())
                .filter(t -> t.level() != TierLevel.NO_PENALTY && !t.circumstances().startsWith("没有违法所得")))
                .allSatisfy(t -> assertThat(t.measures()).anyMatch(m -> m.contains("没收违法所得")));
    }

    /** 娱乐场所管理条例 48 and 未成年人保护法 58/123 both forbid and fine 歌舞娱乐场所接纳未成年人 (第二十九条 择重 needs both). */
    @Test
    void minorsInKaraokeCiteBothNorms() {
        assertThat(violations.get("YL-001").penalizedBy()).extracting(LawReference::law).containsExactly("娱乐场所管理条例", "未成年人保护法");
        assertThat(cited(violations.get("YL-001").penalizedBy().getLast()).text(cited(violations.get("YL-001").penalizedBy().getLast()).linked()))
                .contains("相关经营者违反本法第五十八条、第五十九条第一款、第六十条规定的");
    }

    private static boolean reachable(String condition, TierCondition tier) {
        return switch (StatutoryFines.circumstance(condition)) {
            case AMOUNT -> true;
            case REFUSED -> tier == TierCondition.REFUSED_CORRECTION;
            case SERIOUS -> tier == TierCondition.SERIOUS;
            case REFUSED_OR_SERIOUS -> tier == TierCondition.REFUSED_CORRECTION || tier == TierCondition.SERIOUS;
            case OTHER -> false;
        };
    }

    /** 从轻: a circumstance of 第三十二条; 减轻: two, and the officer's choice of 减轻; 从重: one aggravating; +拒不改正, 情节严重 as facts of their own. */
    private static ViolationFacts facts(String amountFact, BigDecimal amount, String circumstances) {
        Set<Mitigation> mitigating = circumstances.startsWith("从轻") ? Set.of(Mitigation.CONFESSED)
                : circumstances.startsWith("减轻") ? Set.of(Mitigation.CONFESSED, Mitigation.ELIMINATED_HARM) : Set.of();
        Set<Aggravation> aggravating = circumstances.startsWith("从重") ? Set.of(Aggravation.REPEATED) : Set.of();
        Map<Basis, BigDecimal> amounts = amountFact == null ? Map.of()
                : Map.of(EnumSet.allOf(Basis.class).stream().filter(b -> b.fact().equals(amountFact)).findFirst().orElseThrow(), amount);
        // 第三十二条 says 应当从轻或者减轻 and leaves the choice: 减轻 is the officer's choice, not a count of circumstances.
        Reduction reduction = circumstances.startsWith("减轻") ? Reduction.MITIGATED : null;
        return new ViolationFacts(LocalDate.of(2026, 6, 1), null, null, DECIDED, false, false, Harm.NONE, false,
                circumstances.endsWith("拒不改正"), circumstances.equals("情节严重"), false, false, false, null, PartyType.ORGANIZATION, null, null,
                reduction, null,
                amounts, mitigating, aggravating);
    }

    private static AdviceBasis basis(Violation violation) {
        return new AdviceBasis(violation.code(), violation.name(), violation.domain(), violation.standard(),
                violation.violates().stream().map(ShippedStandardsAdviceTest::cited).toList(),
                violation.penalizedBy().stream().map(ShippedStandardsAdviceTest::cited).toList(), Map.of());
    }

    private static CitedArticle cited(LawReference reference) {
        LawText text = laws.get(reference.law());
        Provision provision = text.provisions().stream().filter(p -> p.article() == reference.article() && p.suffix() == reference.suffix())
                .findFirst().orElseThrow(() -> new AssertionError(reference + " is not in the bundled law texts"));
        ProvisionVersion version = new ProvisionVersion(provision, text.law().effectiveFrom(), null);
        return new CitedArticle(reference.toString(), reference.paragraph(), version, List.of(version));
    }

    private static LawText parse(Path file) {
        try {
            return new LawMarkdownParser().parse(file.toString(), Files.readString(file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (Exception e) {
            throw new IllegalStateException(file + ": " + e.getMessage(), e);
        }
    }
}
