package dev.onecheck.gateway.penalty;

import dev.onecheck.store.penalty.PenaltyReader;
import org.neo4j.driver.Driver;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class PenaltyConfiguration {

    @Bean
    PenaltyReader penaltyReader(Driver driver) {
        return new PenaltyReader(driver);
    }
}
