package dev.onecheck.domain.penalty.advice;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;

import dev.onecheck.domain.penalty.Fine;
import dev.onecheck.domain.penalty.Threshold;
import org.junit.jupiter.api.Test;

/** The fines of real penalty articles, read from their texts (LawRefBook snapshot in shared/data/laws). */
class StatutoryFinesTest {

    static final String FOOD_122 = "违反本法规定，未取得食品生产经营许可从事食品生产经营活动，或者未取得食品添加剂生产许可从事食品添加剂生产活动的，"
            + "由县级以上人民政府食品安全监督管理部门没收违法所得和违法生产经营的食品、食品添加剂以及用于违法生产经营的工具、设备、原料等物品；"
            + "违法生产经营的食品、食品添加剂货值金额不足一万元的，并处五万元以上十万元以下罚款；货值金额一万元以上的，并处货值金额十倍以上二十倍以下罚款。";
    static final String FOOD_126 = "违反本法规定，有下列情形之一的，由县级以上人民政府食品安全监督管理部门责令改正，给予警告；拒不改正的，"
            + "处五千元以上五万元以下罚款；情节严重的，责令停产停业，直至吊销许可证：";
    static final String ADS_55 = "违反本法规定，发布虚假广告的，由市场监督管理部门责令停止发布广告，责令广告主在相应范围内消除影响，处广告费用三倍以上五倍以下的罚款，"
            + "广告费用无法计算或者明显偏低的，处二十万元以上一百万元以下的罚款；两年内有三次以上违法行为或者有其他严重情节的，处广告费用五倍以上十倍以下的罚款，"
            + "广告费用无法计算或者明显偏低的，处一百万元以上二百万元以下的罚款，可以吊销营业执照，并由广告审查机关撤销广告审查批准文件、一年内不受理其广告审查申请。";
    static final String QUALITY_50 = "在产品中掺杂、掺假，以假充真，以次充好，或者以不合格产品冒充合格产品的，责令停止生产、销售，没收违法生产、销售的产品，"
            + "并处违法生产、销售产品货值金额百分之五十以上三倍以下的罚款；有违法所得的，并处没收违法所得；情节严重的，吊销营业执照；构成犯罪的，依法追究刑事责任。";
    static final String REGISTRATION_43 = "未经设立登记从事经营活动的，由登记机关责令改正，没收违法所得；拒不改正的，处1万元以上10万元以下的罚款；"
            + "情节严重的，依法责令关闭停业，并处10万元以上50万元以下的罚款。";
    static final String SAFETY_97 = "生产经营单位有下列行为之一的，责令限期改正，处十万元以下的罚款；逾期未改正的，责令停产停业整顿，并处十万元以上二十万元以下的罚款，"
            + "对其直接负责的主管人员和其他直接责任人员处二万元以上五万元以下的罚款:";
    static final String FARM_2018_50 = "农产品生产企业、农民专业合作经济组织销售的农产品有本法第三十三条第一项至第三项或者第五项所列情形之一的，责令停止销售，"
            + "追回已经销售的农产品，对违法销售的农产品进行无害化处理或者予以监督销毁；没收违法所得，并处二千元以上二万元以下罚款。";
    static final String FARM_2022_71 = "违反本法规定，农产品生产经营者有下列行为之一，尚不构成犯罪的，由县级以上地方人民政府农业农村主管部门责令停止生产经营、"
            + "追回已经销售的农产品，对违法生产经营的农产品进行无害化处理或者予以监督销毁，没收违法所得，并可以没收用于违法生产经营的工具、设备、原料等物品；"
            + "违法生产经营的农产品货值金额不足一万元的，并处五万元以上十万元以下罚款，货值金额一万元以上的，并处货值金额十倍以上二十倍以下罚款；"
            + "对农户，并处五百元以上五千元以下罚款：";

    @Test
    void amountThresholdsSplitTheFines() {
        assertThat(StatutoryFines.parse(FOOD_122)).containsExactly(
                new StatutoryFine(new Threshold("货值金额", null, yuan(10000)), fixed(50000, 100000), null),
                new StatutoryFine(new Threshold("货值金额", yuan(10000), null), times("货值金额", 10, 20), null));
    }

    @Test
    void conditionsAfterTheFirstFineMarkHeavierFines() {
        assertThat(StatutoryFines.parse(ADS_55)).containsExactly(
                new StatutoryFine(null, times("广告费用", 3, 5), null),
                new StatutoryFine(null, fixed(200000, 1000000), "广告费用无法计算或者明显偏低的"),
                new StatutoryFine(null, times("广告费用", 5, 10), "两年内有三次以上违法行为或者有其他严重情节的"),
                new StatutoryFine(null, fixed(1000000, 2000000), "广告费用无法计算或者明显偏低的"));
        assertThat(StatutoryFines.parse(REGISTRATION_43)).containsExactly(
                new StatutoryFine(null, fixed(10000, 100000), null),
                new StatutoryFine(null, fixed(100000, 500000), "情节严重的"));
    }

    @Test
    void percentagesUpperBoundsAndOtherAddresseesAreRead() {
        assertThat(StatutoryFines.parse(QUALITY_50)).containsExactly(new StatutoryFine(null,
                new Fine(Fine.Kind.MULTIPLE, "货值金额", new BigDecimal("0.50"), BigDecimal.valueOf(3)), null));
        // 对其直接负责的主管人员… fines someone else: left out.
        assertThat(StatutoryFines.parse(SAFETY_97)).containsExactly(new StatutoryFine(null, fixed(0, 100000), null),
                new StatutoryFine(null, fixed(100000, 200000), "逾期未改正的"));
        assertThat(StatutoryFines.parse(FOOD_126)).containsExactly(new StatutoryFine(null, fixed(5000, 50000), null));
        // 对农户… is another addressee too.
        assertThat(StatutoryFines.parse(FARM_2022_71)).hasSize(2);
        assertThat(StatutoryFines.parse("责令改正，给予警告。")).isEmpty();
    }

    @Test
    void theRangeForTheFactsTakesTheOrdinaryFinesUnderTheMetThreshold() {
        assertThat(StatutoryFines.rangeFor(FOOD_122, facts(Map.of(Basis.GOODS_VALUE, yuan(3000))))).contains(range(50000, 100000));
        assertThat(StatutoryFines.rangeFor(FOOD_122, facts(Map.of(Basis.GOODS_VALUE, yuan(20000))))).contains(range(200000, 400000));
        assertThat(StatutoryFines.rangeFor(ADS_55, facts(Map.of(Basis.ADVERTISING_COST, yuan(100000))))).contains(range(300000, 500000));
        assertThat(StatutoryFines.rangeFor(REGISTRATION_43, facts(Map.of()))).contains(range(10000, 100000));
        // The threshold or the multiple needs an amount the facts lack: no range.
        assertThat(StatutoryFines.rangeFor(FOOD_122, facts(Map.of()))).isEmpty();
        assertThat(StatutoryFines.rangeFor(QUALITY_50, facts(Map.of()))).isEmpty();
    }

    static ViolationFacts facts(Map<Basis, BigDecimal> amounts) {
        return new ViolationFacts(LocalDate.of(2025, 3, 1), null, null, LocalDate.of(2025, 6, 1), false, Harm.NONE, false, false, false,
                false, amounts, Set.of(), Set.of());
    }

    static BigDecimal yuan(long amount) {
        return BigDecimal.valueOf(amount);
    }

    static YuanRange range(long min, long max) {
        return new YuanRange(yuan(min), yuan(max));
    }

    private static Fine fixed(long min, long max) {
        return new Fine(Fine.Kind.FIXED, null, yuan(min), yuan(max));
    }

    private static Fine times(String basis, long min, long max) {
        return new Fine(Fine.Kind.MULTIPLE, basis, yuan(min), yuan(max));
    }
}
