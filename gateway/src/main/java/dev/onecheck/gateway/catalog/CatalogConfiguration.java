package dev.onecheck.gateway.catalog;

import dev.onecheck.store.catalog.CatalogReader;
import dev.onecheck.store.subject.SubjectReader;
import org.neo4j.driver.Driver;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class CatalogConfiguration {

    @Bean
    CatalogReader catalogReader(Driver driver) {
        return new CatalogReader(driver);
    }

    @Bean
    SubjectReader subjectReader(Driver driver) {
        return new SubjectReader(driver);
    }
}
