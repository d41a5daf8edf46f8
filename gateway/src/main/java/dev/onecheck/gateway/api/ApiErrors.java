package dev.onecheck.gateway.api;

import java.util.LinkedHashMap;
import java.util.Map;

import dev.onecheck.domain.planning.CapBreach;
import dev.onecheck.domain.planning.PlanningRefusal;
import dev.onecheck.search.index.SearchUnavailableException;
import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import graphql.schema.DataFetchingEnvironment;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.graphql.execution.DataFetcherExceptionResolverAdapter;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.stereotype.Component;

/**
 * Turns the API's own exceptions into GraphQL errors with a stable {@code extensions.code}. A backend that is away or
 * refuses the gateway's credentials answers a fixed message; its cause goes to the log, never to the caller.
 */
@Component
class ApiErrors extends DataFetcherExceptionResolverAdapter {

    private static final Logger LOG = LoggerFactory.getLogger(ApiErrors.class);

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
        if (ex instanceof PlanningRefusal refusal) {
            return planning(refusal, env);
        }
        if (GraphTimeout.is(ex)) {
            return GraphqlErrorBuilder.newError(env).errorType(ErrorType.INTERNAL_ERROR)
                    .message("the graph database stopped this field's query at its transaction timeout (or an operator did); ask for less or try again")
                    .extensions(Map.of("code", "TIMEOUT")).build();
        }
        if (GraphUnavailable.is(ex)) {
            LOG.warn("GRAPH_UNAVAILABLE at {}: {}", env.getExecutionStepInfo().getPath(), ex.getMessage());
            return GraphqlErrorBuilder.newError(env).errorType(ErrorType.INTERNAL_ERROR)
                    .message("the graph database is unavailable; try again shortly")
                    .extensions(Map.of("code", "GRAPH_UNAVAILABLE")).build();
        }
        if (ex instanceof SearchUnavailableException) {
            LOG.warn("SEARCH_UNAVAILABLE at {}: {}", env.getExecutionStepInfo().getPath(), ex.getMessage());
            return GraphqlErrorBuilder.newError(env).errorType(ErrorType.INTERNAL_ERROR)
                    .message("the knowledge-base search is unavailable; try again shortly")
                    .extensions(Map.of("code", "SEARCH_UNAVAILABLE")).build();
        }
        return null;
    }

    private static GraphQLError planning(PlanningRefusal refusal, DataFetchingEnvironment env) {
        var error = GraphqlErrorBuilder.newError(env).message(refusal.getMessage());
        return switch (refusal.kind()) {
            case INVALID -> error.errorType(ErrorType.BAD_REQUEST).extensions(Map.of("code", "BAD_USER_INPUT",
                    "argument", refusal.problems().getFirst().field(),
                    "problems", refusal.problems().stream().map(p -> Map.of("field", p.field(), "message", p.message())).toList())).build();
            case FORBIDDEN -> error.errorType(ErrorType.FORBIDDEN).extensions(Map.of("code", "FORBIDDEN")).build();
            case OVER_CAP -> error.errorType(ErrorType.BAD_REQUEST).extensions(Map.of("code", "OVER_CAP",
                    "breaches", refusal.breaches().stream().map(ApiErrors::breach).toList())).build();
            case CODE_REJECTED -> error.errorType(ErrorType.FORBIDDEN).extensions(Map.of("code", "CODE_REJECTED",
                    "status", refusal.codeStatus())).build();
        };
    }

    private static Map<String, Object> breach(CapBreach breach) {
        Map<String, Object> b = new LinkedHashMap<>();
        b.put("rule", breach.rule().name());
        b.put("item", breach.item());
        b.put("message", breach.message());
        return b;
    }
}
