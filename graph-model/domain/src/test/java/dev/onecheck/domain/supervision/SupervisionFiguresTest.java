package dev.onecheck.domain.supervision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import dev.onecheck.domain.supervision.SupervisionFacts.Activity;
import dev.onecheck.domain.supervision.SupervisionFacts.Occurrence;
import dev.onecheck.domain.supervision.SupervisionFacts.PlanFiled;
import dev.onecheck.domain.supervision.SupervisionFacts.TaskFact;
import dev.onecheck.domain.supervision.SupervisionFacts.VisitFact;
import dev.onecheck.domain.supervision.SupervisionRow.VisitCount;
import org.junit.jupiter.api.Test;

class SupervisionFiguresTest {

    private static final String SCJG = "JH-SCJG";
    private static final String XF = "JH-XF";

    private static LocalDate day(int month, int day) {
        return LocalDate.of(2026, month, day);
    }

    /** 市场监管 supervises 4 firms A–D, 消防 2; the cap is 2 visits per firm and month. */
    private static final SupervisionFacts FACTS = new SupervisionFacts(List.of(SCJG, XF), Map.of(SCJG, 4L, XF, 2L),
            List.of(new TaskFact(SCJG, "A", day(1, 5), true, true, true),
                    new TaskFact(SCJG, "A", day(1, 20), true, false, true),
                    new TaskFact(SCJG, "B", day(1, 21), true, false, false),
                    new TaskFact(SCJG, "Z", day(1, 22), false, true, true),
                    new TaskFact(SCJG, "C", day(2, 3), true, false, true),
                    // outside the range: ignored
                    new TaskFact(SCJG, "D", day(4, 1), true, true, true)),
            List.of(new Occurrence(SCJG, day(1, 5), true), new Occurrence(SCJG, day(1, 22), false)),
            List.of(new Occurrence(XF, day(2, 1), true), new Occurrence(XF, day(2, 2), false), new Occurrence(XF, day(2, 3), true)),
            List.of(new VisitFact("A", day(1, 5), List.of(SCJG, XF), true, true),
                    new VisitFact("A", day(1, 20), List.of(SCJG), true, true),
                    new VisitFact("B", day(1, 21), List.of(SCJG), true, false),
                    new VisitFact("C", day(2, 3), List.of(SCJG), false, false),
                    new VisitFact("C", day(2, 9), List.of(XF), false, false)),
            List.of(new PlanFiled(SCJG, 2026), new PlanFiled(XF, 2025)),
            List.of(new Activity(SCJG, "a", day(1, 1)), new Activity(SCJG, "a", day(1, 2)), new Activity(SCJG, "b", day(2, 1))));

    @Test
    void everyIndicatorCountsByHand() {
        List<SupervisionRow> rows = SupervisionFigures.of(MetricsRange.of("2026-01-01", "2026-02-28", Granularity.MONTH), FACTS, 2);
        assertThat(rows).extracting(r -> r.period().label() + " " + r.department())
                .containsExactly("2026-01 JH-SCJG", "2026-01 JH-XF", "2026-02 JH-SCJG", "2026-02 JH-XF");
        SupervisionRow january = rows.getFirst();
        // A and B of 4 supervised (Z is not supervised by 市场监管, A twice counts once)
        assertThat(january.coverage()).isEqualTo(new Ratio(2, 4));
        // A on 5 January and Z found problems, of 4 tasks
        assertThat(january.problemDiscovery()).isEqualTo(new Ratio(2, 4));
        assertThat(january.disclosure()).isEqualTo(new Ratio(3, 4));
        assertThat(january.rectificationOnTime()).isEqualTo(new Ratio(1, 2));
        assertThat(january.clueDisposal().ratio()).as("nothing routed: no ratio").isNull();
        assertThat(january.joint()).isEqualTo(new Ratio(1, 3));
        assertThat(january.codePresented()).isEqualTo(new Ratio(2, 3));
        assertThat(january.planFiling()).isEqualTo(new Ratio(1, 1));
        // A had 2 visits in January, the cap: over cap, and by two departments on separate visits
        assertThat(january.overCap()).isEqualTo(new Ratio(1, 2));
        assertThat(january.severalDepartments()).isEqualTo(new Ratio(1, 2));
        // C and D not visited; B once; A twice
        assertThat(january.visitsPerFirm()).containsExactly(new VisitCount(0, 2), new VisitCount(1, 1), new VisitCount(2, 1));
        assertThat(january.activeAccounts()).isEqualTo(1);

        SupervisionRow fireInJanuary = rows.get(1);
        assertThat(fireInJanuary.joint()).isEqualTo(new Ratio(1, 1));
        assertThat(fireInJanuary.overCap()).as("the joint visit with 市场监管 is in A's crowded month").isEqualTo(new Ratio(1, 1));
        assertThat(fireInJanuary.planFiling()).as("only last year's plan").isEqualTo(new Ratio(0, 1));
        assertThat(fireInJanuary.coverage()).isEqualTo(new Ratio(0, 2));
        assertThat(fireInJanuary.problemDiscovery().ratio()).isNull();

        SupervisionRow fireInFebruary = rows.get(3);
        assertThat(fireInFebruary.clueDisposal()).isEqualTo(new Ratio(2, 3));
        // C: 市场监管 on 3 February, 消防 on 9 February — separate visits by two departments, and 2 reaches the cap
        assertThat(fireInFebruary.severalDepartments()).isEqualTo(new Ratio(1, 1));
        assertThat(fireInFebruary.overCap()).isEqualTo(new Ratio(1, 1));
        assertThat(fireInFebruary.codePresented().ratio()).as("no visit due yet").isNull();
        assertThat(rows.get(2).activeAccounts()).isEqualTo(1);
    }

    @Test
    void aQuarterSumsItsMonthsAndCountsEachFirmOnce() {
        SupervisionRow quarter = SupervisionFigures.of(MetricsRange.of("2026-01-01", "2026-03-31", Granularity.QUARTER), FACTS, 3).getFirst();
        assertThat(quarter.period().label()).isEqualTo("2026-Q1");
        assertThat(quarter.coverage()).isEqualTo(new Ratio(3, 4));
        assertThat(quarter.problemDiscovery()).isEqualTo(new Ratio(2, 5));
        assertThat(quarter.joint()).isEqualTo(new Ratio(1, 4));
        // a cap of 3: no firm reaches it
        assertThat(quarter.overCap()).isEqualTo(new Ratio(0, 3));
        assertThat(quarter.severalDepartments()).isEqualTo(new Ratio(2, 3));
        assertThat(quarter.visitsPerFirm()).containsExactly(new VisitCount(0, 1), new VisitCount(1, 2), new VisitCount(2, 1));
        assertThat(quarter.activeAccounts()).isEqualTo(2);
    }

    @Test
    void aRatioWithoutDenominatorIsNullAndANumeratorAboveItIsAnError() {
        assertThat(new Ratio(0, 0).ratio()).isNull();
        assertThat(new Ratio(1, 4).ratio()).isEqualTo(0.25);
        assertThatThrownBy(() -> new Ratio(2, 1)).isInstanceOf(IllegalArgumentException.class);
    }
}
