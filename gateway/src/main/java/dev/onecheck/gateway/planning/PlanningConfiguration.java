package dev.onecheck.gateway.planning;

import java.time.Clock;

import dev.onecheck.domain.planning.CityPolicy;
import dev.onecheck.store.audit.AuditTrail;
import dev.onecheck.store.planning.DrawDesk;
import dev.onecheck.store.planning.PlanFiling;
import dev.onecheck.store.planning.PlanningReader;
import dev.onecheck.store.planning.TaskDesk;
import org.neo4j.driver.Driver;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(PlanningProperties.class)
class PlanningConfiguration {

    @Bean
    CityPolicy cityPolicy(PlanningProperties properties) {
        return properties.policy();
    }

    @Bean
    PlanFiling planFiling(Driver driver, AuditTrail audit, Clock cityClock, CityPolicy policy) {
        return new PlanFiling(driver, audit, cityClock, policy);
    }

    @Bean
    DrawDesk drawDesk(Driver driver, AuditTrail audit, Clock cityClock, CityPolicy policy) {
        return new DrawDesk(driver, audit, cityClock, policy);
    }

    @Bean
    TaskDesk taskDesk(Driver driver, AuditTrail audit, CityPolicy policy) {
        return new TaskDesk(driver, audit, policy);
    }

    @Bean
    PlanningReader planningReader(Driver driver) {
        return new PlanningReader(driver);
    }
}
