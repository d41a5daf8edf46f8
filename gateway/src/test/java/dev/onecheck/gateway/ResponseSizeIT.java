package dev.onecheck.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.JsonNode;

/** Finding 1 of issue 20: what one response may hold is bounded, whatever the complexity estimate allowed. */
@GatewayTest
@TestPropertySource(properties = "onecheck.graphql.max-response-size=1KB")
class ResponseSizeIT {

    @LocalServerPort
    int port;

    @Test
    void aSmallResponseAnswers() throws Exception {
        JsonNode response = new GraphQlHttp(port).post("{ me { account name roles } }", TestTokens.officer()).body();

        assertThat(response.has("errors")).as(response.toString()).isFalse();
        assertThat(response.at("/data/me/account").asString()).isEqualTo("officer");
    }

    @Test
    void aResponseGrowingPastTheLimitIsStoppedWithoutData() throws Exception {
        // The introspected schema is far larger than 1 KB, and there for every caller.
        JsonNode response = new GraphQlHttp(port).post("{ __schema { types { name description fields { name description } } } }",
                TestTokens.officer()).body();

        assertThat(response.at("/errors/0/extensions/code").asString()).as(response.toString()).isEqualTo("RESPONSE_TOO_LARGE");
        assertThat(response.at("/errors").size()).isEqualTo(1);
        assertThat(response.has("data") && !response.get("data").isNull()).as(response.toString()).isFalse();
    }
}
