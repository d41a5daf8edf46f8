package dev.onecheck.gateway.advice;

import java.math.BigDecimal;

import dev.onecheck.domain.penalty.advice.HearingThresholds;
import dev.onecheck.domain.penalty.advice.PenaltyAdvisor;
import dev.onecheck.store.penalty.AdviceReader;
import dev.onecheck.store.penalty.GeneralRulesStore;
import org.neo4j.driver.Driver;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class AdviceConfiguration {

    @Bean
    AdviceReader adviceReader(Driver driver) {
        return new AdviceReader(driver);
    }

    @Bean
    GeneralRulesStore generalRulesStore(Driver driver) {
        return new GeneralRulesStore(driver);
    }

    /** 较大数额罚款 of 行政处罚法 第六十三条 from {@code onecheck.penalty.hearing} (application.yml says where the defaults come from). */
    @Bean
    PenaltyAdvisor penaltyAdvisor(@Value("${onecheck.penalty.hearing.individual}") BigDecimal individual,
                                  @Value("${onecheck.penalty.hearing.organization}") BigDecimal organization,
                                  @Value("${onecheck.penalty.hearing.source}") String source) {
        return new PenaltyAdvisor(new HearingThresholds(individual, organization, source));
    }
}
