package dev.onecheck.domain.law;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;

class LawMarkdownParserTest {

    private final LawMarkdownParser parser = new LawMarkdownParser();

    private static String resource(String path) throws IOException {
        try (InputStream in = LawMarkdownParserTest.class.getResourceAsStream("/laws/" + path)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void readsTheAdministrativePenaltyLaw() throws Exception {
        String path = "行政法/行政处罚法(2021-01-22).md";
        LawText text = parser.parse(path, resource(path));

        Law law = text.law();
        assertThat(law.id()).isEqualTo("行政处罚法@2021-01-22");
        assertThat(law.title()).isEqualTo("中华人民共和国行政处罚法");
        assertThat(law.level()).isEqualTo(LawLevel.LAW);
        assertThat(law.effectiveFrom()).isEqualTo(LocalDate.of(2021, 7, 15));
        assertThat(law.history()).hasSize(4).first().asString().startsWith("1996年3月17日");
        assertThat(text.provisions()).hasSize(86);

        Provision art33 = text.provisions().get(32);
        assertThat(art33.id()).isEqualTo("行政处罚法@2021-01-22/33");
        assertThat(art33.label()).isEqualTo("第三十三条");
        assertThat(art33.chapter()).isEqualTo("第四章 行政处罚的管辖和适用");
        assertThat(art33.paragraphs()).hasSize(3);
        assertThat(art33.paragraphs().getFirst())
                .isEqualTo("违法行为轻微并及时改正，没有造成危害后果的，不予行政处罚。初次违法且危害后果轻微并及时改正的，可以不予行政处罚。");
        assertThat(art33.text()).contains("当事人有证据足以证明没有主观过错的，不予行政处罚。");
    }

    @Test
    void keepsItemsInsideTheirParagraph() throws Exception {
        String path = "行政法/行政处罚法(2021-01-22).md";
        Provision art9 = parser.parse(path, resource(path)).provisions().get(8);

        assertThat(art9.paragraphs()).hasSize(1);
        assertThat(art9.paragraphs().getFirst()).startsWith("行政处罚的种类：\n（一）警告、通报批评；").contains("\n（六）");
    }

    @Test
    void readsArticleSuffixesSectionsAndDatesFromHistory() throws Exception {
        LawText text = parser.parse("刑法/刑法.md", """
                # 中华人民共和国刑法

                1979年7月1日 第五届全国人民代表大会第二次会议通过

                2020年12月26日 第十三届全国人民代表大会常务委员会第二十四次会议通过的《中华人民共和国刑法修正案（十一）》

                <!-- INFO END -->

                ## 第一编 总则

                ### 第一节 犯罪和刑事责任

                第十七条 已满十六周岁的人犯罪，应当负刑事责任。

                第十七条之一 已满七十五周岁的人故意犯罪的，可以从轻或者减轻处罚。
                """);

        assertThat(text.law().versionDate()).isEqualTo(LocalDate.of(2020, 12, 26));
        assertThat(text.law().effectiveFrom()).isEqualTo(LocalDate.of(2020, 12, 26));
        assertThat(text.provisions()).extracting(Provision::id)
                .containsExactly("刑法@2020-12-26/17", "刑法@2020-12-26/17-1");
        assertThat(text.provisions().get(1).label()).isEqualTo("第十七条之一");
        assertThat(text.provisions().get(1).section()).isEqualTo("第一节 犯罪和刑事责任");
    }

    @Test
    void aDocumentWithoutArticlesIsKeptWhole() throws Exception {
        LawText text = parser.parse("行政法规/某规定(1973-05-30).md", """
                # 某规定
                <!-- INFO END -->
                (一) 保护海底电缆是加强海防建设的重要措施。

                (二) 舰艇锚泊要避开禁区。
                """);

        assertThat(text.provisions()).singleElement().satisfies(p -> {
            assertThat(p.id()).isEqualTo("某规定@1973-05-30/0");
            assertThat(p.label()).isEqualTo("全文");
            assertThat(p.text()).isEqualTo("(一) 保护海底电缆是加强海防建设的重要措施。\n(二) 舰艇锚泊要避开禁区。");
        });
    }

    @Test
    void levelComesFromTheCategoryFolder() throws Exception {
        String minimal = "# 某办法\n<!-- INFO END -->\n第一条 为了规范。\n";

        assertThat(parser.parse("部门规章/市场监督管理总局/某办法(2020-01-01).md", minimal).law().level())
                .isEqualTo(LawLevel.DEPARTMENTAL_RULE);
        assertThat(parser.parse("行政法规/某条例(2020-01-01).md", minimal).law().level())
                .isEqualTo(LawLevel.ADMINISTRATIVE_REGULATION);
        assertThat(parser.parse("其他/某攻略(2020-01-01).md", minimal).law().level()).isEqualTo(LawLevel.OTHER);
    }

    @Test
    void badFilesNameTheFileLineAndReason() {
        assertThatThrownBy(() -> parser.parse("行政法/甲法(2020-01-01).md", "甲法\n<!-- INFO END -->\n"))
                .isInstanceOf(LawFormatException.class)
                .hasMessage("行政法/甲法(2020-01-01).md:1: expected the title line '# <标题>'");
        assertThatThrownBy(() -> parser.parse("行政法/甲法(2020-01-01).md", "# 甲法\n第一条 无\n"))
                .hasMessageContaining("missing '<!-- INFO END -->'");
        assertThatThrownBy(() -> parser.parse("行政法/甲法.md", "# 甲法\n<!-- INFO END -->\n第一条 无\n"))
                .hasMessageContaining("no version date");
        assertThatThrownBy(() -> parser.parse("行政法/甲法(2020-02-30).md", "# 甲法\n<!-- INFO END -->\n"))
                .hasMessageContaining("invalid date 2020-02-30");
        assertThatThrownBy(() -> parser.parse("甲法(2020-01-01).md", "# 甲法\n<!-- INFO END -->\n"))
                .hasMessageContaining("expected <category>/<name>.md");
        assertThatThrownBy(() -> parser.parse("行政法/甲法(2020-01-01).md",
                "# 甲法\n<!-- INFO END -->\n第一条 甲。\n\n第二条 乙。\n\n第一条 丙。\n"))
                .isInstanceOf(LawFormatException.class)
                .hasMessage("行政法/甲法(2020-01-01).md:7: article 第一条 appears twice");
    }
}
