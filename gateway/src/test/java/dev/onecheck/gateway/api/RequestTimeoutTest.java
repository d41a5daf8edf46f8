package dev.onecheck.gateway.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;

import graphql.ExecutionResult;
import graphql.GraphQL;
import graphql.schema.idl.RuntimeWiring;
import graphql.schema.idl.SchemaGenerator;
import graphql.schema.idl.SchemaParser;
import org.junit.jupiter.api.Test;

class RequestTimeoutTest {

    private final AtomicBoolean innerFetched = new AtomicBoolean();

    private ExecutionResult run(Duration budget, long slowMillis) {
        var schema = new SchemaGenerator().makeExecutableSchema(new SchemaParser().parse("""
                type Query { slow: Outer }
                type Outer { inner: String }"""), RuntimeWiring.newRuntimeWiring()
                .type("Query", t -> t.dataFetcher("slow", env -> {
                    Thread.sleep(slowMillis);
                    return Map.of();
                }))
                .type("Outer", t -> t.dataFetcher("inner", env -> {
                    innerFetched.set(true);
                    return "fetched";
                })).build());
        try (RequestTimeout timeout = new RequestTimeout(budget)) {
            return GraphQL.newGraphQL(schema).instrumentation(timeout).build().execute("{ slow { inner } }");
        }
    }

    @Test
    void stopsFetchingOnceTheBudgetIsSpentAndSaysSo() {
        ExecutionResult result = run(Duration.ofMillis(50), 500);

        assertThat(innerFetched).isFalse();
        assertThat(result.getErrors()).hasSize(1);
        assertThat(result.getErrors().getFirst().getExtensions()).containsEntry("code", "TIMEOUT");
        assertThat(result.getErrors().getFirst().getMessage()).contains("50 ms");
    }

    @Test
    void aRequestWithinItsBudgetIsUntouched() {
        ExecutionResult result = run(Duration.ofSeconds(10), 0);

        assertThat(result.getErrors()).isEmpty();
        assertThat(innerFetched).isTrue();
        assertThat(result.<Map<String, Object>>getData()).isEqualTo(Map.of("slow", Map.of("inner", "fetched")));
    }
}
