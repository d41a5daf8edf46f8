package dev.onecheck.domain.penalty.advice;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import dev.onecheck.domain.penalty.Fine;
import dev.onecheck.domain.penalty.advice.StatutoryFine.Circumstance;
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

    // 行政法/消防法(2021-04-29).md
    static final String FIRE_66 = "电器产品、燃气用具的安装、使用及其线路、管路的设计、敷设、维护保养、检测不符合消防技术标准和管理规定的，责令限期改正；"
            + "逾期不改正的，责令停止使用，可以并处一千元以上五千元以下罚款。";
    static final String FIRE_69 = "消防设施维护保养检测、消防安全评估等消防技术服务机构，不具备从业条件从事消防技术服务活动或者出具虚假文件的，由消防救援机构责令改正，"
            + "处五万元以上十万元以下罚款，并对直接负责的主管人员和其他直接责任人员处一万元以上五万元以下罚款；不按照国家标准、行业标准开展消防技术服务活动的，"
            + "责令改正，处五万元以下罚款，并对直接负责的主管人员和其它直接责任人员处一万元以下罚款；有违法所得的，并处没收违法所得；给他人造成损失的，"
            + "依法承担赔偿责任；情节严重的，依法责令停止执业或者吊销相应资格；造成重大损失的，由相关部门吊销营业执照，并对有关责任人员采取终身市场禁入措施。";
    // 行政法规/保障农民工工资支付条例(2019-12-30).md
    static final String WAGES_54 = "有下列情形之一的，由人力资源社会保障行政部门责令限期改正；逾期不改正的，对单位处2万元以上5万元以下的罚款，"
            + "对法定代表人或者主要负责人、直接负责的主管人员和其他直接责任人员处1万元以上3万元以下的罚款：";
    // 行政法规/价格违法行为行政处罚规定(2010-12-04).md
    static final String PRICE_7 = "经营者违反价格法第十四条的规定，利用虚假的或者使人误解的价格手段，诱骗消费者或者其他经营者与其进行交易的，责令改正，没收违法所得，"
            + "并处违法所得5倍以下的罚款；没有违法所得的，处5万元以上50万元以下的罚款；情节严重的，责令停业整顿，或者由工商行政管理机关吊销营业执照。";
    static final String PRICE_9 = "经营者不执行政府指导价、政府定价，有下列行为之一的，责令改正，没收违法所得，并处违法所得5倍以下的罚款；没有违法所得的，"
            + "处5万元以上50万元以下的罚款，情节较重的处50万元以上200万元以下的罚款；情节严重的，责令停业整顿：";
    // 行政法规/娱乐场所管理条例(2020-11-29).md
    static final String ENTERTAINMENT_48 = "违反本条例规定，有下列情形之一的，由县级人民政府文化主管部门没收违法所得和非法财物，并处违法所得1倍以上3倍以下的罚款；"
            + "没有违法所得或者违法所得不足1万元的，并处1万元以上3万元以下的罚款；情节严重的，责令停业整顿1个月至6个月：";
    // 经济法/产品质量法(2018-12-29).md
    static final String QUALITY_49 = "生产、销售不符合保障人体健康和人身、财产安全的国家标准、行业标准的产品的，责令停止生产、销售，没收违法生产、销售的产品，"
            + "并处违法生产、销售产品（包括已售出和未售出的产品，下同）货值金额等值以上三倍以下的罚款；有违法所得的，并处没收违法所得；"
            + "情节严重的，吊销营业执照；构成犯罪的，依法追究刑事责任。";
    static final String QUALITY_51 = "生产国家明令淘汰的产品的，销售国家明令淘汰并停止销售的产品的，责令停止生产、销售，没收违法生产、销售的产品，"
            + "并处违法生产、销售产品货值金额等值以下的罚款；有违法所得的，并处没收违法所得；情节严重的，吊销营业执照。";
    static final String QUALITY_54 = "产品标识不符合本法第二十七条规定的，责令改正；有包装的产品标识不符合本法第二十七条第（四）项、第（五）项规定，情节严重的，"
            + "责令停止生产、销售，并处违法生产、销售产品货值金额百分之三十以下的罚款；有违法所得的，并处没收违法所得。";
    // 行政法规/建设工程质量管理条例(2019-04-23).md
    static final String CONSTRUCTION_57 = "违反本条例规定，建设单位未取得施工许可证或者开工报告未经批准，擅自施工的，责令停止施工，限期改正，处工程合同价款1%以上2%以下的罚款。";
    // 行政法/大气污染防治法(2018-10-26).md, 第一百二十二条第二款
    static final String AIR_122_2 = "对造成一般或者较大大气污染事故的，按照污染事故造成直接损失的一倍以上三倍以下计算罚款；对造成重大或者特大大气污染事故的，"
            + "按照污染事故造成的直接损失的三倍以上五倍以下计算罚款。";
    // 行政法/土地管理法(2019-08-26).md
    static final String LAND_76 = "违反本法规定，拒不履行土地复垦义务的，由县级以上人民政府自然资源主管部门责令限期改正；逾期不改正的，责令缴纳复垦费，"
            + "专项用于土地复垦，可以处以罚款。";

    // 行政法规/农药管理条例(2022-03-29).md
    static final String PESTICIDE_60 = "农药使用者有下列行为之一的，由县级人民政府农业主管部门责令改正，农药使用者为农产品生产企业、食品和食用农产品仓储企业、"
            + "专业化病虫害防治服务组织和从事农产品生产的农民专业合作社等单位的，处5万元以上10万元以下罚款，农药使用者为个人的，处1万元以下罚款；"
            + "构成犯罪的，依法追究刑事责任：";
    // 行政法规/文物保护法实施条例(2017-10-07).md
    static final String HERITAGE_56 = "违反本条例规定，未取得资质证书，擅自从事馆藏文物的修复、复制、拓印活动的，由文物行政主管部门责令停止违法活动；"
            + "没收违法所得和从事违法活动的专用工具、设备；造成严重后果的，并处1万元以上10万元以下的罚款；构成犯罪的，依法追究刑事责任。";

    // 社会法/反电信网络诈骗法(2022-09-02).md
    static final String ANTI_FRAUD_39 = "电信业务经营者违反本法规定，有下列情形之一的，由有关主管部门责令改正，情节较轻的，给予警告、通报批评，"
            + "或者处五万元以上五十万元以下罚款；情节严重的，处五十万元以上五百万元以下罚款，并可以由有关主管部门责令暂停相关业务、停业整顿、"
            + "吊销相关业务许可证或者吊销营业执照，对其直接负责的主管人员和其他直接责任人员，处一万元以上二十万元以下罚款：";
    // 行政法规/古生物化石保护条例(2019-03-02).md
    static final String FOSSIL_37 = "古生物化石发掘单位未按照规定移交发掘的古生物化石的，由批准古生物化石发掘的自然资源主管部门责令限期改正；"
            + "逾期不改正，或者造成古生物化石损毁的，处10万元以上50万元以下的罚款；直接负责的主管人员和其他直接责任人员构成犯罪的，依法追究刑事责任。";
    // 行政法规/传染病防治法实施办法(1991-12-06).md
    static final String EPIDEMIC_71 = "个体行医人员在执行职务时，不报、漏报、迟报传染病疫情的，由县级以上政府卫生行政部门责令限期改正，"
            + "限期内不改的，可以处一百元以上五百元以下罚款；对造成传染病传播流行的，可以处二百元以上二千元以下罚款。";
    // 行政法规/劳动保障监察条例(2004-11-01).md
    static final String LABOUR_30 = "有下列行为之一的，由劳动保障行政部门责令改正；对有第(一)项、第(二)项或者第(三)项规定的行为的，"
            + "处2000元以上2万元以下的罚款：";
    // 行政法规/特种设备安全监察条例(2009-01-24).md (第七十五条, the licence part)
    static final String EQUIPMENT_75 = "未经许可，擅自从事锅炉、压力容器、电梯、起重机械、客运索道、大型游乐设施、场(厂)内专用机动车辆及其安全附件、"
            + "安全保护装置的制造、安装、改造以及压力管道元件的制造活动的，由特种设备安全监督管理部门予以取缔，没收非法制造的产品，"
            + "已经实施安装、改造的，责令恢复原状或者责令限期由取得许可的单位重新安装、改造，处10万元以上50万元以下罚款；";
    // 行政法规/危险废物经营许可证管理办法(2016-02-06).md
    static final String HAZARDOUS_WASTE_23 = "违反本办法第十二条、第十三条第二款规定的，由县级以上地方人民政府环境保护主管部门责令停止违法行为；"
            + "有违法所得的，没收违法所得；违法所得超过10万元的，并处违法所得1倍以上2倍以下的罚款；没有违法所得或者违法所得不足10万元的，"
            + "处5万元以上10万元以下的罚款。";
    // 经济法/反洗钱法(2024-11-08).md
    static final String AML_57 = "金融机构违反本法第五十条规定擅自采取行动的，由国务院有关金融管理部门处五十万元以下罚款；情节严重的，"
            + "处五十万元以上五百万元以下罚款；造成损失的，并处所造成直接经济损失一倍以上五倍以下罚款。";

    // 行政法规/内河交通安全管理条例(2019-03-02).md
    static final String INLAND_66 = "违反本条例的规定，未经考试合格并取得适任证书或者其他适任证件的人员擅自从事船舶航行的，由海事管理机构责令其立即离岗，"
            + "对直接责任人员处2000元以上2万元以下的罚款，并对聘用单位处1万元以上10万元以下的罚款。";

    /** Every text above, verbatim as the law files print it (checked against them in {@link StatutoryFinesCorpusTest}). */
    static final List<String> QUOTED = List.of(FOOD_122, FOOD_126, ADS_55, QUALITY_50, REGISTRATION_43, SAFETY_97, FARM_2018_50, FARM_2022_71,
            FIRE_66, FIRE_69, WAGES_54, PRICE_7, PRICE_9, ENTERTAINMENT_48, QUALITY_49, QUALITY_51, QUALITY_54, CONSTRUCTION_57, AIR_122_2, LAND_76,
            PESTICIDE_60, HERITAGE_56, INLAND_66);

    @Test
    void amountThresholdsSplitTheFines() {
        assertThat(StatutoryFines.parse(FOOD_122)).containsExactly(
                party(fixed(50000, 100000), "违法生产经营的食品、食品添加剂货值金额不足一万元的"),
                party(times("货值金额", 10, 20), "货值金额一万元以上的"));
    }

    @Test
    void conditionsAfterTheFirstFineMarkHeavierFines() {
        // "两年内有三次以上违法行为或者有其他严重情节的，处广告费用五倍以上十倍以下的罚款，广告费用无法计算或者明显偏低的，处一百万元以上二百万元以下的罚款":
        // the 1,000,000–2,000,000 fallback needs the 严重情节 of its sentence as well as the low 广告费用.
        assertThat(StatutoryFines.parse(ADS_55)).containsExactly(
                party(times("广告费用", 3, 5)),
                party(fixed(200000, 1000000), "广告费用无法计算或者明显偏低的"),
                party(times("广告费用", 5, 10), "两年内有三次以上违法行为或者有其他严重情节的"),
                party(fixed(1000000, 2000000), "两年内有三次以上违法行为或者有其他严重情节的", "广告费用无法计算或者明显偏低的"));
        assertThat(StatutoryFines.parse(REGISTRATION_43)).containsExactly(
                party(fixed(10000, 100000), "拒不改正的"),
                party(fixed(100000, 500000), "情节严重的"));
    }

    @Test
    void aClauseAfterTheAuthorityIsAConditionOrNamesTheAddressee() {
        // 农药管理条例 第六十条: "…由县级人民政府农业主管部门责令改正，农药使用者为…等单位的，处5万元以上10万元以下罚款，农药使用者为个人的，
        // 处1万元以下罚款；…" — whom each fine is for, not a circumstance for the officer to find.
        assertThat(StatutoryFines.parse(PESTICIDE_60)).containsExactly(
                new StatutoryFine("农产品生产企业、食品和食用农产品仓储企业、专业化病虫害防治服务组织和从事农产品生产的农民专业合作社等单位", List.of(),
                        fixed(50000, 100000)),
                new StatutoryFine("个人", List.of(), fixed(0, 10000)));
        // 文物保护法实施条例 第五十六条: "由文物行政主管部门责令停止违法活动；…；造成严重后果的，并处1万元以上10万元以下的罚款" — the fine
        // waits for 造成严重后果 (it was read as the fine of the act itself).
        assertThat(StatutoryFines.parse(HERITAGE_56)).containsExactly(party(fixed(10000, 100000), "造成严重后果的"));
    }

    @Test
    void aClauseAfterTheAuthorityThatIsNoConditionLeavesTheFineAsItIs() {
        // 反电信网络诈骗法 第三十九条 "责令改正，情节较轻的，给予警告、通报批评，或者处五万元以上五十万元以下罚款；情节严重的，处五十万元以上…":
        // 情节较轻 is the tier of every case short of 情节严重, no condition only an officer's finding opens.
        assertThat(StatutoryFines.parse(ANTI_FRAUD_39)).startsWith(party(fixed(50000, 500000)), party(fixed(500000, 5000000), "情节严重的"));
        assertThat(StatutoryFines.rangeFor(ANTI_FRAUD_39, facts(Map.of()))).contains(range(50000, 500000));
        // 特种设备安全监察条例 第七十五条 "…已经实施安装、改造的，责令恢复原状…，处10万元以上50万元以下罚款": the state decides the order,
        // the fine is for every unlicensed work.
        assertThat(StatutoryFines.parse(EQUIPMENT_75)).containsExactly(party(fixed(100000, 500000)));
        // 劳动保障监察条例 第三十条 "对有第(一)项、第(二)项或者第(三)项规定的行为的，处2000元以上2万元以下的罚款": items, not a finding.
        assertThat(StatutoryFines.parse(LABOUR_30)).containsExactly(party(fixed(2000, 20000)));
    }

    @Test
    void aRefusalWithinTheTimeLimitOrAnotherConsequenceOpensTheFine() {
        // 传染病防治法实施办法 第七十一条 "责令限期改正，限期内不改的，可以处一百元以上五百元以下罚款": a refused order.
        assertThat(StatutoryFines.parse(EPIDEMIC_71).getFirst()).isEqualTo(party(fixed(100, 500), "限期内不改的"));
        assertThat(StatutoryFines.circumstance("限期内不改的")).isEqualTo(Circumstance.REFUSED);
        // 古生物化石保护条例 第三十七条 "逾期不改正，或者造成古生物化石损毁的，处10万元以上50万元以下的罚款": either opens the fine; the
        // refusal is a fact, the damage the officer's finding, offered apart.
        assertThat(StatutoryFines.parse(FOSSIL_37)).containsExactly(party(fixed(100000, 500000), "逾期不改正，或者造成古生物化石损毁的"));
        assertThat(StatutoryFines.rangeFor(FOSSIL_37, facts(Map.of(), true, false))).contains(range(100000, 500000));
        assertThat(StatutoryFines.unstatedAlternative("逾期不改正，或者造成古生物化石损毁的")).contains("造成古生物化石损毁的");
    }

    @Test
    void moreThanAnAmountAndALossInForceAreRead() {
        // 危险废物经营许可证管理办法 第二十三条 "违法所得超过10万元的，并处违法所得1倍以上2倍以下的罚款；没有违法所得或者违法所得不足10万元的，
        // 处5万元以上10万元以下的罚款": 超过 is a threshold, and the two fines never wait for each other's condition.
        assertThat(StatutoryFines.rangeFor(HAZARDOUS_WASTE_23, facts(Map.of(Basis.ILLEGAL_INCOME, yuan(200000))))).contains(range(200000, 400000));
        assertThat(StatutoryFines.rangeFor(HAZARDOUS_WASTE_23, facts(Map.of(Basis.ILLEGAL_INCOME, yuan(50000))))).contains(range(50000, 100000));
        assertThat(StatutoryFines.rangeFor(HAZARDOUS_WASTE_23, facts(Map.of(Basis.ILLEGAL_INCOME, yuan(0))))).contains(range(50000, 100000));
        // 反洗钱法 第五十七条 "造成损失的，并处所造成直接经济损失一倍以上五倍以下罚款": a multiple of the loss the condition asks for.
        assertThat(StatutoryFines.parse(AML_57)).contains(party(times("造成损失金额", 1, 5), "造成损失的"));
    }

    @Test
    void responsiblePersonsWhoActedAreAPartyOfTheirOwn() {
        // 内河交通安全管理条例 第六十六条: "…的人员擅自从事船舶航行的，…对直接责任人员处2000元以上2万元以下的罚款，并对聘用单位处1万元以上10万元以下的
        // 罚款" — the 人员 who sailed are fined as the actor, the 聘用单位 as a party of its own; no 双罚 beside a unit.
        assertThat(StatutoryFines.parse(INLAND_66)).containsExactly(new StatutoryFine("直接责任人员", List.of(), fixed(2000, 20000), true),
                new StatutoryFine("聘用单位", List.of(), fixed(10000, 100000)));
        assertThat(StatutoryFines.parse(INLAND_66).getFirst().onResponsiblePersons()).isFalse();
        // 消防法 第六十九条 fines the 机构 (no addressee) and beside it its persons: those stay 双罚.
        assertThat(StatutoryFines.parse(FIRE_69)).filteredOn(f -> f.addressee() != null).allMatch(StatutoryFine::onResponsiblePersons);
    }

    @Test
    void percentagesUpperBoundsAndOtherAddresseesAreRead() {
        assertThat(StatutoryFines.parse(QUALITY_50)).containsExactly(party(
                new Fine(Fine.Kind.MULTIPLE, "货值金额", new BigDecimal("0.50"), BigDecimal.valueOf(3))));
        // "对其直接负责的主管人员和其他直接责任人员处二万元以上五万元以下的罚款" fines persons beside the party, after the same 逾期未改正.
        assertThat(StatutoryFines.parse(SAFETY_97)).containsExactly(party(fixed(0, 100000)),
                party(fixed(100000, 200000), "逾期未改正的"),
                new StatutoryFine("直接负责的主管人员和其他直接责任人员", List.of("逾期未改正的"), fixed(20000, 50000)));
        assertThat(StatutoryFines.parse(SAFETY_97).getLast().onResponsiblePersons()).isTrue();
        // "责令改正，给予警告；拒不改正的，处五千元以上五万元以下罚款": no fine before the order is refused.
        assertThat(StatutoryFines.parse(FOOD_126)).containsExactly(party(fixed(5000, 50000), "拒不改正的"));
        // "对农户，并处五百元以上五千元以下罚款": 农户 are fined on their own scale.
        assertThat(StatutoryFines.parse(FARM_2022_71)).containsExactly(
                party(fixed(50000, 100000), "违法生产经营的农产品货值金额不足一万元的"),
                party(times("货值金额", 10, 20), "货值金额一万元以上的"),
                new StatutoryFine("农户", List.of(), fixed(500, 5000)));
        assertThat(StatutoryFines.parse("责令改正，给予警告。")).isEmpty();
    }

    // 行政法规/森林病虫害防治条例(1989-12-18).md 第二十二条
    static final String FOREST_PESTS_22 = "有下列行为之一的，责令限期除治、赔偿损失，可以并处一百元至二千元的罚款：";
    // 行政法规/标准化法实施条例(1990-04-06).md 第三十三条第二款
    static final String STANDARDS_33_2 = "销售不符合强制性标准的商品的，应当责令其停止销售，并限期追回已售出的商品，监督销毁或作必要技术处理；没收违法所得；"
            + "处以该批商品货值金额百分之十至百分之二十的罚款；对有关责任者处以五千元以下罚款。";
    // 经济法/水土保持法(2010-12-25).md 第四十九条
    static final String SOIL_49 = "违反本法规定，在禁止开垦坡度以上陡坡地开垦种植农作物，或者在禁止开垦、开发的植物保护带内开垦、开发的，由县级以上地方人民政府"
            + "水行政主管部门责令停止违法行为，采取退耕、恢复植被等补救措施；按照开垦或者开发面积，可以对个人处每平方米二元以下的罚款、对单位处每平方米十元以下的罚款。";
    // 行政法/海上交通安全法(2021-04-29).md 第一百零三条
    static final String MARITIME_103 = "船舶在海上航行、停泊、作业，有下列情形之一的，由海事管理机构责令改正，对违法船舶的所有人、经营人或者管理人处二万元以上"
            + "二十万元以下的罚款，对船长、责任船员处二千元以上二万元以下的罚款，暂扣船员适任证书三个月至十二个月；情节严重的，吊销船长、责任船员的船员适任证书：";

    // 行政法规/生猪屠宰管理条例(2021-06-25).md 第三十七条
    static final String PIGS_37 = "违反本条例规定，为未经定点违法从事生猪屠宰活动的单位和个人提供生猪屠宰场所或者生猪产品储存设施，或者为对生猪、生猪产品注水或者"
            + "注入其他物质的单位和个人提供场所的，由农业农村主管部门责令改正，没收违法所得，并处5万元以上10万以下的罚款。";
    // 社会法/就业促进法(2015-04-24).md 第六十六条第二款
    static final String EMPLOYMENT_66_2 = "违反本法规定，职业中介机构向劳动者收取押金的，由劳动行政部门责令限期退还劳动者，并以每人五百元以上二千元以下的标准处以罚款。";

    /** Forms of older texts and per-unit fines (issue 21, the hand-checked sample: read as 2000–2000, 0.2–0.2 and 0–2 yuan before). */
    @Test
    void rangesWith至PerUnitFinesAndNamedAddresseesAreRead() {
        assertThat(StatutoryFines.parse(FOREST_PESTS_22)).containsExactly(party(fixed(100, 2000)));
        assertThat(StatutoryFines.parse(STANDARDS_33_2)).containsExactly(
                party(new Fine(Fine.Kind.MULTIPLE, "货值金额", new BigDecimal("0.10"), new BigDecimal("0.20"))),
                new StatutoryFine("有关责任者", List.of(), fixed(0, 5000)));
        // "按照开垦或者开发面积…每平方米二元以下": yuan per square metre, a multiple of an area no fact gives — so no yuan range.
        assertThat(StatutoryFines.parse(SOIL_49)).containsExactly(
                new StatutoryFine("个人", List.of(), times("每平方米", 0, 2)),
                new StatutoryFine("单位", List.of(), times("每平方米", 0, 10)));
        assertThat(StatutoryFines.rangeFor(SOIL_49, facts(Map.of()))).isEmpty();
        // The ship's owner and its master are fined on different scales: two addressees, never one mixed range.
        assertThat(StatutoryFines.parse(MARITIME_103)).containsExactly(
                new StatutoryFine("违法船舶的所有人、经营人或者管理人", List.of(), fixed(20000, 200000)),
                new StatutoryFine("船长、责任船员", List.of(), fixed(2000, 20000)));
        assertThat(StatutoryFines.rangeFor(MARITIME_103, facts(Map.of()))).isEmpty();
        // "10万以下": the upper end without its 元; "以每人…的标准处以罚款": per person, not 处以罚款 without an amount.
        assertThat(StatutoryFines.parse(PIGS_37)).containsExactly(party(fixed(50000, 100000)));
        assertThat(StatutoryFines.parse(EMPLOYMENT_66_2)).containsExactly(party(times("每人", 500, 2000)));
    }

    @Test
    void theRangeForTheFactsTakesTheOrdinaryFinesUnderTheMetThreshold() {
        assertThat(StatutoryFines.rangeFor(FOOD_122, facts(Map.of(Basis.GOODS_VALUE, yuan(3000))))).contains(range(50000, 100000));
        assertThat(StatutoryFines.rangeFor(FOOD_122, facts(Map.of(Basis.GOODS_VALUE, yuan(20000))))).contains(range(200000, 400000));
        assertThat(StatutoryFines.rangeFor(ADS_55, facts(Map.of(Basis.ADVERTISING_COST, yuan(100000))))).contains(range(300000, 500000));
        // "拒不改正的，处1万元以上10万元以下的罚款": the range needs the refusal.
        assertThat(StatutoryFines.rangeFor(REGISTRATION_43, facts(Map.of(), true, false))).contains(range(10000, 100000));
        assertThat(StatutoryFines.rangeFor(REGISTRATION_43, facts(Map.of()))).isEmpty();
        // The threshold or the multiple needs an amount the facts lack: no range.
        assertThat(StatutoryFines.rangeFor(FOOD_122, facts(Map.of()))).isEmpty();
        assertThat(StatutoryFines.rangeFor(QUALITY_50, facts(Map.of()))).isEmpty();
    }

    /**
     * Item 8: a multiple of 0 yuan is no fine; the article's own fixed range for 没有/无法计算/明显偏低/不足 stands in. A
     * missing amount is none of these: no range until the officer gives it or finds it uncomputable.
     */
    @Test
    void aNilOrUncomputableAmountTakesTheFixedRangeTheArticleGivesForItAndAMissingOneNone() {
        // 广告法 55: "广告费用无法计算或者明显偏低的，处二十万元以上一百万元以下的罚款", not 3–5 × 0.
        assertThat(StatutoryFines.rangeFor(ADS_55, facts(Map.of(Basis.ADVERTISING_COST, yuan(0))))).contains(range(200000, 1000000));
        assertThat(StatutoryFines.rangeFor(ADS_55, facts(Map.of()))).isEmpty();
        ViolationFacts uncomputable = new ViolationFacts(LocalDate.of(2025, 3, 1), null, null, LocalDate.of(2025, 6, 1), false, false, Harm.NONE,
                false, false, false, false, false, false, null, null, null, null, null, null, null, Map.of(), Set.of(), Set.of(),
                Set.of(Basis.ADVERTISING_COST));
        assertThat(StatutoryFines.rangeFor(ADS_55, uncomputable)).contains(range(200000, 1000000));
        assertThat(StatutoryFines.rangeFor(PRICE_7, facts(Map.of()))).isEmpty();
        assertThat(StatutoryFines.rangeFor(ADS_55, facts(Map.of(Basis.ADVERTISING_COST, yuan(0)), false, true))).contains(range(1000000, 2000000));
        assertThat(StatutoryFines.rangeFor(ADS_55, facts(Map.of(Basis.ADVERTISING_COST, yuan(100000)), false, true))).contains(range(500000, 1000000));
        // 价格违法行为行政处罚规定 7: "并处违法所得5倍以下的罚款；没有违法所得的，处5万元以上50万元以下的罚款".
        assertThat(StatutoryFines.rangeFor(PRICE_7, facts(Map.of(Basis.ILLEGAL_INCOME, yuan(0))))).contains(range(50000, 500000));
        assertThat(StatutoryFines.rangeFor(PRICE_7, facts(Map.of(Basis.ILLEGAL_INCOME, yuan(10000))))).contains(range(0, 50000));
        // 娱乐场所管理条例 48: "并处违法所得1倍以上3倍以下的罚款；没有违法所得或者违法所得不足1万元的，并处1万元以上3万元以下的罚款".
        assertThat(StatutoryFines.rangeFor(ENTERTAINMENT_48, facts(Map.of(Basis.ILLEGAL_INCOME, yuan(0))))).contains(range(10000, 30000));
        assertThat(StatutoryFines.rangeFor(ENTERTAINMENT_48, facts(Map.of(Basis.ILLEGAL_INCOME, yuan(5000))))).contains(range(10000, 30000));
        assertThat(StatutoryFines.rangeFor(ENTERTAINMENT_48, facts(Map.of(Basis.ILLEGAL_INCOME, yuan(20000))))).contains(range(20000, 60000));
        // A multiple may still be taken of a positive amount only.
        assertThat(StatutoryFines.multipliable(facts(Map.of(Basis.ADVERTISING_COST, yuan(0))), Basis.ADVERTISING_COST)).isEmpty();
        assertThat(StatutoryFines.multipliable(facts(Map.of(Basis.ADVERTISING_COST, yuan(5))), Basis.ADVERTISING_COST)).contains(yuan(5));
    }

    /** Item 10: "情节较重的处50万元以上200万元以下的罚款" sits inside the 没有违法所得 sentence and is conditioned by both. */
    @Test
    void aConditionPrintedInTheClauseOfTheFineIsItsOwn() {
        assertThat(StatutoryFines.parse(PRICE_9)).containsExactly(
                party(new Fine(Fine.Kind.MULTIPLE, "违法所得", BigDecimal.ZERO, yuan(5))),
                party(fixed(50000, 500000), "没有违法所得的"),
                party(fixed(500000, 2000000), "没有违法所得的", "情节较重的"));
        assertThat(StatutoryFines.rangeFor(PRICE_9, facts(Map.of(Basis.ILLEGAL_INCOME, yuan(0)), false, true))).contains(range(500000, 2000000));
        assertThat(StatutoryFines.rangeFor(PRICE_9, facts(Map.of(Basis.ILLEGAL_INCOME, yuan(0))))).contains(range(50000, 500000));
        // 情节较重 with 违法所得: the 没有违法所得 ranges do not apply, the multiple does.
        assertThat(StatutoryFines.rangeFor(PRICE_9, facts(Map.of(Basis.ILLEGAL_INCOME, yuan(10000)), false, true))).contains(range(0, 50000));
    }

    /** Item 10: the escalated fine replaces the ordinary one once the facts meet its condition. */
    @Test
    void aRefusedOrderOrSeriousCircumstancesTakeTheirOwnFine() {
        // 安全生产法 97: "逾期未改正的，责令停产停业整顿，并处十万元以上二十万元以下的罚款".
        assertThat(StatutoryFines.rangeFor(SAFETY_97, facts(Map.of()))).contains(range(0, 100000));
        assertThat(StatutoryFines.rangeFor(SAFETY_97, facts(Map.of(), true, false))).contains(range(100000, 200000));
        // 市场主体登记管理条例 43: "情节严重的，依法责令关闭停业，并处10万元以上50万元以下的罚款".
        assertThat(StatutoryFines.rangeFor(REGISTRATION_43, facts(Map.of(), true, true))).contains(range(100000, 500000));
        // 食品安全法 126: "拒不改正的，处五千元以上五万元以下罚款" — before a refusal the article allows no fine at all.
        assertThat(StatutoryFines.rangeFor(FOOD_126, facts(Map.of()))).isEmpty();
        assertThat(StatutoryFines.rangeFor(FOOD_126, facts(Map.of(), true, false))).contains(range(5000, 50000));
        // 消防法 66: "逾期不改正的，责令停止使用，可以并处一千元以上五千元以下罚款".
        assertThat(StatutoryFines.parse(FIRE_66)).containsExactly(party(fixed(1000, 5000), "逾期不改正的"));
        assertThat(StatutoryFines.rangeFor(FIRE_66, facts(Map.of()))).isEmpty();
        // 产品质量法 54: "情节严重的，责令停止生产、销售，并处违法生产、销售产品货值金额百分之三十以下的罚款".
        assertThat(StatutoryFines.parse(QUALITY_54)).containsExactly(
                party(new Fine(Fine.Kind.MULTIPLE, "货值金额", BigDecimal.ZERO, new BigDecimal("0.30")), "情节严重的"));
        assertThat(StatutoryFines.rangeFor(QUALITY_54, facts(Map.of(Basis.GOODS_VALUE, yuan(10000))))).isEmpty();
        assertThat(StatutoryFines.rangeFor(QUALITY_54, facts(Map.of(Basis.GOODS_VALUE, yuan(10000)), false, true))).contains(range(0, 3000));
    }

    /** Item 10: fines on 直接负责的主管人员 are theirs, after the condition of their sentence, and never the party's range. */
    @Test
    void finesOnResponsiblePersonsAreReportedApart() {
        // 保障农民工工资支付条例 54: "逾期不改正的，对单位处2万元以上5万元以下的罚款，对法定代表人或者主要负责人、直接负责的主管人员和其他直接责任人员处1万元以上3万元以下的罚款".
        assertThat(StatutoryFines.parse(WAGES_54)).containsExactly(
                new StatutoryFine("单位", List.of("逾期不改正的"), fixed(20000, 50000)),
                new StatutoryFine("法定代表人或者主要负责人、直接负责的主管人员和其他直接责任人员", List.of("逾期不改正的"), fixed(10000, 30000)));
        assertThat(StatutoryFines.rangeFor(WAGES_54, facts(Map.of(), true, false))).contains(range(20000, 50000));
        assertThat(StatutoryFines.rangeFor(WAGES_54, facts(Map.of()))).isEmpty();
        // 消防法 69: "处五万元以上十万元以下罚款，并对直接负责的主管人员和其他直接责任人员处一万元以上五万元以下罚款".
        assertThat(StatutoryFines.parse(FIRE_69)).containsExactly(
                party(fixed(50000, 100000)),
                new StatutoryFine("直接负责的主管人员和其他直接责任人员", List.of(), fixed(10000, 50000)),
                party(fixed(0, 50000), "不按照国家标准、行业标准开展消防技术服务活动的"),
                new StatutoryFine("直接负责的主管人员和其它直接责任人员", List.of("不按照国家标准、行业标准开展消防技术服务活动的"), fixed(0, 10000)));
        assertThat(StatutoryFines.rangeFor(FIRE_69, facts(Map.of()))).contains(range(50000, 100000));
    }

    /** Item 10: forms the reader missed. */
    @Test
    void equalValueContractPriceDirectLossAndUnstatedFinesAreRead() {
        // 产品质量法 49: "货值金额等值以上三倍以下的罚款" — 等值 is one time the value, the minimum.
        assertThat(StatutoryFines.parse(QUALITY_49)).containsExactly(party(times("货值金额", 1, 3)));
        assertThat(StatutoryFines.rangeFor(QUALITY_49, facts(Map.of(Basis.GOODS_VALUE, yuan(10000))))).contains(range(10000, 30000));
        // 产品质量法 51: "并处违法生产、销售产品货值金额等值以下的罚款".
        assertThat(StatutoryFines.parse(QUALITY_51)).containsExactly(party(times("货值金额", 0, 1)));
        // 建设工程质量管理条例 57: "处工程合同价款1%以上2%以下的罚款" — a basis the facts do not carry: read, but no range.
        assertThat(StatutoryFines.parse(CONSTRUCTION_57)).containsExactly(party(
                new Fine(Fine.Kind.MULTIPLE, "工程合同价款", new BigDecimal("0.01"), new BigDecimal("0.02"))));
        assertThat(StatutoryFines.rangeFor(CONSTRUCTION_57, facts(Map.of()))).isEmpty();
        // 大气污染防治法 122(2): "按照污染事故造成直接损失的一倍以上三倍以下计算罚款".
        assertThat(StatutoryFines.parse(AIR_122_2)).containsExactly(
                party(times("污染事故造成直接损失", 1, 3)),
                party(times("污染事故造成的直接损失", 3, 5), "对造成重大或者特大大气污染事故的"));
        // 土地管理法 76: "逾期不改正的，…可以处以罚款" — a fine whose amount this article does not set.
        assertThat(StatutoryFines.parse(LAND_76)).containsExactly(new StatutoryFine(null, List.of("逾期不改正的"), null));
        assertThat(StatutoryFines.rangeFor(LAND_76, facts(Map.of(), true, false))).isEmpty();
    }

    static ViolationFacts facts(Map<Basis, BigDecimal> amounts) {
        return facts(amounts, false, false);
    }

    static ViolationFacts facts(Map<Basis, BigDecimal> amounts, boolean refused, boolean serious) {
        return new ViolationFacts(LocalDate.of(2025, 3, 1), null, null, LocalDate.of(2025, 6, 1), false, Harm.NONE, false, refused, serious,
                false, amounts, Set.of(), Set.of());
    }

    private static StatutoryFine party(Fine fine, String... conditions) {
        return new StatutoryFine(null, List.of(conditions), fine);
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

    @Test
    void aFineOnTheResponsiblePersonsAfterTheAuthorityIsNotTheParty() {
        // 慈善法 第一百一十二条 (2023-12-29): the 慈善组织 itself is not fined.
        String charity = "慈善组织有本法第一百零九条、第一百一十条、第一百一十一条规定情形的，由县级以上人民政府民政部门对直接负责的主管人员和其他"
                + "直接责任人员处二万元以上二十万元以下罚款，并没收违法所得；情节严重的，禁止其一年至五年内担任慈善组织的管理人员。";
        // 电子签名法 第三十条 (2019-04-23).
        String signature = "电子认证服务提供者暂停或者终止电子认证服务，未在暂停或者终止服务六十日前向国务院信息产业主管部门报告的，由国务院信息产业"
                + "主管部门对其直接负责的主管人员处一万元以上五万元以下的罚款。";

        assertThat(StatutoryFines.parse(charity)).singleElement().satisfies(f -> assertThat(f.onResponsiblePersons()).isTrue());
        assertThat(StatutoryFines.parse(signature)).singleElement().satisfies(f -> assertThat(f.onResponsiblePersons()).isTrue());
    }

    @Test
    void aCapOnAMultipleBoundsTheFineItComputes() {
        // 侵害消费者权益行为处罚办法 第十五条 (2015-01-05): the cap sits inside the multiple, 没有违法所得 has its own fixed fine.
        String consumer = "经营者违反本办法第十二条、第十三条规定，其他法律、法规有规定的，依照法律、法规的规定执行；法律、法规未作规定的，"
                + "由市场监督管理部门责令改正，可以单处或者并处警告，违法所得三倍以下、但最高不超过三万元的罚款，没有违法所得的，处以一万元以下的罚款。";
        // 机动车登记规定 (2021-12-17): the cap is a clause of its own after the multiple.
        String registration = "组织、参与实施第八十条、本条前两款行为之一牟取经济利益的，由公安机关交通管理部门处违法所得三倍以上五倍以下罚款，但最高不超过十万元。";

        assertThat(StatutoryFines.rangeFor(consumer, facts(Map.of(Basis.ILLEGAL_INCOME, yuan(1000))))).contains(range(0, 3000));
        assertThat(StatutoryFines.rangeFor(consumer, facts(Map.of(Basis.ILLEGAL_INCOME, yuan(20000))))).contains(range(0, 30000));
        assertThat(StatutoryFines.rangeFor(consumer, facts(Map.of(Basis.ILLEGAL_INCOME, yuan(0))))).contains(range(0, 10000));
        assertThat(StatutoryFines.rangeFor(registration, facts(Map.of(Basis.ILLEGAL_INCOME, yuan(10000))))).contains(range(30000, 50000));
        assertThat(StatutoryFines.rangeFor(registration, facts(Map.of(Basis.ILLEGAL_INCOME, yuan(50000))))).contains(range(100000, 100000));
        assertThat(StatutoryFines.parse(registration)).anySatisfy(read -> assertThat(read.fine().capClause()).isEqualTo("，但最高不超过100000元"));
    }

    @Test
    void aCapInTheNextClauseOfARateAndAnAtMostBeforeTheMultipleAreRead() {
        // 防治陆源污染物污染损害海洋环境管理条例 第三十条 (1990-06-21).
        String marine = "对造成陆源污染物污染损害海洋环境事故，导致重大经济损失的，由县级以上人民政府环境保护行政主管部门按照直接损失百分之三十计算罚款，"
                + "但最高不得超过二十万元。";
        // 外债统计监测暂行规定 第九条 (2020-11-29): 最高不超过 before the rate makes it the rate's 以下.
        String foreignDebt = "凡违反本规定有下列行为之一的，所在地外汇管理局可根据情节处以最高不超过所涉及外债金额3%的罚款：";

        assertThat(StatutoryFines.parse(marine)).singleElement().satisfies(read -> assertThat(read.fine())
                .isEqualTo(new Fine(Fine.Kind.MULTIPLE, "直接损失", new BigDecimal("0.30"), new BigDecimal("0.30"), yuan(200000))));
        assertThat(StatutoryFines.parse(foreignDebt)).singleElement().satisfies(read -> assertThat(read.fine())
                .isEqualTo(new Fine(Fine.Kind.MULTIPLE, "所涉及外债金额", BigDecimal.ZERO, new BigDecimal("0.03"))));
    }

    @Test
    void perMilleRatesAreRead() {
        // 企业投资项目核准和备案管理条例 第二十条 (2016-11-30).
        String investment = "企业投资建设产业政策禁止投资建设项目的，由县级以上人民政府投资主管部门责令停止建设或者责令停产并恢复原状，"
                + "对企业处项目总投资额5‰以上10‰以下的罚款；对直接负责的主管人员和其他直接责任人员处5万元以上10万元以下的罚款，"
                + "属于国家工作人员的，依法给予处分。法律、行政法规另有规定的，依照其规定。";
        // 招标投标法实施条例 第七十四条 (2019-03-02).
        String tender = "对依法必须进行招标的项目的中标人，由有关行政监督部门责令改正，可以处中标项目金额10‰以下的罚款。";

        assertThat(StatutoryFines.parse(investment)).containsExactly(
                new StatutoryFine("企业", List.of(), new Fine(Fine.Kind.MULTIPLE, "项目总投资额", new BigDecimal("0.005"), new BigDecimal("0.010"))),
                new StatutoryFine("直接负责的主管人员和其他直接责任人员", List.of(), fixed(50000, 100000)));
        assertThat(StatutoryFines.parse(tender)).singleElement().satisfies(read -> assertThat(read.fine())
                .isEqualTo(new Fine(Fine.Kind.MULTIPLE, "中标项目金额", BigDecimal.ZERO, new BigDecimal("0.010"))));
        // 中标项目金额 is no amount the facts carry: read, but no range (the advice asks what to compute).
        assertThat(StatutoryFines.rangeFor(tender, facts(Map.of()))).isEmpty();
    }

    @Test
    void aRefusedOrderToPayOrToInsureIsARefusal() {
        // 防治海洋工程建设项目污染损害海洋环境管理条例 第五十四条 (2018-03-19).
        String marine = "建设单位未按本条例规定缴纳排污费的，由县级以上人民政府海洋主管部门责令限期缴纳；逾期拒不缴纳的，处应缴纳排污费数额2倍以上3倍以下的罚款。";
        // 城镇排水与污水处理条例 第五十四条: the refusal in the sentence of the order.
        String sewage = "违反本条例规定，排水单位或者个人不缴纳污水处理费的，由城镇排水主管部门责令限期缴纳，逾期拒不缴纳的，处应缴纳污水处理费数额1倍以上3倍以下罚款。";

        assertThat(StatutoryFines.circumstance("逾期拒不缴纳的")).isEqualTo(Circumstance.REFUSED);
        assertThat(StatutoryFines.circumstance("在限期内仍拒不缴纳的")).isEqualTo(Circumstance.REFUSED);
        assertThat(StatutoryFines.parse(marine)).containsExactly(party(times("应缴纳排污费数额", 2, 3), "逾期拒不缴纳的"));
        assertThat(StatutoryFines.parse(sewage)).containsExactly(party(times("应缴纳污水处理费数额", 1, 3), "逾期拒不缴纳的"));
        // 水土保持法 第五十七条 "拒不缴纳水土保持补偿费的，由…责令限期缴纳" and 药品管理法 第一百三十五条 "…责令其召回后，拒不召回的，
        // 处应召回药品货值金额五倍以上十倍以下的罚款": the act itself, its fine waits for no further refusal.
        assertThat(StatutoryFines.circumstance("拒不缴纳水土保持补偿费的")).isEqualTo(Circumstance.OTHER);
        String drugs = "药品上市许可持有人在省、自治区、直辖市人民政府药品监督管理部门责令其召回后，拒不召回的，处应召回药品货值金额五倍以上十倍以下的罚款；"
                + "货值金额不足十万元的，按十万元计算；情节严重的，吊销药品批准证明文件、药品生产许可证、药品经营许可证，"
                + "对法定代表人、主要负责人、直接负责的主管人员和其他责任人员，处二万元以上二十万元以下的罚款。";
        assertThat(StatutoryFines.parse(drugs).getFirst()).isEqualTo(party(times("货值金额", 5, 10)));
    }

    @Test
    void aUnitThatActedMeetsTheConditionOfTheFineOnItsPersons() {
        // 期货交易管理条例 第六十九条 (2017-03-01).
        String futures = "期货交易内幕信息的知情人或者非法获取期货交易内幕信息的人，在对期货交易价格有重大影响的信息尚未公开前，利用内幕信息从事期货交易，"
                + "或者向他人泄露内幕信息，使他人利用内幕信息进行期货交易的，没收违法所得，并处违法所得1倍以上5倍以下的罚款；没有违法所得或者违法所得"
                + "不满10万元的，处10万元以上50万元以下的罚款。单位从事内幕交易的，还应当对直接负责的主管人员和其他直接责任人员给予警告，"
                + "并处3万元以上30万元以下的罚款。";
        LocalDate act = LocalDate.of(2025, 3, 1);

        assertThat(StatutoryFines.onPersons(futures, PenaltyAdvisorTest.facts(act).illegalIncome(200000).party(PartyType.ORGANIZATION, null, null).build()))
                .singleElement().satisfies(f -> assertThat(f.fine()).isEqualTo(fixed(30000, 300000)));
        // a natural person who traded has no 直接负责的主管人员, and a party of unknown type is not taken for a unit
        assertThat(StatutoryFines.onPersons(futures, PenaltyAdvisorTest.facts(act).illegalIncome(200000).party(PartyType.INDIVIDUAL, 40, null).build())).isEmpty();
        assertThat(StatutoryFines.onPersons(futures, PenaltyAdvisorTest.facts(act).illegalIncome(200000).build())).isEmpty();
    }

    @Test
    void aUnitsFinePrintedAsAConditionIsTheUnitsAlone() throws Exception {
        // 陆地国界法 第五十八条第二款: "有违反本法第四十条规定行为的，由有关主管部门责令停止违法行为、恢复原状，处五千元以上两万元以下罚款；情节严重的，
        // 处两万元以上五万元以下罚款。单位有违反该条规定行为的，处五万元以上二十万元以下罚款。"
        String border = java.nio.file.Files.readAllLines(java.nio.file.Path.of("/work/shared/data/laws/宪法相关法/陆地国界法(2021-10-23).md")).stream()
                .filter(l -> l.startsWith("有违反本法第四十条规定行为的")).findFirst().orElseThrow();
        LocalDate act = LocalDate.of(2025, 3, 1);

        assertThat(StatutoryFines.rangeFor(border, PenaltyAdvisorTest.facts(act).party(PartyType.ORGANIZATION, null, null).build())).contains(range(50000, 200000));
        assertThat(StatutoryFines.rangeFor(border, PenaltyAdvisorTest.facts(act).serious().party(PartyType.ORGANIZATION, null, null).build()))
                .contains(range(50000, 200000));
        assertThat(StatutoryFines.rangeFor(border, PenaltyAdvisorTest.facts(act).party(PartyType.INDIVIDUAL, 40, null).build())).contains(range(5000, 20000));
        assertThat(StatutoryFines.rangeFor(border, PenaltyAdvisorTest.facts(act).serious().party(PartyType.INDIVIDUAL, 40, null).build()))
                .contains(range(20000, 50000));
        assertThat(GeneralDiscretionRulesTest.DEFAULT.standardFor(border, PartyType.ORGANIZATION).tiers())
                .filteredOn(t -> t.fine() != null).isNotEmpty()
                .allSatisfy(t -> assertThat(t.circumstances()).contains("法定50000元以上200000元以下"))
                .anySatisfy(t -> assertThat(t.condition()).isNull());
    }

    @Test
    void aFineOnTheResponsiblePersonsIsNotTheParties() throws Exception {
        // 地名管理条例 第三十八条: "擅自设置、拆除、移动、涂改、遮挡、损毁地名标志的，由地名标志设置、维护和管理部门责令改正并对责任人员处1000元
        // 以上5000元以下罚款。" The 1000–5000 is the 责任人员's; the party (a unit that put up the sign) was advised it.
        String placeNames = java.nio.file.Files.readAllLines(java.nio.file.Path.of("/work/shared/data/laws/行政法规/地名管理条例(2022-03-30).md"))
                .stream().filter(l -> l.startsWith("第三十八条 ")).findFirst().orElseThrow().substring("第三十八条 ".length());
        LocalDate act = LocalDate.of(2025, 3, 1);

        assertThat(StatutoryFines.parse(placeNames)).singleElement().satisfies(f -> assertThat(f.onResponsiblePersons()).isTrue());
        assertThat(StatutoryFines.rangeFor(placeNames, PenaltyAdvisorTest.facts(act).party(PartyType.ORGANIZATION, null, null).build())).isEmpty();
        assertThat(StatutoryFines.onPersons(placeNames, PenaltyAdvisorTest.facts(act).party(PartyType.ORGANIZATION, null, null).build()))
                .singleElement().satisfies(f -> assertThat(f.fine()).isEqualTo(fixed(1000, 5000)));
    }
    @Test
    void aRefusalTheActTellsOfIsNoConditionOfTheFine() throws Exception {
        // 煤矿安全监察条例 第四十二条: "…经煤矿安全监察人员责令立即停止作业，拒不停止作业的，由煤矿安全监察机构责令停产整顿，可以处10万元以下的罚款。" —
        // the refusal is the act: read as a condition, the only fine waited for a refusal the officer had to tick again.
        String mine = java.nio.file.Files.readAllLines(java.nio.file.Path.of("/work/shared/data/laws/行政法规/煤矿安全监察条例(2013-07-18).md")).stream()
                .filter(l -> l.startsWith("第四十二条 ")).findFirst().orElseThrow();
        assertThat(StatutoryFines.parse(mine)).singleElement().satisfies(f -> {
            assertThat(f.conditions()).isEmpty();
            assertThat(f.fine().max()).isEqualByComparingTo("100000");
        });
        // An order the penalty imposes still makes the refusal a condition: "…的，责令改正；拒不改正的，处…罚款".
        assertThat(StatutoryFines.parse("违反本法规定，未设置标志的，由有关部门责令改正；拒不改正的，处一万元以上五万元以下的罚款。")).singleElement()
                .satisfies(f -> assertThat(f.conditions()).containsExactly("拒不改正的"));
    }
    @Test
    void theBasisOfAMultipleIsTheAmountNotItsEquivalent() {
        // 卫星电视广播地面接收设施管理规定 第十条: "…擅自销售卫星地面接收设施的，由市场监督管理部门责令停止销售，没收其卫星地面接收设施，并可以处以相当于销售额2倍
        // 以下的罚款。" — the basis read "相当于销售额", which no fact names.
        assertThat(StatutoryFines.parse("违反本规定，擅自销售卫星地面接收设施的，由市场监督管理部门责令停止销售，没收其卫星地面接收设施，并可以处以相当于销售额2倍以下的罚款。"))
                .singleElement().satisfies(f -> assertThat(f.fine().basis()).isEqualTo("销售额"));
    }
}
