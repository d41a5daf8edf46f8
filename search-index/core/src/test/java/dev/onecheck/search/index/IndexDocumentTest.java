package dev.onecheck.search.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import dev.onecheck.store.outbox.IndexSource.CaseSource;
import dev.onecheck.store.outbox.IndexSource.CitedProvision;
import dev.onecheck.store.outbox.IndexSource.ProvisionSource;
import dev.onecheck.store.outbox.IndexSource.StandardSource;
import dev.onecheck.store.outbox.IndexSource.TierSource;
import org.junit.jupiter.api.Test;

class IndexDocumentTest {

    private static final CitedProvision ART_35 = new CitedProvision("食品安全法@2021-04-29/35", "中华人民共和国食品安全法", "食品安全法",
            "第三十五条", "法律", "现行有效", LocalDate.of(2021, 4, 29), null, "国家对食品生产经营实行许可制度。");
    private static final CitedProvision ART_122 = new CitedProvision("食品安全法@2021-04-29/122", "中华人民共和国食品安全法", "食品安全法",
            "第一百二十二条", "法律", "现行有效", LocalDate.of(2021, 4, 29), null, "未取得食品生产经营许可……");

    private static final PenaltyArticles.Reading NOT_PENALTY = new PenaltyArticles.Reading(false, false, List.of());

    @Test
    void anArticleCarriesItsLawVersionAndRange() {
        IndexDocument doc = IndexDocument.of(new ProvisionSource("食品安全法@2015-04-24/122", "食品安全法@2015-04-24", "中华人民共和国食品安全法",
                "食品安全法", "法律", "已修订", LocalDate.of(2015, 10, 1), LocalDate.of(2021, 4, 28), "第九章 法律责任", 122, "第一百二十二条",
                "x".repeat(1000), List.of("JH-SCJG"), List.of("食品安全")), NOT_PENALTY, List.of());

        assertThat(doc.kind()).isEqualTo(SearchKind.PROVISION);
        assertThat(doc.fields()).containsEntry("status", "已修订").containsEntry("effectiveTo", "2021-04-28")
                .containsEntry("departments", List.of("JH-SCJG")).containsEntry("provisionIds", List.of("食品安全法@2015-04-24/122"));
        assertThat(doc.embeddingText()).startsWith("食品安全法第一百二十二条：").hasSize(IndexDocument.MAX_EMBEDDED_CHARS);
        assertThat(doc.embedded()).isFalse();
    }

    @Test
    void aPenaltyArticleInForceCarriesTheDutyItNamesAndGetsAVector() {
        ProvisionSource duty = article(4, "第四条", "用人单位招用人员时，必须核查被招用人员的身份证；对不满16周岁的未成年人，一律不得录用。用人单位录用人员的录用登记、核查材料应当妥善保管。");
        ProvisionSource penalty = article(8, "第八条", "用人单位未按照本规定第四条的规定保存录用登记材料，或者伪造录用登记材料的，由劳动保障行政部门处1万元的罚款。");

        IndexDocument doc = IndexDocument.of(penalty, new PenaltyArticles.Reading(true, false, List.of(duty.id())), List.of(duty));

        assertThat(doc.embedded()).isTrue();
        assertThat(doc.fields()).containsEntry("penalty", true).containsEntry("violatedProvisionIds", List.of(duty.id()))
                .containsEntry("violatedText", List.of("第四条 " + duty.text()));
        assertThat(doc.embeddingText()).startsWith("禁止使用童工规定第八条：").contains("（违反：用人单位招用人员时");
    }

    static ProvisionSource article(int number, String label, String text) {
        return new ProvisionSource("禁止使用童工规定@2002-10-01/" + number, "禁止使用童工规定@2002-10-01", "禁止使用童工规定", "禁止使用童工规定",
                "行政法规", "现行有效", LocalDate.of(2002, 12, 1), null, null, number, label, text, List.of(), List.of());
    }

    @Test
    void aStandardIsFilteredByItsPenaltyArticleAndSuggestsItsNames() {
        IndexDocument doc = IndexDocument.of(new StandardSource("SP-001", "未取得食品经营许可从事食品经营活动", List.of("饭馆没办证就营业"),
                "食品安全", "JH-SCJG", "SP-001-JH2024", "裁量基准", "CURATED", null, null, List.of(ART_35), List.of(ART_122),
                List.of(new TierSource("一般", "货值金额不足一万元", List.of("没收违法所得")))));

        assertThat(doc.id()).isEqualTo("SP-001");
        assertThat(doc.fields()).containsEntry("level", "法律").containsEntry("status", "现行有效")
                .containsEntry("provisionIds", List.of(ART_35.id(), ART_122.id()))
                .containsEntry("suggest", Map.of("input", List.of("未取得食品经营许可从事食品经营活动", "饭馆没办证就营业")));
        assertThat(doc.fields().get("penaltyText")).isEqualTo(List.of("《中华人民共和国食品安全法》第一百二十二条 未取得食品生产经营许可……"));
        assertThat(doc.fields()).doesNotContainKey("effectiveTo");
    }

    @Test
    void aDerivedViolationIsEmbeddedWithItsLawActorAndDutyACuratedOneWithItsNames() {
        // 特种设备安全法 第八十四条第一项 and the duty of 第四十条 (2013-06-29).
        CitedProvision article84 = new CitedProvision("特种设备安全法@2013-06-29/84", "中华人民共和国特种设备安全法", "特种设备安全法", "第八十四条",
                "法律", "现行有效", LocalDate.of(2014, 1, 1), null, "违反本法规定，特种设备使用单位有下列行为之一的，……");
        CitedProvision article40 = new CitedProvision("特种设备安全法@2013-06-29/40", "中华人民共和国特种设备安全法", "特种设备安全法", "第四十条",
                "法律", "现行有效", LocalDate.of(2014, 1, 1), null, "特种设备使用单位应当按照安全技术规范的要求，在检验合格有效期届满前一个月向特种设备检验机构提出定期检验要求。");
        String name = "使用未取得许可生产，未经检验或者检验不合格的特种设备，或者国家明令淘汰、已经报废的特种设备";
        IndexDocument derived = IndexDocument.of(new StandardSource("DV-特种设备安全法-84-1-1", name, List.of(), null, null, null, null, "DERIVED",
                "负责特种设备安全监督管理的部门", "违反本法规定，特种设备使用单位有下列行为之一的，责令停止使用有关特种设备，处三万元以上三十万元以下罚款:",
                List.of(article40), List.of(article84), List.of()));

        assertThat(derived.embeddingText()).isEqualTo("特种设备安全法：特种设备使用单位：" + name + "（违反：" + article40.text() + "）");
        assertThat(derived.fields()).containsEntry("name", name);

        IndexDocument curated = IndexDocument.of(new StandardSource("SP-001", "未取得食品经营许可从事食品经营活动", List.of("饭馆没办证就营业"),
                "食品安全", "JH-SCJG", "SP-001-JH2024", "裁量基准", "CURATED", null, null, List.of(ART_35), List.of(ART_122), List.of()));
        assertThat(curated.embeddingText()).isEqualTo("未取得食品经营许可从事食品经营活动；饭馆没办证就营业");
    }

    @Test
    void aCaseKeepsItsPublicationFlag() {
        IndexDocument doc = IndexDocument.of(new CaseSource("C-1", "某餐馆无证经营案", LocalDate.of(2024, 5, 10), "JH-SCJG", "SP-001",
                "未取得食品经营许可从事食品经营活动", "食品安全", "一般", "事实", "罚款五万元", false, List.of(ART_122)));

        assertThat(doc.fields()).containsEntry("published", false).containsEntry("decisionDate", "2024-05-10")
                .containsEntry("provisionIds", List.of(ART_122.id()));
        assertThat(doc.withVector(new float[] {1f})).containsKey("vector");
    }
}
