package dev.onecheck.gateway.security;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code onecheck.anonymous-rate.*}: how many requests one address may send to the public pages without a token
 * ({@code limit} per {@code period}), and how many addresses are tracked at most (the least recently seen are
 * forgotten first, so a flood of addresses cannot grow the table without bound).
 */
@ConfigurationProperties("onecheck.anonymous-rate")
record AnonymousRateProperties(@DefaultValue("60") int limit, @DefaultValue("1m") Duration period,
                               @DefaultValue("100000") long addresses) {

    AnonymousRateProperties {
        if (limit < 1 || period.isZero() || period.isNegative() || addresses < 1) {
            throw new IllegalArgumentException("onecheck.anonymous-rate needs limit ≥ 1, a positive period and addresses ≥ 1");
        }
    }
}
