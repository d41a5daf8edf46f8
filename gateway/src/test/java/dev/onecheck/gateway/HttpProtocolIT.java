package dev.onecheck.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/** GraphQL over HTTP as the spec describes it for {@code application/graphql-response+json}. */
@GatewayTest
class HttpProtocolIT {

    @LocalServerPort
    int port;

    @Test
    void answersAQuerySentWithGet() throws Exception {
        GraphQlHttp.Response response = new GraphQlHttp(port).get("{ me { account } }", TestTokens.officer());

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.contentType()).startsWith("application/graphql-response+json");
        assertThat(response.data().at("/me/account").asString()).isEqualTo("officer");
    }

    @Test
    void aMutationSentWithGetIsRefusedWith405() throws Exception {
        GraphQlHttp.Response response = new GraphQlHttp(port)
                .get("mutation { setWhiteListed(uscc: \"91329900MA1JH0001C\", whiteListed: false, reason: \"x\") { uscc } }",
                        TestTokens.token("admin", List.of("DEPT_ADMIN"), "JH-SCJG", null));

        assertThat(response.status()).isEqualTo(405);
    }

    @Test
    void aDocumentThatDoesNotParseIs400WithoutData() throws Exception {
        GraphQlHttp.Response response = new GraphQlHttp(port).post("{ me { account ", TestTokens.officer());

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.hasData()).isFalse();
        assertThat(response.errors().at("/0/message").asString()).isNotBlank();
    }

    @Test
    void aDocumentThatDoesNotValidateIs400WithoutData() throws Exception {
        GraphQlHttp.Response response = new GraphQlHttp(port).post("{ me { salary } }", TestTokens.officer());

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.hasData()).isFalse();
        assertThat(response.errors().at("/0/message").asString()).contains("salary");
    }

    @Test
    void aFieldErrorDuringExecutionIs200WithPartialData() throws Exception {
        GraphQlHttp.Response response = new GraphQlHttp(port)
                .post("{ me { account } subject(uscc: \"91329900MA1JH9999X\") { name } }", TestTokens.enterprise());

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.dataBesideErrors().at("/me/account").asString()).isEqualTo("enterprise");
        assertThat(response.errors().at("/0/extensions/code").asString()).isEqualTo("FORBIDDEN");
    }

    @Test
    void aBodyThatIsNotJsonIsRefused() throws Exception {
        GraphQlHttp.Response response = new GraphQlHttp(port).post("text/plain", "{ me { account } }", TestTokens.officer());

        assertThat(response.status()).isEqualTo(415);
    }
}
