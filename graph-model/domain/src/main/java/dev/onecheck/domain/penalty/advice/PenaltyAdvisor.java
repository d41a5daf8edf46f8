package dev.onecheck.domain.penalty.advice;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import dev.onecheck.domain.penalty.Fine;
import dev.onecheck.domain.penalty.Tier;
import dev.onecheck.domain.penalty.TierCondition;
import dev.onecheck.domain.penalty.TierLevel;
import dev.onecheck.domain.penalty.advice.PenaltyAdvice.Alternative;
import dev.onecheck.domain.penalty.advice.PenaltyAdvice.DailyPenalty;

/**
 * "罚不罚、罚多少" as rules an officer can defend, in the order 行政处罚法 puts them: which version of the penalty
 * article applies (第三十七条), whether the act is time-barred (第三十六条), whether it goes unpunished (第三十条、
 * 第三十一条: age, mental illness; 第三十三条: no fault unless a law says otherwise; minor, corrected and harmless;
 * 首违不罚 where the city lists it), then the tier of the 裁量基准 the circumstances lead to (第三十二条 and the
 * standard's 从重 list), the threshold the amounts meet, the range in yuan beside the article's own, several norms
 * (第二十九条), 按日连续处罚 and the procedure the outcome calls for.
 */
public final class PenaltyAdvisor {

    /** The law whose general rules (总则) the advice applies, and the articles it cites. */
    public static final String GENERAL_LAW = "行政处罚法";
    public static final List<Integer> GENERAL_RULES = List.of(29, 30, 31, 32, 33, 36, 37);

    static final int SEVERAL_NORMS = 29;
    static final int MINORS = 30;
    static final int MENTAL_ILLNESS = 31;
    static final int MITIGATION = 32;
    static final int NOT_PUNISHED = 33;
    static final int LIMITATION = 36;
    static final int TEMPORAL = 37;

    private static final String EDUCATION = "批评教育";
    private static final String CORRECTION = "责令改正";
    private static final String NO_FAULT = "当事人有证据足以证明没有主观过错，不予行政处罚（第二款），应当对其进行教育（第三款）";

    private final HearingThresholds hearing;

    public PenaltyAdvisor(HearingThresholds hearing) {
        this.hearing = hearing;
    }

    public PenaltyAdvice advise(AdviceBasis given, ViolationFacts facts) {
        CitedArticle linked = given.penalties().getFirst();
        // A continuing act is judged by the law in force when it ended (第三十六条第二款, 第三十七条): only an act over
        // before the article existed was not punishable by it.
        String actDate = facts.endedOn() == null ? "committedOn" : "endedOn";
        // Never the same number in another version instead: whether that version punished the act is for a person to read.
        Optional<CitedArticle.Unmatched> unmatched = linked.unmatchedOn(facts.actEndedOn());
        if (unmatched.isPresent()) {
            throw new InvalidFactException(actDate, "(" + facts.actEndedOn() + ") falls in " + unmatched.get().name() + ", which has no article "
                    + "corresponding to " + linked.citation() + " (none of its articles is alike enough): whether and how that version "
                    + "penalised the act (第三十七条: 适用违法行为发生时的规定) must be checked in its text");
        }
        // The collection may lack the text in force then (an amended law keeps only its later versions): say so, never
        // that the act went unpunished by law, and never read a later version in its place.
        if (facts.actEndedOn().isBefore(linked.firstInForce())) {
            throw new InvalidFactException(actDate, "(" + facts.actEndedOn() + ") is before the earliest version of "
                    + linked.citation() + " in the law collection, in force from " + linked.firstInForce() + ": the text in force "
                    + "at the act (第三十七条: 适用违法行为发生时的规定), if the law existed then, is not loaded and must be read in that version");
        }
        ApplicableVersion version = ApplicableVersion.of(linked, given.violated(), facts);
        AdviceBasis basis = given.standardFor(version.version(), facts.partyType());
        CitedArticle primary = basis.penalties().getFirst();
        AdviceDraft advice = new AdviceDraft(basis);
        advice.articles(version);
        advice.step("适用法律版本（从旧兼从轻）", TEMPORAL, version.finding());
        ApplicableVersion.unconfirmedCommencement(linked, facts).ifPresent(a -> advice.step("施行日期（假定）", TEMPORAL, a));
        if (basis != given) {
            advice.step("裁量基准", 0, basis.standard().title() + "依所适用的" + ApplicableVersion.name(version.version())
                    + "的罚款和处罚种类分档，不沿用" + ApplicableVersion.name(linked.linked()) + "的规定");
        }
        String penaltyText = primary.text(version.version());
        AddressedParty.check(basis, penaltyText, facts);
        AddressedParty.checkParty(primary, version.version(), penaltyText, facts);
        Procedure procedure = new Procedure(hearing, facts, basis.penalties().stream().map(a -> a.text(a.versionOn(version.asOf()))).toList());

        statutory(penaltyText, facts, version, advice);
        IndividualRule.forFacts(primary.law(), version.version().provision().article(), facts)
                .filter(r -> facts.partyType() != null && facts.partyType().naturalPerson())
                .ifPresent(r -> advice.statutoryRange(new PenaltyAdvice.StatutoryRange(r.range(), r.text().substring(0, r.text().indexOf('：')))));
        LimitationPeriod period = LimitationPeriod.of(basis, facts);
        advice.step("追责时效", LIMITATION, period.finding());
        if (period.expired()) {
            return advice.done(Outcome.TIME_BARRED, null, null, List.of(), procedure.notPunished());
        }
        Optional<ListEntry> entry = ListEntry.of(basis.standard());
        Tier entryTier = entry.map(ListEntry::tier).orElse(null);
        // 第三十条、第三十一条 and 第三十三条第二款 are grounds of their own: the answer shows no tier of the 不予处罚 list, whose
        // circumstances (初次违法、当场改正 …) the officer did not state.
        if (facts.age() != null && facts.age() < ViolationFacts.CHILD) {
            advice.step("未成年人", MINORS, "不满十四周岁的未成年人有违法行为的，不予行政处罚，责令监护人加以管教");
            return advice.done(Outcome.NO_PENALTY, null, null, List.of("责令监护人加以管教", EDUCATION), procedure.notPunished());
        }
        if (facts.mentalState() == MentalState.INCAPABLE) {
            advice.step("精神病人、智力残疾人", MENTAL_ILLNESS, "精神病人、智力残疾人在不能辨认或者不能控制自己行为时有违法行为的，不予行政处罚，"
                    + "但应当责令其监护人严加看管和治疗");
            return advice.done(Outcome.NO_PENALTY, null, null, List.of("责令监护人严加看管和治疗", EDUCATION), procedure.notPunished());
        }

        List<String> mayReduce = new ArrayList<>();
        if (facts.noFault()) {
            NoFaultRule.Match match = NoFaultRule.match(basis, primary.law(), version.version().provision().article(), facts, version.asOf());
            switch (match) {
                case NoFaultRule.Match.None none -> {
                    advice.step("无主观过错", NOT_PUNISHED, NO_FAULT);
                    return advice.done(Outcome.NO_PENALTY, null, null, List.of(EDUCATION), procedure.notPunished());
                }
                case NoFaultRule.Match.OtherRole(NoFaultRule rule) -> {
                    advice.step("无主观过错", NOT_PUNISHED, NO_FAULT + "；" + rule.source() + "只适用于" + rule.roleLabels() + "，本案当事人为"
                            + facts.role().label() + "，不属于法律另有规定的情形");
                    return advice.done(Outcome.NO_PENALTY, null, null, List.of(EDUCATION), procedure.notPunished());
                }
                // A clause that may provide otherwise and that the rules cannot apply (not in the table, or the item of the
                // article is not known). Not 不予处罚: every such clause of the corpus narrows 第三十三条第二款 — it needs
                // 进货查验 and a named supplier, keeps 没收/收缴/责令停止销售, or only mitigates (产品质量法 第五十五条) — so
                // exempting unread could drop a mandatory measure or exempt where the law does not. The advice punishes as
                // the standard says and names the clause: the officer who reads it can still waive or reduce, which a
                // decision not to punish could not undo.
                case NoFaultRule.Match.Unread(String citation, String clause, String why) -> advice.step("无主观过错（另有规定，须核对）", NOT_PUNISHED,
                        "当事人主张没有主观过错，但" + citation + "另有规定：“" + clause + "”（" + why + "）。法律、行政法规另有规定的，从其规定（第二款）："
                                + "请阅读该条款，符合其条件的依其规定免除或者从轻、减轻，并保留其规定的措施；以下按裁量基准给出处罚");
                case NoFaultRule.Match.Applies(NoFaultRule rule) -> {
                    List<String> unmet = rule.unmet(facts);
                    String otherwise = "没有主观过错，但法律、行政法规另有规定的，从其规定（第二款）：" + rule.source() + "：" + rule.text();
                    if (!unmet.isEmpty()) {
                        advice.step("无主观过错", NOT_PUNISHED, otherwise + "；本案" + String.join("、", unmet) + "，不适用");
                    } else if (rule.effect() == NoFaultRule.Effect.EXEMPT) {
                        advice.step("无主观过错", NOT_PUNISHED, otherwise + "；本案符合，不予行政处罚，" + rule.kept());
                        return advice.done(Outcome.NO_PENALTY, null, null, withEducation(List.of(rule.kept())), procedure.notPunished());
                    } else if (rule.effect() == NoFaultRule.Effect.MAY_EXEMPT) {
                        List<String> unstated = rule.unstated();
                        advice.step("无主观过错", NOT_PUNISHED, otherwise + "；本案符合，可以免予处罚，但应当" + rule.kept()
                                + (unstated.isEmpty() ? "" : "；免予处罚以" + String.join("、", unstated) + "为前提，事实中没有此项，须在案卷中认定")
                                + "；决定处罚的阶次和幅度另列");
                        punishInstead(basis, facts, primary, version, advice, List.of(), List.of(rule.kept()));
                        return advice.done(Outcome.MAY_WAIVE, entryTier, null, withEducation(List.of(rule.kept())), procedure.notPunished());
                    } else {
                        advice.step("无主观过错", NOT_PUNISHED, otherwise + "；不免予处罚，可以从轻或者减轻");
                        mayReduce.add(rule.source());
                    }
                }
            }
        }

        List<String> blockers = blockers(facts);
        List<String> exemptMeasures = withEducation(entry.map(e -> e.tier().measures()).orElse(List.of(CORRECTION)));
        if (facts.minor() && facts.harm() == Harm.NONE && facts.correctedInTime() && blockers.isEmpty()) {
            advice.step("轻微不罚", NOT_PUNISHED, "违法行为轻微并及时改正，没有造成危害后果的，不予行政处罚，并予以教育"
                    + entry.filter(e -> e.kind() == ListEntry.Kind.FIRST_OFFENCE).map(e -> "（不予处罚清单：" + e.tier().circumstances() + "）")
                            .orElse("；违法行为轻微系执法人员认定，基准未将本违法行为列入不予处罚清单，应在案卷中说明认定理由"));
            return advice.done(Outcome.NO_PENALTY, entryTier, null, exemptMeasures, procedure.notPunished());
        }
        // Only where the article itself punishes no sooner than a refused order (消防法 66: 逾期不改正的，…): an entry's
        // word 责令改正 does not exempt an act the article fines at once (第三十三条第一款 needs 轻微 for that).
        if (entry.filter(e -> e.kind() == ListEntry.Kind.CORRECTION_ONLY).isPresent() && facts.correctedInTime() && facts.harm() == Harm.NONE
                && blockers.isEmpty() && !TierChoice.punishesAtOnce(basis.standard())) {
            advice.step("责令改正", 0, "列入不予处罚清单：" + entryTier.circumstances() + "；本案及时改正，没有危害后果，只责令改正");
            return advice.done(Outcome.NO_PENALTY, entryTier, null, exemptMeasures, procedure.notPunished());
        }
        List<String> unmet = firstOffenceUnmet(entry, facts, blockers);
        if (unmet.isEmpty()) {
            advice.step("首违不罚", NOT_PUNISHED, "列入首违不罚清单（" + entryTier.circumstances() + "）；初次违法且危害后果轻微并及时改正的，"
                    + "可以不予行政处罚，并予以教育；决定处罚的阶次和幅度另列");
            punishInstead(basis, facts, primary, version, advice, mayReduce, List.of());
            return advice.done(Outcome.MAY_WAIVE, entryTier, null, exemptMeasures, procedure.notPunished());
        }
        advice.step("不予处罚情形", NOT_PUNISHED, "不适用：" + String.join("；", unmet));

        TierChoice.Wanted wanted = TierChoice.wanted(basis.standard(), facts, mustReduce(facts), withMental(mayReduce, facts), penaltyText, advice);
        Optional<Punishment> main = punishment(basis, facts, primary, version, wanted.level(), advice);
        officerJudges(basis, facts, wanted.level(), advice);
        if (main.isEmpty()) {
            // The penalties wait for what the case lacks (逾期不改正的，…): only the order is due — the tier of a list entry
            // that says so (首次发现，依法责令限期改正…), never one of 首违不罚 alone, which did not apply (the general rules'
            // "初次违法且危害后果轻微并及时改正的，可以不予行政处罚" would tell the officer a fine is open to choose).
            Tier ordered = entry.filter(ListEntry::ordersCorrection).map(ListEntry::tier).orElse(null);
            return advice.done(Outcome.NO_PENALTY, ordered, null, exemptMeasures, procedure.notPunished());
        }
        for (TierLevel level : wanted.alternatives()) {
            alternative(level.label(), basis, facts, primary, version, level, advice, List.of(), main.get().tier());
        }
        Punishment p = main.get();
        YuanRange range = severalNorms(basis, facts, version, advice).map(heavier -> atLeast(p.range(), heavier, advice)).orElse(p.range());
        daily(basis, facts, version, range, advice);
        return advice.done(Outcome.PUNISH, p.tier(), range, p.measures(), procedure.punished(range, p.measures(), facts.serious()));
    }

    /**
     * 第二十九条 "按照罚款数额高的规定处罚": the tier, made on a lighter norm, may not stay below the heavier norm's minimum;
     * wholly below it, the heavier norm's statutory range is what remains (the local tiers were not made for it).
     */
    private static YuanRange atLeast(YuanRange range, YuanRange heavier, AdviceDraft advice) {
        if (range == null || range.min().compareTo(heavier.min()) >= 0) {
            return range;
        }
        YuanRange raised = range.max().compareTo(heavier.min()) < 0 ? heavier : new YuanRange(heavier.min(), range.max());
        advice.step("法条竞合（择重）", SEVERAL_NORMS, "裁量幅度" + range + "低于罚款数额高的规定的法定最低数额，按该规定调整为" + raised);
        return raised;
    }

    /** A tier with its range and measures. */
    private record Punishment(Tier tier, YuanRange range, List<String> measures) {
    }

    private static Optional<Punishment> punishment(AdviceBasis basis, ViolationFacts facts, CitedArticle primary, ApplicableVersion version,
                                                   TierLevel level, AdviceDraft advice) {
        String text = primary.text(version.version());
        // Every fine waiting for a condition the facts miss is no 只责令改正 where the article punishes on one they meet
        // (市场主体登记管理条例实施细则 第七十二条 "拒不改正的，处…罚款；情节严重的，吊销营业执照").
        Optional<Tier> chosen = TierChoice.eligible(basis.standard(), facts).isEmpty()
                ? RequiredMeasures.penaltyWithoutFine(text, facts, advice).or(() -> TierChoice.of(basis.standard(), facts, level, advice))
                : TierChoice.of(basis.standard(), facts, level, advice);
        if (chosen.isEmpty()) {
            return Optional.empty();
        }
        Tier tier = chosen.get();
        advice.step("裁量基准", 0, tier.level().label() + "——" + tier.circumstances());
        YuanRange range = range(tier, facts, primary, version, advice);
        List<String> measures = new ArrayList<>(tier.measures());
        if (facts.serious() && tier.condition() != TierCondition.SERIOUS && tier.condition() != TierCondition.REFUSED_OR_SERIOUS) {
            // 情节严重 has its own consequence in the article, whether or not an order was refused (食品安全法 126, 132), and
            // whether or not the standard made a tier for it in another case (JG-003: its 情节严重 tier is for 没有违法所得;
            // with an income 价格违法行为行政处罚规定 第九条 still says "情节严重的，责令停业整顿").
            Optional<String> clause = ArticleReading.seriousClause(text);
            if (clause.isPresent()) {
                Optional<YuanRange> serious = StatutoryFines.rangeFor(clause.get(), facts);
                advice.step("情节严重", 0, ApplicableVersion.name(version.version()) + "规定“" + ArticleReading.seriousLead(text) + "的，" + clause.get()
                        + "”；" + (TierChoice.noTierFor(basis.standard(), TierCondition.SERIOUS) ? "基准未设情节严重的阶次" : "基准的情节严重阶次不适用于本案")
                        + "，依条文适用" + serious.map(r -> "，罚款幅度为" + r).orElse(""));
                measures.add(clause.get());
                range = serious.orElse(range);
            }
        }
        if (range != null && ArticleReading.fineOptional(text)) {
            // 海关行政处罚实施条例 第二十一条 "予以警告，可以处10万元以下罚款": the authority may fine, the law does not require it
            advice.step("可以处罚款", 0, "条文规定“可以”处罚款：是否处罚款由行政机关裁量决定，决定不处罚款的，依条文给予其他处罚并说明理由；以下为决定处罚款时的幅度");
        }
        Optional<IndividualRule> individual = IndividualRule.forFacts(primary.law(), version.version().provision().article(), facts);
        if (range != null && individual.isPresent() && individual.get().naturalPerson(facts)) {
            advice.step("经营者为个人", 0, individual.get().text() + "；本案当事人为" + facts.partyType().label() + "且没有违法所得，裁量基准的阶次幅度"
                    + range + "不适用，罚款幅度为" + individual.get().range());
            range = individual.get().range();
        }
        return Optional.of(new Punishment(tier, range, RequiredMeasures.completed(text, facts, tier, measures, advice)));
    }

    /**
     * Fines the article sets for a circumstance no fact states (城镇排水与污水处理条例 第五十七条 "造成严重后果的，处5万元以上
     * 10万元以下罚款"): each offered as "若…" at the level advised (or 一般), for the officer to find — never applied, never
     * left unsaid.
     */
    private static void officerJudges(AdviceBasis basis, ViolationFacts facts, TierLevel level, AdviceDraft advice) {
        java.util.Map<String, List<Tier>> byCircumstance = basis.standard().tiers().stream()
                .filter(t -> t.condition() == TierCondition.OFFICER_JUDGEMENT)
                .collect(java.util.stream.Collectors.groupingBy(t -> t.circumstances().substring(0, t.circumstances().indexOf('：')),
                        java.util.LinkedHashMap::new, java.util.stream.Collectors.toList()));
        java.util.Map<String, Tier> picked = new java.util.LinkedHashMap<>();
        byCircumstance.forEach((circumstance, tiers) -> picked.put(circumstance, tiers.stream().filter(t -> t.level() == level).findFirst()
                .or(() -> tiers.stream().filter(t -> t.level() == TierLevel.ORDINARY).findFirst()).orElse(tiers.getFirst())));
        // Not a fine for an amount the facts miss (货值金额不足10万元的 for 货值金额 500,000), nor the multiple a fixed fine for
        // that amount stands in for (长江河道采砂管理条例 第十九条 "…2倍以上20倍以下的罚款，货值金额不足10万元的，并处20万元以上200万元以下的罚款").
        picked.values().removeIf(t -> t.when() != null && Basis.known(t.when().basis()).flatMap(facts::amount).filter(a -> !t.when().covers(a)).isPresent());
        TierChoice.standIn(picked.values().stream().filter(t -> t.when() == null || Basis.known(t.when().basis()).flatMap(facts::amount).isPresent()).toList())
                .ifPresent(fixed -> picked.values().removeIf(t -> t.fine() != null && t.fine().kind() == Fine.Kind.MULTIPLE
                        && fixed.when().basis().equals(t.fine().basis())));
        if (facts.serious()) {
            // "情节严重或者在禁采区…的": with 情节严重 found the fine applies already; its other alternative adds nothing
            picked.values().removeIf(t -> basis.standard().tiers().stream()
                    .anyMatch(o -> o.condition() == TierCondition.SERIOUS && o.fine() != null && o.fine().equals(t.fine())));
        }
        picked.forEach((circumstance, tier) -> {
            Optional<YuanRange> range = Optional.ofNullable(tier.fine()).flatMap(f -> StatutoryFines.inYuan(f, facts));
            advice.alternative(new Alternative("若认定" + circumstance + "则", tier, range.orElse(null), tier.measures()));
            advice.step("须由执法人员认定的情形", 0, "条文另规定“" + circumstance + "…”的" + (tier.fine() == null ? "处罚" : "罚款")
                    + "，案件事实未载明是否属于该情形，未予适用；如认定属于，"
                    + "按另列的" + tier.level().label() + "阶次" + range.map(YuanRange::toString)
                            .orElse("（" + (tier.fine() == null ? "依条文" : "须提供" + tier.fine().basis()) + "）") + "处罚");
        });
    }

    /** Where the law only allows the authority to waive the penalty: what punishing would mean, as alternatives. */
    private static void punishInstead(AdviceBasis basis, ViolationFacts facts, CitedArticle primary, ApplicableVersion version,
                                      AdviceDraft advice, List<String> mayReduce, List<String> extra) {
        AdviceDraft scratch = new AdviceDraft(basis);
        TierChoice.Wanted wanted = TierChoice.wanted(basis.standard(), facts, mustReduce(facts), withMental(mayReduce, facts),
                primary.text(version.version()), scratch);
        alternative("决定处罚的", basis, facts, primary, version, wanted.level(), advice, extra, null);
        wanted.alternatives().forEach(l -> alternative("决定处罚并" + l.label() + "的", basis, facts, primary, version, l, advice, extra, null));
    }

    /** One alternative, reasoned on a scratch draft; where it needs a fact not given, the advice says which. */
    private static void alternative(String choice, AdviceBasis basis, ViolationFacts facts, CitedArticle primary, ApplicableVersion version,
                                    TierLevel level, AdviceDraft advice, List<String> extra, Tier besides) {
        try {
            punishment(basis, facts, primary, version, level, new AdviceDraft(basis)).filter(p -> !p.tier().equals(besides))
                    .ifPresent(p -> advice.alternative(new Alternative(choice, p.tier(), p.range(),
                            Stream.concat(p.measures().stream(), extra.stream()).distinct().toList())));
        } catch (InvalidFactException e) {
            advice.step("另列阶次", 0, choice + "：须提供facts." + e.fact() + "才能确定阶次和幅度（" + e.getMessage() + "）");
        }
    }

    /** Why neither 首违不罚 (第三十三条第一款) nor a mandatory exemption applies; empty when 首违不罚 does. */
    private static List<String> firstOffenceUnmet(Optional<ListEntry> entry, ViolationFacts facts, List<String> blockers) {
        List<String> unmet = new ArrayList<>();
        if (entry.filter(e -> e.kind() == ListEntry.Kind.FIRST_OFFENCE).isEmpty()) {
            unmet.add("基准未将本违法行为列入首违不罚清单");
        } else if (!facts.firstOffence()) {
            unmet.add("并非初次违法");
        }
        if (facts.harm() == null) {
            unmet.add("未认定危害后果（facts.harm）");
        } else if (facts.harm() == Harm.HARMFUL) {
            unmet.add("造成了危害后果");
        } else if (facts.harm() == Harm.MINOR && entry.filter(ListEntry::needsNoHarm).isPresent()) {
            unmet.add("清单条目以没有造成危害后果为条件");
        }
        unmet.addAll(blockers);
        // Only to explain why neither exemption applies: 没有造成危害后果 is within 危害后果轻微 for 首违不罚.
        if (!unmet.isEmpty() && facts.harm() == Harm.NONE && facts.correctedInTime() && blockers.isEmpty() && !facts.minor()) {
            unmet.add("未认定违法行为轻微（第一款前段：违法行为轻微并及时改正，没有造成危害后果的，不予行政处罚）");
        }
        return unmet;
    }

    /** What rules out every exemption of 第三十三条第一款: not corrected, 情节严重, an aggravating circumstance. */
    private static List<String> blockers(ViolationFacts facts) {
        List<String> blockers = new ArrayList<>();
        if (!facts.correctedInTime()) {
            blockers.add(facts.refusedCorrection() ? "经责令改正拒不改正" : "未及时改正");
        }
        if (facts.serious()) {
            blockers.add("情节严重");
        }
        facts.aggravating().stream().sorted().forEach(a -> blockers.add("有从重情节：" + a.label()));
        return blockers;
    }

    /** 应当从轻或者减轻: 第三十二条 and 第三十条 (已满十四周岁不满十八周岁). */
    private static List<String> mustReduce(ViolationFacts facts) {
        List<String> reasons = new ArrayList<>(facts.mitigating().stream().sorted().map(Mitigation::label).toList());
        if (facts.minorAged()) {
            reasons.add("已满十四周岁不满十八周岁的未成年人（第三十条）");
        }
        return reasons;
    }

    /** 可以从轻或者减轻: a law's own rule, and 第三十一条 (尚未完全丧失辨认或者控制自己行为能力). */
    private static List<String> withMental(List<String> mayReduce, ViolationFacts facts) {
        return facts.mentalState() == MentalState.IMPAIRED
                ? Stream.concat(mayReduce.stream(), Stream.of("尚未完全丧失辨认或者控制自己行为能力的精神病人、智力残疾人（第三十一条）")).toList()
                : mayReduce;
    }

    /** 第二十九条: 同一个违法行为违反多个法律规范应当给予罚款处罚的，按照罚款数额高的规定处罚 — shown where several articles fine it. */
    private static Optional<YuanRange> severalNorms(AdviceBasis basis, ViolationFacts facts, ApplicableVersion version, AdviceDraft advice) {
        List<String> read = new ArrayList<>();
        CitedArticle heaviest = null;
        YuanRange highest = null;
        for (CitedArticle article : basis.penalties()) {
            if (IndividualRule.isRule(article.law(), article.versionOn(version.asOf()).provision().article())) {
                continue;
            }
            String text = article.text(article.versionOn(version.asOf()));
            Optional<YuanRange> range = text.contains(ArticleReading.DAILY) ? Optional.empty() : StatutoryFines.rangeFor(text, facts);
            if (range.isPresent()) {
                read.add(article.citation() + "：" + range.get());
                if (highest == null || highest.lighterThan(range.get())) {
                    highest = range.get();
                    heaviest = article;
                }
            }
        }
        if (read.size() < 2) {
            return Optional.empty();
        }
        boolean own = heaviest == basis.penalties().getFirst();
        advice.step("法条竞合（择重）", SEVERAL_NORMS, "同一违法行为违反多个法律规范：" + String.join("；", read) + "；按照罚款数额高的规定处罚，即"
                + heaviest.citation() + (own ? "，裁量基准即依此制定"
                        : "；裁量基准依" + basis.penalties().getFirst().citation() + "制定，罚款不得低于" + heaviest.citation() + "的幅度"));
        return own ? Optional.empty() : Optional.of(highest);
    }

    private static void statutory(String text, ViolationFacts facts, ApplicableVersion version, AdviceDraft advice) {
        ArticleReading.statutoryRange(text, facts, ApplicableVersion.name(version.version())).ifPresent(advice::statutoryRange);
    }

    /** 按日连续处罚 where a cited article provides it (环境保护法 第五十九条), for a refusal to correct that lasted. */
    private static void daily(AdviceBasis basis, ViolationFacts facts, ApplicableVersion version, YuanRange range, AdviceDraft advice) {
        Optional<CitedArticle> daily = basis.penalties().stream().filter(a -> a.text(a.versionOn(version.asOf())).contains(ArticleReading.DAILY))
                .findFirst();
        if (daily.isEmpty() || !facts.refusedCorrection() || range == null) {
            return;
        }
        String basisText = ApplicableVersion.name(daily.get().versionOn(version.asOf())) + "：" + daily.get().text(daily.get().versionOn(version.asOf()));
        // "按照原处罚数额按日连续处罚": the fine already decided on the act, not this advice's range for it
        if (facts.daysUncorrected() == null || facts.originalFine() == null) {
            advice.step("按日连续处罚", 0, basisText + "；须提供" + (facts.daysUncorrected() == null ? "facts.daysUncorrected（自责令改正之日的次日起拒不改正的天数）"
                    + (facts.originalFine() == null ? "和" : "") : "") + (facts.originalFine() == null ? "facts.originalFine（原处罚数额：对该违法行为"
                    + "已作出的罚款决定数额；本次裁量幅度" + range + "不是原处罚数额）" : "") + "才能计算");
            return;
        }
        int days = facts.daysUncorrected();
        YuanRange original = new YuanRange(facts.originalFine(), facts.originalFine());
        YuanRange total = new YuanRange(original.min().multiply(BigDecimal.valueOf(days)), original.max().multiply(BigDecimal.valueOf(days)));
        advice.dailyPenalty(new DailyPenalty(days, original, total, basisText));
        advice.step("按日连续处罚", 0, "可以按照原处罚数额按日连续处罚：" + original.min().stripTrailingZeros().toPlainString() + "元 × " + days
                + "日，即" + total.min().stripTrailingZeros().toPlainString() + "元");
    }

    /**
     * The tier's fine in yuan. The standard is written for the version the violation is linked to; when another
     * version applies, the range keeps its place within that version's statutory range.
     */
    private static YuanRange range(Tier tier, ViolationFacts facts, CitedArticle primary, ApplicableVersion version, AdviceDraft advice) {
        if (GeneralDiscretionRules.finesWithoutAmount(tier)) {
            advice.step("罚款幅度", 0, "条文规定处以罚款，本规则未给出数额：罚款数额须依" + (GeneralDiscretionRules.finesInBands(tier) ? "条文所列情形（另列各项）" : "条文及其援引的规定")
                    + "确定" + (tier.measures().isEmpty() ? "" : "，并" + String.join("、", tier.measures())));
            return null;
        }
        if (tier.fine() == null) {
            advice.step("罚款幅度", 0, "该阶次不处罚款：" + String.join("、", tier.measures()));
            return null;
        }
        YuanRange range = StatutoryFines.inYuan(tier.fine(), facts).orElseThrow(() -> {
            Basis basis = Basis.required(tier.fine().basis(), "the fine is " + tier.fine().min().stripTrailingZeros().toPlainString() + "–"
                    + tier.fine().max().stripTrailingZeros().toPlainString() + " times it (" + tier.circumstances() + ")");
            return new InvalidFactException(basis.fact(), "(" + basis.label() + ") is needed: the fine is a multiple of it");
        });
        String computed = tier.fine().kind() == Fine.Kind.MULTIPLE
                ? tier.fine().basis() + tier.fine().min().stripTrailingZeros().toPlainString() + "倍至"
                        + tier.fine().max().stripTrailingZeros().toPlainString() + "倍" + tier.fine().capClause() + "，即" + range
                : range.toString();
        if (version.version().equals(primary.linked())) {
            advice.step("罚款幅度", 0, computed);
            return range;
        }
        Optional<YuanRange> written = StatutoryFines.rangeFor(primary.text(primary.linked()), facts);
        Optional<YuanRange> applied = StatutoryFines.rangeFor(primary.text(version.version()), facts);
        if (written.isEmpty() || applied.isEmpty()) {
            advice.step("罚款幅度", 0, computed + "；裁量基准按" + ApplicableVersion.name(primary.linked()) + "制定，未能读出"
                    + ApplicableVersion.name(version.version()) + "的法定幅度，请按该版核对");
            return range;
        }
        YuanRange placed = range.rescaled(written.get(), applied.get());
        advice.step("罚款幅度", 0, computed + "；裁量基准按" + ApplicableVersion.name(primary.linked()) + "（法定" + written.get()
                + "）制定，按同一位置折入" + ApplicableVersion.name(version.version()) + "（法定" + applied.get() + "）：" + placed);
        return placed;
    }

    private static List<String> withEducation(List<String> measures) {
        return Stream.concat(measures.stream(), Stream.of(EDUCATION)).distinct().toList();
    }
}
