package dev.onecheck.gateway;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.util.concurrent.atomic.AtomicInteger;

import org.neo4j.driver.Driver;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/** Counts the queries the gateway sends to Neo4j, by wrapping its Driver bean. */
@TestConfiguration(proxyBeanMethods = false)
public class CypherRoundTrips {

    private static final AtomicInteger QUERIES = new AtomicInteger();

    public static void reset() {
        QUERIES.set(0);
    }

    public static int count() {
        return QUERIES.get();
    }

    @Bean
    static BeanPostProcessor countingDriver() {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String name) {
                if (!(bean instanceof Driver driver)) {
                    return bean;
                }
                return Proxy.newProxyInstance(Driver.class.getClassLoader(), new Class<?>[] {Driver.class}, (proxy, method, args) -> {
                    if (method.getName().equals("executableQuery") || method.getName().equals("session")) {
                        QUERIES.incrementAndGet();
                    }
                    try {
                        return method.invoke(driver, args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
            }
        };
    }
}
