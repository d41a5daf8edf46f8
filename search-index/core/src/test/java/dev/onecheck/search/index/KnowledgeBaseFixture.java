package dev.onecheck.search.index;

import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import dev.onecheck.domain.catalog.Department;
import dev.onecheck.domain.catalog.Region;
import dev.onecheck.domain.law.Law;
import dev.onecheck.domain.law.LawLevel;
import dev.onecheck.domain.law.LawReference;
import dev.onecheck.domain.law.LawText;
import dev.onecheck.domain.law.Provision;
import dev.onecheck.domain.penalty.DiscretionStandard;
import dev.onecheck.domain.penalty.Fine;
import dev.onecheck.domain.penalty.PenaltyCase;
import dev.onecheck.domain.penalty.Threshold;
import dev.onecheck.domain.penalty.Tier;
import dev.onecheck.domain.penalty.TierCondition;
import dev.onecheck.domain.penalty.TierLevel;
import dev.onecheck.domain.penalty.Violation;
import dev.onecheck.infra.stack.StackEndpoints;
import dev.onecheck.store.catalog.CatalogStore;
import dev.onecheck.store.law.LawStore;
import dev.onecheck.store.outbox.IndexOutbox;
import dev.onecheck.store.outbox.IndexSource;
import dev.onecheck.store.penalty.PenaltyStore;
import dev.onecheck.store.schema.SchemaMigrator;
import org.neo4j.driver.Driver;

/**
 * A small knowledge base in the real graph, with real article texts: 食品安全法 in two versions (2015, 2021),
 * 消防法 第六十条, a departmental rule, two violations with standards, a published and an unpublished case; and, for
 * conduct nobody curated, 禁止使用童工规定 第四条 (the duty) and 第八条 (its penalty, "未按照本规定第四条的规定"), and two
 * general rules of 行政处罚法 第四章 (第三十三条 首违不罚, 第三十六条 二年时效).
 */
public final class KnowledgeBaseFixture {

    public static final String FOOD_2015 = Law.id("食品安全法", LocalDate.of(2015, 4, 24));
    public static final String FOOD_2021 = Law.id("食品安全法", LocalDate.of(2021, 4, 29));
    public static final String FIRE = Law.id("消防法", LocalDate.of(2021, 4, 29));
    public static final String RULE = Law.id("食品经营许可和备案管理办法", LocalDate.of(2023, 6, 15));
    public static final String CHILD_LABOUR = Law.id("禁止使用童工规定", LocalDate.of(2002, 10, 1));
    public static final String PUNISHMENT = Law.id("行政处罚法", LocalDate.of(2021, 1, 22));
    private static final String GENERAL_RULES = "第四章 行政处罚的管辖和适用";

    private static final String ART_122 = "违反本法规定，未取得食品生产经营许可从事食品生产经营活动，或者未取得食品添加剂生产许可从事食品添加剂生产活动的，"
            + "由县级以上人民政府食品安全监督管理部门没收违法所得和违法生产经营的食品、食品添加剂以及用于违法生产经营的工具、设备、原料等物品；"
            + "违法生产经营的食品、食品添加剂货值金额不足一万元的，并处五万元以上十万元以下罚款；货值金额一万元以上的，并处货值金额十倍以上二十倍以下罚款。";
    private static final String ART_124 = "违反本法规定，有下列情形之一，尚不构成犯罪的，由县级以上人民政府食品安全监督管理部门没收违法所得和违法生产经营的食品、食品添加剂；"
            + "（五）生产经营标注虚假生产日期、保质期或者超过保质期的食品、食品添加剂；";
    private static final String ART_60 = "单位违反本法规定，有下列行为之一的，责令改正，处五千元以上五万元以下罚款：（五）占用、堵塞、封闭疏散通道、安全出口或者有其他妨碍安全疏散行为的；"
            + "个人有前款第二项、第三项、第四项、第五项行为之一的，处警告或者五百元以下罚款。";

    private KnowledgeBaseFixture() {
    }

    /** {@link #load} and a full index rebuild (articles keyword-only, as the gateway's projector keeps them). */
    public static void loadAndIndex(Driver driver, StackEndpoints stack) throws IOException {
        load(driver);
        try (ElasticsearchClient es = client(stack)) {
            new IndexProjector(es, new IndexSource(driver), new IndexOutbox(driver), new TextEmbedder(), false,
                    (step, done, total) -> { }).rebuild();
        }
    }

    /** A client of the stack's Elasticsearch, as its user (security is on, as with {@code ./onecheck up}). */
    public static ElasticsearchClient client(StackEndpoints stack) {
        return ElasticsearchClient.of(b -> b.host(stack.elasticsearch().toString())
                .usernameAndPassword(stack.elasticsearchUser(), stack.elasticsearchPassword()));
    }

    public static void load(Driver driver) {
        new SchemaMigrator(driver).migrate();
        LawStore laws = new LawStore(driver);
        laws.upsert(List.of(
                law(FOOD_2015, "中华人民共和国食品安全法", LawLevel.LAW, LocalDate.of(2015, 10, 1),
                        article(FOOD_2015, 35, "国家对食品生产经营实行许可制度。从事食品生产、食品销售、餐饮服务，应当依法取得许可。"),
                        article(FOOD_2015, 122, ART_122.replace("县级以上人民政府食品安全监督管理部门", "县级以上人民政府食品药品监督管理部门"))),
                law(FOOD_2021, "中华人民共和国食品安全法", LawLevel.LAW, LocalDate.of(2021, 4, 29),
                        article(FOOD_2021, 35, "国家对食品生产经营实行许可制度。从事食品生产、食品销售、餐饮服务，应当依法取得许可。"),
                        article(FOOD_2021, 122, ART_122), article(FOOD_2021, 124, ART_124)),
                law(FIRE, "中华人民共和国消防法", LawLevel.LAW, LocalDate.of(2021, 4, 29), article(FIRE, 60, ART_60)),
                law(RULE, "食品经营许可和备案管理办法", LawLevel.DEPARTMENTAL_RULE, LocalDate.of(2023, 12, 1),
                        article(RULE, 50, "未取得食品经营许可从事食品经营活动的，由县级以上地方市场监督管理部门依照《中华人民共和国食品安全法》第一百二十二条的规定给予处罚。")),
                law(CHILD_LABOUR, "禁止使用童工规定", LawLevel.ADMINISTRATIVE_REGULATION, LocalDate.of(2002, 12, 1),
                        article(CHILD_LABOUR, 4, "用人单位招用人员时，必须核查被招用人员的身份证；对不满16周岁的未成年人，一律不得录用。"
                                + "用人单位录用人员的录用登记、核查材料应当妥善保管。"),
                        article(CHILD_LABOUR, 8, "用人单位未按照本规定第四条的规定保存录用登记材料，或者伪造录用登记材料的，由劳动保障行政部门处1万元的罚款。")),
                law(PUNISHMENT, "中华人民共和国行政处罚法", LawLevel.LAW, LocalDate.of(2021, 7, 15),
                        new Provision(Provision.id(PUNISHMENT, 33, 0), PUNISHMENT, 33, 0, "第三十三条", GENERAL_RULES, null, List.of(
                                "违法行为轻微并及时改正，没有造成危害后果的，不予行政处罚。初次违法且危害后果轻微并及时改正的，可以不予行政处罚。",
                                "当事人有证据足以证明没有主观过错的，不予行政处罚。法律、行政法规另有规定的，从其规定。",
                                "对当事人的违法行为依法不予行政处罚的，行政机关应当对当事人进行教育。")),
                        new Provision(Provision.id(PUNISHMENT, 36, 0), PUNISHMENT, 36, 0, "第三十六条", GENERAL_RULES, null, List.of(
                                "违法行为在二年内未被发现的，不再给予行政处罚；涉及公民生命健康安全、金融安全且有危害后果的，上述期限延长至五年。法律另有规定的除外。",
                                "前款规定的期限，从违法行为发生之日起计算；违法行为有连续或者继续状态的，从行为终了之日起计算。")))));
        CatalogStore catalog = new CatalogStore(driver);
        catalog.writeRegions(List.of(new Region("329900", "江海市", null)));
        catalog.writeDepartments(List.of(new Department("JH-SCJG", "江海市市场监督管理局", "市级", "329900", null, List.of("食品安全")),
                new Department("JH-XF", "江海市消防救援支队", "市级", "329900", null, List.of("消防"))));
        PenaltyStore penalties = new PenaltyStore(driver);
        penalties.writeViolations(List.of(
                new Violation("SP-001", "未取得食品经营许可从事食品经营活动", List.of("饭馆没办证就营业", "无证经营食品"), "食品安全", "JH-SCJG",
                        List.of(LawReference.of("食品安全法", 35)), List.of(LawReference.of("食品安全法", 122)),
                        new DiscretionStandard("SP-001-JH2024", "江海市市场监督管理行政处罚裁量基准（2024）", List.of(
                                new Tier(TierLevel.NO_PENALTY, "初次违法、危害后果轻微并及时改正", null, null, null, List.of("责令改正")),
                                new Tier(TierLevel.ORDINARY, "货值金额不足一万元", null, new Threshold("货值金额", null, new BigDecimal("10000")),
                                        new Fine(Fine.Kind.FIXED, null, new BigDecimal("50000"), new BigDecimal("100000")), List.of("没收违法所得")),
                                new Tier(TierLevel.ORDINARY, "货值金额一万元以上", null, new Threshold("货值金额", new BigDecimal("10000"), null),
                                        new Fine(Fine.Kind.MULTIPLE, "货值金额", new BigDecimal("10"), new BigDecimal("20")), List.of("没收违法所得"))))),
                new Violation("XF-006", "个人在楼道、楼梯间、疏散通道停放电动自行车或者为电动自行车充电", List.of("楼道里停电瓶车"), "消防", "JH-XF",
                        List.of(LawReference.of("消防法", 60)), List.of(LawReference.of("消防法", 60)),
                        new DiscretionStandard("XF-006-JH2024", "江海市消防行政处罚裁量基准（2024）", List.of(
                                new Tier(TierLevel.ORDINARY, "经责令改正拒不改正", TierCondition.REFUSED_CORRECTION, null,
                                        new Fine(Fine.Kind.FIXED, null, BigDecimal.ZERO, new BigDecimal("500")), List.of("警告")))))));
        penalties.writeCases(List.of(
                new PenaltyCase("JH-2024-SCJG-001", "某餐馆未取得食品经营许可从事餐饮服务案", LocalDate.of(2024, 5, 10), "JH-SCJG", "江海市某餐馆",
                        "SP-001", TierLevel.ORDINARY, "当事人未取得食品经营许可，在其门店从事餐饮服务，货值金额三千元。", "没收违法所得，罚款五万元。",
                        new BigDecimal("50000"), null, List.of(LawReference.of("食品安全法", 122)), true),
                new PenaltyCase("JH-2024-XF-007", "某小区业主楼道内为电动自行车充电案", LocalDate.of(2024, 8, 2), "JH-XF", "张某",
                        "XF-006", TierLevel.ORDINARY, "张某在楼道内为电动自行车充电，经责令改正拒不改正。", "罚款二百元。",
                        new BigDecimal("200"), null, List.of(LawReference.of("消防法", 60)), false)));
    }

    private static LawText law(String id, String title, LawLevel level, LocalDate effectiveFrom, Provision... provisions) {
        String shortTitle = id.substring(0, id.indexOf('@'));
        LocalDate version = LocalDate.parse(id.substring(id.indexOf('@') + 1));
        return new LawText(new Law(id, title, shortTitle, level, "行政法", version, effectiveFrom, List.of(), "hash-" + id),
                List.of(provisions));
    }

    private static Provision article(String lawId, int article, String text) {
        return new Provision(Provision.id(lawId, article, 0), lawId, article, 0, "第" + article + "条", null, null, List.of(text));
    }
}
