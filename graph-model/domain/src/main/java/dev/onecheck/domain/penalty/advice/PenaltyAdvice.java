package dev.onecheck.domain.penalty.advice;

import java.util.List;

import dev.onecheck.domain.penalty.Tier;

/**
 * 处罚建议 — "罚不罚、罚多少": the outcome, the tier of the 裁量基准 it lands in (null when time-barred or without
 * fault), the range in yuan (null when the tier imposes no fine) beside the statutory range of the article (null when
 * it cannot be read), the measures, the other choices the law leaves open (从轻 or 减轻; punishing after all where it
 * only may be waived), 按日连续处罚 where the law provides it, the procedure it calls for, the article versions applied
 * and the reasoning in order.
 */
public record PenaltyAdvice(String violationCode, String violationName, String standardCode, Outcome outcome, Tier tier, YuanRange range,
                            StatutoryRange statutoryRange, List<String> measures, List<Alternative> alternatives, DailyPenalty dailyPenalty,
                            List<ProcedureFlag> procedure, List<AppliedProvision> provisions, List<Step> reasoning) {

    public PenaltyAdvice {
        measures = List.copyOf(measures);
        alternatives = List.copyOf(alternatives);
        procedure = List.copyOf(procedure);
        provisions = List.copyOf(provisions);
        reasoning = List.copyOf(reasoning);
    }

    public boolean punish() {
        return outcome == Outcome.PUNISH;
    }

    /** 法定幅度: the fine the article itself prescribes for these facts, and where it comes from (article version, condition). */
    public record StatutoryRange(YuanRange range, String source) {
    }

    /** Another lawful choice: what it is ({@code choice}), and the tier, range and measures it leads to. */
    public record Alternative(String choice, Tier tier, YuanRange range, List<String> measures) {

        public Alternative {
            measures = List.copyOf(measures);
        }
    }

    /** 按日连续处罚 (环境保护法 第五十九条): the days counted and the total range, the per-day amount being the original fine. */
    public record DailyPenalty(int days, YuanRange perDay, YuanRange total, String basis) {
    }
}
