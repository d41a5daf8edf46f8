package dev.onecheck.search.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import dev.onecheck.store.outbox.IndexSource.ProvisionSource;
import org.junit.jupiter.api.Test;

/** Article texts quoted from /work/shared/data/laws (消防法 2021-04-29, 禁止使用童工规定, 行政处罚法 2021-01-22 …). */
class PenaltyArticlesTest {

    private static ProvisionSource article(String law, int number, String chapter, String text) {
        String lawId = law + "@2021-04-29";
        return new ProvisionSource(lawId + "/" + number, lawId, law, law, "法律", "现行有效", LocalDate.of(2021, 4, 29), null, chapter,
                number, "第" + number + "条", text, List.of(), List.of());
    }

    @Test
    void aPenaltyArticleNamesTheArticlesOfItsLawItSaysAreViolated() {
        List<ProvisionSource> law = List.of(
                article("消防法", 16, "第二章 火灾预防", "机关、团体、企业、事业等单位应当履行下列消防安全职责："),
                article("消防法", 17, "第二章 火灾预防", "县级以上地方人民政府消防救援机构应当将发生火灾可能性较大以及发生火灾可能造成重大的人身伤亡或者财产损失的单位，确定为本行政区域内的消防安全重点单位"),
                article("消防法", 18, "第二章 火灾预防", "同一建筑物由两个以上单位管理或者使用的，应当明确各方的消防安全责任"),
                article("消防法", 21, "第二章 火灾预防", "禁止在具有火灾、爆炸危险的场所吸烟、使用明火。"),
                article("消防法", 67, "第六章 法律责任", "机关、团体、企业、事业等单位违反本法第十六条、第十七条、第十八条、第二十一条第二款规定的，"
                        + "责令限期改正；逾期不改正的，对其直接负责的主管人员和其他直接责任人员依法给予处分或者给予警告处罚。"));

        Map<String, PenaltyArticles.Reading> read = PenaltyArticles.read(law);

        assertThat(read.get("消防法@2021-04-29/67")).isEqualTo(new PenaltyArticles.Reading(true, false,
                List.of("消防法@2021-04-29/16", "消防法@2021-04-29/17", "消防法@2021-04-29/18", "消防法@2021-04-29/21")));
        assertThat(read.get("消防法@2021-04-29/21").setsPenalty()).isFalse();
    }

    @Test
    void aDutyNamedWithAnotherVerbCountsAndAnArticleOutsideTheVersionIsLeftOut() {
        List<ProvisionSource> law = List.of(
                article("禁止使用童工规定", 4, null, "用人单位招用人员时，必须核查被招用人员的身份证；对不满16周岁的未成年人，一律不得录用。"),
                article("禁止使用童工规定", 8, null, "用人单位未按照本规定第四条的规定保存录用登记材料，或者伪造录用登记材料的，由劳动保障行政部门处1万元的罚款。"),
                article("禁止使用童工规定", 9, null, "无营业执照、被依法吊销营业执照的单位以及未依法登记、备案的单位使用童工或者介绍童工就业的，"
                        + "依照本规定第六条、第七条、第八条规定的标准加一倍罚款，该非法单位由有关的行政部门依法予以取缔。"));

        Map<String, PenaltyArticles.Reading> read = PenaltyArticles.read(law);

        assertThat(read.get("禁止使用童工规定@2021-04-29/8").violatedIds()).containsExactly("禁止使用童工规定@2021-04-29/4");
        // 依照本规定第六条 … 的标准 says how much, not what duty was broken.
        assertThat(read.get("禁止使用童工规定@2021-04-29/9").violatedIds()).isEmpty();
    }

    @Test
    void namingAPenaltyIsNotSettingOne() {
        List<ProvisionSource> law = List.of(article("互联网上网服务营业场所管理条例", 37, "第四章 罚则",
                "依照本条例的规定实施罚款的行政处罚，应当依照有关法律、行政法规的规定，实行罚款决定与罚款收缴分离；收缴的罚款和违法所得必须全部上缴国库。"));

        assertThat(PenaltyArticles.read(law).values()).extracting(PenaltyArticles.Reading::setsPenalty).containsExactly(false);
    }

    @Test
    void theChapterOnApplyingPenaltiesHoldsTheGeneralRules() {
        List<ProvisionSource> law = List.of(
                article("行政处罚法", 33, "第四章 行政处罚的管辖和适用", "违法行为轻微并及时改正，没有造成危害后果的，不予行政处罚。"),
                article("行政处罚法", 36, "第四章 行政处罚的管辖和适用", "违法行为在二年内未被发现的，不再给予行政处罚；"),
                article("行政处罚法", 9, "第二章 行政处罚的种类和设定", "行政处罚的种类：（一）警告、通报批评；"));

        Map<String, PenaltyArticles.Reading> read = PenaltyArticles.read(law);

        assertThat(read.get("行政处罚法@2021-04-29/33")).isEqualTo(new PenaltyArticles.Reading(false, true, List.of()));
        assertThat(read.get("行政处罚法@2021-04-29/36").generalRule()).isTrue();
        assertThat(read.get("行政处罚法@2021-04-29/9").generalRule()).isFalse();
    }

    @Test
    void theConductOfAPenaltyArticleIsItsBehavioursWithoutTheSanctions() {
        // 特种设备安全法 第八十三条 (2013-06-29), first two items.
        String article83 = "违反本法规定，特种设备使用单位有下列行为之一的，责令限期改正；逾期未改正的，责令停止使用有关特种设备，处一万元以上十万元以下罚款:\n"
                + "（一）使用特种设备未按照规定办理使用登记的；\n"
                + "（二）未建立特种设备安全技术档案或者安全技术档案不符合规定要求，或者未依法设置使用登记标志、定期检验标志的；";

        assertThat(PenaltyArticles.conduct(article83)).startsWith("特种设备使用单位有下列行为之一的；")
                .contains("使用特种设备未按照规定办理使用登记的", "未建立特种设备安全技术档案")
                .doesNotContain("违反本法规定", "罚款", "责令");
        assertThat(PenaltyArticles.conduct("用人单位未按照本规定第四条的规定保存录用登记材料，或者伪造录用登记材料的，由劳动保障行政部门处1万元的罚款。"))
                .isEqualTo("用人单位未按照本规定第四条的规定保存录用登记材料，或者伪造录用登记材料的");
    }
    @Test
    void theActorOfAListIsWhoCommitsItsBehaviours() {
        // 特种设备安全法 第八十四条 (2013-06-29) and 互联网上网服务营业场所管理条例 第三十一条 (2022-03-29), opening lines.
        assertThat(PenaltyArticles.actor("违反本法规定，特种设备使用单位有下列行为之一的，责令停止使用有关特种设备，处三万元以上三十万元以下罚款:"))
                .contains("特种设备使用单位");
        assertThat(PenaltyArticles.actor("互联网上网服务营业场所经营单位违反本条例的规定，有下列行为之一的，由文化行政部门给予警告，"
                + "可以并处15000元以下的罚款；情节严重的，责令停业整顿，直至吊销《网络文化经营许可证》：")).contains("互联网上网服务营业场所经营单位");
        // No list, or a list whose paragraph names nobody.
        assertThat(PenaltyArticles.actor("用人单位未按照本规定第四条的规定保存录用登记材料，或者伪造录用登记材料的，由劳动保障行政部门处1万元的罚款。")).isEmpty();
        assertThat(PenaltyArticles.actor("违反本法规定，有下列行为之一的，由县级以上人民政府卫生健康主管部门责令改正，给予警告：")).isEmpty();
    }
}
