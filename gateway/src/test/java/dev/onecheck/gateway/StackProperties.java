package dev.onecheck.gateway;

import dev.onecheck.infra.test.TestStack;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.test.context.DynamicPropertyRegistrar;

/** Points the gateway at the test JVM's embedded stack. */
@TestConfiguration(proxyBeanMethods = false)
class StackProperties {

    @Bean
    DynamicPropertyRegistrar embeddedStack() {
        return registry -> {
            registry.add("spring.neo4j.uri", () -> TestStack.endpoints().bolt().toString());
            registry.add("spring.neo4j.authentication.username", () -> TestStack.endpoints().neo4jUser());
            registry.add("spring.neo4j.authentication.password", () -> TestStack.endpoints().neo4jPassword());
            registry.add("spring.elasticsearch.uris", () -> TestStack.endpoints().elasticsearch().toString());
            registry.add("spring.elasticsearch.username", () -> TestStack.endpoints().elasticsearchUser());
            registry.add("spring.elasticsearch.password", () -> TestStack.endpoints().elasticsearchPassword());
        };
    }
}
