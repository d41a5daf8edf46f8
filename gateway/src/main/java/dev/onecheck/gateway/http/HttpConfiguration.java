package dev.onecheck.gateway.http;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class HttpConfiguration {

    /** After security (which runs first, at its own order), so a GET is authenticated like any request. */
    @Bean
    FilterRegistrationBean<GetRequests> graphQlGetRequests(@Value("${spring.graphql.http.path:/graphql}") String path) {
        FilterRegistrationBean<GetRequests> registration = new FilterRegistrationBean<>(new GetRequests());
        registration.addUrlPatterns(path);
        return registration;
    }
}
