package dev.onecheck.infra.test;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Runs a test class against the real stack (Neo4j over Bolt, Elasticsearch with the OneCheck plugin): embedded, or
 * as containers with {@code -Donecheck.stack=containers} ({@link TestStack}). The stack starts once per test JVM; data is wiped before each class. Parameters of type
 * {@link dev.onecheck.infra.stack.StackEndpoints} and {@link org.neo4j.driver.Driver} are injected.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@ExtendWith(EmbeddedStackExtension.class)
public @interface EmbeddedStack {
}
