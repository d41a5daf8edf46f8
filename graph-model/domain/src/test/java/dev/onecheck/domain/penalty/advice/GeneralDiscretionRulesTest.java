package dev.onecheck.domain.penalty.advice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import dev.onecheck.domain.penalty.DiscretionStandard;
import dev.onecheck.domain.penalty.Tier;
import dev.onecheck.domain.penalty.TierCondition;
import dev.onecheck.domain.penalty.TierLevel;
import dev.onecheck.domain.penalty.advice.GeneralDiscretionRules.Band;
import dev.onecheck.domain.penalty.advice.GeneralDiscretionRules.Split;
import org.junit.jupiter.api.Test;

/** {@link GeneralDiscretionRules}: the default split (loaders/sample-data/discretion-rules.json) on real penalty articles. */
class GeneralDiscretionRulesTest {

    /** As loaders/sample-data/discretion-rules.json ships it. */
    static final GeneralDiscretionRules DEFAULT = new GeneralDiscretionRules("GENERAL", "通用行政处罚裁量规则（本项目默认规则，待省、市规则替换）", "1",
            LocalDate.of(2021, 7, 15), "行政处罚法 第三十二条、第三十三条", new Split(band("0", "0.3"), band("0.3", "0.7"), band("0.7", "1")),
            new Split(band("0", "0.4"), band("0.4", "0.6"), band("0.6", "1")), band("0.5", "1"), true);

    private static Band band(String from, String to) {
        return new Band(new BigDecimal(from), new BigDecimal(to));
    }

    @Test
    void aRangeWithAMinimumGetsFourTiersUnderTheConditionOfItsFine() {
        // 种子法 第八十四条 (2021-12-24).
        String text = "违反本法第四十四条规定，未根据林业草原主管部门制定的计划使用林木良种的，由同级人民政府林业草原主管部门责令限期改正；"
                + "逾期未改正的，处三千元以上三万元以下罚款。";

        DiscretionStandard standard = DEFAULT.standardFor(text, List.of("责令限期改正"));

        assertThat(standard.code()).isEqualTo("GENERAL/GENERAL@1");
        assertThat(GeneralDiscretionRules.isGeneral(standard.code())).isTrue();
        assertThat(standard.tiers()).extracting(Tier::level, Tier::condition, t -> t.fine() == null ? null : t.fine().min().toPlainString(),
                t -> t.fine() == null ? null : t.fine().max().toPlainString()).containsExactly(
                tuple(TierLevel.NO_PENALTY, null, null, null),
                tuple(TierLevel.MITIGATED, TierCondition.REFUSED_CORRECTION, "1500", "2999.99"),
                tuple(TierLevel.LIGHTER, TierCondition.REFUSED_CORRECTION, "3000", "11100"),
                tuple(TierLevel.ORDINARY, TierCondition.REFUSED_CORRECTION, "11100", "21900"),
                tuple(TierLevel.HEAVIER, TierCondition.REFUSED_CORRECTION, "21900", "30000"));
        assertThat(standard.tiers().get(0).circumstances()).contains("初次违法且危害后果轻微并及时改正的");
        assertThat(standard.tiers().get(3).measures()).containsExactly("责令限期改正");
    }

    @Test
    void refusedOrSeriousOpensTheFineOnEitherFact() {
        // 妇女权益保障法 第八十三条 (2022-10-30): "用人单位违反本法第四十三条和第四十八条规定的，由人力资源和社会保障部门责令改正；
        // 拒不改正或者情节严重的，处一万元以上五万元以下罚款。" — 情节严重 alone is enough, it is no 只责令改正 case.
        String text = "用人单位违反本法第四十三条和第四十八条规定的，由人力资源和社会保障部门责令改正；拒不改正或者情节严重的，处一万元以上五万元以下罚款。";

        DiscretionStandard standard = DEFAULT.standardFor(text, List.of("责令改正"));

        assertThat(standard.tiers()).filteredOn(t -> t.fine() != null).extracting(Tier::condition).containsOnly(TierCondition.REFUSED_OR_SERIOUS);
    }

    @Test
    void aMaximumOnlyIsSplitFortySixtyAndAThresholdTravelsWithItsFine() {
        // 港口法 第四十六条 (2018-12-29), the paragraph's fine.
        DiscretionStandard port = DEFAULT.standardFor("违反本法规定，有下列行为之一的，由县级以上地方人民政府或者港口行政管理部门责令限期改正；"
                + "逾期不改正的，由作出限期改正决定的机关申请人民法院强制拆除违法建设的设施；可以处五万元以下罚款：", List.of());
        assertThat(port.tiers()).filteredOn(t -> t.fine() != null).extracting(Tier::level, t -> t.fine().min().toPlainString(), t -> t.fine().max().toPlainString())
                .containsExactly(tuple(TierLevel.LIGHTER, "0", "20000"), tuple(TierLevel.ORDINARY, "20000", "30000"), tuple(TierLevel.HEAVIER, "30000", "50000"));

        // 食品安全法 第一百二十二条第一款 (2021-04-29): 不足一万元的 a fixed range, 一万元以上的 a multiple.
        DiscretionStandard food = DEFAULT.standardFor("违反本法规定，未取得食品生产经营许可从事食品生产经营活动，或者未取得食品添加剂生产许可从事食品添加剂生产活动的，"
                + "由县级以上人民政府食品安全监督管理部门没收违法所得和违法生产经营的食品、食品添加剂以及用于违法生产经营的工具、设备、原料等物品；"
                + "违法生产经营的食品、食品添加剂货值金额不足一万元的，并处五万元以上十万元以下罚款；货值金额一万元以上的，并处货值金额十倍以上二十倍以下罚款。",
                List.of());
        assertThat(food.tiers()).filteredOn(t -> t.level() == TierLevel.ORDINARY)
                .extracting(t -> t.when().basis(), t -> t.fine().kind().name(), t -> t.fine().min().toPlainString(), t -> t.fine().max().toPlainString())
                .containsExactly(tuple("货值金额", "FIXED", "65000", "85000"), tuple("货值金额", "MULTIPLE", "13", "17"));
    }

    @Test
    void anUnreadableFineGivesOneTierToFineAsTheTextSaysAndARuleSetNeedsItsVersion() {
        // 海商法 第五条第二款 (1992-11-07).
        DiscretionStandard flag = DEFAULT.standardFor("船舶非法悬挂中华人民共和国国旗航行的，由有关机关予以制止，处以罚款。", List.of());
        assertThat(flag.tiers()).extracting(Tier::level).containsExactly(TierLevel.NO_PENALTY, TierLevel.ORDINARY);
        assertThat(flag.tiers().get(1).fine()).isNull();

        assertThatThrownBy(() -> new GeneralDiscretionRules("X", "规则", "", LocalDate.now(), "", DEFAULT.range(), DEFAULT.maximumOnly(),
                DEFAULT.mitigated(), false))
                .hasMessageContaining("version");
        assertThatThrownBy(() -> band("0.5", "0.2")).hasMessageContaining("0 ≤ from ≤ to ≤ 1");
    }

    @Test
    void theBandsAreContiguousFromTheMinimumAndMitigationStaysAboveNothing() {
        // 行政处罚法 第三十二条 "应当从轻或者减轻行政处罚": 从轻 is within the statutory range, 减轻 below its minimum — but a fine
        // reduced to 0 yuan is no fine, which only 第三十三条 ("不予行政处罚") allows.
        assertThatThrownBy(() -> new Split(band("0", "0.2"), band("0.4", "0.6"), band("0.6", "1")))
                .hasMessageContaining("contiguous from 0 to 1");
        assertThatThrownBy(() -> new Split(band("0.1", "0.3"), band("0.3", "0.7"), band("0.7", "1"))).hasMessageContaining("contiguous");
        assertThatThrownBy(() -> new GeneralDiscretionRules("X", "规则", "1", LocalDate.now(), "", DEFAULT.range(), DEFAULT.maximumOnly(),
                band("0", "1"), false)).hasMessageContaining("a fine reduced to 0 yuan is no fine");

        // 城镇排水与污水处理条例 第五十七条第一款: "…处2万元以上5万元以下罚款…" — 从轻 from 20000, 减轻 10000–19999.99.
        DiscretionStandard drains = DEFAULT.standardFor("违反本条例规定，有关单位未与施工单位、设施维护运营单位等共同制定设施保护方案，并采取相应的安全防护措施的，"
                + "由城镇排水主管部门责令改正，处2万元以上5万元以下罚款；造成严重后果的，处5万元以上10万元以下罚款；造成损失的，依法承担赔偿责任；"
                + "构成犯罪的，依法追究刑事责任。");
        assertThat(drains.tiers()).filteredOn(t -> t.condition() == null && t.fine() != null)
                .extracting(Tier::level, t -> t.fine().min().toPlainString(), t -> t.fine().max().toPlainString()).containsExactly(
                        tuple(TierLevel.MITIGATED, "10000", "19999.99"), tuple(TierLevel.LIGHTER, "20000", "29000"),
                        tuple(TierLevel.ORDINARY, "29000", "41000"), tuple(TierLevel.HEAVIER, "41000", "50000"));
        // "造成严重后果的，处5万元以上10万元以下罚款": no fact states it — tiers for the officer to judge, never dropped.
        assertThat(drains.tiers()).filteredOn(t -> t.condition() == TierCondition.OFFICER_JUDGEMENT)
                .extracting(Tier::level, t -> t.fine().min().toPlainString(), t -> t.fine().max().toPlainString()).containsExactly(
                        tuple(TierLevel.MITIGATED, "25000", "49999.99"), tuple(TierLevel.LIGHTER, "50000", "65000"),
                        tuple(TierLevel.ORDINARY, "65000", "85000"), tuple(TierLevel.HEAVIER, "85000", "100000"));
        assertThat(drains.tiers()).filteredOn(t -> t.condition() == TierCondition.OFFICER_JUDGEMENT)
                .allSatisfy(t -> assertThat(t.circumstances()).startsWith("造成严重后果的："));
    }

    @Test
    void aPartyOnlyOrderedWhileItsPersonsArePunishedIsToldSo() throws Exception {
        // 认证认可条例 第六十八条: "认可机构有下列情形之一的，责令改正；对主要负责人和负有责任的人员给予警告：" — no penalty on the 认可机构.
        String text = java.nio.file.Files.readAllLines(java.nio.file.Path.of("/work/shared/data/laws/行政法规/认证认可条例(2023-07-20).md")).stream()
                .filter(l -> l.startsWith("第六十八条 ")).findFirst().orElseThrow().substring("第六十八条 ".length());

        assertThat(DEFAULT.standardFor(text).tiers()).filteredOn(t -> t.level() == TierLevel.ORDINARY).singleElement().satisfies(t -> {
            assertThat(t.circumstances()).startsWith("条文对当事人未规定行政处罚，依条文给予责令改正；处罚的对象是条文所指的人员");
            assertThat(t.measures()).containsExactly("责令改正");
        });
    }
}
