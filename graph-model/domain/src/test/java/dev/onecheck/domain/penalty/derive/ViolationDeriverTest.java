package dev.onecheck.domain.penalty.derive;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;

import dev.onecheck.domain.law.LawReference;
import dev.onecheck.domain.law.Provision;
import dev.onecheck.domain.penalty.Fine;
import org.junit.jupiter.api.Test;

/** {@link ViolationDeriver} on articles as ../shared/data/laws prints them. */
class ViolationDeriverTest {

    private static final java.nio.file.Path LAWS = java.nio.file.Path.of("/work/shared/data/laws");

    /** The line of article {@code number} ("第九十一条 …" without its number) as the law file {@code file} under LAWS prints it. */
    private static String printed(String file, String number) {
        return lineOf(file, number + " ").substring(number.length() + 1);
    }

    /** The first line of the law file {@code file} under LAWS that contains {@code text}. */
    private static String lineOf(String file, String text) {
        try (java.util.stream.Stream<java.nio.file.Path> files = java.nio.file.Files.walk(LAWS)) {
            java.nio.file.Path law = files.filter(f -> f.getFileName().toString().equals(file)).findFirst().orElseThrow();
            return java.nio.file.Files.readAllLines(law).stream().filter(l -> l.contains(text)).findFirst().orElseThrow();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static Provision article(String law, int number, String... lines) {
        return new Provision(law + "@2021-04-29/" + number, law + "@2021-04-29", number, 0, "第" + number + "条", "第九章 法律责任", null, List.of(lines));
    }

    @Test
    void aMeasureWithoutAFineThatFollowsARefusalIsListedWithItsCondition() {
        // 核安全法 第七十七条: "…责令改正，给予警告；情节严重的，处二十万元以上一百万元以下的罚款；拒不改正的，责令停止建设或者停产整顿:"
        String head = printed("核安全法(2017-09-01).md", "第七十七条");
        Provision p = article("核安全法", 77, head, "（一）核设施营运单位未设置核设施纵深防御体系的；");

        DerivedViolation v = ViolationDeriver.derive("核安全法", p).getFirst();

        assertThat(v.code()).isEqualTo("DV-核安全法-77-1-1");
        assertThat(ViolationDeriver.item(v.code())).hasValue(1);
        assertThat(ViolationDeriver.item("SP-001")).isEmpty();
        assertThat(v.measures()).containsExactly("责令改正", "警告", "责令停止建设或者停产整顿（拒不改正的）");
        assertThat(ViolationDeriver.immediateMeasures(head)).containsExactly("责令改正", "警告");
        assertThat(ViolationDeriver.conditionalMeasures(head)).extracting(ViolationDeriver.ConditionalMeasure::condition,
                ViolationDeriver.ConditionalMeasure::measure).containsExactly(org.assertj.core.groups.Tuple.tuple("拒不改正的", "责令停止建设或者停产整顿"));
    }

    @Test
    void eachListedItemIsAViolationOfItsOwnWithTheFinesOfTheParagraph() {
        // 食品安全法 第一百二十四条 (2021-04-29), first lines.
        Provision p = article("食品安全法", 124,
                "违反本法规定，有下列情形之一，尚不构成犯罪的，由县级以上人民政府食品安全监督管理部门没收违法所得和违法生产经营的食品、食品添加剂，"
                        + "并可以没收用于违法生产经营的工具、设备、原料等物品；违法生产经营的食品、食品添加剂货值金额不足一万元的，并处五万元以上十万元以下罚款；"
                        + "货值金额一万元以上的，并处货值金额十倍以上二十倍以下罚款；情节严重的，吊销许可证：",
                "（一）生产经营致病性微生物，农药残留、兽药残留、生物毒素、重金属等污染物质以及其他危害人体健康的物质含量超过食品安全标准限量的食品、食品添加剂；",
                "（二）用超过保质期的食品原料、食品添加剂生产食品、食品添加剂，或者经营上述食品、食品添加剂；");

        List<DerivedViolation> derived = ViolationDeriver.derive("食品安全法", p);

        assertThat(derived).extracting(DerivedViolation::code).containsExactly("DV-食品安全法-124-1-1", "DV-食品安全法-124-1-2");
        DerivedViolation second = derived.get(1);
        assertThat(second.name()).isEqualTo("用超过保质期的食品原料、食品添加剂生产食品、食品添加剂，或者经营上述食品、食品添加剂");
        assertThat(second.penaltyArticle()).isEqualTo(new LawReference("食品安全法", 124, 0, 1, 2));
        assertThat(second.enforcer()).isEqualTo("县级以上人民政府食品安全监督管理部门");
        assertThat(second.violates()).isEmpty();
        assertThat(second.fines()).extracting(f -> f.fine().kind(), f -> f.fine().min(), f -> f.fine().max()).containsExactly(
                org.assertj.core.groups.Tuple.tuple(Fine.Kind.FIXED, new BigDecimal("50000"), new BigDecimal("100000")),
                org.assertj.core.groups.Tuple.tuple(Fine.Kind.MULTIPLE, new BigDecimal("10"), new BigDecimal("20")));
        // 情节严重的，吊销许可证: listed with its condition, never as a given.
        assertThat(second.measures()).contains("没收违法所得和违法生产经营的食品、食品添加剂", "吊销许可证（情节严重的）");
        assertThat(second.conditions()).contains("货值金额一万元以上的", "情节严重的");
        assertThat(second.confidence()).isLessThan(1.0);
    }

    @Test
    void theArticleViolatedAndTheConditionOfTheFine() {
        // 种子法 第八十四条 (2021-12-24).
        Provision p = article("种子法", 84, "违反本法第四十四条规定，未根据林业草原主管部门制定的计划使用林木良种的，由同级人民政府林业草原主管部门"
                + "责令限期改正；逾期未改正的，处三千元以上三万元以下罚款。");

        DerivedViolation v = ViolationDeriver.derive("种子法", p).getFirst();

        assertThat(v.name()).isEqualTo("未根据林业草原主管部门制定的计划使用林木良种");
        assertThat(v.violates()).containsExactly(LawReference.of("种子法", 44));
        assertThat(v.enforcer()).isEqualTo("同级人民政府林业草原主管部门");
        assertThat(v.conditions()).containsExactly("逾期未改正的");
        assertThat(v.fines().getFirst().conditions()).containsExactly("逾期未改正的");
        assertThat(v.measures()).containsExactly("责令限期改正");
        assertThat(v.confidence()).isEqualTo(1.0);
    }

    @Test
    void aSecondActBeforeThePenaltyBelongsToTheActAndParagraphsAndItemsCiteTheirOwnArticles() {
        // 招标投标法 第四十九条 (2017-12-27).
        Provision tender = article("招标投标法", 49, "违反本法规定，必须进行招标的项目而不招标的，将必须进行招标的项目化整为零或者以其他任何方式规避招标的，"
                + "责令限期改正，可以处项目合同金额千分之五以上千分之十以下的罚款；对全部或者部分使用国有资金的项目，可以暂停项目执行或者暂停资金拨付；"
                + "对单位直接负责的主管人员和其他直接责任人员依法给予处分。");
        assertThat(ViolationDeriver.derive("招标投标法", tender).getFirst().name())
                .isEqualTo("必须进行招标的项目而不招标的，将必须进行招标的项目化整为零或者以其他任何方式规避招标");

        assertThat(ViolationDeriver.references("商业特许经营管理条例", "特许人未依照本条例第八条的规定向商务主管部门备案"))
                .containsExactly(LawReference.of("商业特许经营管理条例", 8));
        assertThat(ViolationDeriver.references("食品安全法", "违反本法第三十五条第一款、第三十六条规定"))
                .containsExactly(new LawReference("食品安全法", 35, 0, 1, 0), LawReference.of("食品安全法", 36));
        assertThat(ViolationDeriver.references("气象灾害防御条例", "违反《中华人民共和国气象法》第二十三条规定"))
                .containsExactly(LawReference.of("气象法", 23));
        assertThat(ViolationDeriver.references("食品安全法", "依照本法第一百二十四条的规定给予处罚")).isEmpty();
        // 棉花质量监督管理条例 第二十七条 (2017-10-07).
        assertThat(ViolationDeriver.references("棉花质量监督管理条例", "违反本条例第十条第一款、第二款、第三款的规定")).containsExactly(
                new LawReference("棉花质量监督管理条例", 10, 0, 1, 0), new LawReference("棉花质量监督管理条例", 10, 0, 2, 0),
                new LawReference("棉花质量监督管理条例", 10, 0, 3, 0));
    }

    @Test
    void aClauseOfCivilLiabilityIsNoConditionOfThePenalty() {
        // 测绘法 第五十九条 (2017-04-27).
        DerivedViolation survey = ViolationDeriver.derive("测绘法", article("测绘法", 59, "违反本法规定，未取得测绘执业资格，擅自从事测绘活动的，"
                + "责令停止违法行为，没收违法所得和测绘成果，对其所在单位可以处违法所得二倍以下的罚款；情节严重的，没收测绘工具；"
                + "造成损失的，依法承担赔偿责任。")).getFirst();

        assertThat(survey.name()).isEqualTo("未取得测绘执业资格，擅自从事测绘活动");
        assertThat(survey.conditions()).containsExactly("情节严重的");
        assertThat(survey.measures()).contains("没收测绘工具（情节严重的）");
    }

    @Test
    void whatIsNoPenaltyArticleGivesNoViolation() {
        // 行政处罚法 第七十四条 (2021-01-22): about fines, not a penalty for an act.
        Provision fines = article("行政处罚法", 74, "除依法应当予以销毁的物品外，依法没收的非法财物必须按照国家规定公开拍卖或者按照国家有关规定处理。",
                "罚款、没收的违法所得或者没收非法财物拍卖的款项，必须全部上缴国库，任何行政机关或者个人不得以任何形式截留、私分或者变相私分。");
        // 公务员法-style discipline (处分) is no administrative penalty.
        Provision discipline = article("公职人员政务处分法", 34, "收受可能影响公正行使公权力的礼品、礼金、有价证券等财物的，予以警告、记过或者记大过；"
                + "情节较重的，予以降级或者撤职；情节严重的，予以开除。");

        assertThat(ViolationDeriver.derive("行政处罚法", fines)).isEmpty();
        // 治安管理处罚法 第二十一条 (2012-10-26): 不执行行政拘留处罚 is no penalty; 道路交通安全违法行为处理程序规定 第六十二条 only procedure.
        assertThat(ViolationDeriver.derive("治安管理处罚法", article("治安管理处罚法", 21,
                "违反治安管理行为人有下列情形之一，依照本法应当给予行政拘留处罚的，不执行行政拘留处罚:", "（三）七十周岁以上的；"))).isEmpty();
        assertThat(ViolationDeriver.derive("道路交通安全违法行为处理程序规定", article("道路交通安全违法行为处理程序规定", 62,
                "对违法行为人决定行政拘留并处罚款的，公安机关交通管理部门应当告知违法行为人可以委托他人代缴罚款。"))).isEmpty();
        assertThat(ViolationDeriver.derive("公职人员政务处分法", discipline)).hasSize(1);
        // 价格违法行为行政处罚规定 第二十一条 "逾期不缴纳罚款的，每日按罚款数额的3%加处罚款" is enforcement of a fine (行政强制法
        // 第十二条 "（一）加处罚款或者滞纳金"), no penalty for an act of its own.
        assertThat(ViolationDeriver.derive("价格违法行为行政处罚规定", article("价格违法行为行政处罚规定", 21,
                "逾期不缴纳罚款的，每日按罚款数额的3%加处罚款；逾期不缴纳违法所得的，每日按违法所得数额的2‰加处罚款。"))).isEmpty();
    }

    @Test
    void aReferralToThePoliceUnderTheSecurityAdministrationLawIsNoConditionOfThePenalty() {
        // 长江三峡工程建设移民条例 第五十八条 (2011-01-08).
        Provision p = article("长江三峡工程建设移民条例", 58,
                "违反本条例规定，在移民搬迁和安置过程中，有下列行为之一的，由县级以上人民政府移民管理机构会同同级有关部门依据职责，责令限期改正，"
                        + "给予警告；构成违反治安管理行为的，由公安机关依法予以处罚：",
                "(一)拒绝搬迁或者拖延搬迁的；",
                "(二)按照规定标准已获得安置补偿，搬迁后又擅自返迁的；",
                "(三)按照规定标准获得安置补偿后，无理要求再次补偿的。");

        List<DerivedViolation> derived = ViolationDeriver.derive("长江三峡工程建设移民条例", p);

        assertThat(derived).hasSize(3);
        assertThat(derived).allSatisfy(v -> assertThat(v.conditions()).isEmpty());
    }

    @Test
    void aSuspendedOrRevokedDocumentIsReadWhateverTheNameOfTheDocument() {
        // 道路交通安全法 第九十一条 (2021-04-29): "饮酒后驾驶机动车的，处暂扣六个月机动车驾驶证，并处一千元以上二千元以下罚款。
        // 因饮酒后驾驶机动车被处罚，再次饮酒后驾驶机动车的，处十日以下拘留，并处一千元以上二千元以下罚款，吊销机动车驾驶证。"
        String drunk = printed("道路交通安全法(2021-04-29).md", "第九十一条");
        assertThat(drunk).contains("处暂扣六个月机动车驾驶证", "吊销机动车驾驶证");
        assertThat(ViolationDeriver.immediateMeasures(drunk)).containsExactly("暂扣六个月机动车驾驶证");
        assertThat(ViolationDeriver.derive("道路交通安全法", article("道路交通安全法", 91, drunk)).getFirst().measures())
                .contains("暂扣六个月机动车驾驶证", "处十日以下拘留，吊销机动车驾驶证（再次饮酒后驾驶机动车的）");

        // 技术进出口管理条例 第四十七条 (2020-11-29): "…由国务院外经贸主管部门吊销其技术进出口合同登记证，暂停直至撤销其对外贸易经营许可。"
        String contract = printed("技术进出口管理条例(2020-11-29).md", "第四十七条");
        assertThat(ViolationDeriver.derive("技术进出口管理条例", article("技术进出口管理条例", 47, contract)).getFirst().measures())
                .containsExactly("吊销其技术进出口合同登记证", "撤销其对外贸易经营许可");

        // 中国公民出国旅游管理办法 第三十条 (2017-03-01): "…对旅游团队领队暂扣其导游证；造成恶劣影响的，…对旅游团队领队吊销其导游证。"
        String guide = printed("中国公民出国旅游管理办法(2017-03-01).md", "第三十条");
        assertThat(ViolationDeriver.derive("中国公民出国旅游管理办法", article("中国公民出国旅游管理办法", 30, guide)).getFirst().measures())
                .contains("暂扣其导游证", "对组团社取消其出国旅游业务经营资格，对旅游团队领队吊销其导游证（造成恶劣影响的）");
    }

    @Test
    void aListOfDocumentsIsOneMeasureUpToAnotherAct() {
        // 电影产业促进法 第四十八条 (2016-11-07): "…由原发证机关吊销有关许可证、撤销有关批准或者证明文件；县级以上人民政府电影主管部门
        // 没收违法所得；…" — 撤销 is another measure, and the 没收 of the next sentence is imposed at once too.
        String film = printed("电影产业促进法(2016-11-07).md", "第四十八条");
        assertThat(ViolationDeriver.immediateMeasures(film)).containsExactly("吊销有关许可证", "撤销有关批准或者证明文件", "没收违法所得");
        // 外国常驻新闻机构和外国记者采访条例 第二十一条 (2008-10-17): "…由外交部予以警告，责令暂停或者终止其业务活动；情节严重的，
        // 吊销其外国常驻新闻机构证、外国常驻记者证或者记者签证。"
        String press = printed("外国常驻新闻机构和外国记者采访条例(2008-10-17).md", "第二十一条");
        assertThat(ViolationDeriver.derive("外国常驻新闻机构和外国记者采访条例", article("外国常驻新闻机构和外国记者采访条例", 21, press)).getFirst()
                .measures()).containsExactly("警告", "责令暂停或者终止其业务活动", "吊销其外国常驻新闻机构证、外国常驻记者证或者记者签证（情节严重的）");
    }

    @Test
    void whatIsConfiscatedIsTheWholeListUpToTheNextPenalty() {
        // 中国公民出国旅游管理办法 第三十一条 (2017-03-01): "…由旅游行政部门责令改正，没收索要的回扣、提成或者收受的财物，并处…罚款"
        String kickbacks = printed("中国公民出国旅游管理办法(2017-03-01).md", "第三十一条");
        assertThat(ViolationDeriver.immediateMeasures(kickbacks)).containsExactly("责令改正", "没收索要的回扣、提成或者收受的财物");
        // 股票发行与交易管理暂行条例 第七十四条 (1993-04-22): "…单处或者并处警告、没收非法获取的股票和其他非法所得、罚款" — 罚款 is no
        // thing confiscated.
        String shares = printed("股票发行与交易管理暂行条例(1993-04-22).md", "第七十四条");
        assertThat(shares).contains("单处或者并处警告、没收非法获取的股票和其他非法所得、罚款");
        assertThat(ViolationDeriver.immediateMeasures(shares)).containsExactly("警告", "没收非法获取的股票和其他非法所得");
        // 陆生野生动物保护实施条例 第三十八条 (2016-02-06): "…没收违法所得，处3000元以下罚款，可以并处没收野生动物、吊销驯养繁殖许可证。"
        // — the 吊销 is a measure of its own.
        String breeding = printed("陆生野生动物保护实施条例(2016-02-06).md", "第三十八条");
        assertThat(breeding).contains("可以并处没收野生动物、吊销驯养繁殖许可证");
        assertThat(ViolationDeriver.immediateMeasures(breeding)).contains("没收野生动物", "吊销驯养繁殖许可证");
    }

    @Test
    void aWarningSignIsNoWarning() {
        // 交通警察道路执勤执法工作规范 第八十六条 (2018-01-25), an annexed rule: "故障机动车可以在短时间内修复，…但应当责令机动车驾驶人
        // 按照规定设置警告标志。" read 警告标志 as the penalty 警告.
        String breakdown = lineOf("交通警察道路执勤执法工作规范(2018-01-25).md", "但应当责令机动车驾驶人按照规定设置警告标志");
        assertThat(ViolationDeriver.derive("交通警察道路执勤执法工作规范", article("交通警察道路执勤执法工作规范", 86, breakdown))).isEmpty();
        // 道路交通安全法实施条例 第六十条 (2017-10-07): "…妨碍交通又难以移动的，应当按照规定开启危险报警闪光灯并在车后50米至100米处设置警告标志…"
        String accident = printed("道路交通安全法实施条例(2017-10-07).md", "第六十条");
        assertThat(accident).contains("设置警告标志");
        assertThat(ViolationDeriver.derive("道路交通安全法实施条例", article("道路交通安全法实施条例", 60, accident))).isEmpty();
        // 校车安全管理条例 第二十八条 (2012-04-05): "…对上述危险路段设置安全防护设施、限速标志、警告标牌。"
        String bus = printed("校车安全管理条例(2012-04-05).md", "第二十八条");
        assertThat(ViolationDeriver.derive("校车安全管理条例", article("校车安全管理条例", 28, bus))).isEmpty();
        assertThat(ViolationDeriver.isPenalty("设置警告标志")).isFalse();
        assertThat(ViolationDeriver.isPenalty("警告")).isTrue();
    }

    @Test
    void aParagraphThatNamesAPenaltyButImposesNoneIsNoViolation() {
        // 道路交通安全违法行为记分管理办法 第十五条 (2021-12-17): "…累积记分虽未满12分，但有罚款逾期未缴纳的，该记分周期内尚未缴纳罚款的
        // 交通违法行为记分分值转入下一记分周期。" and 第二十三条: "…机动车驾驶人同时被处以暂扣机动车驾驶证的，在暂扣期限届满后发还机动车驾驶证。"
        for (var number : java.util.Map.of("第十五条", 15, "第二十三条", 23).entrySet()) {
            String points = printed("道路交通安全违法行为记分管理办法(2021-12-17).md", number.getKey());
            assertThat(ViolationDeriver.derive("道路交通安全违法行为记分管理办法", article("道路交通安全违法行为记分管理办法", number.getValue(), points)))
                    .as(number.getKey()).isEmpty();
        }
        // 公安机关办理行政案件程序规定 第二百三十四条 (2019-04-27): "作出吊销公安机关发放的许可证或者执照处罚的，应当在被吊销的许可证或者
        // 执照上加盖吊销印章后收缴。…"
        String stamp = printed("公安机关办理行政案件程序规定(2019-04-27).md", "第二百三十四条");
        assertThat(ViolationDeriver.derive("公安机关办理行政案件程序规定", article("公安机关办理行政案件程序规定", 234, stamp))).isEmpty();
        // 护士条例 第三十二条 (2020-03-27): "护士被吊销执业证书的，自执业证书被吊销之日起2年内不得申请执业注册。" — a period that runs
        // from a penalty; 道路交通安全法 第一百零八条第二款 (2021-04-29): "…可以当场予以收缴罚款。" — collecting a fine.
        String nurse = printed("护士条例(2020-03-27).md", "第三十二条");
        assertThat(ViolationDeriver.derive("护士条例", article("护士条例", 32, nurse))).isEmpty();
        String collected = lineOf("道路交通安全法(2021-04-29).md", "可以当场予以收缴罚款");
        assertThat(ViolationDeriver.derive("道路交通安全法", article("道路交通安全法", 108, collected))).isEmpty();
    }

    @Test
    void aPenaltyImposedOnlyUnderAConditionOrByTheItemsStillMakesAViolation() {
        // 防沙治沙法 第三十八条 (2018-10-26): "…由…林业草原行政主管部门责令停止违法行为；有违法所得的，没收其违法所得；…" — no fine, and
        // the 没收 waits for 违法所得, but it is imposed.
        String desert = printed("防沙治沙法(2018-10-26).md", "第三十八条");
        assertThat(ViolationDeriver.derive("防沙治沙法", article("防沙治沙法", 38, desert))).singleElement()
                .satisfies(v -> assertThat(v.fines()).isEmpty());
        // 生产安全事故报告和调查处理条例 第三十七条 (2007-04-09): "事故发生单位对事故发生负有责任的，依照下列规定处以罚款：" — the amounts
        // are in the items.
        String accident = printed("生产安全事故报告和调查处理条例(2007-04-09).md", "第三十七条");
        assertThat(ViolationDeriver.derive("生产安全事故报告和调查处理条例", article("生产安全事故报告和调查处理条例", 37, accident))).hasSize(1);
        // 市场主体登记管理条例 第三十三条 (2021-07-27): "…或者市场主体被吊销营业执照、责令关闭、撤销，…不适用简易注销程序。" suffers
        // penalties and imposes none; 行政复议法 第七十七条第二款 (2023-09-01): "被申请人不履行…的，…并可以约谈被申请人的有关负责人或者
        // 予以通报批评。" — 被申请人 is a party, the 通报批评 is imposed.
        String deregistration = lineOf("市场主体登记管理条例(2021-07-27).md", "或者市场主体被吊销营业执照、责令关闭、撤销");
        assertThat(ViolationDeriver.derive("市场主体登记管理条例", article("市场主体登记管理条例", 33, deregistration))).isEmpty();
        String review = lineOf("行政复议法(2023-09-01).md", "或者予以通报批评");
        assertThat(ViolationDeriver.derive("行政复议法", article("行政复议法", 77, review))).singleElement()
                .satisfies(v -> assertThat(v.measures()).contains("通报批评"));
    }

    @Test
    void measuresJoinedBy或者AreOneChoiceAndAPenaltyInsteadOfTheFineIsMarked() {
        // 私募投资基金监督管理条例 第五十七条 (2023-07-03): one of 警告 and 通报批评, beside the fine.
        assertThat(ViolationDeriver.immediateMeasures("私募基金服务机构及其从业人员违反法律、行政法规规定，未恪尽职守、勤勉尽责的，责令改正，"
                + "给予警告或者通报批评，并处10万元以上30万元以下的罚款；情节严重的，责令其停止私募基金服务业务。")).containsExactly("责令改正", "警告或者通报批评");
        // 放射性污染防治法 第五十七条: one of 责令停产停业 and 吊销许可证, never both.
        assertThat(ViolationDeriver.immediateMeasures("违反本法规定，有下列行为之一的，由省级以上人民政府环境保护行政主管部门责令停产停业或者吊销许可证；"
                + "有违法所得的，没收违法所得；")).containsExactly("责令停产停业或者吊销许可证");
        // 道路交通安全法 第九十条 (2021-04-29): the 警告 instead of the fine.
        assertThat(ViolationDeriver.immediateMeasures("机动车驾驶人违反道路交通安全法律、法规关于道路通行规定的，处警告或者二十元以上二百元以下罚款。"))
                .containsExactly("警告" + ViolationDeriver.OR_FINE);
        // 劳动法 第九十六条 (2018-12-29): "拘留、罚款或者警告", one of the three — on the 责任人员, not on the 用人单位.
        String labour = "用人单位有下列行为之一，由公安机关对责任人员处以十五日以下拘留、罚款或者警告；";
        assertThat(ViolationDeriver.immediateMeasures(labour)).isEmpty();
        assertThat(ViolationDeriver.othersMeasures(labour)).containsExactly("对责任人员：十五日以下拘留（与罚款择一）", "对责任人员：警告（与罚款择一）");
        assertThat(ViolationDeriver.finesParty(labour)).isFalse();
        // 海洋环境保护法 第七十四条 (2017-11-04): "予以警告，或者处以罚款".
        assertThat(ViolationDeriver.immediateMeasures("违反本法有关规定，有下列行为之一的，由依照本法规定行使海洋环境监督管理权的部门予以警告，或者处以罚款:"))
                .containsExactly("警告" + ViolationDeriver.OR_FINE);
        // 反电信网络诈骗法 第三十九条 (2022-09-02), its clause "给予警告、通报批评，或者处五万元以上五十万元以下罚款": the two together instead of the fine.
        assertThat(ViolationDeriver.immediateMeasures("给予警告、通报批评，或者处五万元以上五十万元以下罚款"))
                .containsExactly("警告、通报批评" + ViolationDeriver.OR_FINE);
        assertThat(ViolationDeriver.insteadOfFine("警告" + ViolationDeriver.OR_FINE)).isTrue();
        assertThat(ViolationDeriver.insteadOfFine("警告")).isFalse();
    }

    @Test
    void aPenaltyForSomeItemsOfTheListIsNoViolationOfTheOthers() {
        // 劳动保障监察条例 第三十条 (2004-11-01): item (四) is only ordered to be corrected.
        Provision p = article("劳动保障监察条例", 30,
                "有下列行为之一的，由劳动保障行政部门责令改正；对有第(一)项、第(二)项或者第(三)项规定的行为的，处2000元以上2万元以下的罚款：",
                "(一)无理抗拒、阻挠劳动保障行政部门依照本条例的规定实施劳动保障监察的；",
                "(二)不按照劳动保障行政部门的要求报送书面材料，隐瞒事实真相，出具伪证或者隐匿、毁灭证据的；",
                "(三)经劳动保障行政部门责令改正拒不改正，或者拒不履行劳动保障行政部门的行政处理决定的；",
                "(四)打击报复举报人、投诉人的。");

        assertThat(ViolationDeriver.derive("劳动保障监察条例", p)).extracting(DerivedViolation::code)
                .containsExactly("DV-劳动保障监察条例-30-1-1", "DV-劳动保障监察条例-30-1-2", "DV-劳动保障监察条例-30-1-3");
    }

    @Test
    void aFineAfterTheLiabilitySetAsideIsDerivedWithTheBandsOfItsItems() throws Exception {
        // 安全生产法 第一百一十四条 (2021-06-10): "发生生产安全事故，对负有责任的生产经营单位除要求其依法承担相应的赔偿等责任外，由应急管理
        // 部门依照下列规定处以罚款:（一）发生一般事故的，处三十万元以上一百万元以下的罚款；…" — the act closes at "责任外，", each item is a band.
        Provision safety = new dev.onecheck.domain.law.LawMarkdownParser().parse("社会法/安全生产法(2021-06-10).md",
                        java.nio.file.Files.readString(java.nio.file.Path.of("/work/shared/data/laws/社会法/安全生产法(2021-06-10).md")))
                .provisions().stream().filter(p -> p.article() == 114).findFirst().orElseThrow();
        DerivedViolation v = ViolationDeriver.derive("安全生产法", safety).getFirst();
        assertThat(v.code()).isEqualTo("DV-安全生产法-114-1");
        assertThat(v.enforcer()).isEqualTo("应急管理部门");
        assertThat(v.fines()).extracting(f -> f.conditions(), f -> f.fine().min(), f -> f.fine().max()).containsExactly(
                org.assertj.core.groups.Tuple.tuple(List.of("发生一般事故的"), new BigDecimal(300000), new BigDecimal(1000000)),
                org.assertj.core.groups.Tuple.tuple(List.of("发生较大事故的"), new BigDecimal(1000000), new BigDecimal(2000000)),
                org.assertj.core.groups.Tuple.tuple(List.of("发生重大事故的"), new BigDecimal(2000000), new BigDecimal(10000000)),
                org.assertj.core.groups.Tuple.tuple(List.of("发生特别重大事故的"), new BigDecimal(10000000), new BigDecimal(20000000)));

        // 特种设备安全法 第九十条 (2013-06-29): the items' case without 的, and no authority before the fine.
        Provision equipment = article("特种设备安全法", 90, "发生事故，对负有责任的单位除要求其依法承担相应的赔偿等责任外，依照下列规定处以罚款:\n"
                + "（一）发生一般事故，处十万元以上二十万元以下罚款；\n（二）发生较大事故，处二十万元以上五十万元以下罚款；\n"
                + "（三）发生重大事故，处五十万元以上二百万元以下罚款。");
        assertThat(ViolationDeriver.derive("特种设备安全法", equipment)).singleElement().satisfies(e -> assertThat(e.fines())
                .extracting(f -> f.conditions()).containsExactly(List.of("发生一般事故"), List.of("发生较大事故"), List.of("发生重大事故")));
    }

    @Test
    void theMeasuresOfTheNinthArticleInTheWordsOfParticularLawsAreRead() {
        // 行政处罚法 第九条 (四) "限制开展生产经营活动、责令停产停业、责令关闭、限制从业" as particular laws print it.
        assertThat(ViolationDeriver.immediateMeasures(printed("基金会管理条例(2004-03-08).md", "第四十二条")))
                .as("由登记管理机关给予警告、责令停止活动").containsExactly("警告", "责令停止活动");
        assertThat(ViolationDeriver.conditionalMeasures(printed("慈善法(2023-12-29).md", "第一百一十条")))
                .extracting(ViolationDeriver.ConditionalMeasure::labelled).as("逾期不改正的，责令限期停止活动并进行整改")
                .containsExactly("责令限期停止活动并进行整改（逾期不改正的）");
        assertThat(ViolationDeriver.immediateMeasures(printed("计算机信息系统安全保护条例(2011-01-08).md", "第二十条")))
                .as("由公安机关处以警告或者停机整顿").containsExactly("警告或者停机整顿");
        assertThat(ViolationDeriver.conditionalMeasures(printed("计算机信息网络国际联网安全保护管理办法(2011-01-08).md", "第二十条")))
                .filteredOn(c -> c.condition().equals("情节严重的")).extracting(ViolationDeriver.ConditionalMeasure::measure).singleElement().asString()
                .as("情节严重的，并可以给予6个月以内停止联网、停机整顿的处罚").startsWith("可以给予6个月以内停止联网、停机整顿的处罚");
        assertThat(ViolationDeriver.conditionalMeasures(printed("大气污染防治法(2018-10-26).md", "第一百一十七条")))
                .extracting(ViolationDeriver.ConditionalMeasure::labelled).containsExactly("责令停工整治或者停业整治（拒不改正的）");
        assertThat(ViolationDeriver.conditionalMeasures(printed("消耗臭氧层物质管理条例(2023-12-29).md", "第三十六条")))
                .extracting(ViolationDeriver.ConditionalMeasure::labelled).containsExactly("责令停产整治或者停业整治（拒不改正的）");
        // 对外承包工程管理条例 第二十条 "拒不改正的，商务主管部门可以禁止其在1年以上3年以下的期限内对外承包新的工程项目": 限制开展生产经营活动
        assertThat(ViolationDeriver.conditionalMeasures(printed("对外承包工程管理条例(2017-03-01).md", "第二十条")))
                .extracting(ViolationDeriver.ConditionalMeasure::labelled)
                .contains("商务主管部门可以禁止其在1年以上3年以下的期限内对外承包新的工程项目（拒不改正的）");
        assertThat(ViolationDeriver.conditionalMeasures(lineOf("证券法(2019-12-28).md", "提供证券融资融券服务的")))
                .extracting(ViolationDeriver.ConditionalMeasure::labelled).containsExactly("禁止其在一定期限内从事证券融资融券业务（情节严重的）");
        for (String measure : List.of("责令停止活动", "停机整顿", "责令停工整治", "禁止其在1年以上3年以下的期限内对外承包新的工程项目")) {
            assertThat(ViolationDeriver.isPenalty(measure)).as(measure).isTrue();
        }
    }

    @Test
    void ordersToStopAreReadWhole收缴And撤销Too() {
        // 饲料和饲料添加剂管理条例 第四十六条 "责令停止生产、经营", not 责令停止生产; 危险化学品安全管理条例 第七十五条 "…、使用活动"
        assertThat(ViolationDeriver.immediateMeasures(printed("饲料和饲料添加剂管理条例(2017-03-01).md", "第四十六条")))
                .containsExactly("责令停止生产、经营", "没收违法所得和违法生产、经营的产品");
        assertThat(ViolationDeriver.immediateMeasures(printed("危险化学品安全管理条例(2013-12-07).md", "第七十五条")))
                .containsExactly("责令停止生产、经营、使用活动");
        // 校车安全管理条例 第四十四条 "由公安机关交通管理部门收缴并强制报废机动车"; 不动产登记暂行条例 第三十一条 "…依法予以收缴"
        assertThat(ViolationDeriver.immediateMeasures(printed("校车安全管理条例(2012-04-05).md", "第四十四条"))).first().isEqualTo("收缴并强制报废机动车");
        assertThat(ViolationDeriver.immediateMeasures(printed("不动产登记暂行条例(2019-03-24).md", "第三十一条"))).containsExactly("收缴");
        // the 收缴 of a fine is procedure (长江三峡工程建设移民条例 第五十六条 "没收的违法所得和收缴的罚款，全部纳入移民资金")
        assertThat(ViolationDeriver.immediateMeasures("没收的违法所得和收缴的罚款，全部纳入移民资金")).noneMatch(m -> m.contains("收缴"));
        assertThat(ViolationDeriver.isPenalty("收缴")).isFalse();
        // 兽药管理条例 第六十九条 "撤销兽药的产品批准文号或者吊销进口兽药注册证书", one choice; 证券法 第二百零三条 "撤销相关许可"
        assertThat(ViolationDeriver.immediateMeasures(printed("兽药管理条例(2020-03-27).md", "第六十九条")))
                .containsExactly("撤销兽药的产品批准文号或者吊销进口兽药注册证书");
        assertThat(ViolationDeriver.immediateMeasures(printed("证券法(2019-12-28).md", "第二百零三条"))).containsExactly("撤销相关许可");
    }

    @Test
    void aDecisionToRevokeThatAnArticleOnlyNamesIsNoViolation() {
        // 民用核设施安全监督管理条例 第二十二条, 核材料管制条例 第二十条: "…但是，对吊销核安全许可证件的决定应当立即执行。" — procedure.
        for (String text : List.of(printed("民用核设施安全监督管理条例(1986-10-29).md", "第二十二条"), printed("核材料管制条例(1987-06-14).md", "第二十条"))) {
            assertThat(ViolationDeriver.derive("条例", article("条例", 22, text))).as(text).isEmpty();
        }
    }

    @Test
    void aMeasureTheArticleLeavesToTheAuthorityIsMarked可以() {
        // 公司法 第二百六十条: "…公司登记机关可以吊销营业执照，但公司依法办理歇业的除外。"
        assertThat(ViolationDeriver.immediateMeasures(printed("公司法(2023-12-29).md", "第二百六十条"))).containsExactly("可以吊销营业执照");
        // 种子法 第七十六条: "…责令改正，没收违法所得和种子，并处…罚款；可以吊销种子生产经营许可证：" — 没收 is due, the 吊销 is not
        String seed = printed("种子法(2021-12-24).md", "第七十六条");
        assertThat(ViolationDeriver.derive("种子法", article("种子法", 76, seed, "（一）未取得种子生产经营许可证生产经营种子的；")).getFirst().measures())
                .containsExactly("责令改正", "没收违法所得和种子", "可以吊销种子生产经营许可证");
        // 邮政法 第七十二条 "对快递企业，还可以责令停业整顿直至吊销其快递业务经营许可证": one choice, up to the heaviest, for 快递企业
        assertThat(ViolationDeriver.derive("邮政法", article("邮政法", 72, printed("邮政法(2015-04-24).md", "第七十二条"))).getFirst().measures())
                .contains("对快递企业：可以责令停业整顿直至吊销其快递业务经营许可证");
        assertThat(ViolationDeriver.optional("可以吊销营业执照")).isTrue();
        assertThat(ViolationDeriver.optional("吊销营业执照")).isFalse();
        assertThat(ViolationDeriver.unmarked("可以警告" + ViolationDeriver.OR_FINE)).isEqualTo("警告");
    }

    @Test
    void aMeasureASentenceImposesOnAnotherIsListedWithWhomAndNeverAsThePartys() {
        // 旅游法 第一百条: "…；对直接负责的主管人员和其他直接责任人员，处二千元以上二万元以下罚款，并暂扣或者吊销导游证："
        String agency = printed("旅游法(2018-10-26).md", "第一百条");
        assertThat(ViolationDeriver.immediateMeasures(agency)).containsExactly("责令改正", "责令停业整顿");
        assertThat(ViolationDeriver.othersMeasures(agency)).containsExactly("对直接负责的主管人员和其他直接责任人员：暂扣或者吊销导游证");
        // 精神卫生法 第七十三条: "…；对有关医务人员，吊销其执业证书。"
        String clinic = printed("精神卫生法(2018-04-27).md", "第七十三条");
        assertThat(ViolationDeriver.othersMeasures(clinic)).containsExactly("对有关医务人员：吊销其执业证书");
        assertThat(ViolationDeriver.derive("精神卫生法", article("精神卫生法", 73, clinic)).getFirst().measures())
                .containsExactly("责令停止相关诊疗活动", "警告", "没收违法所得（有违法所得的）", "对有关医务人员：吊销其执业证书");
        // 导游人员管理条例 第二十四条: "…；对委派该导游人员的旅行社给予警告直至责令停业整顿；…"
        assertThat(ViolationDeriver.othersMeasures(printed("导游人员管理条例(2017-10-07).md", "第二十四条")))
                .containsExactly("对委派该导游人员的旅行社：警告直至责令停业整顿");
        // 国境卫生检疫法 第四十五条 (2024-06-28) "…有下列情形之一的，对交通运输工具负责人，由海关责令改正，给予警告，…": the first
        // sentence after the act punishes the party, whoever it names
        assertThat(ViolationDeriver.immediateMeasures(printed("国境卫生检疫法(2024-06-28).md", "第四十五条"))).containsExactly("责令改正", "警告");
        // 出境入境管理法 第七十七条 "对外国人非法获取的…其他物品，予以收缴或者销毁": things a measure takes, not someone else punished
        String foreigner = lineOf("出境入境管理法(2012-06-30).md", "擅自进入限制外国人进入的区域");
        assertThat(ViolationDeriver.othersMeasures(foreigner)).isEmpty();
        assertThat(ViolationDeriver.immediateMeasures(foreigner)).contains("收缴或者销毁");
    }

    @Test
    void aMeasureAfterAClauseThatImposesNothingIsImposedAtOnce() {
        // 专利代理条例 第二十六条第二款 "…依照有关法律、行政法规的规定承担法律责任；由国务院专利行政部门吊销专利代理师资格证。",
        // 第二十五条第二款 the same for the agency (printed "专业代理机构在执业过程中泄露…")
        assertThat(ViolationDeriver.immediateMeasures(lineOf("专利代理条例(2018-11-06).md", "专利代理师在执业过程中泄露")))
                .containsExactly("吊销专利代理师资格证");
        assertThat(ViolationDeriver.immediateMeasures(lineOf("专利代理条例(2018-11-06).md", "专业代理机构在执业过程中泄露")))
                .containsExactly("吊销专利代理机构执业许可证");
        // 建设工程安全生产管理条例 第五十八条 "责令停止执业3个月以上1年以下" (限制从业); 公证法 第四十二条 "并可以给予三个月以上十二个月
        // 以下停止执业的处罚", the authority's choice
        assertThat(ViolationDeriver.immediateMeasures(printed("建设工程安全生产管理条例(2003-11-24).md", "第五十八条"))).containsExactly("责令停止执业3个月以上1年以下");
        assertThat(ViolationDeriver.othersMeasures(printed("公证法(2017-09-01).md", "第四十二条"))).contains("对公证员：可以停止执业");
    }


    @Test
    void aSecondActOfAParagraphIsAViolationOfItsOwnWithItsOwnFines() {
        // 旅行社条例 第四十七条: "旅行社转让、出租、出借旅行社业务经营许可证的，由旅游行政管理部门责令停业整顿1个月至3个月，并没收违法所得；
        // 情节严重的，吊销旅行社业务经营许可证。受让或者租借旅行社业务经营许可证的，由旅游行政管理部门责令停止非法经营，没收违法所得，
        // 并处10万元以上50万元以下的罚款。" The agency that lends its licence is fined nothing; the one that takes it is.
        String text = printed("旅行社条例(2020-11-29).md", "第四十七条");

        List<DerivedViolation> derived = ViolationDeriver.derive("旅行社条例", article("旅行社条例", 47, text));

        assertThat(derived).extracting(DerivedViolation::code, DerivedViolation::name, DerivedViolation::act).containsExactly(
                org.assertj.core.groups.Tuple.tuple("DV-旅行社条例-47-1", "旅行社转让、出租、出借旅行社业务经营许可证", 1),
                org.assertj.core.groups.Tuple.tuple("DV-旅行社条例-47-1.2", "受让或者租借旅行社业务经营许可证", 2));
        assertThat(derived.get(0).fines()).isEmpty();
        assertThat(derived.get(0).measures()).containsExactly("责令停业整顿", "没收违法所得", "吊销旅行社业务经营许可证（情节严重的）");
        assertThat(derived.get(1).fines()).extracting(f -> f.fine().min(), f -> f.fine().max())
                .containsExactly(org.assertj.core.groups.Tuple.tuple(new BigDecimal("100000"), new BigDecimal("500000")));
        assertThat(derived.get(1).penaltyText()).startsWith("受让或者租借").doesNotContain("转让、出租、出借");
        assertThat(derived.get(1).penaltyArticle()).isEqualTo(new LawReference("旅行社条例", 47, 0, 1, 0));
        assertThat(ViolationDeriver.acts(text)).hasSize(2);
    }

    @Test
    void aGraverActInTheSameParagraphKeepsItsHigherFines() {
        // 防治船舶污染海洋环境管理条例 第六十八条: "…船舶、有关作业单位迟报、漏报事故的，对船舶、有关作业单位，由海事管理机构处5万元以上25万元
        // 以下的罚款；…瞒报、谎报事故的，对船舶、有关作业单位，由海事管理机构处25万元以上50万元以下的罚款；…"
        String text = printed("防治船舶污染海洋环境管理条例(2018-03-09).md", "第六十八条");

        List<DerivedViolation> derived = ViolationDeriver.derive("防治船舶污染海洋环境管理条例", article("防治船舶污染海洋环境管理条例", 68, text));

        assertThat(derived).extracting(DerivedViolation::name).containsExactly("发生船舶污染事故，船舶、有关作业单位迟报、漏报事故", "瞒报、谎报事故");
        assertThat(derived).extracting(v -> v.fines().getFirst().fine().max())
                .containsExactly(new BigDecimal("250000"), new BigDecimal("500000"));
    }

    @Test
    void aSentenceThatGoesOnWithTheSameActOpensNoActOfItsOwn() {
        // 证券法 第一百九十一条: "…单位从事内幕交易的，还应当对直接负责的主管人员…给予警告，并处以二十万元以上二百万元以下的罚款。": the unit's fine.
        // 生猪屠宰管理条例 第三十五条: "…注入其他物质的，还可以由公安机关依照《中华人民共和国食品安全法》的规定…": a penalty added.
        // 互联网上网服务营业场所管理条例 第三十二条: "公安机关应当…进行实地检查。检查发现…未履行承诺的信息网络安全责任的，由公安机关给予警告…":
        // the duty before the first act is part of it, and the act keeps its code.
        for (String[] law : new String[][] {{"证券法(2019-12-28).md", "第一百九十一条", "证券法", "191"},
                {"生猪屠宰管理条例(2021-06-25).md", "第三十五条", "生猪屠宰管理条例", "35"},
                {"互联网上网服务营业场所管理条例(2022-03-29).md", "第三十二条", "互联网上网服务营业场所管理条例", "32"}}) {
            String text = printed(law[0], law[1]);

            assertThat(ViolationDeriver.acts(text)).as(law[2]).containsExactly(text);
            assertThat(ViolationDeriver.derive(law[2], article(law[2], Integer.parseInt(law[3]), text)))
                    .extracting(DerivedViolation::code, DerivedViolation::act).as(law[2])
                    .containsExactly(org.assertj.core.groups.Tuple.tuple("DV-" + law[2] + "-" + law[3] + "-1", 0));
        }
    }

    @Test
    void aUnitsParagraphOnTheActBeforeIsTheUnitsViolationWithItsOwnFines() {
        // 网络安全法 第六十三条: "违反本法第二十七条规定，从事危害网络安全的活动…尚不构成犯罪的，由公安机关没收违法所得，处五日以下拘留，
        // 可以并处五万元以上五十万元以下罚款…" / "单位有前款行为的，由公安机关没收违法所得，处十万元以上一百万元以下罚款，并对直接负责的
        // 主管人员和其他直接责任人员依照前款规定处罚。" A unit was advised the person's range, below its statutory minimum.
        String person = printed("网络安全法(2016-11-07).md", "第六十三条");
        String unit = "单位有前款行为的，由公安机关没收违法所得，处十万元以上一百万元以下罚款，并对直接负责的主管人员和其他直接责任人员依照前款规定处罚。";
        assertThat(lineOf("网络安全法(2016-11-07).md", "单位有前款行为的，由公安机关没收违法所得，处十万元以上一百万元以下罚款")).isEqualTo(unit);

        List<DerivedViolation> derived = ViolationDeriver.derive("网络安全法", article("网络安全法", 63, person, unit));

        assertThat(derived).extracting(DerivedViolation::code).containsExactly("DV-网络安全法-63-1", "DV-网络安全法-63-2");
        DerivedViolation twin = derived.get(1);
        assertThat(twin.name()).isEqualTo(derived.get(0).name() + "（单位）");
        assertThat(twin.violates()).isEqualTo(derived.get(0).violates()).isNotEmpty();
        assertThat(twin.penaltyArticle()).isEqualTo(new LawReference("网络安全法", 63, 0, 2, 0));
        assertThat(twin.fines()).extracting(f -> f.fine().min(), f -> f.fine().max())
                .containsExactly(org.assertj.core.groups.Tuple.tuple(new BigDecimal("100000"), new BigDecimal("1000000")));
        // "并对直接负责的主管人员和其他直接责任人员依照前款规定处罚": the persons are punished as the person of the first paragraph, listed as theirs
        assertThat(twin.measures()).containsExactly("没收违法所得", "对直接负责的主管人员和其他直接责任人员：依照前款规定处罚");
    }

    @Test
    void aUnitsParagraphThatOnlyPunishesItsPersonsMakesNoViolationOfItsOwn() {
        // 期货交易管理条例 第七十条 (2017): "单位有前款所列行为之一的，对直接负责的主管人员和其他直接责任人员给予警告，并处1万元以上10万元以下的罚款。"
        String unit = "单位有前款所列行为之一的，对直接负责的主管人员和其他直接责任人员给予警告，并处1万元以上10万元以下的罚款。";
        assertThat(lineOf("期货交易管理条例(2017-03-01).md", "单位有前款所列行为之一的")).isEqualTo(unit);
        String person = printed("期货交易管理条例(2017-03-01).md", "第七十条");
        String first = lineOf("期货交易管理条例(2017-03-01).md", "(一)单独或者合谋，集中资金优势");

        List<DerivedViolation> derived = ViolationDeriver.derive("期货交易管理条例", article("期货交易管理条例", 70, person, first, unit));

        assertThat(derived).extracting(DerivedViolation::code).containsExactly("DV-期货交易管理条例-70-1-1");
    }

    @Test
    void thePersonsPenaltiesBesideThePartyAreTheirsNotThePartys() {
        // 防范和处置非法集资条例 第三十条: "…对其法定代表人或者主要负责人、直接负责的主管人员和其他直接责任人员给予警告，处50万元以上500万元
        // 以下的罚款。" The 警告 was listed as the party's, and the advice warned the unit.
        String text = printed("防范和处置非法集资条例(2021-01-26).md", "第三十条");

        assertThat(ViolationDeriver.immediateMeasures(text)).doesNotContain("警告");
        assertThat(ViolationDeriver.othersMeasures(text)).contains("对其法定代表人或者主要负责人、直接负责的主管人员和其他直接责任人员：警告");
        // 网络安全法 第六十三条 "…处五日以下拘留，可以并处五万元以上五十万元以下罚款" fines the party itself.
        assertThat(ViolationDeriver.finesParty(printed("网络安全法(2016-11-07).md", "第六十三条"))).isTrue();
        // 生物安全法 第七十四条: "…对法定代表人、主要负责人、直接负责的主管人员和其他直接责任人员，依法给予处分，处十万元以上二十万元以下的罚款，
        // 十年直至终身禁止从事相应的生物技术研究、开发与应用活动，依法吊销相关执业证书" — the 处分 is discipline, the rest their penalties;
        // 地名管理条例 第三十八条 "责令改正并对责任人员处1000元以上5000元以下罚款" keeps the party's 责令改正.
        assertThat(ViolationDeriver.othersMeasures(printed("生物安全法(2020-10-17).md", "第七十四条"))).isNotEmpty()
                .allSatisfy(m -> assertThat(m).doesNotContain("处分")).anySatisfy(m -> assertThat(m).contains("吊销相关执业证书"));
        String placeNames = printed("地名管理条例(2022-03-30).md", "第三十八条");
        assertThat(ViolationDeriver.immediateMeasures(placeNames)).containsExactly("责令改正");
        assertThat(ViolationDeriver.finesParty(placeNames)).isFalse();
    }

    @Test
    void aClauseThatAddsToAPenaltyGivenIsNoViolation() {
        // 融资担保公司监督管理条例 第四十三条: "依照本条例规定对融资担保公司处以罚款的，根据具体情形，可以同时对负有直接责任的董事、监事、高级
        // 管理人员处5万元以下的罚款。" — the 5万 is for the persons beside a penalty already given, no conduct of its own; 建设工程质量管理条例
        // 第七十三条 "依照本条例规定，给予单位罚款处罚的，对单位直接负责的主管人员和其他直接责任人员处单位罚款数额百分之五以上百分之十以下的罚款" alike.
        for (String[] law : new String[][] {{"融资担保公司监督管理条例(2017-08-02).md", "第四十三条", "融资担保公司监督管理条例", "43"},
                {"建设工程质量管理条例(2019-04-23).md", "第七十三条", "建设工程质量管理条例", "73"}}) {
            String text = printed(law[0], law[1]);

            assertThat(ViolationDeriver.derive(law[2], article(law[2], Integer.parseInt(law[3]), text))).as(law[2]).isEmpty();
        }
    }

    @Test
    void aConditionAfterASemicolonIsNoEndOfTheAct() {
        // 保守国家秘密法 第五十七条 (2024): "违反本法规定，有下列情形之一，根据情节轻重，依法给予处分；有违法所得的，没收违法所得：" — the 没收 waits
        // for an income; it was listed as imposed at once.
        String secrets = printed("保守国家秘密法(2024-02-27).md", "第五十七条");
        assertThat(ViolationDeriver.derive("保守国家秘密法", article("保守国家秘密法", 57, secrets, "（一）非法获取、持有国家秘密载体的；")))
                .singleElement().satisfies(v -> {
                    assertThat(v.name()).isEqualTo("非法获取、持有国家秘密载体");
                    assertThat(v.measures()).doesNotContain("没收违法所得");
                });
        // 道路运输条例 第七十二条 (2023): "违反本条例的规定，机动车维修经营者签发虚假的机动车维修合格证，由县级以上地方人民政府交通运输主管部门责令改正；有违法所得的，
        // 没收违法所得；…" — the act ends at the authority, and its 责令改正 is the penalty part's.
        String repairs = printed("道路运输条例(2023-07-20).md", "第七十二条");
        assertThat(ViolationDeriver.derive("道路运输条例", article("道路运输条例", 72, repairs))).singleElement().satisfies(v -> {
            assertThat(v.name()).isEqualTo("机动车维修经营者签发虚假的机动车维修合格证");
            assertThat(v.measures()).startsWith("责令改正");
        });
    }
    @Test
    void aLesserDegreeOfACrimeIsTheConditionOfThePenaltyNotPartOfTheAct() {
        // 国旗法 第二十三条 (2020): "在公共场合故意以焚烧、毁损、涂划、玷污、践踏等方式侮辱中华人民共和国国旗的，依法追究刑事责任；情节较轻的，由公安机关
        // 处以十五日以下拘留。" The act was named "…侮辱中华人民共和国国旗的，依法追究刑事责任的，情节较轻" and its 拘留 given at once.
        String text = printed("国旗法(2020-10-17).md", "第二十三条");

        DerivedViolation v = ViolationDeriver.derive("国旗法", article("国旗法", 23, text)).getFirst();

        assertThat(v.name()).isEqualTo("在公共场合故意以焚烧、毁损、涂划、玷污、践踏等方式侮辱中华人民共和国国旗");
        assertThat(v.conditions()).containsExactly("情节较轻的");
        assertThat(v.measures()).containsExactly("由公安机关处以十五日以下拘留（情节较轻的）");
        assertThat(ViolationDeriver.immediateMeasures(text)).isEmpty();
    }

    @Test
    void aPartysPenaltyBesideTheDisciplineOfItsPersonsIsAViolationButTheOversightOfAPublicBodyIsNot() {
        // 全国污染源普查条例 第三十九条 (2019): "污染源普查对象有下列行为之一的，污染源普查领导小组办公室应当及时向同级人民政府统计机构通报有关情况，
        // 提出处理意见，由县级以上人民政府统计机构责令改正，予以通报批评；情节严重的，可以建议对直接负责的主管人员和其他直接责任人员依法给予处分：" —
        // the 通报批评 punishes the 普查对象 (第九条 (一)); the 处分 made the whole article, and so its units' and 个体经营户's paragraphs, derive nothing.
        String file = "全国污染源普查条例(2019-03-02).md";
        Provision census = article("全国污染源普查条例", 39, printed(file, "第三十九条"), lineOf(file, "(一)迟报、虚报、瞒报或者拒报污染源普查数据的"),
                lineOf(file, "单位有本条第一款所列行为之一的"), lineOf(file, "个体经营户有本条第一款所列行为之一的"));

        List<DerivedViolation> derived = ViolationDeriver.derive("全国污染源普查条例", census);

        assertThat(derived).extracting(DerivedViolation::code, DerivedViolation::name).containsExactly(
                org.assertj.core.groups.Tuple.tuple("DV-全国污染源普查条例-39-1-1", "迟报、虚报、瞒报或者拒报污染源普查数据"),
                org.assertj.core.groups.Tuple.tuple("DV-全国污染源普查条例-39-3-1", "迟报、虚报、瞒报或者拒报污染源普查数据（单位）"),
                org.assertj.core.groups.Tuple.tuple("DV-全国污染源普查条例-39-4-1", "迟报、虚报、瞒报或者拒报污染源普查数据（个体经营户）"));
        assertThat(derived.get(0).measures()).containsExactly("责令改正", "通报批评");
        assertThat(derived.get(2).fines()).extracting(f -> f.fine().max()).containsExactly(new BigDecimal("10000"));

        // 传染病防治法 第六十七条 (2013): "县级以上人民政府有关部门未依照本法的规定履行传染病防治和保障职责的，由本级人民政府或者上级人民政府有关部门
        // 责令改正，通报批评；…对负有责任的主管人员，依法给予…处分" — a government department overseen by the one above it, no penalty of 第九条.
        assertThat(ViolationDeriver.derive("传染病防治法", article("传染病防治法", 67, printed("传染病防治法(2013-06-29).md", "第六十七条")))).isEmpty();
    }

    @Test
    void the可以OfAListOfMeasuresLeavesEachOfThemToTheAuthority() {
        // 建筑法 第六十七条 (2019): "承包单位将承包的工程转包的，或者违反本法规定进行分包的，责令改正，没收违法所得，并处罚款，可以责令停业整顿，
        // 降低资质等级；情节严重的，吊销资质证书。" 降低资质等级 was listed as required.
        DerivedViolation v = ViolationDeriver.derive("建筑法", article("建筑法", 67, printed("建筑法(2019-04-23).md", "第六十七条"))).getFirst();

        assertThat(v.measures()).containsExactly("责令改正", "没收违法所得", "可以责令停业整顿", "可以降低资质等级", "吊销资质证书（情节严重的）");
    }

    @Test
    void aConditionThatNamesItsObjectAfterThe的StillWaits() {
        // 节约能源法 第六十八条第二款 (2018): "…由管理节能工作的部门责令停止建设或者停止生产、使用，限期改造；不能改造或者逾期不改造的生产性项目，由管理
        // 节能工作的部门报请本级人民政府按照国务院规定的权限责令关闭。" 责令关闭 was listed as imposed at once.
        String text = lineOf("节约能源法(2018-10-26).md", "固定资产投资项目建设单位开工建设不符合强制性节能标准的项目");

        DerivedViolation v = ViolationDeriver.derive("节约能源法", article("节约能源法", 68, text)).getFirst();

        assertThat(ViolationDeriver.immediateMeasures(text)).containsExactly("责令停止建设");
        assertThat(v.conditions()).containsExactly("不能改造或者逾期不改造的生产性项目");
        assertThat(v.measures()).last().asString().startsWith("由管理节能工作的部门报请本级人民政府").endsWith("责令关闭（不能改造或者逾期不改造的生产性项目）");
    }

    @Test
    void aParagraphOfEachPartysFinesGivesEachPartyItsOwnViolation() {
        // 物业管理条例 第六十三条 (2018): "…责令限期改正，给予警告，并按照本条第二款的规定处以罚款…" and "个人有前款规定行为之一的，处1000元以上1万元以下
        // 的罚款；单位有前款规定行为之一的，处5万元以上20万元以下的罚款。" The fines were never read: the paragraph was no violation of its own.
        String file = "物业管理条例(2018-03-19).md";
        String parties = "个人有前款规定行为之一的，处1000元以上1万元以下的罚款；单位有前款规定行为之一的，处5万元以上20万元以下的罚款。";
        assertThat(lineOf(file, "个人有前款规定行为之一的")).isEqualTo(parties);
        Provision estate = article("物业管理条例", 63, printed(file, "第六十三条"), lineOf(file, "(一)擅自改变物业管理区域内按照规划建设的公共建筑"), parties);

        List<DerivedViolation> derived = ViolationDeriver.derive("物业管理条例", estate);

        assertThat(ViolationDeriver.acts(parties)).hasSize(2);
        assertThat(derived).extracting(DerivedViolation::code, DerivedViolation::act).containsExactly(
                org.assertj.core.groups.Tuple.tuple("DV-物业管理条例-63-1-1", 0), org.assertj.core.groups.Tuple.tuple("DV-物业管理条例-63-3-1", 1),
                org.assertj.core.groups.Tuple.tuple("DV-物业管理条例-63-3.2-1", 2));
        assertThat(derived.get(1).name()).endsWith("（个人）");
        assertThat(derived.get(1).fines()).extracting(f -> f.fine().min(), f -> f.fine().max())
                .containsExactly(org.assertj.core.groups.Tuple.tuple(new BigDecimal("1000"), new BigDecimal("10000")));
        assertThat(derived.get(2).name()).endsWith("（单位）");
        assertThat(ViolationDeriver.partyParagraph(estate.paragraphs(), 1, java.util.Set.of("单位"))).hasValue(3);
        assertThat(ViolationDeriver.twinParty(ViolationDeriver.acts(parties).get(1))).hasValue("单位");
    }
    @Test
    void aFineSetByALaterParagraphIsTheFineOfTheParagraphThatRefersToIt() {
        // 固体废物污染环境防治法 第一百一十八条 (2020): "…由生态环境主管部门依照本条第二款的规定处以罚款，责令限期采取治理措施；…" and "造成一般或者
        // 较大固体废物污染环境事故的，按照事故造成的直接经济损失的一倍以上三倍以下计算罚款；造成重大或者特大固体废物污染环境事故的，按照…三倍以上
        // 五倍以下计算罚款…". The first paragraph had no amount, the second was taken for an act of its own.
        String file = "固体废物污染环境防治法(2020-04-29).md";
        Provision waste = article("固体废物污染环境防治法", 118, printed(file, "第一百一十八条"), lineOf(file, "造成一般或者较大固体废物污染环境事故的"));

        List<DerivedViolation> derived = ViolationDeriver.derive("固体废物污染环境防治法", waste);

        assertThat(derived).extracting(DerivedViolation::code).containsExactly("DV-固体废物污染环境防治法-118-1");
        assertThat(derived.getFirst().fines()).filteredOn(f -> f.addressee() == null).extracting(f -> f.conditions(), f -> f.fine().min(), f -> f.fine().max())
                .containsExactly(org.assertj.core.groups.Tuple.tuple(List.of("造成一般或者较大固体废物污染环境事故的"), new BigDecimal("1"), new BigDecimal("3")),
                        org.assertj.core.groups.Tuple.tuple(List.of("造成重大或者特大固体废物污染环境事故的"), new BigDecimal("3"), new BigDecimal("5")));
    }

    @Test
    void aFineSetByAnEarlierParagraphIsItsFineWithoutItsActOrMeasures() {
        // 建设工程勘察设计管理条例 第三十五条 (2017): "违反本条例第八条规定的，责令停止违法行为，处合同约定的勘察费、设计费1倍以上2倍以下的罚款，有违法所得的，
        // 予以没收；可以责令停业整顿，降低资质等级；情节严重的，吊销资质证书。" / "未取得资质证书承揽工程的，予以取缔，依照前款规定处以罚款；…" / "以欺骗手段
        // 取得资质证书承揽工程的，吊销资质证书，依照本条第一款规定处以罚款；…" — both read as 处以罚款 without an amount.
        String file = "建设工程勘察设计管理条例(2017-10-07).md";
        List<String> lines = List.of(printed(file, "第三十五条"), lineOf(file, "未取得资质证书承揽工程的，予以取缔，依照前款规定处以罚款"),
                lineOf(file, "以欺骗手段取得资质证书承揽工程的，吊销资质证书，依照本条第一款规定处以罚款"));

        List<DerivedViolation> derived = ViolationDeriver.derive("建设工程勘察设计管理条例", article("建设工程勘察设计管理条例", 35, lines.toArray(String[]::new)));

        assertThat(ViolationDeriver.fineParagraph(lines, 2)).hasValue(1);
        assertThat(ViolationDeriver.fineParagraph(lines, 3)).hasValue(1);
        assertThat(ViolationDeriver.withFineParagraph(lines, 3, lines.get(2))).endsWith("\n处合同约定的勘察费、设计费1倍以上2倍以下的罚款。");
        assertThat(derived).extracting(DerivedViolation::code).containsExactly("DV-建设工程勘察设计管理条例-35-1", "DV-建设工程勘察设计管理条例-35-2",
                "DV-建设工程勘察设计管理条例-35-3");
        for (DerivedViolation v : derived.subList(1, 3)) {
            assertThat(v.fines()).extracting(f -> f.conditions(), f -> f.fine().basis(), f -> f.fine().min(), f -> f.fine().max()).as(v.code())
                    .containsExactly(org.assertj.core.groups.Tuple.tuple(List.of(), "合同约定的勘察费、设计费", new BigDecimal("1"), new BigDecimal("2")));
        }
        // the third paragraph's own measures only: 吊销资质证书, not the first's 责令停止违法行为 or 可以责令停业整顿
        assertThat(derived.get(2).measures()).containsExactly("吊销资质证书");
    }
    @Test
    void aDetentionPrintedAsTheFinesAlternativeIsOneChoiceWithItsDays() {
        // 出境入境边防检查条例 第三十二条: "出境、入境的人员有下列情形之一的，处以500元以上2000元以下的罚款或者依照有关法律、行政法规的规定处以拘留：" —
        // the 拘留 was listed beside the fine, as if both were due.
        String border = printed("出境入境边防检查条例(1995-07-20).md", "第三十二条");
        assertThat(ViolationDeriver.immediateMeasures(border)).containsExactly("拘留" + ViolationDeriver.OR_FINE);
        // 治安管理处罚法 第四十三条: "…处五日以上十日以下拘留，并处二百元以上五百元以下罚款；情节较轻的，处五日以下拘留或者五百元以下罚款。" — the lighter
        // degree's detention was lost, and the days of both.
        String assault = printed("治安管理处罚法(2012-10-26).md", "第四十三条");
        assertThat(ViolationDeriver.immediateMeasures(assault)).containsExactly("五日以上十日以下拘留");
        assertThat(ViolationDeriver.conditionalMeasures(assault)).extracting(ViolationDeriver.ConditionalMeasure::labelled)
                .containsExactly("五日以下拘留" + ViolationDeriver.OR_FINE + "（情节较轻的）");
    }
    @Test
    void penaltiesAndOrdersInWordsOfTheirOwnAreListed() {
        // 海洋观测预报管理条例 第三十四条: "…由负责接收海洋观测资料的海洋主管部门责令限期汇交；逾期不汇交的，责令停止海洋观测活动，处2万元以上10万元以下的
        // 罚款。" — nothing was listed: an officer would only fine the overdue party.
        String ocean = printed("海洋观测预报管理条例(2023-07-20).md", "第三十四条");
        assertThat(ViolationDeriver.derive("海洋观测预报管理条例", article("海洋观测预报管理条例", 34, ocean)).getFirst().measures())
                .containsExactly("责令限期汇交", "责令停止海洋观测活动（逾期不汇交的）");
        // 保安服务管理条例 第四十五条: "保安员有下列行为之一的，由公安机关予以训诫；情节严重的，吊销其保安员证；…"
        assertThat(ViolationDeriver.immediateMeasures(printed("保安服务管理条例(2022-03-29).md", "第四十五条"))).containsExactly("训诫");
        // 公司登记管理条例 第七十条第二款: "…由公司登记机关责令退还公司财产，没收违法所得，并可以处以违法所得1倍以上5倍以下的罚款。"
        assertThat(ViolationDeriver.immediateMeasures("清算组成员利用职权徇私舞弊、谋取非法收入或者侵占公司财产的，由公司登记机关责令退还公司财产，没收违法所得，"
                + "并可以处以违法所得1倍以上5倍以下的罚款。")).containsExactly("责令退还公司财产", "没收违法所得");
    }
    @Test
    void aChoiceTheAuthorityMakesAmongTheMeasuresItListsLeavesEachToIt() {
        // 网络安全法 第六十六条: "…处五万元以上五十万元以下罚款，并可以责令暂停相关业务、停业整顿、关闭网站、吊销相关业务许可证或者吊销营业执照；…" — only
        // the 吊销 was listed, and as required: the officer would revoke in every case.
        assertThat(ViolationDeriver.immediateMeasures(printed("网络安全法(2016-11-07).md", "第六十六条"))).containsExactly("责令改正", "警告",
                "没收违法所得", "可以责令暂停相关业务", "可以停业整顿", "可以关闭网站", "可以吊销相关业务许可证或者吊销营业执照");
        // 企业法人登记管理条例 第二十九条: "…登记主管机关可以根据情况分别给予警告、罚款、没收非法所得、停业整顿、扣缴、吊销《企业法人营业执照》的处罚："
        assertThat(ViolationDeriver.immediateMeasures(printed("企业法人登记管理条例(2019-03-02).md", "第二十九条"))).allMatch(ViolationDeriver::optional)
                .contains("可以警告", "可以停业整顿");
    }
    @Test
    void aUnitsDocumentAfterThePersonsPenaltyIsTheUnitsMeasure() {
        // 传染病防治法 第七十条 (2013): "采供血机构未按照规定报告传染病疫情…的，由县级以上人民政府卫生行政部门责令改正，通报批评，给予警告；造成传染病传播、
        // 流行或者其他严重后果的，对负有责任的主管人员和其他直接责任人员，依法给予降级、撤职、开除的处分，并可以依法吊销采供血机构的执业许可证；…" — the
        // 采供血机构's licence was listed as its persons', at once.
        String blood = printed("传染病防治法(2013-06-29).md", "第七十条");
        assertThat(ViolationDeriver.othersMeasures(blood)).noneMatch(m -> m.contains("采供血机构"));
        assertThat(ViolationDeriver.conditionalMeasures(blood)).extracting(ViolationDeriver.ConditionalMeasure::labelled)
                .contains("可以依法吊销采供血机构的执业许可证（造成传染病传播、流行或者其他严重后果的）");
        assertThat(ViolationDeriver.immediateMeasures(blood)).noneMatch(m -> m.contains("采供血机构"));
    }

    @Test
    void aMeasureOnThePersonsWaitsForTheConditionOfItsClauseAndKeepsIts可以() {
        // 传染病防治法 第六十九条 (2013): "…由县级以上人民政府卫生行政部门责令改正，通报批评，给予警告；造成传染病传播、流行或者其他严重后果的，对负有责任的
        // 主管人员和其他直接责任人员，依法给予降级、撤职、开除的处分，并可以依法吊销有关责任人员的执业证书；…" — the 吊销 was listed as required and at once.
        String hospital = printed("传染病防治法(2013-06-29).md", "第六十九条");
        assertThat(ViolationDeriver.othersMeasures(hospital)).contains(
                "对负有责任的主管人员和其他直接责任人员：可以吊销有关责任人员的执业证书（造成传染病传播、流行或者其他严重后果的）");
    }
    @Test
    void theAuthoritysOwnPenaltyIsNoActEvenWhereTheSentenceNamesTheAuthorityFirst() {
        // 反洗钱法 第五十六条第二款 (2024): "国务院反洗钱行政主管部门或者其设区的市级以上派出机构依照本法第五十五条规定对金融机构进行处罚的，还可以根据情形对
        // 负有责任的董事、监事、高级管理人员或者其他直接责任人员，处二十万元以上一百万元以下罚款；…" — read as an act, the 金融机构 got a second fine the
        // law sets on its persons.
        String persons = lineOf("反洗钱法(2024-11-08).md", "依照本法第五十五条规定对金融机构进行处罚的");
        assertThat(ViolationDeriver.derive("反洗钱法", article("反洗钱法", 56, "（略）", persons))).isEmpty();
    }
    @Test
    void aSeriousDegreeWithinTheRefusalsClauseNeedsTheRefusalToo() {
        // 烟花爆竹安全管理条例 第三十七条: "…责令限期改正，处1万元以上5万元以下的罚款；逾期不改正的，责令停产停业整顿，情节严重的，吊销安全生产许可证：" — the
        // 吊销 was listed as waiting for 情节严重 alone.
        String fireworks = printed("烟花爆竹安全管理条例(2016-02-06).md", "第三十七条");
        assertThat(ViolationDeriver.conditionalMeasures(fireworks)).extracting(ViolationDeriver.ConditionalMeasure::labelled)
                .containsExactly("责令停产停业整顿（逾期不改正的）", "吊销安全生产许可证（逾期不改正的，情节严重的）");
    }
}
