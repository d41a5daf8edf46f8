package dev.onecheck.domain.penalty.advice;

import dev.onecheck.domain.text.Labelled;

/**
 * 当事人类型. 行政处罚法 第五十一条 and the 听证 thresholds distinguish 公民 from 法人或者其他组织; 第三十条、第三十一条
 * (age, mental illness) concern natural persons only. A 个体工商户 is a natural person (民法典 第五十四条: 自然人从事工商业
 * 经营，经依法登记，为个体工商户).
 */
public enum PartyType implements Labelled {
    ORGANIZATION("法人或者其他组织"),
    INDIVIDUAL("公民"),
    SOLE_TRADER("个体工商户");

    private final String label;

    PartyType(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }

    public boolean naturalPerson() {
        return this != ORGANIZATION;
    }
}
