package dev.onecheck.gateway.concurrency;

import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.security.autoconfigure.web.servlet.SecurityFilterProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Registers {@link ConcurrencyLimitFilter} right after Spring Security's filter chain, on every path, and
 * {@link AsyncTimeoutResolver} for the requests that outlive the asynchronous timeout.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ConcurrencyLimits.class)
class ConcurrencyConfiguration {

    @Bean
    FilterRegistrationBean<ConcurrencyLimitFilter> concurrencyLimitFilter(ConcurrencyLimits limits, MeterRegistry meters) {
        FilterRegistrationBean<ConcurrencyLimitFilter> registration = new FilterRegistrationBean<>(new ConcurrencyLimitFilter(limits, meters));
        registration.setOrder(SecurityFilterProperties.DEFAULT_FILTER_ORDER + 1);
        registration.setName("concurrencyLimitFilter");
        return registration;
    }

    @Bean
    AsyncTimeoutResolver asyncTimeoutResolver(ConcurrencyLimits limits) {
        return new AsyncTimeoutResolver(limits);
    }
}
