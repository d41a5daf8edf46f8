package dev.onecheck.gateway.handbook;

import dev.onecheck.store.handbook.HandbookReader;
import io.micrometer.core.instrument.MeterRegistry;
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
    RenderedHandbooks renderedHandbooks(HandbookProperties properties, MeterRegistry meters) {
        return new RenderedHandbooks(new HandbookPdf(new ChineseFont(properties)), properties.rendering(), meters);
    }
}
