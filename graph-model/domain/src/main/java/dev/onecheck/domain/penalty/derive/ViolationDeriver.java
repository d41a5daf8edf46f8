package dev.onecheck.domain.penalty.derive;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.OptionalInt;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.onecheck.domain.law.ChineseNumerals;
import dev.onecheck.domain.law.LawLevel;
import dev.onecheck.domain.law.LawReference;
import dev.onecheck.domain.law.LawText;
import dev.onecheck.domain.law.Provision;
import dev.onecheck.domain.penalty.advice.StatutoryFine;
import dev.onecheck.domain.penalty.advice.StatutoryFine.Circumstance;
import dev.onecheck.domain.penalty.advice.StatutoryFines;

/**
 * Reads the violations a law's penalty articles describe. A paragraph sets a penalty when it names one of the kinds
 * of 行政处罚法 第九条 (警告、通报批评、罚款、没收、暂扣、吊销、降低资质等级、责令停产停业、责令关闭、限制从业、拘留) after
 * the act it describes ("…的，由…处…"). Where it lists the acts (有下列行为之一的：（一）…（二）…) each item is a violation of
 * its own, with the articles it names as broken, else those of the paragraph (违反本法第X条规定). Paragraphs that only
 * add to the one before (有前款规定行为，情节严重的) are part of it, not new behaviours. Criminal law and judicial
 * interpretations fine no one administratively and are skipped.
 */
public final class ViolationDeriver {

    /**
     * Part of the cache key of a derivation (with the law's checksum): raise it whenever the reading changes, so that
     * the next load derives every law again.
     */
    public static final String VERSION = "derive-12";

    private static final String N = "[零〇一二三四五六七八九十百千两]+";
    /**
     * 警告 the penalty, not a warning sign (设置警告标志、警告标牌, 交通警察道路执勤执法工作规范 第八十六条), a signal or wording
     * (闪光警告信号灯, 警告用语), nor a police officer's warning (经警告无效的, 应当警告制止, 口头警告后放行).
     */
    private static final String WARNING = "(?<!口头|经)警告(?!标志|标牌|标线|标识|牌|信号|灯|用语|装置|无效|制止)";
    private static final String PERIOD = "[0-9零〇一二三四五六七八九十两]+个?(?:月|年)";
    private static final String DAYS = "[0-9零〇一二三四五六七八九十两]+日";
    /** 拘留 as printed with its days: 十日以上十五日以下拘留, 五日以下的拘留, 行政拘留. */
    private static final String DETAINED = "(?:(?:" + DAYS + "以上)?" + DAYS + "以下(?:的)?)?(?:行政)?拘留";
    /**
     * 限制从业 as 建设工程安全生产管理条例 第五十八条 "责令停止执业3个月以上1年以下", 律师法 "给予停止执业六个月以上一年以下的处罚",
     * 中医药法 "责令停止执业活动" word it.
     */
    private static final String STOPPED_PRACTICE = "(?:责令(?:其)?)?(?:暂停|停止)执业(?:活动)?(?:" + PERIOD + "(?:(?:以上|至)" + PERIOD + ")?(?:以下)?)?";
    /**
     * 第九条 (四) in the words of particular laws: 责令停止活动 of a 社会团体 or 基金会 (社会团体登记管理条例 第三十条), 停机整顿 and
     * 停止联网 (计算机信息系统安全保护条例 第二十条), 责令停工整治或者停业整治 (大气污染防治法 第一百一十七条), and a bar from new
     * business for a period (对外承包工程管理条例 第二十条 "禁止其在1年以上3年以下的期限内对外承包新的工程项目", 人体器官捐献和移植
     * 条例 "禁止其3年内从事人体器官获取") — each stops or limits the party's activity as 责令停产停业、限制开展生产经营活动 do.
     */
    private static final String STOPPED = "(?:责令(?:限期|其)?)?停止活动|停机整顿|停止联网|(?:责令)?停[工产业]整治|" + STOPPED_PRACTICE
            + "|禁止(?:其|违法行为人)?在?[^，；。]{0,20}?(?:年|期限)(?:以)?内(?:对外)?(?:承包|从事|承担|参与|参加|担任)[^，；。]{1,30}";
    /**
     * Penalties and orders in words of their own, found by a twelfth read of the collection where they were lost:
     * 责令停止海洋观测活动 (海洋观测预报管理条例 第三十四条), 责令停止经营 (饲料和饲料添加剂管理条例 第四十三条), 责令暂停相关业务 (网络安全法
     * 第六十六条), 取消其二年至五年内参加药品采购投标的资格 (基本医疗卫生与健康促进法 第一百零三条), 5年内不予注册 (民用建筑节能条例 第四十四条),
     * …年内不得从事, 终身禁止从事, 训诫 (保安服务管理条例 第四十五条), 予以撤销 (教育法 第七十五条), and the orders 责令退还公司财产 (公司登记
     * 管理条例 第七十条), 责令拆除, 责令恢复原状, 责令限期汇交.
     */
    private static final String OTHER_WORDS = "责令(?:其)?(?:停止|暂停)(?!违法行为)[^，；。、]{1,14}?(?:业务活动|经营活动|执业活动|活动|经营|业务|营业|施工|作业|招生|运营|服务|开采|传输|排放|执业|出版|印刷|进口|出口|运输)"
            + "|取消(?:其)?[^，；。、]{0,24}?(?:资格|资质|认定|称号|备案)"
            + "|[0-9零〇一二三四五六七八九十两]+年(?:内|以内)不(?:得|予)(?:从事|担任|申请|参加|承接|进入|注册|受理)[^，；。]{0,24}"
            + "|终身(?:不得|禁止)从事[^，；。]{0,24}|训诫|(?<=，|^)予以撤销(?=[，；。]|$)|(?<=、)(?:停业整顿|停产停业整顿|关闭网站)"
            + "|责令(?:其)?(?:限期)?(?:退还|退回|追回|返还|退赔|拆除|恢复原状|补办|汇交|补正|消除)[^，；。、]{0,15}";
    private static final Pattern PENALTY = Pattern.compile(
            "罚款|没收|" + WARNING + "|通报批评|吊销|暂扣|降低资质等级|责令停产停业|责令停业|责令关闭|限制开展生产经营活动|限制从业|拘留|" + STOPPED);
    private static final Pattern ITEM = Pattern.compile("^[（(](" + N + ")[）)]\\s*");
    private static final Pattern LISTS = Pattern.compile("下列[^，。：；]{0,12}?(?:行为|情形|违法行为|情况|方式|事项)|下列[^，。：；]{0,6}之一");
    /** What imposes a penalty, as opposed to mentioning one (委托他人代缴罚款, 不执行行政拘留处罚). */
    private static final Pattern IMPOSES = Pattern.compile(
            "处[^理分置罚的]|并处|处罚款|给予|予以(?!处分)|没收|吊销|暂扣|责令停产停业|责令停业|责令关闭|拘留|" + WARNING + "|通报批评|降低资质等级|限制");
    /**
     * Not a penalty: exemptions, procedure, and 加处罚款/滞纳金 for a fine not paid, which 行政强制法 第十二条 lists among
     * 行政强制执行的方式 ("（一）加处罚款或者滞纳金").
     */
    private static final Pattern NOT_PUNISHING = Pattern.compile("不执行|不送|不予(?:行政)?处罚|免予(?:行政)?处罚|应当告知|减免|加处罚款|滞纳金");
    /**
     * An "act" that is a penalty given ("依照本条例规定对融资担保公司处以罚款的，…可以同时对负有直接责任的董事…处5万元以下的罚款",
     * 融资担保公司监督管理条例 第四十三条; "单位被处以吊销许可证行政处罚的"; "对…违法行为人处以罚款或者暂扣驾驶证处罚的"): what follows
     * adds to that penalty or says how to impose it, no conduct of its own.
     */
    private static final Pattern PENALISED_ACT = Pattern.compile("^(?:[^，；。]{0,40}?(?:部门|机关|机构))?(?:依照|依据|按照)[^；。]*?(?:处以?|给予|进行)[^，；。]{0,8}?(?:罚款|处罚)"
            + "|被(?:决定)?处以[^，；。]{0,12}?处罚|^对[^；。]*?(?:处以?|给予)[^，；。]{0,12}?(?:罚款|处罚)$");
    /** An act that is a crime (因犯…罪行受到刑事处罚) is punished by a court, not by an authority. */
    private static final Pattern CRIMINAL_ACT = Pattern.compile("罪行|触犯刑律|刑事处罚");
    /** Courts' fines (民事诉讼法 罚款、拘留) and criminal procedure are no administrative penalty. */
    private static final Pattern NOT_ADMINISTRATIVE_LAW = Pattern.compile("诉讼法|刑事|处分|维护国家安全法|^刑法");
    /**
     * The "…的，" that closes the act: the penalty or the one who imposes it follows. Also "…除要求其依法承担相应的赔偿等责任外，由…"
     * (安全生产法 第一百一十四条, 特种设备安全法 第九十条 "…责任外，依照下列规定处以罚款"): the liability set aside closes the act.
     */
    private static final Pattern ACT_END = Pattern.compile(
            "的[，,](?=[^。；]{0,80}?(?:由|处|责令|没收|给予|予以|吊销|暂扣|警告|罚款|依照|依据))|(?<=之一|行为|规定)[，,](?=由)|(?<=责任外)[，,](?=由|依照下列规定)");
    private static final Pattern ALTERNATIVE_ACT = Pattern.compile("^([^，,；;。由]{2,80}?的)[，,](?=[^。；]{0,40}?(?:由|处|责令|没收|给予|予以|吊销|暂扣|警告|罚款))");
    /**
     * 构成犯罪的，依法追究刑事责任；尚不构成犯罪的，…: the criminal alternative is no part of the act; nor is it where the act
     * itself is the crime and a lesser degree is punished (国旗法 第二十三条 "…侮辱中华人民共和国国旗的，依法追究刑事责任；情节较轻的，
     * 由公安机关处以十五日以下拘留": the act is the insult, 情节较轻的 the condition of the 拘留).
     */
    private static final Pattern CRIME = Pattern.compile("[，,]?(?:构成犯罪的[，,]依法追究刑事责任[；;，,。]?|尚不构成犯罪的[，,]|尚不构成犯罪[，,]|尚不够刑事处罚的[，,])"
            + "|(?<=的)[，,]依法追究刑事责任[；;](?=[^，。；]{1,12}的[，,])");
    /** 情节较轻的, 情节轻微的, 情节恶劣的: how the act was done, a condition of the penalty and never a second act. */
    private static final Pattern MANNER = Pattern.compile("^情节");
    /** Where in a clause the persons beside the party start: "…，对直接负责的主管人员…", "责令改正并对责任人员处…". */
    private static final String PERSONS_NAMED = "(?:并|还应当|还可以|同时)?对(?:其)?[^，；。]*?"
            + "(?:直接负责的主管人员|责任人员|法定代表人|主要负责人|负有责任的领导人员)";
    private static final Pattern PERSONS_WITHIN = Pattern.compile(PERSONS_NAMED);
    /** A sentence that goes on with the act before it ({@link #acts}): the unit's, the persons', 其中, a consequence or a repetition. */
    private static final Pattern SAME_ACT = Pattern.compile("^(?:单位|对|其中|因|造成|导致|致使|引起|发生|有违法所得|没有违法所得|违法所得)"
            + "|^[^，。；]{0,12}?(?:直接负责的主管人员|直接责任人员|有关责任人员|法定代表人|主要负责人|负有责任的)|为单位|再次"
            + "|被(?:依法)?(?:处|吊销|暂扣|责令|撤销|没收|取缔)"
            // what the authority finds or does (公安机关认为…的, 市场监督管理部门处理时，认定侵权行为成立的, 查证属实的): procedure
            + "|^[^，。；]{0,20}?(?:机关|部门|机构|人民法院|人民检察院|委员会)[^，。；]{0,6}?(?:认为|处理时|查证|审查|决定|发现)|^经(?:审查|查证|调查|核实)|(?:查证|审查)属实");
    /**
     * 单位有前款规定行为的，…: the penalty of one kind of party — 单位, 个人, 个体工商户 (个体经营户) — for the act of the paragraphs
     * named ({@link #unitTwins}); group 1 the party.
     */
    private static final Pattern UNIT_TWIN = Pattern.compile("^(单位|个人|个体工商户|个体经营户)(?:有|违反|犯)(前款|前两款|前三款|本条第(" + N + ")款)(?:规定)?(?:所列)?"
            + "[^，。；]{0,8}?(?:行为|情形)(?:之一)?的[，,]");
    /** Where a paragraph of parties' penalties goes on with the next party: "个人有前款规定行为之一的，处…；单位有前款规定行为之一的，处…". */
    private static final Pattern NEXT_PARTY = Pattern.compile("(?<=[；;])(?=(?:单位|个人|个体工商户|个体经营户)(?:有|违反|犯)(?:前款|前两款|前三款|本条第))");
    /** "注入其他物质的，还可以由公安机关…", "…的，除依照前款规定处罚外": a penalty added to the act before. */
    private static final Pattern ADDED_PENALTY = Pattern.compile("^(?:还|另|除)");
    /** Items printed in the paragraph itself: …罚款：（一）…；（二）…。 */
    private static final Pattern INLINE_ITEMS = Pattern.compile("[：:]\\s*(?=[（(]一[）)])");
    private static final Pattern ITEM_START = Pattern.compile("(?=[（(]" + N + "[）)])");
    private static final Pattern ADDS_TO_PREVIOUS = Pattern.compile("^[^，。；]{0,10}?(?:前款|前两款|前三款|本条第|上述|前项|前述)");
    private static final Pattern PREFIX = Pattern.compile("^(?:违反[^，。；]*?规定[，,])+");
    private static final Pattern NOT_CRIME = Pattern.compile("[，,]?(?:尚不构成犯罪|尚未构成犯罪|不构成犯罪|构成违反治安管理行为)的?$");
    private static final Pattern REFERENCE_SCOPE = Pattern.compile(
            "(?:违反|未依照|未按照|不按照|不依照|未按|未遵守|不遵守|不符合|未履行|不履行|未执行|不执行|未落实)(本法|本条例|本规定|本办法|本细则|本实施细则|本决定|本规则|《([^》]+)》)"
                    + "((?:的?规定)?第" + N + "条[^，。；]*?)(?=规定|的规定|[，。；]|的$|$)");
    private static final Pattern ARTICLE = Pattern.compile("第(" + N + ")条(?:之(" + N + "))?(?:第(" + N + ")款)?(?:第[（(]?(" + N + ")[）)]?项)?"
            + "(?:至第(" + N + ")条)?((?:[、和或及]+第" + N + "款)*)");
    private static final Pattern MORE_PARAGRAPHS = Pattern.compile("第(" + N + ")款");
    private static final Pattern AUTHORITY = Pattern.compile(
            "由((?:[^，。；：]{1,60}?(?:部门|机关|机构|局|委员会|政府|所|站|队|海关|院|署|办公室|单位|组织|部|厅|会|行))|海关)"
                    + "(?=依据职责|按照职责|依照职责|根据职责|按职责|依据职权|按照职权|按照权限|依据各自|按照各自|根据各自|依照各自|根据情节|视情节|依法|按照|依照"
                    + "|责令|给予|处以?|没收|予以|吊销|暂扣|撤销|取缔|追回|收缴|通报|对|[，。；])");
    /**
     * A document an authority can suspend or revoke (暂扣六个月机动车驾驶证, 吊销其导游证, 吊销农药登记证、农药生产许可证):
     * the name ends in 证/照 (证件, 证书, 牌证, 执照 …) or is a 资格/资质/许可, the next ones of a list (、和或者…) too
     * unless another penalty or act starts there. Not 证明 or 保证金, 公证员, 认证机构, 无证运输, nor 依照/按照; nor a decision
     * taken (民用核设施安全监督管理条例 第二十二条 "对吊销核安全许可证件的决定应当立即执行").
     */
    private static final String DOCUMENT = "(?:许可证件|证明文件|证件|证书|牌证|执照|证照|资格证书|资格证|资格|资质证书|资质证|资质|许可证|许可(?!证)"
            + "|(?<![保公认无])证|(?<![依按参对遵比关])照)(?![明券据人实员机运])";
    private static final String SUSPENDED_OR_REVOKED = "(?<!被|对)(?:暂扣|吊销)(?!期限|期间)[^，；。：,;:]{0,20}?" + DOCUMENT
            + "(?:(?:、|和|或者)(?!暂扣|吊销|没收|罚款|责令|警告|并处|降低|限制|拘留|通报|撤销|注销|取消|被)[^，；。：、,;:]{0,12}?" + DOCUMENT + "){0,6}";
    /**
     * What is confiscated, the whole list (没收索要的回扣、提成或者收受的财物 — 中国公民出国旅游管理办法 31) up to the next
     * penalty of the paragraph (没收违法所得、罚款; 没收违法所得或者责令停产整顿; 没收…、吊销…), which is a measure of its own.
     */
    private static final String NEXT_PENALTY = "(?:、|或者|和|及|并)(?:并处|处以?|罚款|吊销|暂扣|没收|收缴|警告|通报批评|责令|降低|限制|拘留"
            + "|停业|停产|扣缴|取缔|撤销|注销|[^，；。、：]{0,25}罚款)";
    private static final String CONFISCATED = "(?<!被)没收(?:(?!" + NEXT_PENALTY + ")[^，；。：]){1,60}";
    /**
     * 收缴 of unlawful things or documents (校车安全管理条例 第四十四条 "收缴并强制报废机动车", 不动产登记暂行条例 第三十一条 "由…予以
     * 收缴", 放射性同位素与射线装置安全和防护条例 第五十八条 "收缴有关证件"), its object printed after it or before it; not the 收缴 of a
     * fine (当场收缴罚款, 收缴的罚款上缴国库), which is procedure. No penalty of 第九条, but a measure the article orders.
     */
    private static final String COLLECTED = "(?<!被|当场|不)收缴(?!罚款|的|分离)(?:(?!" + NEXT_PENALTY + ")[^，；。：]){0,60}";
    /**
     * 撤销 of an approval or a registration beside or instead of 吊销 (兽药管理条例 第六十九条 "撤销兽药的产品批准文号或者吊销进口兽药
     * 注册证书", 公司法 "撤销公司登记或者吊销营业执照"): it ends the permission as 吊销 does; not a 撤销 the party suffered (被撤销登记的).
     */
    private static final String CANCELLED = "(?<!被|已被|依法被)撤销(?!登记的)[^，；。：,;:]{0,20}?(?:批准文号|文号|登记(?!证)|" + DOCUMENT + ")";
    private static final Pattern MEASURE = Pattern.compile(
            WARNING + "|通报批评|" + CONFISCATED + "|" + COLLECTED + "|" + SUSPENDED_OR_REVOKED + "|" + CANCELLED + "|" + STOPPED
                    // orders the article imposes beside the penalty (广告法 55, 核安全法 77, 消防法 66), longest first
                    + "|责令停止建设或者停产整顿|责令停产停业整顿|责令停产整顿|责令停止建设|责令停止使用|责令停止发布广告|责令广告主在相应范围内消除影响"
                    // 饲料和饲料添加剂管理条例 第四十六条 "责令停止生产、经营", 危险化学品安全管理条例 "责令停止生产、经营、使用活动"
                    + "|责令停止生产(?:、(?:经营|销售|使用))*(?:活动)?|责令停止销售"
                    + "|降低资质等级|责令停产停业|责令停业整顿|责令停业|责令关闭"
                    // 拘留 with its days (治安管理处罚法 第四十三条 "处五日以上十日以下拘留"): the officer needs the range
                    + "|限制开展生产经营活动|限制从业|" + DETAINED + "|责令限期改正|责令改正|责令停止违法行为|取缔"
                    + "|" + OTHER_WORDS
                    // 网络安全法 第六十三条第二款 "并对直接负责的主管人员和其他直接责任人员依照前款规定处罚": the persons' penalty is the paragraph's
                    + "|(?:依照|按照)(?:前款|前两款|本条第" + N + "款)(?:的)?规定(?:处罚|给予处罚)");
    /**
     * A penalty of 行政处罚法 第九条 the paragraph imposes (处…罚款, 没收违法所得, 暂扣…驾驶证, 吊销…, 警告 …), as opposed to one it
     * only names: a fine paid or not (罚款已缴纳的, 尚未缴纳罚款的), collected (予以收缴罚款) or barred (不得给予两次以上罚款);
     * the 暂扣期限 (道路交通安全违法行为记分管理办法 第二十三条) or a 吊销印章 (公安机关办理行政案件程序规定 第二百三十四条).
     */
    private static final Pattern IMPOSED = Pattern.compile("(?<!不再|不得)(?:处|给予|予以)(?!收缴)[^，；。]{0,40}?罚款|没收|予以(?:暂扣|吊销)|"
            + SUSPENDED_OR_REVOKED + "|" + WARNING + "|通报批评|降低资质等级|责令停产停业|责令停业|责令关闭|限制开展生产经营活动|限制从业|拘留");
    /** 自许可证被吊销之日起10年内不得…: a period that runs from a penalty, which the paragraph does not impose. */
    private static final Pattern SINCE = Pattern.compile("自[^，；。]*?之日起");
    /**
     * 市场主体被吊销营业执照、责令关闭、撤销: what a clause says from a passive penalty on is suffered, not imposed; 被申请人,
     * 被处罚人 are parties (行政复议法 第七十七条 "…或者予以通报批评").
     */
    private static final Pattern SUFFERED = Pattern.compile("被(?:依法)?(?:处(?!罚人|理人|置)|判处|给予|吊销|暂扣|没收|责令|撤销|注销|取缔).*");
    /**
     * 对有关医务人员，… / 对委派该导游人员的旅行社给予…: a sentence that names whom it punishes — a person or a body, not the things
     * a measure takes (出境入境管理法 第七十七条 "对外国人非法获取的…其他物品，予以收缴或者销毁").
     */
    private static final Pattern ADDRESSED = Pattern.compile("^(?:并|还|另)?对([^，,；;。]{0,40}?(?:人员|人|者|单位|企业|机构|组织|社|公司|医师|师|员|领队))(?:[，,]|(?=(?:还|并|可以|依法|单)*(?:处|给予|予以|吊销|暂扣|没收|责令|并处|依照|按照)))");
    /**
     * A measure on a unit's document after the persons' penalty ("…对负有责任的主管人员和其他直接责任人员，依法给予…处分，并可以依法吊销采供血
     * 机构的执业许可证", 传染病防治法 第七十条; "吊销血站、单采血浆站的执业许可证", 艾滋病防治条例 第五十七条): the party's, never the persons'.
     */
    private static final Pattern UNITS_DOCUMENT = Pattern.compile("(?:吊销|撤销|暂扣|取消)(?:该|其)?[^，；。]{0,12}?(?:机构|单位|血站|浆站|企业|公司|医院|学校)的");
    /** 对单位, 对个人, 对其: the party by its kind, not another. */
    private static final Pattern PARTY = Pattern.compile("单位|个人|其|当事人|违法行为人|违法单位|[^，]{0,6}(?:单位|个人)的?");
    /** 给予警告处分: a disciplinary sanction of civil servants (处分), not an administrative penalty. */
    private static final Pattern DISCIPLINE = Pattern.compile("处分");
    /**
     * A public body or its staff as the one who acted (县级以上人民政府有关部门未依照本法的规定履行…职责的, 管理专利工作的部门违反前款规定的):
     * its 责令改正、通报批评 beside the 处分 of its officials are the oversight of government (上级机关或者监察机关), no administrative
     * penalty of a regulated party — unlike 全国污染源普查条例 第三十九条 "污染源普查对象有下列行为之一的，…由县级以上人民政府统计机构
     * 责令改正，予以通报批评；情节严重的，可以建议对直接负责的主管人员…依法给予处分", whose 通报批评 punishes the 普查对象.
     */
    private static final Pattern PUBLIC_BODY = Pattern.compile("^[^，。；]{0,40}?(?:人民政府|部门|机关|工作人员|国家机关|监察|军队|部队|军人|人员)");
    /** 由其上级机关或者监察机关责令改正, 由本级人民政府…通报批评, 由其所在单位…: the oversight of a body by the one above it. */
    private static final Pattern OVERSEER = Pattern.compile("上级|监察|本级人民政府|所在单位|任免机关|机构编制|主管机关");
    private static final Pattern NOT_A_CONDITION = Pattern.compile("犯罪|罪|刑法|刑事|赔偿|连带|民事责任|处分|承担责任|治安管理");
    /**
     * 对违法单位的法定代表人、主要负责人、直接负责的主管人员…: the persons punished beside the party (双罚), also "由公安机关对责任人员处以
     * 十五日以下拘留、罚款或者警告" (劳动法 第九十六条, the unit's act punished on its persons only).
     */
    private static final Pattern PERSONS = Pattern.compile("^(?:由[^，；。]*?(?:部门|机关|机构|局|政府|委员会))?" + PERSONS_NAMED);
    private static final Pattern LIABILITY_CHAPTER = Pattern.compile("法律责任|罚则|处罚|奖惩|责任");

    /**
     * "对有第(一)项、第(二)项或者第(三)项规定的行为的，处…罚款" with the rest of its sentence: a penalty for some items of the list
     * only.
     */
    private static final Pattern ITEM_SCOPE = Pattern.compile(
            "对?有(?:第[（(]?" + N + "[）)]?项[、和及或者]*)+(?:规定)?的?(?:行为|情形)的[，,][^；;。]*");
    private static final Pattern ITEM_NUMBER = Pattern.compile("第[（(]?(" + N + ")[）)]?项");

    /** Marks a penalty the article imposes instead of its fine: "处警告或者二百元以下罚款". */
    public static final String OR_FINE = "（与罚款择一）";
    private static final Pattern FINE_AFTER = Pattern.compile("、[^，；。]*?罚款[^，；。]*?或者|[，,]?或者(?:处以?|并处|给予|予以)?[^，；。、]{0,20}?罚款");
    /**
     * 或者 between two measures, with the length of the second: "处以警告或者十五日以下拘留" (集会游行示威法 第二十八条); also 直至, the
     * heaviest of one choice (邮政法 第七十二条 "还可以责令停业整顿直至吊销其快递业务经营许可证").
     */
    private static final Pattern OR_BETWEEN = Pattern.compile("(?:或者|直至)(?:处以?|给予|予以)?(?:[零〇一二三四五六七八九十百0-9]+日以下(?:的)?)?");
    /** Marks a measure the article leaves to the authority: "公司登记机关可以吊销营业执照" (公司法 第二百六十条) → 可以吊销营业执照. */
    public static final String MAY = "可以";
    /**
     * Also where the authority chooses among the measures it lists (企业法人登记管理条例 第二十九条 "可以根据情况分别给予警告、罚款、没收非法所得、
     * 停业整顿、扣缴、吊销《企业法人营业执照》的处罚", 数据安全法 第四十五条 "并根据情况责令暂停相关业务、停业整顿、吊销…"): none is required.
     */
    private static final Pattern MAY_BEFORE = Pattern.compile("(?:可以|根据情况|根据不同情况|视情节轻重|根据情节轻重|视情节)(?:根据情况|根据不同情况|视情节轻重|根据情节轻重|视情节)?"
            + "(?:依法)?(?:由[^，；。、]{1,30}?)?(?:分别)?(?:依法)?(?:给予|处以?|予以)?(?:" + PERIOD + "(?:以上" + PERIOD + ")?(?:以下)?的?)?$");
    /** "给予警告、通报批评，或者处五万元以上五十万元以下罚款" (反电信网络诈骗法 第三十九条): both penalties together are the choice. */
    private static final Pattern OR_FINE_CLAUSE = Pattern.compile("[，,]或者(?:处以?|并处|给予|予以)?[^，；。、]{0,20}?罚款");
    /**
     * "罚款或者依照有关法律、行政法规的规定处以拘留" (出境入境边防检查条例 第三十二条): 或者 after the fine, with the basis of the
     * measure between — the officer fined and detained both.
     */
    private static final Pattern FINE_BEFORE = Pattern.compile("罚款或者(?:(?:依照|按照)[^，；。]{0,30}?规定(?:处以?|给予|予以)?)?$");
    /** {@link #condition}: 逾期不改造的生产性项目, 拒不改正的单位 — the object the 的 names is short and no penalty. */
    private static final Pattern NAMED_CONDITION = Pattern.compile("^[^，；。]*(?:逾期不|逾期未|拒不)[^，；。]*的[^，；。的罚处]{1,6}$");
    private static final Pattern INCOME = Pattern.compile("(?:有|如有)违法所得的");
    /**
     * What separates the measures of one list: "可以责令停业整顿，降低资质等级" — a comma or 、, with at most short items of the
     * list between ("并可以责令暂停相关业务、停业整顿、关闭网站、吊销相关业务许可证或者吊销营业执照", 网络安全法 第六十六条).
     */
    private static final Pattern LISTED = Pattern.compile("[，,、](?:[^，,；;。、]{1,12}、)*");

    /** DV-医疗器械监督管理条例-86-1-3: the item (项) a derived violation's code names, empty for another code. */
    private static final Pattern ITEM_CODE = Pattern.compile("^DV-.+-\\d+(?:之\\d+)?-\\d+(?:\\.\\d+)?-(\\d+)$");

    private ViolationDeriver() {
    }

    /** The violations of every penalty article of {@code law}, in article order. */
    public static List<DerivedViolation> derive(LawText law) {
        if (law.law().level() == LawLevel.JUDICIAL_INTERPRETATION || law.law().level() == LawLevel.CONSTITUTION
                || NOT_ADMINISTRATIVE_LAW.matcher(law.law().shortTitle()).find()) {
            return List.of();
        }
        List<DerivedViolation> all = new ArrayList<>();
        for (Provision p : law.provisions()) {
            all.addAll(derive(law.law().shortTitle(), p));
        }
        return all;
    }

    /** The violations one article describes. */
    public static List<DerivedViolation> derive(String shortTitle, Provision article) {
        List<DerivedViolation> found = new ArrayList<>();
        List<String> lines = article.paragraphs();
        Set<Integer> fineLines = new HashSet<>();
        for (int i = 1; i <= lines.size(); i++) {
            OptionalInt fine = fineParagraph(lines, i);
            if (fine.isPresent() && fine.getAsInt() > i) {
                fineLines.add(fine.getAsInt());
            }
        }
        for (int i = 0; i < lines.size(); i++) {
            String head = lines.get(i).strip();
            // 固体废物污染环境防治法 第一百一十八条第二款 "造成一般或者较大固体废物污染环境事故的，按照…计算罚款": the fine of the paragraph
            // that refers to it, no act of its own
            if (ITEM.matcher(head).find() || fineLines.contains(i + 1)) {
                continue;
            }
            List<String> items = new ArrayList<>();
            Matcher inline = INLINE_ITEMS.matcher(head);
            if (inline.find()) {
                Arrays.stream(ITEM_START.split(head.substring(inline.end()))).map(String::strip).filter(s -> !s.isEmpty()).forEach(items::add);
                head = head.substring(0, inline.end());
            }
            for (int j = i + 1; j < lines.size() && ITEM.matcher(lines.get(j).strip()).find(); j++) {
                items.add(lines.get(j).strip());
            }
            List<String> acts = acts(head);
            for (int k = 0; k < acts.size(); k++) {
                int act = acts.size() == 1 ? 0 : k + 1;
                Matcher unit = UNIT_TWIN.matcher(acts.get(k));
                found.addAll(unit.find() ? unitTwins(shortTitle, article, i, act, acts.get(k), unit.group(1), referredLines(lines, i, unit), found)
                        : derive(shortTitle, article, i + 1, act, acts.get(k), k == acts.size() - 1 ? items : List.of()));
            }
        }
        return found;
    }

    /**
     * Where the act of a paragraph ends and its penalty starts: at the "…的，" {@code end} found, unless a "；" comes before
     * it — "…有下列情形之一，根据情节轻重，依法给予处分；有违法所得的，没收违法所得：" (保守国家秘密法 第五十七条): the "…的" is a
     * condition of the next clause, not the end of the act, and 没收违法所得 waits for an income — and then at the authority
     * that punishes ("机动车维修经营者签发虚假的机动车维修合格证，由县级以上道路运输管理机构责令改正；有违法所得的，没收违法所得",
     * 道路运输条例 第七十三条) where the clause before the "；" names one.
     */
    private static int[] split(String plain, Matcher end) {
        int clause = plain.substring(0, end.start()).indexOf('；');
        // "…依法追究刑事责任；尚不够刑事处罚的，由…" reads "…；的，由…": nothing between, no condition of its own
        if (clause < 0 || end.start() - clause <= 1) {
            return new int[] {end.start(), end.end()};
        }
        Matcher by = AUTHORITY.matcher(plain);
        int comma = plain.lastIndexOf('，', clause);
        while (comma > 0) {
            if (by.region(comma + 1, plain.length()).lookingAt()) {
                return new int[] {comma, comma + 1};
            }
            comma = plain.lastIndexOf('，', comma - 1);
        }
        return new int[] {clause, clause + 1};
    }

    /** Whether the penalty part {@code more} reads starts with a second act (…的，) that is neither a penalty nor a condition. */
    private static boolean alternativeAct(Matcher more) {
        return more.find() && !PENALTY.matcher(more.group(1)).find() && !MANNER.matcher(more.group(1)).find()
                && StatutoryFines.circumstance(more.group(1)) == Circumstance.OTHER;
    }

    /**
     * The violations of one act of a paragraph — {@code actIndex} its position among the paragraph's acts (1, 2 …), 0
     * where the paragraph has one — {@code head} its sentences, {@code items} the behaviours it lists on lines of their
     * own or after its colon.
     */
    private static List<DerivedViolation> derive(String shortTitle, Provision article, int line, int actIndex, String head, List<String> items) {
        List<DerivedViolation> found = new ArrayList<>();
        // X的，构成犯罪的，依法追究刑事责任；尚不构成犯罪的，由… → X的，由…
        String plain = plain(head);
        Matcher end = ACT_END.matcher(plain);
        if (!end.find() || ADDS_TO_PREVIOUS.matcher(head).find()) {
            return found;
        }
        int[] split = split(plain, end);
        String act = plain.substring(0, split[0]);
        String penalty = plain.substring(split[1]);
        // 必须进行招标的项目而不招标的，将…规避招标的，责令限期改正: a second "…的" that is no condition is the act too.
        for (Matcher more = ALTERNATIVE_ACT.matcher(penalty); alternativeAct(more); more = ALTERNATIVE_ACT.matcher(penalty)) {
            act = act + "的，" + more.group(1).substring(0, more.group(1).length() - 1);
            penalty = penalty.substring(more.end());
        }
        if (!PENALTY.matcher(penalty).find() || !IMPOSES.matcher(penalty).find() || NOT_PUNISHING.matcher(penalty).find()
                || CRIMINAL_ACT.matcher(act).find() || PENALISED_ACT.matcher(act).find() && !act.contains("由")
                || DISCIPLINE.matcher(penalty).find() && !penalty.contains("罚款") && oversight(act, penalty)) {
            return found;
        }
        // 安全生产法 第一百一十四条 "…依照下列规定处以罚款:（一）发生一般事故的，处…": the items are the bands of the fine
        List<StatutoryFine> fines = StatutoryFines.parse(StatutoryFines.finedByItems(head) ? head + "\n" + String.join("\n", items)
                : withFineParagraph(article.paragraphs(), line, head));
        if (fines.isEmpty() && !imposes(penalty)) {
            return found;
        }
        Matcher by = AUTHORITY.matcher(penalty);
        Paragraph paragraph = new Paragraph(shortTitle, article, line, actIndex, head, penalty, conditionText(head, penalty), references(shortTitle, act),
                by.find() ? by.group(1) : null, fines);
        if (LISTS.matcher(act).find() && !items.isEmpty()) {
            Set<Integer> numbers = new HashSet<>();
            Set<Integer> scoped = scopedItems(penalty);
            for (String item : items) {
                Matcher number = ITEM.matcher(item);
                // A sub-list of an item restarts at （一）: it belongs to the item already read.
                if (!number.find() || !numbers.add(ChineseNumerals.parse(number.group(1)))) {
                    continue;
                }
                if (!scoped.isEmpty() && !scoped.contains(ChineseNumerals.parse(number.group(1)))
                        && !PENALTY.matcher(ITEM_SCOPE.matcher(penalty).replaceAll("")).find()) {
                    // 劳动保障监察条例 第三十条 "…责令改正；对有第(一)项、第(二)项或者第(三)项规定的行为的，处2000元以上2万元以下的罚款":
                    // item (四) is only ordered to be corrected — no penalty, so no violation with that fine
                    continue;
                }
                String behaviour = trimmed(item.substring(number.end()));
                List<LawReference> own = references(shortTitle, behaviour);
                found.add(paragraph.violation(ChineseNumerals.parse(number.group(1)), behaviour(behaviour),
                        own.isEmpty() ? paragraph.violates() : own));
            }
        } else if (!LISTS.matcher(act).find()) {
            found.add(paragraph.violation(0, behaviour(act), paragraph.violates()));
        }
        return found;
    }

    /**
     * The unit's violations a paragraph "单位有前款规定行为的，由…处…罚款" sets: one for each violation of the paragraphs it
     * refers to, named after it with （单位）, violating what it violates, fined as this paragraph fines — 网络安全法 第六十三条
     * fines a person 五万元以上五十万元以下 (and detains them), a unit 十万元以上一百万元以下; before, a unit was advised the person's
     * range. None where this paragraph only punishes the unit's persons ("单位有前款所列行为之一的，对直接负责的主管人员…给予警告",
     * 期货交易管理条例 第七十条): the unit is punished as the paragraph it refers to says. So for the other kinds of {@code party}:
     * 物业管理条例 第六十三条 "并按照本条第二款的规定处以罚款" fines by "个人有前款规定行为之一的，处1000元以上1万元以下的罚款；单位有前款
     * 规定行为之一的，处5万元以上20万元以下的罚款" (two acts of the paragraph, {@code act} 1 and 2), 全国污染源普查条例 第三十九条 a
     * 个体经营户 by its third paragraph.
     */
    private static List<DerivedViolation> unitTwins(String shortTitle, Provision article, int index, int act, String head, String party,
                                                    List<Integer> referred, List<DerivedViolation> derived) {
        List<DerivedViolation> of = derived.stream().filter(v -> referred.contains(v.penaltyArticle().paragraph())).toList();
        String plain = plain(head);
        Matcher end = ACT_END.matcher(plain);
        if (of.isEmpty() || !end.find()) {
            return List.of();
        }
        String penalty = plain.substring(end.end());
        StringBuilder onUnit = new StringBuilder();
        for (String segment : penalty.split("[，,；;]")) {
            if (PERSONS.matcher(segment.strip()).find()) {
                break;
            }
            onUnit.append(segment).append('，');
        }
        if (!PENALTY.matcher(onUnit).find() || !imposes(onUnit.toString())) {
            return List.of();
        }
        Matcher by = AUTHORITY.matcher(penalty);
        String enforcer = by.find() ? by.group(1) : null;
        String conditions = conditionText(head, penalty);
        List<StatutoryFine> fines = StatutoryFines.parse(head);
        List<DerivedViolation> twins = new ArrayList<>();
        for (DerivedViolation v : of) {
            int item = v.penaltyArticle().item();
            long sameItem = of.stream().filter(o -> o.penaltyArticle().item() == item).count();
            long before = twins.stream().filter(t -> t.penaltyArticle().item() == item).count();
            // 单位有前两款行为的: two violations without items are told apart as the acts of one paragraph are (….2)
            Paragraph paragraph = new Paragraph(shortTitle, article, index + 1, act > 0 ? act : sameItem > 1 ? (int) before + 1 : 0, head, penalty,
                    conditions, v.violates(), enforcer != null ? enforcer : v.enforcer(), fines);
            twins.add(paragraph.violation(item, v.name() + "（" + party + "）", v.violates()));
        }
        return twins;
    }

    /**
     * The line of the paragraph that punishes {@code party} (单位, 个人, 个体工商户 …) for the act of paragraph {@code line}
     * ("单位有前款行为的，…"), empty where the article has none: the advice for such a party is that paragraph's.
     */
    public static OptionalInt partyParagraph(List<String> lines, int line, Set<String> party) {
        for (int j = line; j < lines.size(); j++) {
            for (String act : acts(lines.get(j).strip())) {
                Matcher unit = UNIT_TWIN.matcher(act);
                if (unit.find() && party.contains(unit.group(1)) && referredLines(lines, j, unit).contains(line)) {
                    return OptionalInt.of(j + 1);
                }
            }
        }
        return OptionalInt.empty();
    }

    /** The party a paragraph of parties' penalties is for (单位有前款行为的 → 单位), empty for any other text. */
    public static java.util.Optional<String> twinParty(String act) {
        Matcher unit = UNIT_TWIN.matcher(act.strip());
        return unit.find() ? java.util.Optional.of(unit.group(1)) : java.util.Optional.empty();
    }

    /**
     * The text the conditions of a penalty are read from: the paragraph as printed from where the penalty starts, since
     * the criminal alternative taken out of {@code penalty} ("情节严重，构成犯罪的") is no condition of the penalty.
     */
    private static String conditionText(String head, String penalty) {
        String first = penalty.split("[，,；;。]")[0];
        int printed = first.isEmpty() ? -1 : head.indexOf(first);
        return printed >= 0 ? head.substring(printed) : penalty;
    }

    /**
     * The line (1, 2 …) of the paragraph that sets the fine paragraph {@code line} imposes by reference ("依照本条第二款的规定处以
     * 罚款", {@link StatutoryFines#fineParagraph}), empty where it sets its own. A later one only sets the fine; an earlier one
     * describes an act of its own as well ("以欺骗手段取得资质证书承揽城乡规划编制工作的，…依照本条第一款规定处以罚款", 城乡规划法 第六十二条
     * 第三款). Not one of each party's fines ("个人有前款规定行为之一的，处…；单位有…", 物业管理条例 第六十三条), whose parties are
     * violations of their own.
     */
    public static OptionalInt fineParagraph(List<String> lines, int line) {
        OptionalInt printed = StatutoryFines.fineParagraph(lines.get(line - 1));
        List<Integer> paragraphs = paragraphLines(lines);
        // 前款: the paragraph before this one
        OptionalInt n = printed.isPresent() && printed.getAsInt() == 0 ? OptionalInt.of(paragraphs.indexOf(line)) : printed;
        if (n.isEmpty() || n.getAsInt() < 1 || n.getAsInt() > paragraphs.size() || paragraphs.get(n.getAsInt() - 1) == line
                || UNIT_TWIN.matcher(lines.get(paragraphs.get(n.getAsInt() - 1) - 1).strip()).find()) {
            return OptionalInt.empty();
        }
        return OptionalInt.of(paragraphs.get(n.getAsInt() - 1));
    }

    /**
     * {@code text} of paragraph {@code line}, followed by the fine it imposes by reference ({@link #fineParagraph}): what the
     * fines are read from. A later paragraph is the fine, whole; of an earlier one, which has an act and measures of its own,
     * only its fines and their conditions ({@link #fineClauses}).
     */
    public static String withFineParagraph(List<String> lines, int line, String text) {
        OptionalInt fine = line >= 1 && line <= lines.size() ? fineParagraph(lines, line) : OptionalInt.empty();
        if (fine.isEmpty()) {
            return text;
        }
        String referred = lines.get(fine.getAsInt() - 1).strip();
        return text + "\n" + (fine.getAsInt() > line ? referred : fineClauses(penaltyPart(referred)));
    }

    /**
     * The fines of a penalty part with the "…的" conditions right before them, nothing else: 建设工程勘察设计管理条例 第三十五条第一款
     * "责令停止违法行为，处合同约定的勘察费、设计费1倍以上2倍以下的罚款，有违法所得的，予以没收；可以责令停业整顿…" →
     * "处合同约定的勘察费、设计费1倍以上2倍以下的罚款" — what its third paragraph's "依照本条第一款规定处以罚款" takes.
     */
    private static String fineClauses(String penalty) {
        List<String> clauses = new ArrayList<>();
        for (String clause : penalty.split("[；;。]")) {
            String[] segments = clause.split("[，,]");
            List<String> kept = new ArrayList<>();
            for (int k = 0; k < segments.length; k++) {
                boolean fining = segments[k].contains("罚款");
                boolean itsCondition = segments[k].strip().endsWith("的") && k + 1 < segments.length && segments[k + 1].contains("罚款");
                if (fining || itsCondition) {
                    kept.add(segments[k].strip());
                }
            }
            if (!kept.isEmpty()) {
                clauses.add(String.join("，", kept));
            }
        }
        return String.join("；", clauses) + "。";
    }

    /** The lines (1, 2 …) of the article's paragraphs, not the items between them. */
    private static List<Integer> paragraphLines(List<String> lines) {
        List<Integer> paragraphs = new ArrayList<>();
        for (int j = 0; j < lines.size(); j++) {
            if (!ITEM.matcher(lines.get(j).strip()).find()) {
                paragraphs.add(j + 1);
            }
        }
        return paragraphs;
    }

    /** The lines (1, 2 …) of the paragraphs "前款", "前两款" or "本条第N款" names, counting paragraphs, not the items between them. */
    private static List<Integer> referredLines(List<String> lines, int index, Matcher unit) {
        List<Integer> paragraphs = paragraphLines(lines);
        int position = paragraphs.indexOf(index + 1);
        if (unit.group(3) != null) {
            int n = ChineseNumerals.parse(unit.group(3));
            return n >= 1 && n <= position ? List.of(paragraphs.get(n - 1)) : List.of();
        }
        int count = switch (unit.group(2)) {
            case "前两款" -> 2;
            case "前三款" -> 3;
            default -> 1;
        };
        return paragraphs.subList(Math.max(0, position - count), position);
    }

    /** X的，构成犯罪的，依法追究刑事责任；尚不构成犯罪的，由… → X的，由…: the criminal alternative taken out. */
    private static String plain(String text) {
        return CRIME.matcher(text.strip()).replaceAll("的，").replaceAll("(?:[，,]?的[，,])+", "的，").replace("的的，", "的，");
    }

    /**
     * The acts a penalty paragraph punishes, each with the sentences that punish it; one where it punishes one. A
     * sentence after the first opens an act of its own when it describes, before its penalty, conduct that is no
     * condition of the act before — no amount, 情节严重, 拒不改正 — nor an addition to it: 旅行社条例 第四十七条 "旅行社转让、出租、
     * 出借旅行社业务经营许可证的，…责令停业整顿…。受让或者租借旅行社业务经营许可证的，…并处10万元以上50万元以下的罚款。" fines the one
     * who takes the licence, not the agency that lends it. Not a new act: the same act of a unit (单位从事内幕交易的, read as
     * the unit's fine), the persons' liability (经营者的法定代表人…负有个人责任的, 对…直接责任人员), 其中…, a consequence or a
     * repetition (造成…的, 因…被处罚，再次…的), or what refers to the paragraph (前款, 上述 at its start).
     */
    public static List<String> acts(String paragraph) {
        Matcher inline = INLINE_ITEMS.matcher(paragraph);
        int itemsAt = inline.find() ? inline.end() : paragraph.length();
        List<String> acts = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        // Sentences before the first that punishes (a duty, 检查发现…) belong to the first act.
        boolean punishes = false;
        for (String sentence : sentences(paragraph.substring(0, itemsAt))) {
            if (punishes && (opensAct(sentence) || UNIT_TWIN.matcher(sentence).find() && UNIT_TWIN.matcher(current).find())) {
                acts.add(current.toString());
                current.setLength(0);
            }
            current.append(sentence);
            punishes = punishes || punishes(sentence);
        }
        acts.add(current.append(paragraph.substring(itemsAt)).toString());
        return List.copyOf(acts);
    }

    /** The sentences of a paragraph, a paragraph of parties' penalties split at each party ({@link #NEXT_PARTY}). */
    private static List<String> sentences(String text) {
        List<String> sentences = new ArrayList<>();
        for (String sentence : text.split("(?<=。)")) {
            sentences.addAll(UNIT_TWIN.matcher(sentence).find() ? Arrays.asList(NEXT_PARTY.split(sentence)) : List.of(sentence));
        }
        return sentences;
    }

    /** Whether a sentence describes an act and then a penalty (…的，由…处…罚款). */
    private static boolean punishes(String sentence) {
        String plain = plain(sentence);
        Matcher end = ACT_END.matcher(plain);
        if (!end.find()) {
            return false;
        }
        String penalty = plain.substring(end.end());
        return PENALTY.matcher(penalty).find() && IMPOSES.matcher(penalty).find() && !NOT_PUNISHING.matcher(penalty).find();
    }

    private static boolean opensAct(String sentence) {
        String plain = plain(sentence);
        Matcher end = ACT_END.matcher(plain);
        if (!punishes(sentence) || !end.find() || ADDS_TO_PREVIOUS.matcher(sentence).find()) {
            return false;
        }
        String act = plain.substring(0, end.start());
        return behaviour(act).length() >= 4 && !SAME_ACT.matcher(act).find() && StatutoryFines.circumstance(act + "的") == Circumstance.OTHER
                && !ADDED_PENALTY.matcher(plain.substring(end.end())).find();
    }

    /**
     * Whether a penalty part imposes a penalty in a clause of its own, not in a condition (…的), a period (自…之日起) nor
     * after 被:
     * 累积记分未满12分的，该记分周期内的记分予以清除；…但有罚款逾期未缴纳的，… (道路交通安全违法行为记分管理办法 第十五条) names
     * a fine and imposes none; 有违法所得的，没收违法所得 imposes one.
     */
    private static boolean imposes(String penalty) {
        for (String clause : SINCE.matcher(penalty).replaceAll("").split("[，,；;。：:]")) {
            if (!condition(clause.strip()) && IMPOSED.matcher(SUFFERED.matcher(clause).replaceFirst("")).find()) {
                return true;
            }
        }
        return false;
    }

    /** One paragraph that sets a penalty: what every violation it describes shares. */
    private record Paragraph(String shortTitle, Provision article, int line, int act, String text, String penalty, String conditionText,
                             List<LawReference> violates,
                             String enforcer, List<StatutoryFine> fines) {

        DerivedViolation violation(int item, String name, List<LawReference> violated) {
            double confidence = 1.0;
            if (violated.isEmpty()) {
                confidence -= 0.15;
            }
            if (fines.stream().noneMatch(f -> f.fine() != null) && text.contains("罚款")) {
                confidence -= 0.25;
            }
            if (enforcer == null) {
                confidence -= 0.1;
            }
            if (article.chapter() == null || !LIABILITY_CHAPTER.matcher(article.chapter()).find()) {
                confidence -= 0.2;
            }
            if (name.length() < 4 || name.length() > 160) {
                confidence -= 0.2;
            }
            // The second act of a paragraph is line.2 (旅行社条例 第四十七条 "受让或者租借…的": DV-旅行社条例-47-1.2); the first keeps the
            // code it had before acts were told apart.
            String code = "DV-" + shortTitle + "-" + article.article() + (article.suffix() == 0 ? "" : "之" + article.suffix()) + "-" + line
                    + (act > 1 ? "." + act : "") + (item == 0 ? "" : "-" + item);
            return new DerivedViolation(code, name, new LawReference(shortTitle, article.article(), article.suffix(), line, item), act, violated,
                    enforcer, text, fines, listedMeasures(penalty), conditions(conditionText), Math.max(0.1, Math.round(confidence * 100) / 100.0));
        }
    }

    /** The items a penalty names as the ones it is for (对有第(一)项、第(二)项…的行为的), empty where it is for every item. */
    private static Set<Integer> scopedItems(String penalty) {
        Set<Integer> items = new HashSet<>();
        for (Matcher scope = ITEM_SCOPE.matcher(penalty); scope.find(); ) {
            String clause = scope.group();
            for (Matcher n = ITEM_NUMBER.matcher(clause.substring(0, clause.indexOf("的"))); n.find(); ) {
                items.add(ChineseNumerals.parse(n.group(1)));
            }
        }
        return items;
    }

    /** The act without what only frames it: 违反本法规定，…; …，尚不构成犯罪; 有下列行为之一. */
    private static String behaviour(String act) {
        // (二)违反本条例第十三条规定，私自熔化…的，…: an item printed as a sentence of the paragraph (金银管理条例 第三十一条)
        String name = PREFIX.matcher(ITEM.matcher(act.strip()).replaceFirst("")).replaceFirst("");
        name = NOT_CRIME.matcher(name).replaceFirst("");
        return trimmed(name.isBlank() ? act : name);
    }

    private static String trimmed(String text) {
        return text.strip().replaceFirst("[；;。，,：:]+$", "").replaceFirst("的$", "").strip();
    }

    /** The articles a clause says are broken: 违反本法第三十五条第一款规定, 未依照本条例第十条、第十二条规定 …, 第X条至第Y条. */
    static List<LawReference> references(String shortTitle, String clause) {
        Set<LawReference> refs = new LinkedHashSet<>();
        Matcher scope = REFERENCE_SCOPE.matcher(clause);
        while (scope.find()) {
            String law = scope.group(2) != null ? scope.group(2) : shortTitle;
            Matcher a = ARTICLE.matcher(scope.group(3));
            while (a.find()) {
                int article = ChineseNumerals.parse(a.group(1));
                int suffix = a.group(2) == null ? 0 : ChineseNumerals.parse(a.group(2));
                int paragraph = a.group(3) == null ? 0 : ChineseNumerals.parse(a.group(3));
                int item = a.group(4) == null ? 0 : ChineseNumerals.parse(a.group(4));
                refs.add(new LawReference(law, article, suffix, paragraph, item));
                // 第十条第一款、第二款、第三款: the further paragraphs of the same article.
                for (Matcher more = MORE_PARAGRAPHS.matcher(a.group(6)); more.find(); ) {
                    refs.add(new LawReference(law, article, suffix, ChineseNumerals.parse(more.group(1)), 0));
                }
                if (a.group(5) != null) {
                    for (int k = article + 1, last = ChineseNumerals.parse(a.group(5)); k <= last && k < article + 30; k++) {
                        refs.add(LawReference.of(law, k));
                    }
                }
            }
        }
        return List.copyOf(refs);
    }

    /** The item (项) of its article a violation is, where its code says (a derived one listed as （三）); curated codes name none. */
    public static OptionalInt item(String code) {
        Matcher m = ITEM_CODE.matcher(code == null ? "" : code);
        return m.matches() ? OptionalInt.of(Integer.parseInt(m.group(1))) : OptionalInt.empty();
    }

    /**
     * A measure a penalty paragraph imposes only under a condition (拒不改正的，责令停止建设或者停产整顿; 情节严重的，责令停业
     * 整顿，或者由工商行政管理机关吊销营业执照), as printed without the fines and the persons' penalties beside it;
     * {@code circumstance} tells how facts meet {@code condition} (OTHER: no fact states it).
     */
    public record ConditionalMeasure(String condition, Circumstance circumstance, String measure) {

        /** 责令停止建设或者停产整顿（拒不改正的） */
        public String labelled() {
            return measure + "（" + condition + "）";
        }
    }

    /** Whether {@code condition} is "有违法所得的": met by an illegal income above 0. */
    public static boolean incomeCondition(String condition) {
        return INCOME.matcher(condition).matches();
    }

    /** The measures of a penalty paragraph that wait for a condition, in order; the same one under the same condition once. */
    public static List<ConditionalMeasure> conditionalMeasures(String paragraph) {
        return conditional(penaltyPart(paragraph));
    }

    private static List<ConditionalMeasure> conditional(String penalty) {
        Set<ConditionalMeasure> found = new LinkedHashSet<>();
        for (String clause : penalty.split("[；;。]")) {
            String condition = null;
            List<String> measures = new ArrayList<>();
            boolean persons = false;
            for (String segment : clause.split("[，,]")) {
                String s = segment.strip().replaceFirst("[:：]$", "").replaceFirst("^(?:并且|并处|并)(?=可以|责令|由|吊销|没收|暂扣)", "");
                if (condition(s) && condition != null && StatutoryFines.circumstance(s) == Circumstance.AMOUNT
                        && StatutoryFines.circumstance(condition) != Circumstance.AMOUNT) {
                    // 情节严重的，处…倍罚款，广告费用无法计算或者明显偏低的，处…，可以吊销营业执照: the amount scopes the fine only
                    continue;
                }
                if (condition(s)) {
                    // 烟花爆竹安全管理条例 第三十七条 "逾期不改正的，责令停产停业整顿，情节严重的，吊销安全生产许可证": in one clause the 情节严重
                    // escalates the refusal's branch — the 吊销 needs both, the reading an officer can defend
                    String nested = condition != null && StatutoryFines.circumstance(condition) == Circumstance.REFUSED
                            && StatutoryFines.circumstance(s) == Circumstance.SERIOUS ? condition + "，" + s : s;
                    flush(condition, measures, found);
                    condition = nested;
                } else if (persons && !UNITS_DOCUMENT.matcher(s).find() || PERSONS.matcher(s).find()) {
                    // 对违法单位的法定代表人…: what follows is the persons' penalty, never the party's — but the unit's document
                    persons = true;
                } else if (condition != null && MEASURE.matcher(s).find() && !s.contains("罚款")) {
                    measures.add(s);
                } else if (condition != null && s.contains("罚款")) {
                    // 治安管理处罚法 第四十三条 "情节较轻的，处五日以下拘留或者五百元以下罚款": the detention is the fine's alternative
                    measures(s).stream().filter(ViolationDeriver::insteadOfFine).forEach(measures::add);
                }
            }
            flush(condition, measures, found);
        }
        return List.copyOf(found);
    }

    private static void flush(String condition, List<String> measures, Set<ConditionalMeasure> found) {
        if (condition != null && !measures.isEmpty()) {
            Circumstance c = StatutoryFines.circumstance(condition);
            // an amount scopes a fine; but "有违法所得的，没收违法所得" (518 derived violations) is the confiscation 第二十八条第二款
            // requires, to list with its condition
            if (c != Circumstance.AMOUNT || incomeCondition(condition)) {
                found.add(new ConditionalMeasure(condition, c, String.join("，", measures)));
            }
        }
        measures.clear();
    }

    /**
     * The paragraph after the act it describes (…的，由…) and before the items it lists (…停产整顿:（一）…): the penalty. The act
     * may be two (商业银行法 第二十三条第二款 "…无正当理由超过六个月未开业的，或者开业后自行停业连续六个月以上的，由…吊销其经营许可证")
     * as {@link #derive} reads them: the second is no condition of the penalty, which the measures imposed at once would wait for.
     */
    private static String penaltyPart(String paragraph) {
        Matcher items = INLINE_ITEMS.matcher(paragraph);
        String head = items.find() ? paragraph.substring(0, items.start()) : paragraph;
        String plain = plain(head);
        Matcher end = ACT_END.matcher(plain);
        String penalty = plain;
        if (end.find()) {
            penalty = plain.substring(split(plain, end)[1]);
        }
        for (Matcher more = ALTERNATIVE_ACT.matcher(penalty); alternativeAct(more); more = ALTERNATIVE_ACT.matcher(penalty)) {
            penalty = penalty.substring(more.end());
        }
        return penalty;
    }

    /** Whether {@code measure} is one of the kinds of 行政处罚法 第九条 (警告, 没收…, 责令停产停业 …), not an order like 责令改正. */
    public static boolean isPenalty(String measure) {
        return PENALTY.matcher(measure).find();
    }

    /**
     * The measures a penalty paragraph imposes at once on the party — those of its sentences after the act before any
     * condition (…；情节严重的，吊销许可证 is not among them), also after a clause that imposes nothing (专利代理条例 第二十六条
     * 第二款 "…依照有关法律、行政法规的规定承担法律责任；由国务院专利行政部门吊销专利代理师资格证"), but not those aimed at another
     * ({@link #othersMeasures}).
     */
    public static List<String> immediateMeasures(String paragraph) {
        Set<String> found = new LinkedHashSet<>();
        String[] clauses = penaltyPart(paragraph).split("[；;。]");
        for (int i = 0; i < clauses.length; i++) {
            found.addAll(measures(unconditioned(aimed(clauses, i).party())));
        }
        return List.copyOf(found);
    }

    /**
     * The measures the paragraph imposes on someone other than the party, each as "对X：…": a sentence naming another
     * (旅游法 第一百条 "对直接负责的主管人员和其他直接责任人员，处二千元以上二万元以下罚款，并暂扣或者吊销导游证", 精神卫生法 第七十三条
     * "对有关医务人员，吊销其执业证书", 导游人员管理条例 第二十四条 "对委派该导游人员的旅行社给予警告直至责令停业整顿") or the persons
     * beside the party within a clause ("…，对其法定代表人或者主要负责人、直接负责的主管人员和其他直接责任人员给予警告", 防范和处置
     * 非法集资条例 第三十条; "由公安机关对责任人员处以十五日以下拘留、罚款或者警告", 劳动法 第九十六条). Their fines are
     * {@link StatutoryFines}' to read; 处分 is discipline, no penalty.
     */
    public static List<String> othersMeasures(String paragraph) {
        return others(penaltyPart(paragraph));
    }

    private static List<String> others(String penalty) {
        Set<String> found = new LinkedHashSet<>();
        String[] clauses = penalty.split("[；;。]");
        for (int i = 0; i < clauses.length; i++) {
            Aimed aimed = aimed(clauses, i);
            if (aimed.to() != null) {
                // "情节严重的，…，对直接负责的主管人员…，吊销其执业证书": the persons' measure waits for the clause's condition too
                String condition = Arrays.stream(aimed.party().split("[，,]")).map(String::strip).filter(c -> c.length() > 1 && condition(c))
                        .reduce((first, second) -> second).map(c -> "（" + c + "）").orElse("");
                measures(unconditioned(aimed.others())).forEach(m -> found.add("对" + aimed.to() + "：" + m + condition));
            }
        }
        return List.copyOf(found);
    }

    /** A clause split by whom it punishes: the party's part, and from {@code to} on (null: nobody else) the part aimed at them. */
    private record Aimed(String party, String to, String others) {
    }

    /**
     * Whom clause {@code i} punishes: the party, or from a point on another — a sentence after the first that opens with
     * 对X ({@link #addressee}), or the persons beside the party a segment names (…，对直接负责的主管人员…; 由公安机关对责任人员…).
     */
    private static Aimed aimed(String[] clauses, int i) {
        String clause = clauses[i].strip();
        java.util.Optional<String> to = addressee(clauses, i);
        if (to.isPresent()) {
            Matcher named = ADDRESSED.matcher(clause);
            return new Aimed("", to.get(), withoutDiscipline(named.find() ? clause.substring(named.end()) : clause));
        }
        String[] segments = clause.split("[，,]");
        for (int k = 0; k < segments.length; k++) {
            String segment = segments[k].strip();
            if (PERSONS.matcher(segment).find() && !segment.endsWith("的")) {
                // the unit's document goes back to the party with the condition it waits for (…，造成严重后果的，…，并吊销接种单位的接种资格)
                List<String> party = new ArrayList<>(Arrays.asList(segments).subList(0, k));
                List<String> theirs = new ArrayList<>();
                String waitsFor = null;
                for (String s : Arrays.asList(segments).subList(k, segments.length)) {
                    if (!UNITS_DOCUMENT.matcher(s).find()) {
                        theirs.add(s);
                        waitsFor = condition(s.strip()) ? s : waitsFor;
                    } else {
                        if (waitsFor != null && !party.contains(waitsFor)) {
                            party.add(waitsFor);
                        }
                        party.add(s);
                    }
                }
                String rest = String.join("，", theirs);
                rest = rest.substring(rest.indexOf('对'));
                Matcher named = ADDRESSED.matcher(rest);
                boolean found = named.find();
                return new Aimed(String.join("，", party), found ? named.group(1) : "责任人员",
                        withoutDiscipline(found ? rest.substring(named.end()) : rest));
            }
        }
        return new Aimed(clause, null, "");
    }

    /**
     * Whether a paragraph that disciplines ({@link #DISCIPLINE}) and fines no one is the oversight of a public body, not the
     * penalty of a regulated party: the one who acted is a body or its staff ({@link #PUBLIC_BODY}), no authority or the body
     * above it ({@link #OVERSEER}) acts, or nothing but the discipline is imposed.
     */
    private static boolean oversight(String act, String penalty) {
        Matcher by = AUTHORITY.matcher(penalty);
        return PUBLIC_BODY.matcher(act).find() || !by.find() || OVERSEER.matcher(by.group(1)).find() || !PENALTY.matcher(withoutDiscipline(penalty)).find();
    }

    /** …依法给予处分，处十万元以上二十万元以下的罚款 (生物安全法 第七十四条): the 处分 is discipline, the rest a penalty. */
    private static String withoutDiscipline(String text) {
        return String.join("，", Arrays.stream(text.split("[，,]")).filter(s -> !DISCIPLINE.matcher(s).find()).toList());
    }

    /**
     * 对X， or 对X给予/处/吊销… opening sentence {@code i}: whom it punishes, unless it is the party by its kind (对单位, 对个人,
     * 对其) or the sentence is the first after the act, which punishes the party whoever it names (国境卫生检疫法 "…的，对交通运输
     * 工具负责人，责令改正，给予警告").
     */
    private static java.util.Optional<String> addressee(String[] clauses, int i) {
        if (i == 0) {
            return java.util.Optional.empty();
        }
        Matcher m = ADDRESSED.matcher(clauses[i].strip());
        return m.find() && !PARTY.matcher(m.group(1)).matches() ? java.util.Optional.of(m.group(1)) : java.util.Optional.empty();
    }

    /**
     * What a derived violation lists: the measures imposed at once, then those that wait for a condition, each with
     * it (责令停止建设或者停产整顿（拒不改正的）) — an officer reading the list must not take a conditional one for a given — and
     * those imposed on another, each with whom (对有关医务人员：吊销其执业证书).
     */
    private static List<String> listedMeasures(String penalty) {
        Set<String> found = new LinkedHashSet<>();
        String[] clauses = penalty.split("[；;。]");
        for (int i = 0; i < clauses.length; i++) {
            found.addAll(measures(unconditioned(aimed(clauses, i).party())));
        }
        conditional(penalty).forEach(c -> found.add(c.labelled()));
        found.addAll(others(penalty));
        return List.copyOf(found);
    }

    /**
     * Whether a segment is a condition: "…的" (拒不改正的, 情节严重的), or one that names its object after the 的 when the
     * order was not obeyed (节约能源法 第六十八条第二款 "不能改造或者逾期不改造的生产性项目，由…责令关闭": the 责令关闭 waits for it).
     */
    private static boolean condition(String segment) {
        return segment.endsWith("的") || NAMED_CONDITION.matcher(segment).find();
    }

    /** A clause up to its first condition (…，拒不改正的，…): what it imposes unconditionally. */
    private static String unconditioned(String clause) {
        StringBuilder before = new StringBuilder();
        for (String segment : clause.split("[，,]")) {
            if (condition(segment.strip())) {
                break;
            }
            before.append(segment).append('，');
        }
        return before.toString();
    }

    /**
     * Whether a penalty paragraph fines the party, not only those beside it: "由公安机关对责任人员处以十五日以下拘留、罚款或者
     * 警告" (劳动法 第九十六条) fines the persons alone.
     */
    public static boolean finesParty(String paragraph) {
        String[] clauses = penaltyPart(paragraph).split("[；;。]");
        for (int i = 0; i < clauses.length; i++) {
            for (String segment : aimed(clauses, i).party().split("[，,]")) {
                // "责令改正并对责任人员处1000元以上5000元以下罚款" (地名管理条例 第三十八条): the order is the party's, the fine theirs
                Matcher persons = PERSONS_WITHIN.matcher(segment);
                String party = persons.find() ? segment.substring(0, persons.start()) : segment;
                if (party.contains("罚款")) {
                    return true;
                }
                if (party.length() < segment.length()) {
                    break;
                }
            }
        }
        return false;
    }

    /**
     * The measures a clause imposes. Two joined by 或者 are one choice, never both ("给予警告或者通报批评", 私募投资基金监督管理
     * 条例 第五十七条); a penalty printed as the alternative of the fine ("处警告或者二百元以下罚款", "处二百元以下罚款或者警告",
     * 道路交通安全法 第九十条; "给予警告、通报批评，或者处五万元以上五十万元以下罚款", 反电信网络诈骗法 第三十九条, the two together) is
     * marked {@link #OR_FINE}: it is imposed instead of the fine, not beside it.
     */
    private static List<String> measures(String penalty) {
        Set<String> found = new LinkedHashSet<>();
        Matcher m = MEASURE.matcher(penalty);
        String pending = null;
        int start = 0;
        int end = 0;
        // 建筑法 第六十七条 "…并处罚款，可以责令停业整顿，降低资质等级": the 可以 leaves both measures it lists to the authority
        String may = "";
        while (m.find()) {
            String between = penalty.substring(end, m.start());
            if (pending != null && (OR_BETWEEN.matcher(between).matches() || between.equals("、") && OR_FINE_CLAUSE.matcher(penalty.substring(m.end())).lookingAt())) {
                pending = pending + between + m.group();
            } else {
                if (pending != null) {
                    may = may(penalty, start, may);
                    found.add(may + orFine(pending, penalty, end));
                }
                may = pending != null && LISTED.matcher(between).matches() ? may : "";
                pending = m.group();
                start = m.start();
            }
            end = m.end();
        }
        if (pending != null) {
            found.add(may(penalty, start, may) + orFine(pending, penalty, end));
        }
        return List.copyOf(found);
    }

    /**
     * {@link #MAY} where the clause leaves the measure starting at {@code start} to the authority (可以吊销, 可以由…吊销) or
     * lists it after one it leaves ({@code listedAfter}), else nothing.
     */
    private static String may(String penalty, int start, String listedAfter) {
        return MAY_BEFORE.matcher(penalty.substring(0, start)).find() ? MAY : listedAfter;
    }

    /** Whether the article leaves {@code measure} to the authority (可以责令停业整顿): no measure the law requires. */
    public static boolean optional(String measure) {
        return measure.startsWith(MAY);
    }

    /** The measure ending at {@code end}, marked where the clause prints it as the fine's alternative. */
    private static String orFine(String measure, String penalty, int end) {
        int start = end - measure.length();
        boolean after = FINE_AFTER.matcher(penalty.substring(end)).lookingAt();
        boolean before = FINE_BEFORE.matcher(penalty.substring(0, start)).find();
        return isPenalty(measure) && !measure.contains("没收") && (after || before) ? measure + OR_FINE : measure;
    }

    /** Whether the clause prints {@code measure} as the alternative of its fine (警告（与罚款择一）). */
    public static boolean insteadOfFine(String measure) {
        return measure.endsWith(OR_FINE);
    }

    /**
     * The measure without its {@link #OR_FINE} mark (警告（与罚款择一） → 警告), nor its {@link #MAY}: a penalty instead of the fine
     * is the authority's choice anyway (反洗钱法 第五十七条 "可以给予警告或者处…罚款").
     */
    public static String unmarked(String measure) {
        String plain = insteadOfFine(measure) ? measure.substring(0, measure.length() - OR_FINE.length()) : measure;
        return optional(plain) ? plain.substring(MAY.length()) : plain;
    }

    /** The "…的" clauses the penalty turns on: 逾期不改正的, 情节严重的, 货值金额一万元以上的 … */
    private static List<String> conditions(String penalty) {
        Set<String> found = new LinkedHashSet<>();
        String[] clauses = penalty.split("[，,；;。：:]");
        for (int i = 0; i < clauses.length; i++) {
            String c = clauses[i].strip().replaceFirst("^(?:并且|并|但|其中|或者)", "");
            // 造成损失的，依法承担赔偿责任: a condition of civil or criminal liability, not of the penalty; nor is 构成违反治安管理
            // 行为的，由公安机关依法予以处罚, another law's penalty by another authority.
            boolean liability = i + 1 < clauses.length && NOT_A_CONDITION.matcher(clauses[i + 1]).find() && !PENALTY.matcher(clauses[i + 1]).find();
            if (condition(c) && c.length() > 1 && !NOT_A_CONDITION.matcher(c).find() && !liability) {
                found.add(c);
            }
        }
        return List.copyOf(found);
    }
}
