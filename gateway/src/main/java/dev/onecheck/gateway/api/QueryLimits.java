package dev.onecheck.gateway.api;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import graphql.GraphqlErrorBuilder;
import graphql.analysis.MaxQueryComplexityInstrumentation;
import graphql.analysis.MaxQueryDepthInstrumentation;
import graphql.execution.AbortExecutionException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.graphql.execution.ErrorType;

/**
 * Refuses queries too deep or too costly before they run, and stops those that run too long. Complexity counts
 * every field once and a paginated list ({@code first: n}) n times its selection, so asking for 100 scenarios with
 * their items costs what it reads.
 * Limits: {@code onecheck.graphql.max-depth}, {@code onecheck.graphql.max-complexity}, {@code onecheck.graphql.timeout}.
 */
@Configuration(proxyBeanMethods = false)
class QueryLimits {

    @Bean
    MaxQueryDepthInstrumentation maxQueryDepth(@Value("${onecheck.graphql.max-depth}") int maxDepth) {
        return new MaxQueryDepthInstrumentation(maxDepth, info -> {
            throw abort("QUERY_TOO_DEEP", "query depth " + info.getDepth() + " exceeds the limit of " + maxDepth);
        });
    }

    @Bean
    MaxQueryComplexityInstrumentation maxQueryComplexity(@Value("${onecheck.graphql.max-complexity}") int maxComplexity) {
        return new MaxQueryComplexityInstrumentation(maxComplexity, (env, children) -> {
            Object first = env.getArguments().get("first");
            return (first instanceof Integer n && n > 0 ? n : 1) * (1 + children);
        }, info -> {
            throw abort("QUERY_TOO_COMPLEX", "query complexity " + info.getComplexity() + " exceeds the limit of " + maxComplexity);
        });
    }

    @Bean
    RequestTimeout requestTimeout(@Value("${onecheck.graphql.timeout}") Duration timeout) {
        return new RequestTimeout(timeout);
    }

    private static AbortExecutionException abort(String code, String message) {
        return new AbortExecutionException(List.of(GraphqlErrorBuilder.newError().errorType(ErrorType.BAD_REQUEST)
                .message(message).extensions(Map.of("code", code)).build()));
    }
}
