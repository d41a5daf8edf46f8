package dev.onecheck.gateway.health;

import java.time.Duration;
import java.util.Map;

import co.elastic.clients.transport.rest5_client.low_level.Rest5Client;
import org.neo4j.driver.Driver;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.elasticsearch.health.ElasticsearchRestClientHealthIndicator;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.neo4j.health.Neo4jHealthIndicator;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Boot's Neo4j and Elasticsearch health checks, run side by side within {@code onecheck.health.timeout}
 * ({@link BackendHealthChecks}). The bean names replace Boot's own indicators and keep the component names
 * {@code neo4j} and {@code elasticsearch}.
 */
@Configuration(proxyBeanMethods = false)
class HealthConfiguration {

    @Bean
    BackendHealthChecks backendHealthChecks(Driver driver, Rest5Client elasticsearch, @Value("${onecheck.health.timeout}") Duration timeout) {
        return new BackendHealthChecks(Map.of("neo4j", new Neo4jHealthIndicator(driver),
                "elasticsearch", new ElasticsearchRestClientHealthIndicator(elasticsearch)), timeout);
    }

    @Bean
    HealthIndicator neo4jHealthIndicator(BackendHealthChecks checks) {
        return checks.indicator("neo4j");
    }

    @Bean
    HealthIndicator elasticsearchHealthIndicator(BackendHealthChecks checks) {
        return checks.indicator("elasticsearch");
    }
}
