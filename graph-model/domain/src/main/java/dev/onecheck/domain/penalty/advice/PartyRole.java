package dev.onecheck.domain.penalty.advice;

import dev.onecheck.domain.text.Labelled;

/**
 * The party's part in the act, where a penalty rule names it: 食品安全法 第一百三十六条 and 产品质量法 第五十五条 speak of
 * the 食品经营者 / 销售者 only, 医疗器械监督管理条例 第八十七条 the 经营企业、使用单位; 广告法 第五十五条、第五十七条、第五十八条
 * punish the 广告主 apart from the 广告经营者、广告发布者.
 * Never assumed: the advice asks for it where it decides.
 */
public enum PartyRole implements Labelled {
    PRODUCER("生产者"),
    SELLER("经营者（销售者）"),
    ADVERTISER("广告主"),
    AD_AGENCY("广告经营者"),
    AD_PUBLISHER("广告发布者"),
    /** 医疗器械、药品的使用单位, 医疗机构 (医疗器械监督管理条例 第八十七条, 药品管理法实施条例 第七十五条). */
    USER("使用单位");

    private final String label;

    PartyRole(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
