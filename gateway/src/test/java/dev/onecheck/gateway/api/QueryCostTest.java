package dev.onecheck.gateway.api;

import static org.assertj.core.api.Assertions.assertThat;

import graphql.ExecutionResult;
import graphql.GraphQL;
import graphql.schema.idl.RuntimeWiring;
import graphql.schema.idl.SchemaGenerator;
import graphql.schema.idl.SchemaParser;
import org.junit.jupiter.api.Test;

class QueryCostTest {

    private static final String SCHEMA = """
            directive @listSize(estimate: Int!) on FIELD_DEFINITION
            type Query { things(first: Int = 20): ThingConnection }
            type ThingConnection { edges: [ThingEdge!]! }
            type ThingEdge { node: Thing! cursor: String! }
            type Thing {
              name: String
              children(first: Int = 20): ThingConnection!
              tags: [String!]! @listSize(estimate: 3)
              notes: [String!]!
              similar(first: Int = 3): [Thing!]!
            }
            """;

    private static ExecutionResult run(String query, long maxCost) {
        var schema = new SchemaGenerator().makeExecutableSchema(new SchemaParser().parse(SCHEMA), RuntimeWiring.newRuntimeWiring().build());
        return GraphQL.newGraphQL(schema).instrumentation(new QueryCost(maxCost, 10)).build().execute(query);
    }

    @Test
    void pagesCountTheirSizeListsTheirEstimateEdgesAndLeavesOne() {
        // things: 2 × (1 + edges 1 × (1 + node (1 + name 1 + tags 3 × 1 + notes 10 × 1) + cursor 1)) = 2 × 18
        String query = "{ things(first: 2) { edges { node { name tags notes } cursor } } }";

        assertThat(run(query, 36).getErrors()).isEmpty();
        assertThat(run(query, 35).getErrors()).singleElement().satisfies(error -> {
            assertThat(error.getExtensions()).containsEntry("code", "QUERY_TOO_COMPLEX");
            assertThat(error.getMessage()).isEqualTo("query complexity 36 exceeds the limit of 35");
        });
    }

    @Test
    void aListWithASizeOfItsOwnCountsThatSize() {
        // similar: 7 × (1 + name 1), inside node 1 + 14, edges 1 + 15, things 1 × (1 + 16)
        assertThat(run("{ things(first: 1) { edges { node { similar(first: 7) { name } } } } }", 16).getErrors())
                .singleElement().satisfies(error -> assertThat(error.getMessage()).isEqualTo("query complexity 17 exceeds the limit of 16"));
    }

    @Test
    void aPageSizeOutsideTheRuleRefusesTheWholeOperationBeforeCosting() {
        ExecutionResult result = run("{ a: things(first: 1) { edges { cursor } } z: things(first: 1073741824) { edges { cursor } } }",
                Long.MAX_VALUE);

        assertThat(result.isDataPresent()).isFalse();
        assertThat(result.getErrors()).singleElement().satisfies(error -> {
            assertThat(error.getExtensions()).containsEntry("code", "BAD_USER_INPUT").containsEntry("argument", "first");
            assertThat(error.getMessage()).contains("between 1 and 100");
        });
    }

    @Test
    void costsBeyondAnIntDoNotWrapAndBeyondALongSaturate() {
        String nested = "{ things(first: 100) { edges { node { " + "children(first: 100) { edges { node { ".repeat(4) + "name"
                + " } } }".repeat(4) + " } } } }";
        String huge = "{ things(first: 100) { edges { node { similar(first: 2147483647) { "
                + "similar(first: 2147483647) { ".repeat(3) + "name" + " }".repeat(3) + " } } } } }";

        // Five nested pages of 100: innermost 100 × (1 + 3), each outer one 100 × (3 + inner), far above Integer.MAX_VALUE.
        assertThat(run(nested, Integer.MAX_VALUE).getErrors()).singleElement().satisfies(error -> assertThat(error.getMessage())
                .isEqualTo("query complexity 40303030300 exceeds the limit of " + Integer.MAX_VALUE));
        assertThat(run(huge, Long.MAX_VALUE - 1).getErrors()).singleElement()
                .satisfies(error -> assertThat(error.getMessage()).isEqualTo("query complexity beyond counting exceeds the limit of "
                        + (Long.MAX_VALUE - 1)));
    }
}
