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
        JsonNode data = new GraphQlHttp(port).post("{ me { account name roles } }", TestTokens.officer()).data();

        assertThat(data.at("/me/account").asString()).isEqualTo("officer");
    }

    @Test
    void aResponseGrowingPastTheLimitIsStoppedWithoutData() throws Exception {
        // The introspected schema is far larger than 1 KB, and there for every caller.
        GraphQlHttp.Response response = new GraphQlHttp(port).post("{ __schema { types { name description fields { name description } } } }",
                TestTokens.officer());

        JsonNode errors = response.errors();
        assertThat(errors.at("/0/extensions/code").asString()).as(errors.toString()).isEqualTo("RESPONSE_TOO_LARGE");
        assertThat(errors.size()).isEqualTo(1);
        JsonNode data = response.dataBesideErrors();
        assertThat(data.isNull() || data.isMissingNode()).as(data.toString()).isTrue();
    }
}
