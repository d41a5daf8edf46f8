package dev.onecheck.domain.law;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import dev.onecheck.domain.law.ArticleCorrespondence.Pair;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * The dates a law version takes effect, and which article of one version continues which of the previous one, on
 * the real texts of the law collection (../shared/data/laws).
 */
class LawVersionsTest {

    private static final Path ROOT = Path.of("../../../shared/data/laws");
    private final LawMarkdownParser parser = new LawMarkdownParser();

    private LawText law(String path) throws Exception {
        Path file = ROOT.resolve(path);
        Assumptions.assumeTrue(Files.isRegularFile(file), "no law collection at " + ROOT.toAbsolutePath());
        return parser.parse(path, Files.readString(file));
    }

    @Test
    void anAmendedTextTakesEffectWithItsAmendmentNotTheOriginalEnactment() throws Exception {
        // 安全生产法 2021 still ends "第一百一十九条 本法自2002年11月1日起施行。"; its history's last line is
        // "2021年6月10日 …《关于修改<中华人民共和国安全生产法>的决定》第三次修正".
        LawText safety = law("社会法/安全生产法(2021-06-10).md");
        assertThat(safety.provisions().getLast().text()).isEqualTo("本法自2002年11月1日起施行。");
        assertThat(safety.law().effectiveFrom()).isEqualTo(LocalDate.of(2021, 6, 10));
        // 食品安全法 2021: "2021年4月29日 …《关于修改〈中华人民共和国道路交通安全法〉等八部法律的决定》第二次修正", the text
        // still saying "本法自2015年10月1日起施行".
        assertThat(law("行政法/食品安全法(2021-04-29).md").law().effectiveFrom()).isEqualTo(LocalDate.of(2021, 4, 29));
        assertThat(law("行政法/水污染防治法(2017-06-27).md").law().effectiveFrom()).isEqualTo(LocalDate.of(2017, 6, 27));
        // 广告法 2021 has a history line "2015年9月1日 施行" — the 2015 revision's, older than this version.
        assertThat(law("行政法/广告法(2021-04-29).md").law().effectiveFrom()).isEqualTo(LocalDate.of(2021, 4, 29));
    }

    @Test
    void aRevisionOrAFirstVersionTakesEffectOnTheDayItsLastArticleSays() throws Exception {
        // 行政处罚法 2021 is a 修订 ("2021年1月22日 …第二十五次会议修订"): "第八十六条 本法自2021年7月15日起施行。"
        assertThat(law("行政法/行政处罚法(2021-01-22).md").law().effectiveFrom()).isEqualTo(LocalDate.of(2021, 7, 15));
        // 反有组织犯罪法: one version, its history says "2022年5月1日 施行".
        assertThat(law("宪法相关法/反有组织犯罪法(2021-12-24).md").law().effectiveFrom()).isEqualTo(LocalDate.of(2022, 5, 1));
    }

    @Test
    void aDecisionThatSetItsOwnDayIsGivenApart() throws Exception {
        // 关于修改《中华人民共和国安全生产法》的决定："本决定自2021年9月1日起施行" — not in the amended text.
        LawText safety = law("社会法/安全生产法(2021-06-10).md");

        assertThat(safety.takingEffect(LocalDate.of(2021, 9, 1)).law().effectiveFrom()).isEqualTo(LocalDate.of(2021, 9, 1));
        assertThatThrownBy(() -> safety.takingEffect(LocalDate.of(2021, 6, 9))).hasMessageContaining("before it was adopted");
    }

    @Test
    void renumberedArticlesArePairedByTheirTextNotTheirNumber() throws Exception {
        LawText old = law("经济法/会计法(2017-11-04).md");
        LawText current = law("经济法/会计法(2024-06-28).md");
        List<Pair> pairs = ArticleCorrespondence.between(old.provisions(), current.provisions());

        // 2017 第四十二条 "违反本法规定，有下列行为之一的，由县级以上人民政府财政部门责令限期改正…" is 2024 第四十条; 2024
        // 第四十二条 "授意、指使、强令会计机构、会计人员及其他人员伪造、变造会计凭证…" was 2017 第四十五条.
        assertThat(counterpart(pairs, old, 42)).hasValueSatisfying(p -> assertThat(p.article()).isEqualTo(40));
        assertThat(counterpart(pairs, old, 45)).hasValueSatisfying(p -> assertThat(p.article()).isEqualTo(42));
        assertThat(current.provisions().stream().filter(p -> p.article() == 40).findFirst().orElseThrow().text())
                .startsWith("违反本法规定，有下列行为之一的，由县级以上人民政府财政部门责令限期改正");
        // An older article continues as one newer article at most (several may continue as one: see the merge below).
        assertThat(pairs).extracting(Pair::older).doesNotHaveDuplicates();
        assertThat(pairs).allSatisfy(p -> assertThat(p.similarity()).isGreaterThanOrEqualTo(ArticleCorrespondence.MIN_SIMILARITY));
    }

    @Test
    void articlesAnAmendmentMergedAllContinueAsTheMergedArticle() throws Exception {
        LawText old = law("经济法/会计法(2017-11-04).md");
        LawText current = law("经济法/会计法(2024-06-28).md");
        List<Pair> pairs = ArticleCorrespondence.between(old.provisions(), current.provisions());

        // 2017 第四十三条 "伪造、变造会计凭证、会计帐簿，编制虚假财务会计报告，构成犯罪的，依法追究刑事责任。" and 第四十四条 "隐匿或者
        // 故意销毁依法应当保存的会计凭证、会计帐簿、财务会计报告，构成犯罪的，依法追究刑事责任。" are both 2024 第四十一条 "伪造、变造会计
        // 凭证、会计账簿，编制虚假财务会计报告，隐匿或者故意销毁依法应当保存的会计凭证、会计账簿、财务会计报告的，由县级以上人民政府财政部门
        // 责令限期改正，给予警告、通报批评…".
        assertThat(paragraph(old, 43)).startsWith("伪造、变造会计凭证、会计帐簿，编制虚假财务会计报告，构成犯罪的");
        assertThat(paragraph(old, 44)).startsWith("隐匿或者故意销毁依法应当保存的会计凭证、会计帐簿、财务会计报告，构成犯罪的");
        assertThat(paragraph(current, 41)).startsWith("伪造、变造会计凭证、会计账簿，编制虚假财务会计报告，隐匿或者故意销毁依法应当保存的会计凭证、会计账簿、财务会计报告的");
        assertThat(counterpart(pairs, old, 43)).hasValueSatisfying(p -> assertThat(p.article()).isEqualTo(41));
        assertThat(counterpart(pairs, old, 44)).hasValueSatisfying(p -> assertThat(p.article()).isEqualTo(41));
        assertThat(counterpart(pairs, old, 42)).hasValueSatisfying(p -> assertThat(p.article()).isEqualTo(40));
        assertThat(pairs).allSatisfy(p -> assertThat(p.similarity()).isGreaterThanOrEqualTo(ArticleCorrespondence.MIN_SIMILARITY));
    }

    @Test
    void anAmendmentWithoutAStatedDayHasItsCommencementAssumed() throws Exception {
        // 会计法 2024: the history's last line is the 修正 of 2024-06-28; the decision's "本决定自2024年7月1日起施行" is not in the file.
        LawText accounting = law("经济法/会计法(2024-06-28).md");
        assertThat(accounting.law().effectiveFrom()).isEqualTo(LocalDate.of(2024, 6, 28));
        assertThat(accounting.law().commencementAssumed()).isTrue();
        assertThat(accounting.takingEffect(LocalDate.of(2024, 7, 1)).law().commencementAssumed()).isFalse();
        // 行政处罚法 2021 is a 修订 that says "本法自2021年7月15日起施行。"
        assertThat(law("行政法/行政处罚法(2021-01-22).md").law().commencementAssumed()).isFalse();
    }

    private static String paragraph(LawText text, int article) {
        return text.provisions().stream().filter(p -> p.article() == article).findFirst().orElseThrow().paragraphs().getFirst();
    }

    @Test
    void anArticleWithoutACounterpartStaysUnpaired() {
        Provision kept = article("甲法@2020-01-01", 1, "为了规范食品生产经营活动，保障公众身体健康，制定本法。");
        Provision dropped = article("甲法@2020-01-01", 2, "违反本条规定的，由县级以上人民政府卫生行政部门处二千元以下的罚款。");
        Provision keptNow = article("甲法@2024-01-01", 1, "为了规范食品生产经营活动，保障公众身体健康和生命安全，制定本法。");
        Provision added = article("甲法@2024-01-01", 2, "国家建立统一的信用信息平台，记录经营者的信用状况并向社会公开。");

        List<Pair> pairs = ArticleCorrespondence.between(List.of(kept, dropped), List.of(keptNow, added));

        assertThat(pairs).extracting(p -> p.older().article(), p -> p.newer().article()).containsExactly(org.assertj.core.groups.Tuple.tuple(1, 1));
    }

    private static Optional<Provision> counterpart(List<Pair> pairs, LawText old, int article) {
        return pairs.stream().filter(p -> p.older().lawId().equals(old.law().id()) && p.older().article() == article).map(Pair::newer).findFirst();
    }

    private static Provision article(String lawId, int number, String text) {
        return new Provision(Provision.id(lawId, number, 0), lawId, number, 0, "第" + number + "条", null, null, List.of(text));
    }
}
