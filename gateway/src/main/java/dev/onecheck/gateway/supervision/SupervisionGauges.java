package dev.onecheck.gateway.supervision;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import dev.onecheck.domain.planning.CityPolicy;
import dev.onecheck.domain.supervision.Granularity;
import dev.onecheck.domain.supervision.MetricsRange;
import dev.onecheck.domain.supervision.SupervisionFigures;
import dev.onecheck.domain.supervision.SupervisionRow;
import dev.onecheck.store.supervision.SupervisionReader;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.MultiGauge;
import io.micrometer.core.instrument.Tags;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * 评价监督指标 of the current year as Prometheus gauges, by department and region (the whole city, {@code all}, and each
 * district): {@code onecheck_supervision_numerator} and {@code _denominator} per indicator (分子、分母, so that a
 * dashboard sums them across labels before dividing) and {@code onecheck_supervision_active_accounts}. Counted from the
 * graph every {@code onecheck.supervision.gauge-refresh}, never at a scrape: a scrape reads the last counts. A failed
 * count (Neo4j away) keeps them and is logged.
 */
public final class SupervisionGauges {

    static final String ALL = "all";
    private static final Logger log = LoggerFactory.getLogger(SupervisionGauges.class);

    private final SupervisionReader reader;
    private final CityPolicy policy;
    private final Clock clock;
    private final MultiGauge numerators;
    private final MultiGauge denominators;
    private final MultiGauge activeAccounts;

    SupervisionGauges(SupervisionReader reader, CityPolicy policy, Clock clock, MeterRegistry meters) {
        this.reader = reader;
        this.policy = policy;
        this.clock = clock;
        this.numerators = MultiGauge.builder("onecheck.supervision.numerator").description("评价监督指标的分子（本年度）").register(meters);
        this.denominators = MultiGauge.builder("onecheck.supervision.denominator").description("评价监督指标的分母（本年度）").register(meters);
        this.activeAccounts = MultiGauge.builder("onecheck.supervision.active.accounts").description("平台使用度：本年度有留痕的账号数").register(meters);
    }

    @Scheduled(fixedDelayString = "${onecheck.supervision.gauge-refresh}", initialDelayString = "${onecheck.supervision.gauge-refresh}")
    void refresh() {
        try {
            refresh(LocalDate.now(clock));
        } catch (RuntimeException e) {
            log.warn("supervision gauges not refreshed, the last counts stay: {}", e.toString());
        }
    }

    /** Counts the year of {@code today} for the whole city and each district: the scheduled count, and a test's on a year of its data. */
    public void refresh(LocalDate today) {
        MetricsRange year = MetricsRange.of(today.toString(), today.toString(), Granularity.YEAR);
        List<String> regions = new ArrayList<>();
        regions.add(null);
        regions.addAll(reader.districts());
        List<MultiGauge.Row<?>> numerator = new ArrayList<>();
        List<MultiGauge.Row<?>> denominator = new ArrayList<>();
        List<MultiGauge.Row<?>> accounts = new ArrayList<>();
        for (String region : regions) {
            for (SupervisionRow row : SupervisionFigures.of(year, reader.facts(year, null, region), policy.perFirmPerMonth())) {
                Tags where = Tags.of("department", row.department(), "region", region == null ? ALL : region);
                SupervisionTable.ratios(row).forEach((indicator, ratio) -> {
                    numerator.add(MultiGauge.Row.of(where.and("indicator", indicator), ratio.numerator()));
                    denominator.add(MultiGauge.Row.of(where.and("indicator", indicator), ratio.denominator()));
                });
                accounts.add(MultiGauge.Row.of(where, row.activeAccounts()));
            }
        }
        numerators.register(numerator, true);
        denominators.register(denominator, true);
        activeAccounts.register(accounts, true);
    }
}
