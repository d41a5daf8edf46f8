package dev.onecheck.domain.law;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Which laws a text repeals (同时废止), on the commencement articles of the law collection. */
class LawRepealsTest {

    private final LawMarkdownParser parser = new LawMarkdownParser();

    private LawText law(String path, String title, String lastArticle) throws LawFormatException {
        return parser.parse(path, """
                # %s

                2021年12月24日 第十三届全国人民代表大会常务委员会第三十二次会议通过

                <!-- INFO END -->

                第一条 为了防治噪声污染，制定本法。

                %s
                """.formatted(title, lastArticle));
    }

    @Test
    void aNewLawEndsTheOneItReplacesUnderAnotherTitle() throws Exception {
        LawText noise = law("行政法/噪声污染防治法(2021-12-24).md", "中华人民共和国噪声污染防治法",
                "第九十条 本法自2022年6月5日起施行。《中华人民共和国环境噪声污染防治法》同时废止。");

        assertThat(LawRepeals.of(noise)).containsExactly("环境噪声污染防治法");
    }

    @Test
    void everyTitleOfAListIsRepealed() throws Exception {
        LawText registration = law("行政法规/市场主体登记管理条例(2021-07-27).md", "中华人民共和国市场主体登记管理条例",
                "第五十五条 本条例自2022年3月1日起施行。《中华人民共和国公司登记管理条例》、《中华人民共和国企业法人登记管理条例》、"
                        + "《中华人民共和国合伙企业登记管理办法》、《农民专业合作社登记管理条例》、《企业法人法定代表人登记管理规定》同时废止。");
        LawText coalMines = law("行政法规/煤矿安全生产条例(2024-01-24).md", "煤矿安全生产条例",
                "第七十六条 本条例自2024年5月1日起施行。《煤矿安全监察条例》和《国务院关于预防煤矿生产安全事故的特别规定》同时废止。");

        assertThat(LawRepeals.of(registration)).containsExactly("公司登记管理条例", "企业法人登记管理条例", "合伙企业登记管理办法",
                "农民专业合作社登记管理条例", "企业法人法定代表人登记管理规定");
        assertThat(LawRepeals.of(coalMines)).containsExactly("煤矿安全监察条例", "国务院关于预防煤矿生产安全事故的特别规定");
    }

    @Test
    void repealingPartOfALawIsNoRepealOfTheLaw() throws Exception {
        LawText antiDumping = law("行政法规/反倾销条例(2004-03-31).md", "中华人民共和国反倾销条例",
                "第五十九条 本条例自2002年1月1日起施行。1997年3月25日国务院发布的《中华人民共和国反倾销和反补贴条例》中关于反倾销的规定同时废止。");
        // Whether the part repealed is the second title's only or both is not said: the sentence repeals no law.
        LawText chiefAccountants = law("行政法规/总会计师条例(2011-01-08).md", "总会计师条例",
                "第二十三条 本条例自发布之日起施行。1963年10月18日国务院批转国家经济委员会、财政部《关于国营工业、交通企业设置总会计师的几项规定(草案)》、"
                        + "1978年9月12日国务院发布的《会计人员职权条例》中有关总会计师的规定同时废止。");

        assertThat(LawRepeals.of(antiDumping)).isEmpty();
        assertThat(LawRepeals.of(chiefAccountants)).isEmpty();
    }

    @Test
    void aTextRepealingItsOwnEarlierVersionRepealsNoOtherLaw() throws Exception {
        LawText venues = law("行政法规/娱乐场所管理条例(2020-11-29).md", "娱乐场所管理条例",
                "第五十八条 本条例自2006年3月1日起施行。1999年3月26日国务院发布的《娱乐场所管理条例》同时废止。");
        LawText noRepeal = law("行政法/行政处罚法(2021-01-22).md", "中华人民共和国行政处罚法", "第八十六条 本法自2021年7月15日起施行。");

        assertThat(LawRepeals.of(venues)).isEmpty();
        assertThat(LawRepeals.of(noRepeal)).isEmpty();
    }

    @Test
    void theRulesImplementingALawAreNamedAfterIt() {
        // 出境入境管理法 第九十三条 repeals 公民出境入境管理法; its rules: 公民出境入境管理法实施细则 (国务院批准, 1994 修订).
        assertThat(LawRepeals.implementing("公民出境入境管理法")).contains("公民出境入境管理法实施细则");
        assertThat(LawRepeals.implemented("公民出境入境管理法实施细则")).contains("公民出境入境管理法");
        assertThat(LawRepeals.implemented("中外合资经营企业法实施条例")).contains("中外合资经营企业法");
        assertThat(LawRepeals.implemented("出境入境管理条例")).isEmpty();
        assertThat(LawRepeals.implemented("实施细则")).isEmpty();
    }
}
