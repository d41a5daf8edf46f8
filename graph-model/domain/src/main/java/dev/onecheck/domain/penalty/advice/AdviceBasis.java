package dev.onecheck.domain.penalty.advice;

import java.util.List;
import java.util.Map;

import dev.onecheck.domain.law.Provision;
import dev.onecheck.domain.penalty.DiscretionStandard;

/**
 * What the graph knows that a penalty advice rests on: the violation, its 裁量基准, the articles it violates and
 * the ones that penalise it (the first is the one the standard is built on), each in all versions, and the
 * 行政处罚法 articles in force, by article number. {@code ruleSet}: the general rules that made the standard from the
 * first penalty article as linked, where there is no local one (null otherwise) — they make it again from the version
 * that applies ({@link #standardFor}).
 */
public record AdviceBasis(String violationCode, String violationName, String domain, DiscretionStandard standard,
                          List<CitedArticle> violated, List<CitedArticle> penalties, Map<Integer, Provision> generalRules,
                          GeneralDiscretionRules ruleSet) {

    public AdviceBasis {
        violated = List.copyOf(violated);
        penalties = List.copyOf(penalties);
        generalRules = Map.copyOf(generalRules);
        if (penalties.isEmpty()) {
            throw new IllegalArgumentException("violation " + violationCode + " has no penalty article (处罚条款)");
        }
    }

    /** A basis with the violation's own (local) 裁量基准. */
    public AdviceBasis(String violationCode, String violationName, String domain, DiscretionStandard standard,
                       List<CitedArticle> violated, List<CitedArticle> penalties, Map<Integer, Provision> generalRules) {
        this(violationCode, violationName, domain, standard, violated, penalties, generalRules, null);
    }

    /**
     * The basis for an act judged by {@code applied}, a version of the first penalty article: a standard of the general
     * rules is made again from that version's text — its fines and its measures (第三十七条: 会计法 2017 第四十二条 has no
     * 警告、通报批评, which 2024 第四十条 adds) — never carried over from the version it was linked to — and, where the
     * article fines 单位 and 个人 apart, for the {@code party} only. A local standard stays as its authority wrote it.
     */
    AdviceBasis standardFor(ProvisionVersion applied, PartyType party) {
        if (ruleSet == null) {
            return this;
        }
        CitedArticle primary = penalties.getFirst();
        DiscretionStandard remade = ruleSet.standardFor(primary.text(applied), party);
        if (applied.equals(primary.linked()) && remade.equals(standard)) {
            return this;
        }
        List<CitedArticle> relinked = new java.util.ArrayList<>(penalties);
        relinked.set(0, primary.linkedTo(applied));
        return new AdviceBasis(violationCode, violationName, domain, remade, violated, relinked, generalRules, ruleSet);
    }
}
