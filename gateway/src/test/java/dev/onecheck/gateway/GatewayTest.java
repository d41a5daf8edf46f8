package dev.onecheck.gateway;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import dev.onecheck.infra.test.EmbeddedStack;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;

/** The whole gateway on a random port against the embedded stack, trusting {@link TestTokens}. */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@EmbeddedStack
// The outbox drainer stays out of the way of tests that count Cypher round trips; search-index tests the drain.
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "onecheck.search.drain-interval=1h")
@Import({TestTokens.TrustTestTokens.class, StackProperties.class})
public @interface GatewayTest {
}
