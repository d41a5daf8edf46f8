package dev.onecheck.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

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

    /** Issue 20, finding 8: a 10 MB body was read whole; past 256 KB it is refused before anything reads it. */
    @Test
    void aBodyPastTheLimitIs413() throws Exception {
        String huge = "{\"query\":\"{ me { account } }\",\"variables\":{\"pad\":\"" + "x".repeat(300_000) + "\"}}";
        assertThat(new GraphQlHttp(port).post("application/json", huge, TestTokens.officer()).status()).isEqualTo(413);
        assertThat(new GraphQlHttp(port).post("{ me { account } }", TestTokens.officer()).status()).isEqualTo(200);
    }

    /** Issue 20, finding 8: asked for plain JSON, a validation error came back 200 without extensions.code. */
    @Test
    void aValidationErrorCarriesItsCodeWithoutTheGraphQlResponseAcceptHeader() throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/graphql"))
                .header("Content-Type", "application/json").header("Accept", "application/json")
                .header("Authorization", "Bearer " + TestTokens.officer())
                .POST(HttpRequest.BodyPublishers.ofString("{\"query\":\"{ me { salary } }\"}")).build(), HttpResponse.BodyHandlers.ofString());

        JsonNode errors = JsonMapper.builder().build().readTree(response.body()).get("errors");
        assertThat(errors.at("/0/extensions/code").asString()).as(response.body()).isEqualTo("GRAPHQL_VALIDATION_FAILED");
        assertThat(errors.at("/0/message").asString()).contains("salary");
    }

    /** Issue 20, finding 8: a wildcard content type was a 500 page with two stack traces logged. */
    @Test
    void aWildcardContentTypeIs415() throws Exception {
        for (String wildcard : List.of("application/*", "*/*", "not a media type")) {
            assertThat(new GraphQlHttp(port).post(wildcard, "{ me { account } }", TestTokens.officer()).status()).as(wildcard).isEqualTo(415);
        }
    }
}
