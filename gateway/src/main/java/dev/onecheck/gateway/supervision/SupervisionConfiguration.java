package dev.onecheck.gateway.supervision;

import java.time.Clock;
import java.time.Duration;

import dev.onecheck.domain.planning.CityPolicy;
import dev.onecheck.store.supervision.SupervisionReader;
import io.micrometer.core.instrument.MeterRegistry;
import org.neo4j.driver.Driver;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class SupervisionConfiguration {

    /** 信息公开率 measures publication against the same period results are published within (onecheck.onsite.publish-within). */
    @Bean
    SupervisionReader supervisionReader(Driver driver, Clock cityClock, @Value("${onecheck.onsite.publish-within}") Duration publishWithin) {
        return new SupervisionReader(driver, cityClock, publishWithin);
    }

    @Bean
    SupervisionMetrics supervisionMetrics(SupervisionReader reader, CityPolicy policy) {
        return new SupervisionMetrics(reader, policy);
    }

    /** The same figures as Prometheus gauges, counted on a schedule (onecheck.supervision.gauge-refresh), not per scrape. */
    @Bean
    SupervisionGauges supervisionGauges(SupervisionReader reader, CityPolicy policy, Clock cityClock, MeterRegistry meters) {
        return new SupervisionGauges(reader, policy, cityClock, meters);
    }
}
