package dev.onecheck.domain.penalty;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import dev.onecheck.domain.law.LawReference;

/** 典型案例: a decided case, the violation and tier applied, the amounts, and the provisions it cites. */
public record PenaltyCase(String code, String title, LocalDate decisionDate, String departmentCode, String subjectName,
                          String violationCode, TierLevel tier, String facts, String decision, BigDecimal fine,
                          BigDecimal confiscated, List<LawReference> cites, boolean published) {

    public PenaltyCase {
        cites = List.copyOf(cites);
        if (fine != null && fine.signum() < 0 || confiscated != null && confiscated.signum() < 0) {
            throw new IllegalArgumentException("case " + code + ": amounts cannot be negative");
        }
    }
}
