package dev.onecheck.gateway;

import static dev.onecheck.gateway.GatewayGraphQl.codes;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.graphql.test.tester.GraphQlTester;
import org.springframework.test.context.TestPropertySource;

@GatewayTest
@TestPropertySource(properties = {"onecheck.graphql.max-depth=5", "onecheck.graphql.max-complexity=300"})
class QueryLimitsIT {

    @LocalServerPort
    int port;

    private GraphQlTester officer() {
        return GatewayGraphQl.as(port, TestTokens.officer());
    }

    @Test
    void aQueryDeeperThanTheLimitIsRefusedBeforeItRuns() {
        GraphQlTester.Response deep = officer().documentName("scenarioLaws").execute();

        deep.errors().satisfy(codes("QUERY_TOO_DEEP")
                .andThen(errors -> assertThat(errors.getFirst().getMessage()).contains("exceeds the limit of 5")));
        assertThat(deep.returnResponse().<Object>getData()).as("no data").isNull();
    }

    @Test
    void pageSizeMultipliesComplexity() {
        officer().documentName("scenarioContents").variable("first", 10).executeAndVerify();
        officer().documentName("scenarioContents").variable("first", 100).execute().errors().satisfy(codes("QUERY_TOO_COMPLEX"));
    }
}
