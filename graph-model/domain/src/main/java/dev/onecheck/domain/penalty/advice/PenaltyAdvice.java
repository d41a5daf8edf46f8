package dev.onecheck.domain.penalty.advice;

import java.util.List;

import dev.onecheck.domain.penalty.Tier;

/**
 * 处罚建议 — "罚不罚、罚多少": the outcome, the tier of the 裁量基准 it lands in (null when time-barred or without
 * fault), the range in yuan (null when the tier imposes no fine), the measures, the article versions applied and
 * the reasoning in order.
 */
public record PenaltyAdvice(String violationCode, String violationName, String standardCode, Outcome outcome, Tier tier, YuanRange range,
                            List<String> measures, List<AppliedProvision> provisions, List<Step> reasoning) {

    public PenaltyAdvice {
        measures = List.copyOf(measures);
        provisions = List.copyOf(provisions);
        reasoning = List.copyOf(reasoning);
    }

    public boolean punish() {
        return outcome == Outcome.PUNISH;
    }
}
