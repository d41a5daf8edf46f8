package dev.onecheck.domain.penalty.advice;

import java.util.ArrayList;
import java.util.List;

import dev.onecheck.domain.law.Provision;
import dev.onecheck.domain.penalty.Tier;
import dev.onecheck.domain.penalty.advice.AppliedProvision.Use;
import dev.onecheck.domain.penalty.advice.PenaltyAdvice.Alternative;
import dev.onecheck.domain.penalty.advice.PenaltyAdvice.DailyPenalty;
import dev.onecheck.domain.penalty.advice.PenaltyAdvice.StatutoryRange;

/** A penalty advice as it is reasoned out: the steps so far, the article versions they apply, and what else it has found. */
final class AdviceDraft {

    private final AdviceBasis basis;
    private final List<Step> steps = new ArrayList<>();
    private final List<AppliedProvision> provisions = new ArrayList<>();
    private final List<Alternative> alternatives = new ArrayList<>();
    private StatutoryRange statutory;
    private DailyPenalty daily;

    AdviceDraft(AdviceBasis basis) {
        this.basis = basis;
    }

    /** A step citing 行政处罚法 article {@code article}, or the 裁量基准 itself for 0. */
    void step(String rule, int article, String finding) {
        Provision general = basis.generalRules().get(article);
        if (general != null && provisions.stream().noneMatch(p -> p.provision().equals(general))) {
            provisions.add(new AppliedProvision(Use.GENERAL_RULE, general));
        }
        String citation = article == 0 ? basis.standard().title() : "《行政处罚法》第" + article + "条";
        steps.add(new Step(rule, citation, finding));
    }

    /** The violated and penalty articles in the versions in force on the day the applicable version speaks for. */
    void articles(ApplicableVersion version) {
        basis.violated().forEach(a -> provisions.add(new AppliedProvision(Use.VIOLATED, a.versionOn(version.asOf()).provision())));
        provisions.add(new AppliedProvision(Use.PENALTY, version.version().provision()));
        basis.penalties().stream().skip(1).forEach(a -> provisions.add(new AppliedProvision(Use.PENALTY, a.versionOn(version.asOf()).provision())));
    }

    void statutoryRange(StatutoryRange range) {
        statutory = range;
    }

    void alternative(Alternative alternative) {
        alternatives.add(alternative);
    }

    void dailyPenalty(DailyPenalty penalty) {
        daily = penalty;
    }

    PenaltyAdvice done(Outcome outcome, Tier tier, YuanRange range, List<String> measures, List<ProcedureFlag> procedure) {
        return new PenaltyAdvice(basis.violationCode(), basis.violationName(), basis.standard().code(), outcome, tier, range, statutory, measures,
                alternatives, daily, procedure, provisions, steps);
    }
}
