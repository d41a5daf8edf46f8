package dev.onecheck.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.JsonNode;

@GatewayTest
@TestPropertySource(properties = {"onecheck.graphql.max-depth=5", "onecheck.graphql.max-complexity=300"})
class QueryLimitsIT {

    @LocalServerPort
    int port;

    private JsonNode ask(String query) throws Exception {
        return new GraphQlHttp(port).post(query, TestTokens.officer()).body();
    }

    @Test
    void aQueryDeeperThanTheLimitIsRefusedBeforeItRuns() throws Exception {
        JsonNode deep = ask("{ scenarios(first: 1) { edges { node { items { basis { law { title } } } } } } }");

        assertThat(deep.at("/errors/0/extensions/code").asString()).isEqualTo("QUERY_TOO_DEEP");
        assertThat(deep.at("/errors/0/message").asString()).contains("exceeds the limit of 5");
        assertThat(deep.has("data") && !deep.get("data").isNull()).isFalse();
    }

    @Test
    void pageSizeMultipliesComplexity() throws Exception {
        JsonNode small = ask("{ scenarios(first: 10) { edges { node { code name content } } } }");
        JsonNode large = ask("{ scenarios(first: 100) { edges { node { code name content } } } }");

        assertThat(small.has("errors")).as(small.toString()).isFalse();
        assertThat(large.at("/errors/0/extensions/code").asString()).isEqualTo("QUERY_TOO_COMPLEX");
    }
}
