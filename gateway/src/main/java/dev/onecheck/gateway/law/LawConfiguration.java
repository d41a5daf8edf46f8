package dev.onecheck.gateway.law;

import dev.onecheck.store.law.LawReader;
import org.neo4j.driver.Driver;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class LawConfiguration {

    @Bean
    LawReader lawReader(Driver driver) {
        return new LawReader(driver);
    }
}
