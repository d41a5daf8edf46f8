package dev.onecheck.gateway.api;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import graphql.ErrorClassification;
import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import org.springframework.graphql.ResponseError;
import org.springframework.graphql.server.WebGraphQlInterceptor;
import org.springframework.graphql.server.WebGraphQlRequest;
import org.springframework.graphql.server.WebGraphQlResponse;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * Every error carries {@code extensions.code}, whatever the client's {@code Accept} header: the API's own refusals
 * set theirs ({@link ApiErrors}); graphql-java's parse and validation errors get {@code GRAPHQL_PARSE_FAILED} and
 * {@code GRAPHQL_VALIDATION_FAILED}, anything else its classification's name. A client that asks for plain
 * {@code application/json} gets such errors with status 200, so the code is all it has to tell them apart.
 */
@Component
class ErrorCodes implements WebGraphQlInterceptor {

    @Override
    public Mono<WebGraphQlResponse> intercept(WebGraphQlRequest request, Chain chain) {
        return chain.next(request).map(response -> response.getErrors().stream().allMatch(e -> e.getExtensions().containsKey("code"))
                ? response
                : response.transform(builder -> builder.errors(response.getErrors().stream().map(ErrorCodes::withCode).toList())));
    }

    private static GraphQLError withCode(ResponseError error) {
        Map<String, Object> extensions = new HashMap<>(error.getExtensions());
        extensions.putIfAbsent("code", code(error.getErrorType()));
        GraphqlErrorBuilder<?> builder = GraphqlErrorBuilder.newError().message(error.getMessage()).errorType(error.getErrorType())
                .extensions(extensions);
        if (error.getLocations() != null && !error.getLocations().isEmpty()) {
            builder.locations(error.getLocations());
        }
        if (error.getParsedPath() != null && !error.getParsedPath().isEmpty()) {
            builder.path(List.copyOf(error.getParsedPath()));
        }
        return builder.build();
    }

    private static String code(ErrorClassification classification) {
        if (classification == graphql.ErrorType.ValidationError) {
            return "GRAPHQL_VALIDATION_FAILED";
        }
        if (classification == graphql.ErrorType.InvalidSyntax) {
            return "GRAPHQL_PARSE_FAILED";
        }
        return classification.toString();
    }
}
