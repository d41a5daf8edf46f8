package dev.onecheck.gateway.api;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import graphql.GraphqlErrorBuilder;
import graphql.analysis.MaxQueryDepthInstrumentation;
import graphql.execution.AbortExecutionException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.util.unit.DataSize;

/**
 * Refuses queries too deep or too costly before they run, and stops those that run too long or answer too much.
 * Complexity estimates the values a query materialises ({@link QueryCost}), so asking for 100 scenarios with their
 * items costs what it reads.
 * Limits: {@code onecheck.graphql.max-depth}, {@code onecheck.graphql.max-complexity},
 * {@code onecheck.graphql.list-size-estimate}, {@code onecheck.graphql.max-response-size}, {@code onecheck.graphql.timeout}.
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
    QueryCost maxQueryComplexity(@Value("${onecheck.graphql.max-complexity}") long maxComplexity,
                                 @Value("${onecheck.graphql.list-size-estimate}") int listSizeEstimate) {
        return new QueryCost(maxComplexity, listSizeEstimate);
    }

    @Bean
    ResponseBudget maxResponseSize(@Value("${onecheck.graphql.max-response-size}") DataSize maxResponseSize) {
        return new ResponseBudget(maxResponseSize);
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
