package dev.onecheck.gateway.onsite;

import java.time.Clock;

import dev.onecheck.domain.onsite.ActionCodeSigner;
import dev.onecheck.domain.penalty.advice.PenaltyAdvisor;
import dev.onecheck.store.audit.AuditTrail;
import dev.onecheck.store.onsite.ActionCodes;
import dev.onecheck.store.onsite.Feedback;
import dev.onecheck.store.onsite.OnsiteReader;
import dev.onecheck.store.onsite.Rectifications;
import dev.onecheck.store.onsite.ResultDesk;
import dev.onecheck.store.penalty.AdviceReader;
import org.neo4j.driver.Driver;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(OnsiteProperties.class)
class OnsiteConfiguration {

    @Bean
    ActionCodeSigner actionCodeSigner(OnsiteProperties properties) {
        return properties.signer();
    }

    @Bean
    ActionCodes actionCodes(Driver driver, AuditTrail audit, Clock cityClock, ActionCodeSigner signer) {
        return new ActionCodes(driver, audit, cityClock, signer);
    }

    @Bean
    ResultDesk resultDesk(Driver driver, AuditTrail audit, Clock cityClock, ActionCodeSigner signer, AdviceReader bases,
                          PenaltyAdvisor advisor, OnsiteProperties properties) {
        return new ResultDesk(driver, audit, cityClock, signer, bases, advisor, properties.publishWithin());
    }

    @Bean
    Rectifications rectifications(Driver driver, AuditTrail audit, Clock cityClock) {
        return new Rectifications(driver, audit, cityClock);
    }

    @Bean
    Feedback feedback(Driver driver, AuditTrail audit, Clock cityClock, ActionCodeSigner signer) {
        return new Feedback(driver, audit, cityClock, signer);
    }

    @Bean
    OnsiteReader onsiteReader(Driver driver) {
        return new OnsiteReader(driver);
    }
}
