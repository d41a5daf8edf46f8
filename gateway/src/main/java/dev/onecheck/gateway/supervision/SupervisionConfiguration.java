package dev.onecheck.gateway.supervision;

import java.time.Clock;
import java.time.Duration;

import dev.onecheck.domain.planning.CityPolicy;
import dev.onecheck.store.supervision.SupervisionReader;
import org.neo4j.driver.Driver;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class SupervisionConfiguration {

    /** 信息公开率 measures publication against the same period results are published within (onecheck.onsite.publish-within). */
    @Bean
    SupervisionMetrics supervisionMetrics(Driver driver, Clock cityClock, CityPolicy policy,
                                          @Value("${onecheck.onsite.publish-within}") Duration publishWithin) {
        return new SupervisionMetrics(new SupervisionReader(driver, cityClock, publishWithin), policy);
    }
}
