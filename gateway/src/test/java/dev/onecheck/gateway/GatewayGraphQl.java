package dev.onecheck.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.function.Consumer;

import org.assertj.core.api.InstanceOfAssertFactories;
import org.springframework.graphql.GraphQlRequest;
import org.springframework.graphql.GraphQlResponse;
import org.springframework.graphql.ResponseError;
import org.springframework.graphql.client.GraphQlClient;
import org.springframework.graphql.client.GraphQlTransport;
import org.springframework.graphql.client.HttpSyncGraphQlClient;
import org.springframework.graphql.test.tester.GraphQlTester;
import org.springframework.http.HttpHeaders;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import tools.jackson.databind.json.JsonMapper;

/**
 * Spring for GraphQL's {@link GraphQlTester} over HTTP against the gateway under test, as one viewer (a bearer token
 * from {@link TestTokens}). A response with an error fails the test as soon as it is read ({@code path(...)}) unless
 * the test declares that error first with {@code errors()}; the operations are {@code graphql-test/<name>.graphql}.
 *
 * <p>{@code HttpGraphQlTester} needs {@code WebTestClient}, that is spring-webflux, which this Spring MVC gateway does
 * not have; this is the same tester on spring-graphql's own {@link HttpSyncGraphQlClient} (a {@code RestClient}).
 */
final class GatewayGraphQl {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private GatewayGraphQl() {
    }

    /** A tester that sends every request to the gateway on {@code port} with {@code token}. */
    static GraphQlTester as(int port, String token) {
        HttpSyncGraphQlClient client = HttpSyncGraphQlClient.builder()
                .url("http://127.0.0.1:" + port + "/graphql")
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + token)
                .build();
        return GraphQlTester.builder(new OverClient(client)).responseTimeout(Duration.ofSeconds(60)).build();
    }

    /** The whole response as JSON, to check that something is nowhere in it. */
    static String json(GraphQlTester.Response response) {
        return JSON.writeValueAsString(response.returnResponse().toMap());
    }

    /** The errors answer exactly these {@code extensions.code}s, in order. */
    static Consumer<List<ResponseError>> codes(String... codes) {
        return errors -> assertThat(errors).extracting(GatewayGraphQl::code).as("codes of %s", errors).containsExactly(codes);
    }

    /** One error, BAD_USER_INPUT or another refusal, naming {@code argument} in {@code extensions.argument}. */
    static Consumer<List<ResponseError>> argument(String argument) {
        return errors -> assertThat(errors).extracting(e -> e.getExtensions().get("argument")).as("arguments named by %s", errors)
                .containsExactly(argument);
    }

    /** FORBIDDEN at each of these paths and no other error: refused fields, null with an error where they stand. */
    static Consumer<List<ResponseError>> forbiddenAt(String... paths) {
        return codeAt("FORBIDDEN", paths);
    }

    /** This {@code extensions.code} at each of these paths ("a.b[0].c") and no other error. */
    static Consumer<List<ResponseError>> codeAt(String code, String... paths) {
        return errors -> assertThat(errors).extracting(e -> code(e) + " at " + e.getPath()).as("errors %s", errors)
                .containsExactlyInAnyOrder(List.of(paths).stream().map(p -> code + " at " + p).toArray(String[]::new));
    }

    /** One error, CODE_REJECTED with this {@code extensions.status} (FORGED, EXPIRED, SUPERSEDED, USED …). */
    static Consumer<List<ResponseError>> codeRejected(String status) {
        return errors -> assertThat(errors).extracting(e -> code(e) + " " + e.getExtensions().get("status")).as("errors %s", errors)
                .containsExactly("CODE_REJECTED " + status);
    }

    /** One error, OVER_CAP, whose first breach is of this cap rule (MONTHLY, WHITE_LIST, UPPER_LEVEL …). */
    static Consumer<List<ResponseError>> overCap(String rule) {
        return errors -> assertThat(errors).singleElement().as("errors %s", errors).satisfies(error -> {
            assertThat(code(error)).isEqualTo("OVER_CAP");
            assertThat(error.getExtensions().get("breaches")).asInstanceOf(InstanceOfAssertFactories.LIST).first()
                    .asInstanceOf(InstanceOfAssertFactories.MAP).containsEntry("rule", rule);
        });
    }

    /** An error's {@code extensions.code}, the gateway's stable name for what went wrong. */
    static String code(ResponseError error) {
        return String.valueOf(error.getExtensions().get("code"));
    }

    /** {@link GraphQlTester}'s transport: each request through the synchronous HTTP client. */
    private record OverClient(GraphQlClient client) implements GraphQlTransport {

        @Override
        public Mono<GraphQlResponse> execute(GraphQlRequest request) {
            return Mono.fromCallable(() -> client.document(request.getDocument())
                    .operationName(request.getOperationName())
                    .variables(request.getVariables())
                    .extensions(request.getExtensions())
                    .executeSync());
        }

        @Override
        public Flux<GraphQlResponse> executeSubscription(GraphQlRequest request) {
            return Flux.error(new UnsupportedOperationException("subscriptions are tested over GraphQlWebSocket"));
        }
    }
}
