package dev.onecheck.gateway.handbook;

import dev.onecheck.store.handbook.HandbookReader;
import org.neo4j.driver.Driver;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(HandbookProperties.class)
class HandbookConfiguration {

    @Bean
    HandbookReader handbookReader(Driver driver) {
        return new HandbookReader(driver);
    }

    @Bean
    HandbookPdf handbookPdf(HandbookProperties properties) {
        return new HandbookPdf(new ChineseFont(properties));
    }
}
