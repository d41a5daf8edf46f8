package dev.onecheck.domain.penalty.advice;

import static dev.onecheck.domain.penalty.advice.PenaltyAdvisorTest.facts;
import static dev.onecheck.domain.penalty.advice.StatutoryFinesTest.range;
import static dev.onecheck.domain.penalty.advice.StatutoryFinesTest.yuan;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import dev.onecheck.domain.law.LawMarkdownParser;
import dev.onecheck.domain.law.Provision;
import dev.onecheck.domain.penalty.DiscretionStandard;
import dev.onecheck.domain.penalty.Fine;
import dev.onecheck.domain.penalty.Tier;
import dev.onecheck.domain.penalty.TierCondition;
import dev.onecheck.domain.penalty.TierLevel;
import org.junit.jupiter.api.Test;

/**
 * What the law requires beside a tier's own measures, on the real texts under /work/shared/data/laws: the article's
 * orders, its measures that wait for a condition, 没收违法所得 (行政处罚法 第二十八条第二款) and the fines on 直接负责的
 * 主管人员, kept apart from the party's range.
 */
class RequiredMeasuresTest {

    private static final Path LAWS = Path.of("/work/shared/data/laws");
    private static final PenaltyAdvisor ADVISOR = new PenaltyAdvisor(PenaltyAdvisorTest.HEARING);
    private static final LocalDate ACT = LocalDate.of(2026, 5, 1);

    @Test
    void aMeasureThatFollowsARefusalIsAppliedWhenFoundAndNamedOtherwise() throws Exception {
        // 核安全法 第七十七条: "…责令改正，给予警告；情节严重的，处二十万元以上一百万元以下的罚款；拒不改正的，责令停止建设或者停产整顿"
        // as the law parser delivers it: the items (（一）…的；) follow in the same paragraph
        String text = new LawMarkdownParser().parse("行政法/核安全法(2017-09-01).md", Files.readString(LAWS.resolve("行政法/核安全法(2017-09-01).md")))
                .provisions().stream().filter(p -> p.article() == 77).findFirst().orElseThrow().paragraphs().getFirst();
        assertThat(text).contains("拒不改正的，责令停止建设或者停产整顿:\n（一）核设施营运单位未设置核设施纵深防御体系的；");
        AdviceBasis basis = basis("核安全法@2017-09-01", 77, text, new DiscretionStandard("GENERAL/X", "通用裁量规则", List.of(
                new Tier(TierLevel.ORDINARY, "依条文给予警告，不并处罚款", null, null, null, List.of("责令改正", "警告")))));

        // Before: 责令改正、警告 either way.
        PenaltyAdvice refused = ADVISOR.advise(basis, facts(ACT).refusedCorrection().build());
        assertThat(refused.measures()).containsExactly("责令改正", "警告", "责令停止建设或者停产整顿");
        PenaltyAdvice first = ADVISOR.advise(basis, facts(ACT).build());
        assertThat(first.measures()).containsExactly("责令改正", "警告");
        assertThat(first.reasoning()).anySatisfy(s -> assertThat(s.finding())
                .isEqualTo("处罚条款规定“拒不改正的，责令停止建设或者停产整顿”；本案未认定经责令改正拒不改正，暂不适用，拒不改正的依此处理"));
    }

    @Test
    void theAdvertisingLawsOrdersAndTheConfiscationOfIncomeAreNeverDropped() throws IOException {
        // 广告法 第五十五条: "…由市场监督管理部门责令停止发布广告，责令广告主在相应范围内消除影响，处广告费用三倍以上五倍以下的罚款…";
        // 行政处罚法 第二十八条第二款: "当事人有违法所得，除依法应当退赔的外，应当予以没收。"
        String text = paragraph("行政法/广告法(2021-04-29).md", "第五十五条");
        AdviceBasis basis = basis("广告法@2021-04-29", 55, text, new DiscretionStandard("GG-X", "江海市市场监督管理行政处罚裁量基准（2024）", List.of(
                new Tier(TierLevel.ORDINARY, "一般", null, null, new Fine(Fine.Kind.MULTIPLE, "广告费用", yuan(3), yuan(5)), List.of()))));

        PenaltyAdvice income = ADVISOR.advise(basis, facts(ACT).advertisingCost(10000).illegalIncome(8000).build());
        assertThat(income.measures()).containsExactly("责令停止发布广告", "责令广告主在相应范围内消除影响", "没收违法所得（8000元，依法应当退赔的除外）");
        assertThat(income.range()).isEqualTo(range(30000, 50000));
        // an income of 0, or none given: nothing to confiscate, and none invented
        assertThat(ADVISOR.advise(basis, facts(ACT).advertisingCost(10000).illegalIncome(0).build()).measures()).noneMatch(m -> m.contains("没收违法所得"));
        assertThat(ADVISOR.advise(basis, facts(ACT).advertisingCost(10000).build()).measures()).noneMatch(m -> m.contains("没收违法所得"));
    }

    @Test
    void theFineOnTheResponsiblePersonsIsReportedApartFromTheParty() throws IOException {
        // 安全生产法 第一百零二条: "…生产经营单位拒不执行的，责令停产停业整顿，对其直接负责的主管人员和其他直接责任人员处五万元以上十万元
        // 以下的罚款…"
        String text = paragraph("社会法/安全生产法(2021-06-10).md", "第一百零二条");
        assertThat(text).contains("生产经营单位拒不执行的，责令停产停业整顿，对其直接负责的主管人员和其他直接责任人员处五万元以上十万元以下的罚款");
        AdviceBasis basis = basis("安全生产法@2021-06-10", 102, text, new DiscretionStandard("AQ-X", "江海市应急管理行政处罚裁量基准（2024）", List.of(
                new Tier(TierLevel.ORDINARY, "一般", null, null, new Fine(Fine.Kind.FIXED, null, yuan(20000), yuan(35000)), List.of("责令限期消除")),
                new Tier(TierLevel.HEAVIER, "拒不执行的", TierCondition.REFUSED_CORRECTION, null,
                        new Fine(Fine.Kind.FIXED, null, yuan(35000), yuan(50000)), List.of("责令限期消除")))));

        PenaltyAdvice refused = ADVISOR.advise(basis, facts(ACT).refusedCorrection().build());

        assertThat(refused.range()).isEqualTo(range(35000, 50000));
        assertThat(refused.measures()).containsExactly("责令限期消除", "责令停产停业整顿",
                "对直接负责的主管人员和其他直接责任人员处50000–100000元罚款（双罚：另行决定，不计入对当事人的罚款）");
        assertThat(ADVISOR.advise(basis, facts(ACT).build()).measures()).containsExactly("责令限期消除");
    }

    @Test
    void aUnitIsNeverDetained() throws IOException {
        // 反电信网络诈骗法 第四十二条: "…没收违法所得，由公安机关或者有关主管部门处违法所得一倍以上十倍以下罚款，没有违法所得或者违法所得
        // 不足五万元的，处五十万元以下罚款；情节严重的，由公安机关并处十五日以下拘留。"
        String text = paragraph("行政法/反电信网络诈骗法(2022-09-02).md", "第四十二条");
        assertThat(text).endsWith("情节严重的，由公安机关并处十五日以下拘留。");
        AdviceBasis basis = basis("反电信网络诈骗法@2022-09-02", 42, text, GeneralDiscretionRulesTest.DEFAULT.standardFor(text, List.of()));

        PenaltyAdvice unit = ADVISOR.advise(basis, facts(ACT).serious().illegalIncome(100000).party(PartyType.ORGANIZATION, null, null).build());
        assertThat(unit.measures()).noneMatch(m -> m.contains("拘留"));
        assertThat(unit.reasoning()).anySatisfy(s -> assertThat(s.finding()).startsWith("条文规定由公安机关并处十五日以下拘留；本案当事人为法人或者其他组织，"
                + "行政拘留只能对自然人适用，单位不能被拘留"));
        PenaltyAdvice person = ADVISOR.advise(basis, facts(ACT).serious().illegalIncome(100000).party(PartyType.INDIVIDUAL, 30, null).build());
        assertThat(person.measures()).contains("由公安机关并处十五日以下拘留");
        // 当事人类型未载明: kept, with the warning that it is for a natural person only
        PenaltyAdvice unknown = ADVISOR.advise(basis, facts(ACT).serious().illegalIncome(100000).build());
        assertThat(unknown.measures()).contains("由公安机关并处十五日以下拘留");
        assertThat(unknown.reasoning()).anySatisfy(s -> assertThat(s.rule()).isEqualTo("行政拘留"));
    }

    @Test
    void alternativesJoinedBy或者AreOneChoiceNeverBoth() throws IOException {
        // 道路交通安全法 第九十条: "…处警告或者二十元以上二百元以下罚款。" — the 警告 is instead of the fine.
        String traffic = paragraph("行政法/道路交通安全法(2021-04-29).md", "第九十条");
        AdviceBasis road = basis("道路交通安全法@2021-04-29", 90, traffic, GeneralDiscretionRulesTest.DEFAULT.standardFor(traffic, PartyType.INDIVIDUAL));
        PenaltyAdvice driver = ADVISOR.advise(road, facts(ACT).party(PartyType.INDIVIDUAL, 30, null).build());
        assertThat(driver.outcome()).isEqualTo(Outcome.PUNISH);
        assertThat(driver.range()).isNotNull();
        assertThat(driver.range().max()).isLessThanOrEqualTo(yuan(200));
        assertThat(driver.measures()).noneMatch(m -> m.contains("警告"));
        assertThat(driver.alternatives()).anySatisfy(a -> {
            assertThat(a.choice()).isEqualTo("若认定选择给予警告而不处罚款的则");
            assertThat(a.range()).isNull();
            assertThat(a.measures()).contains("警告");
        });

        // 私募投资基金监督管理条例 第五十七条: "…责令改正，给予警告或者通报批评，并处10万元以上30万元以下的罚款…" — one of the two, and the fine.
        String fund = paragraph("行政法规/私募投资基金监督管理条例(2023-07-03).md", "第五十七条");
        AdviceBasis funds = basis("私募投资基金监督管理条例@2023-07-03", 57, fund, GeneralDiscretionRulesTest.DEFAULT.standardFor(fund, PartyType.ORGANIZATION));
        PenaltyAdvice service = ADVISOR.advise(funds, facts(ACT).party(PartyType.ORGANIZATION, null, null).build());
        assertThat(service.measures()).contains("警告或者通报批评").doesNotContain("警告", "通报批评");
        assertThat(service.range().min()).isGreaterThanOrEqualTo(yuan(100000));
        assertThat(service.range().max()).isLessThanOrEqualTo(yuan(300000));
    }

    @Test
    void anAmountTheTextLeavesBetweenItsBandsIsNeverOnlyOrderedToBeCorrected() throws IOException {
        // 危险废物经营许可证管理办法 第二十三条: "…违法所得超过10万元的，并处违法所得1倍以上2倍以下的罚款；没有违法所得或者违法所得不足10万元的，
        // 处5万元以上10万元以下的罚款。" — exactly 10万元 is neither 超过 nor 不足.
        String text = paragraph("行政法规/危险废物经营许可证管理办法(2016-02-06).md", "第二十三条");
        AdviceBasis basis = basis("危险废物经营许可证管理办法@2016-02-06", 23, text, GeneralDiscretionRulesTest.DEFAULT.standardFor(text, PartyType.ORGANIZATION));

        PenaltyAdvice gap = ADVISOR.advise(basis, facts(ACT).illegalIncome(100000).party(PartyType.ORGANIZATION, null, null).build());
        assertThat(gap.outcome()).isEqualTo(Outcome.PUNISH);
        assertThat(gap.range().min()).isGreaterThanOrEqualTo(yuan(50000));
        assertThat(gap.range().max()).isLessThanOrEqualTo(yuan(100000));
        assertThat(gap.measures()).contains("没收违法所得（100000元，依法应当退赔的除外）");
        assertThat(gap.reasoning()).anySatisfy(s -> assertThat(s.finding()).contains("本案违法所得恰为100000元，条文对此未作规定")
                .contains("另一档为“违法所得超过10万元的（法定违法所得1倍以上2倍以下）”").contains("请核对本地裁量基准或者请示后确定"));
        // one fen either side: the bands as printed
        assertThat(ADVISOR.advise(basis, facts(ACT).illegalIncome(99999).party(PartyType.ORGANIZATION, null, null).build()).range().max())
                .isLessThanOrEqualTo(yuan(100000));
        assertThat(ADVISOR.advise(basis, facts(ACT).illegalIncome(100001).party(PartyType.ORGANIZATION, null, null).build()).range().min())
                .isGreaterThan(yuan(100000));
    }

    @Test
    void aFineWhoseBandsAreItsItemsIsDueAndEachBandIsOffered() throws Exception {
        // 安全生产法 第一百一十四条: "发生生产安全事故，对负有责任的生产经营单位除要求其依法承担相应的赔偿等责任外，由应急管理部门依照下列
        // 规定处以罚款:（一）发生一般事故的，处三十万元以上一百万元以下的罚款；…（四）发生特别重大事故的，处一千万元以上二千万元以下的罚款。"
        Provision article = new LawMarkdownParser().parse("社会法/安全生产法(2021-06-10).md", Files.readString(LAWS.resolve("社会法/安全生产法(2021-06-10).md")))
                .provisions().stream().filter(p -> p.article() == 114).findFirst().orElseThrow();
        ProvisionVersion v = new ProvisionVersion(article, LocalDate.of(2021, 9, 1), null);
        CitedArticle cited = new CitedArticle("《安全生产法》第一百一十四条", 1, v, List.of(v));
        assertThat(cited.text(v)).contains("依照下列规定处以罚款").contains("（四）发生特别重大事故的，处一千万元以上二千万元以下的罚款。");
        AdviceBasis basis = new AdviceBasis("X-114", "违法行为", null, GeneralDiscretionRulesTest.DEFAULT.standardFor(cited.text(v), PartyType.ORGANIZATION),
                List.of(), List.of(cited), Map.of());

        PenaltyAdvice advice = ADVISOR.advise(basis, facts(ACT).party(PartyType.ORGANIZATION, null, null).build());

        // no fact names the accident's class: a fine is due all the same, never 只责令改正
        assertThat(advice.outcome()).isEqualTo(Outcome.PUNISH);
        assertThat(advice.range()).isNull();
        assertThat(advice.reasoning()).anySatisfy(s -> assertThat(s.finding()).isEqualTo("条文规定处以罚款，本规则未给出数额：罚款数额须依条文所列情形（另列各项）确定"));
        assertThat(advice.alternatives()).extracting(PenaltyAdvice.Alternative::choice).containsExactly(
                "若认定发生一般事故的则", "若认定发生较大事故的则", "若认定发生重大事故的则", "若认定发生特别重大事故的则");
        assertThat(advice.alternatives().getFirst().range().min()).isGreaterThanOrEqualTo(yuan(300000));
        assertThat(advice.alternatives().getFirst().range().max()).isLessThanOrEqualTo(yuan(1000000));
        assertThat(advice.alternatives().getLast().range().min()).isGreaterThanOrEqualTo(yuan(10000000));
        assertThat(advice.alternatives().getLast().range().max()).isLessThanOrEqualTo(yuan(20000000));
    }

    @Test
    void bandsOfAnAmountTheFactsDoNotCarryMakeAFineDueNotAWarningAlone() throws IOException {
        // 印刷业管理条例 第四十二条: "…给予警告，没收印刷品和违法所得，违法经营额1万元以上的，并处违法经营额5倍以上10倍以下的罚款；违法经营额
        // 不足1万元的，并处1万元以上5万元以下的罚款；…" — a fine in every case; 违法经营额 is no fact the advice carries.
        String text = paragraph("行政法规/印刷业管理条例(2020-11-29).md", "第四十二条");
        AdviceBasis basis = basis("印刷业管理条例@2020-11-29", 42, text, GeneralDiscretionRulesTest.DEFAULT.standardFor(text, PartyType.ORGANIZATION));

        PenaltyAdvice advice = ADVISOR.advise(basis, facts(ACT).party(PartyType.ORGANIZATION, null, null).build());

        assertThat(advice.outcome()).isEqualTo(Outcome.PUNISH);
        assertThat(advice.tier().circumstances()).doesNotContain("不并处罚款").contains("须认定违法经营额1万元以上、违法经营额不足1万元中属于哪一档");
        assertThat(advice.measures()).contains("警告");
        assertThat(advice.alternatives()).extracting(PenaltyAdvice.Alternative::choice)
                .containsExactly("若认定违法经营额1万元以上的则", "若认定违法经营额不足1万元的则");
    }

    @Test
    void aParagraphWithoutAFineClaimsNone() throws IOException {
        // 基金会管理条例 第四十二条: "…由登记管理机关给予警告、责令停止活动；情节严重的，可以撤销登记：" — no 罚款 at all.
        String text = paragraph("行政法规/基金会管理条例(2004-03-08).md", "第四十二条");
        AdviceBasis basis = basis("基金会管理条例@2004-03-08", 42, text, GeneralDiscretionRulesTest.DEFAULT.standardFor(text, PartyType.ORGANIZATION));

        PenaltyAdvice advice = ADVISOR.advise(basis, facts(ACT).party(PartyType.ORGANIZATION, null, null).build());

        assertThat(advice.tier().circumstances()).startsWith("依条文给予警告").contains("条文未规定罚款");
        assertThat(advice.reasoning()).noneSatisfy(s -> assertThat(s.finding()).contains("条文规定处以罚款"));
        // 集会游行示威法 第三十条: "…公安机关可以处以警告或者十五日以下拘留" — one of the two, the authority's choice (可以); for a
        // unit the 警告 stays, the 拘留 goes.
        String assembly = paragraph("宪法相关法/集会游行示威法(2009-08-27).md", "第三十条");
        AdviceBasis assemblies = basis("集会游行示威法@2009-08-27", 30, assembly, GeneralDiscretionRulesTest.DEFAULT.standardFor(assembly, PartyType.ORGANIZATION));
        assertThat(ADVISOR.advise(assemblies, facts(ACT).party(PartyType.INDIVIDUAL, 30, null).build()).measures()).contains("可以警告或者十五日以下拘留");
        assertThat(ADVISOR.advise(assemblies, facts(ACT).party(PartyType.ORGANIZATION, null, null).build()).measures()).contains("可以警告")
                .noneMatch(m -> m.contains("拘留"));
    }

    @Test
    void aFineTheAuthorityMayImposeIsSaidToBeItsChoice() throws IOException {
        // 海关行政处罚实施条例 第二十一条: "有下列行为之一的，予以警告，可以处10万元以下罚款，有违法所得的，没收违法所得：".
        String customs = paragraph("行政法规/海关行政处罚实施条例(2004-09-19).md", "第二十一条");
        AdviceBasis basis = basis("海关行政处罚实施条例@2004-09-19", 21, customs, GeneralDiscretionRulesTest.DEFAULT.standardFor(customs, PartyType.ORGANIZATION));
        PenaltyAdvice may = ADVISOR.advise(basis, facts(ACT).party(PartyType.ORGANIZATION, null, null).build());
        assertThat(may.range()).isNotNull();
        assertThat(may.reasoning()).anySatisfy(s -> assertThat(s.rule()).isEqualTo("可以处罚款"));

        // 安全生产法 第一百零二条 "…责令立即消除或者限期消除，处五万元以下的罚款…": the fine is required, no such step.
        String safety = paragraph("社会法/安全生产法(2021-06-10).md", "第一百零二条");
        AdviceBasis must = basis("安全生产法@2021-06-10", 102, safety, GeneralDiscretionRulesTest.DEFAULT.standardFor(safety, PartyType.ORGANIZATION));
        assertThat(ADVISOR.advise(must, facts(ACT).party(PartyType.ORGANIZATION, null, null).build()).reasoning())
                .noneSatisfy(s -> assertThat(s.rule()).isEqualTo("可以处罚款"));
    }

    private static AdviceBasis basis(String lawId, int article, String text, DiscretionStandard standard) {
        Provision p = new Provision(Provision.id(lawId, article, 0), lawId, article, 0, "第" + article + "条", null, null, List.of(text));
        ProvisionVersion v = new ProvisionVersion(p, LocalDate.of(2017, 9, 1), null);
        return new AdviceBasis("X-" + article, "违法行为", null, standard, List.of(),
                List.of(new CitedArticle("《" + lawId.substring(0, lawId.indexOf('@')) + "》第" + article + "条", 1, v, List.of(v))), Map.of());
    }

    /** The first paragraph of an article, verbatim. */
    private static String paragraph(String file, String number) throws IOException {
        return Files.readAllLines(LAWS.resolve(file)).stream().filter(l -> l.startsWith(number + " ")).findFirst().orElseThrow()
                .substring(number.length() + 1);
    }
    @Test
    void theConfiscationOfAnIncomeWaitsForAnIncomeAndIsListedOnce() throws IOException {
        // 核安全法 第八十二条: "…由国务院核安全监督管理部门处二十万元以上一百万元以下的罚款；有违法所得的，没收违法所得；…" — the 没收违法所得 was not read
        // at all: with no income stated the officer was not told of it.
        String text = paragraph("行政法/核安全法(2017-09-01).md", "第八十二条");
        AdviceBasis basis = basis("核安全法@2017-09-01", 82, text, GeneralDiscretionRulesTest.DEFAULT.standardFor(text, PartyType.ORGANIZATION));

        PenaltyAdvice unstated = ADVISOR.advise(basis, facts(ACT).party(PartyType.ORGANIZATION, null, null).build());
        assertThat(unstated.measures()).noneMatch(m -> m.contains("没收违法所得"));
        assertThat(unstated.reasoning()).anySatisfy(s -> assertThat(s.finding()).contains("有违法所得的，没收违法所得").contains("本案未认定有违法所得，暂不适用"));

        PenaltyAdvice income = ADVISOR.advise(basis, facts(ACT).illegalIncome(5000).party(PartyType.ORGANIZATION, null, null).build());
        assertThat(income.measures()).filteredOn(m -> m.contains("没收违法所得")).containsExactly("没收违法所得（5000元，依法应当退赔的除外）");
        assertThat(income.reasoning()).anySatisfy(s -> assertThat(s.finding()).contains("本案有违法所得，依条文适用"));
        assertThat(income.range().min()).isGreaterThanOrEqualTo(yuan(200000));
    }
}
