package dev.onecheck.domain.penalty.advice;

import dev.onecheck.domain.text.Labelled;

/**
 * The party's part in the act, where a penalty rule names it: 食品安全法 第一百三十六条 and 产品质量法 第五十五条 speak of
 * the 食品经营者 / 销售者 only; 广告法 第五十五条、第五十七条、第五十八条 punish the 广告主 apart from the 广告经营者、广告发布者.
 * Never assumed: the advice asks for it where it decides.
 */
public enum PartyRole implements Labelled {
    PRODUCER("生产者"),
    SELLER("经营者（销售者）"),
    ADVERTISER("广告主"),
    AD_AGENCY("广告经营者"),
    AD_PUBLISHER("广告发布者");

    private final String label;

    PartyRole(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
