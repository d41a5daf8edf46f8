package dev.onecheck.gateway.clue;

import java.time.Clock;

import dev.onecheck.domain.clue.ClueAggregation;
import dev.onecheck.store.audit.AuditTrail;
import dev.onecheck.store.clue.ClueDesk;
import dev.onecheck.store.clue.ClueReader;
import dev.onecheck.store.planning.TaskDesk;
import org.neo4j.driver.Driver;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ClueProperties.class)
class ClueConfiguration {

    @Bean
    ClueDesk clueDesk(Driver driver, AuditTrail audit, Clock cityClock, TaskDesk tasks, ClueProperties properties) {
        return new ClueDesk(driver, audit, cityClock, tasks, properties.settings());
    }

    @Bean
    ClueReader clueReader(Driver driver) {
        return new ClueReader(driver);
    }

    @Bean
    ClueAggregation clueAggregation(ClueProperties properties) {
        return new ClueAggregation(properties.window());
    }
}
