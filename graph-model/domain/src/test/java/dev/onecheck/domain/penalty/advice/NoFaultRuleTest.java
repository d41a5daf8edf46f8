package dev.onecheck.domain.penalty.advice;

import static dev.onecheck.domain.penalty.advice.PenaltyAdvisorTest.facts;
import static dev.onecheck.domain.penalty.advice.StatutoryFinesTest.yuan;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import dev.onecheck.domain.law.LawFormatException;
import dev.onecheck.domain.law.LawMarkdownParser;
import dev.onecheck.domain.law.LawText;
import dev.onecheck.domain.law.Provision;
import dev.onecheck.domain.penalty.DiscretionStandard;
import dev.onecheck.domain.penalty.Fine;
import dev.onecheck.domain.penalty.Tier;
import dev.onecheck.domain.penalty.TierLevel;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * 行政处罚法 第三十三条第二款 "当事人有证据足以证明没有主观过错的，不予行政处罚。法律、行政法规另有规定的，从其规定。" — the
 * laws that provide otherwise, read from the real texts under /work/shared/data/laws: the table holds every such clause
 * of the collection, each applied with its own conditions and its mandatory measure, and a clause the table does not
 * hold is never answered 不予处罚 by default.
 */
class NoFaultRuleTest {

    private static final Path LAWS = Path.of("/work/shared/data/laws");
    private static final Map<Integer, Provision> GENERAL = Map.of();
    private static final PenaltyAdvisor ADVISOR = new PenaltyAdvisor(PenaltyAdvisorTest.HEARING);
    private static final DiscretionStandard ORDINARY = new DiscretionStandard("X-1", "江海市市场监督管理行政处罚裁量基准（2024）", List.of(
            new Tier(TierLevel.ORDINARY, "一般", null, null, new Fine(Fine.Kind.FIXED, null, yuan(20000), yuan(50000)), List.of("责令改正"))));

    /**
     * Files holding a no-fault clause that is not a row, with the reason: civil liability only (不承担赔偿责任, 不视为侵权),
     * a notion of procedure, a restatement, or an earlier text of a clause the table holds in its current one.
     */
    private static final Map<String, String> NOT_ROWS = Map.of(
            "行政复议法实施条例", "视为…不知道该具体行政行为: 复议期限, no penalty",
            "信息网络传播权保护条例", "不知道也没有合理的理由应当知道…侵权: 不承担赔偿责任 (civil)",
            "集成电路布图设计保护条例", "不视为侵权 (civil)",
            "计算机软件保护条例", "不承担赔偿责任 (civil)",
            "世界博览会标志保护条例", "不承担赔偿责任 (civil)",
            "奥林匹克标志保护条例", "不承担赔偿责任 (civil)",
            "商标法实施条例", "第八十条 restates 商标法 第六十条第二款 (a row); 第七十九条 lists what proves 合法取得",
            "专利法实施细则", "2010 第八十四条第三款 is the earlier text of 2023 第一百零一条第三款 (a row)");

    /** Single articles of laws that have a row elsewhere, or none: civil liability only. */
    private static final Map<String, String> NOT_ROW_ARTICLES = Map.of(
            "专利法#77", "不知道是未经专利权人许可…能证明该产品合法来源的，不承担赔偿责任 (civil)",
            "商标法#64", "销售不知道是侵犯注册商标专用权的商品，能证明该商品是自己合法取得并说明提供者的，不承担赔偿责任 (civil)",
            "公司法#88", "受让人不知道且不应当知道存在上述情形的，由转让人承担责任 (civil)",
            "海商法#244", "在船舶定期保险中被保险人不知道的除外 (insurance contract, civil)");

    private static List<LawText> corpus;

    @BeforeAll
    static void corpus() throws IOException {
        Assumptions.assumeTrue(Files.isDirectory(LAWS), "no law collection at " + LAWS);
        try (Stream<Path> files = Files.walk(LAWS)) {
            corpus = files.filter(f -> f.toString().endsWith(").md")).filter(f -> !f.toString().matches(".*/(刑法|司法解释|案例|民法典)/.*"))
                    .map(NoFaultRuleTest::parse).filter(t -> t != null).toList();
        }
    }

    @Test
    void everyRowQuotesItsClauseVerbatimFromTheLaw() {
        for (NoFaultRule rule : NoFaultRule.RULES) {
            String law = rule.sourceReference().law();
            List<Provision> source = corpus.stream().filter(t -> t.law().shortTitle().equals(law)).flatMap(t -> t.provisions().stream())
                    .filter(p -> p.article() == rule.sourceReference().article()).toList();
            assertThat(source).as(rule.source()).anySatisfy(p -> assertThat(p.text()).contains(rule.text()));
        }
    }

    /** Every article of the collection with the wording of such a clause (不知道…, 能证明…合法取得) is a row's source or said why not. */
    @Test
    void theTableHoldsEveryNoFaultClauseOfTheCollection() {
        Set<String> unexplained = new TreeSet<>();
        for (LawText law : corpus) {
            String title = law.law().shortTitle();
            for (Provision p : law.provisions()) {
                boolean row = NoFaultRule.RULES.stream().map(NoFaultRule::sourceReference).anyMatch(s -> s.law().equals(title) && s.article() == p.article());
                if (NoFaultRule.WORDING.matcher(p.text()).find() && !row && !NOT_ROWS.containsKey(title)
                        && !NOT_ROW_ARTICLES.containsKey(title + "#" + p.article())) {
                    unexplained.add(p.id());
                }
            }
        }
        assertThat(unexplained).isEmpty();
    }

    @Test
    void aMedicalDeviceDealerWithoutFaultKeepsTheConfiscationOfArticleEightySeven() {
        // 医疗器械监督管理条例 第八十七条: "医疗器械经营企业、使用单位履行了本条例规定的进货查验等义务，有充分证据证明其不知道所经营、使用的
        // 医疗器械为本条例第八十一条第一款第一项、第八十四条第一项、第八十六条第一项和第三项规定情形的医疗器械，并能如实说明其进货来源的，
        // 收缴其经营、使用的不符合法定要求的医疗器械，可以免除行政处罚。" Before: NO_PENALTY, 批评教育 only.
        AdviceBasis item1 = basis("DV-医疗器械监督管理条例-86-1-1", "医疗器械监督管理条例", "第八十六条", 86);
        PenaltyAdvisorTest.Facts dealer = facts(LocalDate.of(2026, 5, 1)).noFault().role(PartyRole.SELLER).purchaseChecked().sourceDisclosed();

        PenaltyAdvice exempt = ADVISOR.advise(item1, dealer.build());
        assertThat(exempt.outcome()).isEqualTo(Outcome.MAY_WAIVE);
        assertThat(exempt.measures()).containsExactly("收缴其经营、使用的不符合法定要求的医疗器械", "批评教育");
        assertThat(exempt.alternatives()).singleElement().satisfies(a -> assertThat(a.measures()).contains("收缴其经营、使用的不符合法定要求的医疗器械"));
        // a 使用单位 too; without 进货查验 the article punishes as the standard says
        assertThat(ADVISOR.advise(item1, dealer.role(PartyRole.USER).build()).outcome()).isEqualTo(Outcome.MAY_WAIVE);
        PenaltyAdvice unchecked = ADVISOR.advise(item1, facts(LocalDate.of(2026, 5, 1)).noFault().role(PartyRole.SELLER).sourceDisclosed().build());
        assertThat(unchecked.outcome()).isEqualTo(Outcome.PUNISH);
        assertThat(unchecked.reasoning()).anySatisfy(s -> assertThat(s.finding()).contains("未认定“履行了本条例规定的进货查验等义务”"));
        // 第八十六条第二项 is not among the items of 第八十七条: 第三十三条第二款 itself
        PenaltyAdvice item2 = ADVISOR.advise(basis("DV-医疗器械监督管理条例-86-1-2", "医疗器械监督管理条例", "第八十六条", 86), dealer.build());
        assertThat(item2.outcome()).isEqualTo(Outcome.NO_PENALTY);
        // a curated violation of 第八十六条 names no item: the officer must check 第八十七条, and is not told 不予处罚
        PenaltyAdvice unknownItem = ADVISOR.advise(basis("YL-086", "医疗器械监督管理条例", "第八十六条", 86), dealer.build());
        assertThat(unknownItem.outcome()).isEqualTo(Outcome.PUNISH);
        assertThat(unknownItem.reasoning()).anySatisfy(s -> assertThat(s.finding()).contains("《医疗器械监督管理条例》第八十七条另有规定")
                .contains("该条只适用于第86条第1项、第3项规定的情形"));
    }

    @Test
    void cosmeticsDrugsTrademarksAndPatentsFollowTheirOwnClauses() {
        PenaltyAdvisorTest.Facts seller = facts(LocalDate.of(2026, 5, 1)).noFault().role(PartyRole.SELLER).purchaseChecked().sourceDisclosed();
        // 化妆品监督管理条例 第六十八条: "…收缴其经营的不符合强制性国家标准、技术规范或者不符合化妆品注册、备案资料载明的技术要求的化妆品，
        // 可以免除行政处罚。"
        PenaltyAdvice cosmetics = ADVISOR.advise(basis("DV-化妆品监督管理条例-60-1-2", "化妆品监督管理条例", "第六十条", 60), seller.build());
        assertThat(cosmetics.outcome()).isEqualTo(Outcome.MAY_WAIVE);
        assertThat(cosmetics.measures()).first().asString().startsWith("收缴其经营的不符合强制性国家标准");
        // 药品管理法实施条例 第七十五条: "…应当没收其销售或者使用的假药、劣药和违法所得；但是，可以免除其他行政处罚。" — on a condition
        // no fact states (未违反《药品管理法》和本条例的有关规定), named for the officer to find.
        PenaltyAdvice drugs = ADVISOR.advise(basis("X-116", "药品管理法", "第一百一十六条", 116), seller.build());
        assertThat(drugs.outcome()).isEqualTo(Outcome.MAY_WAIVE);
        assertThat(drugs.measures()).contains("没收其销售或者使用的假药、劣药和违法所得");
        assertThat(drugs.reasoning()).anySatisfy(s -> assertThat(s.finding()).contains("免予处罚以未违反《药品管理法》和本条例的有关规定为前提"));
        // 商标法 第六十条第二款: "销售不知道是侵犯注册商标专用权的商品，能证明该商品是自己合法取得并说明提供者的，由工商行政管理部门责令停止销售。"
        AdviceBasis trademark = basis("X-60", "商标法", "第六十条", 60);
        PenaltyAdvice stop = ADVISOR.advise(trademark, seller.build());
        assertThat(stop.outcome()).isEqualTo(Outcome.NO_PENALTY);
        assertThat(stop.measures()).containsExactly("责令停止销售", "批评教育");
        PenaltyAdvice noSupplier = ADVISOR.advise(trademark, facts(LocalDate.of(2026, 5, 1)).noFault().role(PartyRole.SELLER).purchaseChecked().build());
        assertThat(noSupplier.outcome()).isEqualTo(Outcome.PUNISH);
        assertThat(noSupplier.reasoning()).anySatisfy(s -> assertThat(s.finding()).contains("未认定“说明提供者”"));
        // the seller's rule asks for the role where it decides
        assertThatThrownBy(() -> ADVISOR.advise(trademark, facts(LocalDate.of(2026, 5, 1)).noFault().build()))
                .isInstanceOf(InvalidFactException.class).hasMessageStartingWith("role is needed: 《商标法》第六十条第二款");
    }

    @Test
    void aNoFaultClauseTheTableDoesNotHoldIsNamedAndNeverExemptsByDefault() throws IOException {
        // 专利法实施细则 (2010) 第八十四条第三款: "销售不知道是假冒专利的产品，并且能够证明该产品合法来源的，由管理专利工作的部门责令停止
        // 销售，但免除罚款的处罚。" — cited as the penalty article, it is no row's source (the table holds the 2023 text).
        Provision old = article("行政法规/专利法实施细则(2010-01-09).md", 84);
        assertThat(old.text()).contains("销售不知道是假冒专利的产品，并且能够证明该产品合法来源的，由管理专利工作的部门责令停止销售，但免除罚款的处罚。");
        ProvisionVersion v = new ProvisionVersion(old, LocalDate.of(2010, 2, 1), null);
        AdviceBasis basis = new AdviceBasis("X-84", "销售假冒专利的产品", null, ORDINARY, List.of(),
                List.of(new CitedArticle("《专利法实施细则》第八十四条", 0, v, List.of(v))), GENERAL);

        PenaltyAdvice advice = ADVISOR.advise(basis, facts(LocalDate.of(2026, 5, 1)).noFault().build());

        assertThat(advice.outcome()).isEqualTo(Outcome.PUNISH);
        assertThat(advice.reasoning()).anySatisfy(s -> assertThat(s.rule()).isEqualTo("无主观过错（另有规定，须核对）"))
                .anySatisfy(s -> assertThat(s.finding()).contains("《专利法实施细则》第八十四条另有规定：“销售不知道是假冒专利的产品")
                        .contains("规则未收录该条款"));
        // 第三十三条第二款 itself where no cited article has such a clause
        Provision plain = article("行政法规/专利法实施细则(2010-01-09).md", 85);
        ProvisionVersion pv = new ProvisionVersion(plain, LocalDate.of(2010, 2, 1), null);
        AdviceBasis other = new AdviceBasis("X-85", "其他", null, ORDINARY, List.of(), List.of(new CitedArticle("《专利法实施细则》第八十五条", 0, pv, List.of(pv))),
                GENERAL);
        assertThat(ADVISOR.advise(other, facts(LocalDate.of(2026, 5, 1)).noFault().build()).outcome()).isEqualTo(Outcome.NO_PENALTY);
    }

    /** A violation {@code code} penalised by article {@code number} of the real text of {@code law}, first paragraph. */
    private static AdviceBasis basis(String code, String law, String number, int article) {
        LawText text = corpus.stream().filter(t -> t.law().shortTitle().equals(law)).max((a, b) -> a.law().effectiveFrom().compareTo(b.law().effectiveFrom()))
                .orElseThrow();
        Provision p = text.provisions().stream().filter(x -> x.article() == article && x.suffix() == 0).findFirst().orElseThrow();
        assertThat(p.label()).isEqualTo(number);
        ProvisionVersion v = new ProvisionVersion(p, text.law().effectiveFrom(), null);
        return new AdviceBasis(code, law + number, null, ORDINARY, List.of(), List.of(new CitedArticle("《" + law + "》" + number, 1, v, List.of(v))),
                GENERAL);
    }

    private static Provision article(String file, int article) throws IOException {
        return parse(LAWS.resolve(file)).provisions().stream().filter(p -> p.article() == article).findFirst().orElseThrow();
    }

    private static LawText parse(Path file) {
        try {
            return new LawMarkdownParser().parse(file.toString(), Files.readString(file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (LawFormatException e) {
            return null;
        }
    }
}
