package dev.onecheck.gateway.audit;

import java.time.Clock;
import java.time.ZoneId;

import dev.onecheck.store.audit.AuditReader;
import dev.onecheck.store.audit.AuditTrail;
import dev.onecheck.store.subject.WhiteList;
import org.neo4j.driver.Driver;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class AuditConfiguration {

    /** The city's local time, as officers read it: audit entries, filing days and draw times use it. */
    @Bean
    Clock cityClock() {
        return Clock.system(ZoneId.of("Asia/Shanghai"));
    }

    @Bean
    AuditTrail auditTrail(Clock cityClock) {
        return new AuditTrail(cityClock);
    }

    @Bean
    AuditReader auditReader(Driver driver) {
        return new AuditReader(driver);
    }

    @Bean
    WhiteList whiteList(Driver driver, AuditTrail auditTrail) {
        return new WhiteList(driver, auditTrail);
    }
}
