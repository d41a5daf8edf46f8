package dev.onecheck.domain.penalty.advice;

import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

import dev.onecheck.domain.penalty.derive.ViolationDeriver;

/**
 * The party a violation's penalty is written for, where 广告法 names it: 第五十五条第一款、第五十八条第一款 punish the
 * 广告主 ("责令广告主在相应范围内消除影响"), their 第三款 the "广告经营者、广告发布者明知或者应知…" with 没收广告费用;
 * 第五十七条 addresses both in one paragraph ("对广告主处…；对广告经营者、广告发布者，…没收广告费用"), so there the
 * violation's name says whose standard it is (GG-002 广告主, GG-007 广告经营者、广告发布者). A role the penalty is not
 * written for is the officer's error: the advice names the argument instead of fining a 发布者 on the 广告主's tier.
 */
final class AddressedParty {

    private static final String PUBLISHERS = "广告经营者、广告发布者";
    private static final String ADVERTISER = "广告主";
    /** The words an article names each party type with (单位有前款行为的, 个体工商户有本条第一款所列行为之一的). */
    private static final java.util.Map<PartyType, Set<String>> PARTY_WORDS = java.util.Map.of(PartyType.ORGANIZATION, Set.of("单位"),
            PartyType.INDIVIDUAL, Set.of("个人"), PartyType.SOLE_TRADER, Set.of("个体工商户", "个体经营户"));
    private static final Set<PartyRole> AD_ROLES = EnumSet.of(PartyRole.ADVERTISER, PartyRole.AD_AGENCY, PartyRole.AD_PUBLISHER);

    private AddressedParty() {
    }

    static void check(AdviceBasis basis, String penaltyText, ViolationFacts facts) {
        Set<PartyRole> addressed = addressed(basis.violationName(), penaltyText);
        // a 经营者 or 生产者 role says nothing about the 广告主 / 发布者 split
        if (AD_ROLES.contains(facts.role()) && !addressed.isEmpty() && !addressed.contains(facts.role())) {
            throw new InvalidFactException("role", "(" + facts.role().label() + ") is not the party " + basis.penalties().getFirst().citation()
                    + " punishes in violation " + basis.violationCode() + " ("
                    + addressed.stream().map(PartyRole::label).collect(Collectors.joining("、")) + "): choose the violation written for the "
                    + facts.role().label());
        }
    }

    /**
     * 网络安全法 第六十三条 fines a person who 从事危害网络安全的活动 五万元以上五十万元以下 and "单位有前款行为的，…处十万元以上一百万元
     * 以下罚款": a unit is never advised under the person's paragraph, whose range lies below its own minimum; the unit's is a
     * violation of its own （单位）. So for a 个人 or 个体工商户 with a paragraph or act of its own (物业管理条例 第六十三条第二款), and for
     * a party advised under the act written for another; {@code penaltyText} is the cited act as {@link CitedArticle#text} reads it.
     */
    static void checkParty(CitedArticle primary, ProvisionVersion version, String penaltyText, ViolationFacts facts) {
        if (facts.partyType() == null || primary.paragraph() <= 0) {
            return;
        }
        Set<String> words = PARTY_WORDS.get(facts.partyType());
        ViolationDeriver.partyParagraph(version.provision().paragraphs(), primary.paragraph(), words).ifPresent(line -> {
            throw new InvalidFactException("partyType", "(" + facts.partyType().label() + ") is punished under paragraph " + line + " of "
                    + primary.citation() + " (" + String.join("/", words) + "有前款…行为的), not under paragraph " + primary.paragraph()
                    + ": choose the violation written for the " + facts.partyType().label());
        });
        // 物业管理条例 第六十三条第二款 "个人有前款规定行为之一的，处…；单位有前款规定行为之一的，处…": each act is one party's
        ViolationDeriver.twinParty(penaltyText).filter(p -> !words.contains(p)).ifPresent(p -> {
            throw new InvalidFactException("partyType", "(" + facts.partyType().label() + ") is not the party paragraph " + primary.paragraph()
                    + " of " + primary.citation() + " punishes (" + p + "有前款…行为的): choose the violation written for the " + facts.partyType().label());
        });
    }

    /** Empty where the penalty names no such party. */
    static Set<PartyRole> addressed(String violationName, String penaltyText) {
        if (penaltyText.startsWith(PUBLISHERS) || violationName != null && violationName.startsWith(PUBLISHERS)) {
            return EnumSet.of(PartyRole.AD_AGENCY, PartyRole.AD_PUBLISHER);
        }
        return penaltyText.contains(ADVERTISER) ? EnumSet.of(PartyRole.ADVERTISER) : EnumSet.noneOf(PartyRole.class);
    }
}
