package dev.onecheck.gateway.api;

import java.util.Map;

import dev.onecheck.search.index.SearchUnavailableException;
import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import graphql.schema.DataFetchingEnvironment;
import org.springframework.graphql.execution.DataFetcherExceptionResolverAdapter;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.stereotype.Component;

/** Turns the API's own exceptions into GraphQL errors with a stable {@code extensions.code}. */
@Component
class ApiErrors extends DataFetcherExceptionResolverAdapter {

    @Override
    protected GraphQLError resolveToSingleError(Throwable ex, DataFetchingEnvironment env) {
        if (ex instanceof InvalidArgumentException invalid) {
            return GraphqlErrorBuilder.newError(env).errorType(ErrorType.BAD_REQUEST).message(invalid.getMessage())
                    .extensions(Map.of("code", "BAD_USER_INPUT", "argument", invalid.argument())).build();
        }
        if (ex instanceof ForbiddenException forbidden) {
            return GraphqlErrorBuilder.newError(env).errorType(ErrorType.FORBIDDEN).message(forbidden.getMessage())
                    .extensions(Map.of("code", "FORBIDDEN")).build();
        }
        if (ex instanceof SearchUnavailableException) {
            return GraphqlErrorBuilder.newError(env).errorType(ErrorType.INTERNAL_ERROR)
                    .message("the knowledge-base search is unavailable; try again shortly")
                    .extensions(Map.of("code", "SEARCH_UNAVAILABLE")).build();
        }
        return null;
    }
}
