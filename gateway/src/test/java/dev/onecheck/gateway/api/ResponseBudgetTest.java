package dev.onecheck.gateway.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Collections;
import java.util.List;
import java.util.Map;

import graphql.ExecutionResult;
import graphql.GraphQL;
import graphql.schema.idl.RuntimeWiring;
import graphql.schema.idl.SchemaGenerator;
import graphql.schema.idl.SchemaParser;
import org.junit.jupiter.api.Test;
import org.springframework.util.unit.DataSize;

class ResponseBudgetTest {

    /** 50 texts of 1,000 Chinese characters: about 150 KB as UTF-8. */
    private static ExecutionResult run(DataSize budget) {
        var schema = new SchemaGenerator().makeExecutableSchema(new SchemaParser().parse("type Query { texts: [Text!]! } type Text { body: String! }"),
                RuntimeWiring.newRuntimeWiring()
                        .type("Query", q -> q.dataFetcher("texts", env -> Collections.nCopies(50, "条".repeat(1000))))
                        .type("Text", t -> t.dataFetcher("body", env -> env.getSource()))
                        .build());
        return GraphQL.newGraphQL(schema).instrumentation(new ResponseBudget(budget)).build().execute("{ texts { body } }");
    }

    @Test
    void aResponseWithinTheBudgetAnswers() {
        ExecutionResult result = run(DataSize.ofKilobytes(200));

        assertThat(result.getErrors()).isEmpty();
        assertThat(result.<Map<String, List<?>>>getData().get("texts")).hasSize(50);
    }

    @Test
    void aResponseGrowingPastTheBudgetIsStoppedWithoutData() {
        ExecutionResult result = run(DataSize.ofKilobytes(100));

        assertThat(result.isDataPresent()).isFalse();
        assertThat(result.getErrors()).singleElement().satisfies(error -> {
            assertThat(error.getExtensions()).containsEntry("code", "RESPONSE_TOO_LARGE");
            assertThat(error.getMessage()).contains("exceed 100 KB");
        });
    }
}
