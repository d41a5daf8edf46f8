package dev.onecheck.gateway.advice;

import dev.onecheck.domain.penalty.advice.PenaltyAdvisor;
import dev.onecheck.store.penalty.AdviceReader;
import org.neo4j.driver.Driver;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class AdviceConfiguration {

    @Bean
    AdviceReader adviceReader(Driver driver) {
        return new AdviceReader(driver);
    }

    @Bean
    PenaltyAdvisor penaltyAdvisor() {
        return new PenaltyAdvisor();
    }
}
