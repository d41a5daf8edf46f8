package dev.onecheck.gateway.neo4j;

import java.time.Duration;

import org.neo4j.driver.Driver;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Wraps the auto-configured Neo4j driver in a {@link TimedDriver}: every graph transaction of the gateway is cut by
 * Neo4j after {@code onecheck.neo4j.transaction-timeout}, below the request timeout, and its field answers TIMEOUT.
 */
@Configuration(proxyBeanMethods = false)
class Neo4jConfiguration {

    @Bean
    static BeanPostProcessor timedTransactions(@Value("${onecheck.neo4j.transaction-timeout}") Duration timeout) {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String name) {
                return bean instanceof Driver driver && !(bean instanceof TimedDriver) ? new TimedDriver(driver, timeout) : bean;
            }
        };
    }
}
