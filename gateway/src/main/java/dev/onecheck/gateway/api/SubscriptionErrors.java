package dev.onecheck.gateway.api;

import java.util.Map;

import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.graphql.execution.SubscriptionExceptionResolverAdapter;
import org.springframework.stereotype.Component;

/** A subscription refused or failed answers with the same {@code extensions.code} as a query would. */
@Component
class SubscriptionErrors extends SubscriptionExceptionResolverAdapter {

    @Override
    protected GraphQLError resolveToSingleError(Throwable ex) {
        if (ex instanceof ForbiddenException forbidden) {
            return GraphqlErrorBuilder.newError().errorType(ErrorType.FORBIDDEN).message(forbidden.getMessage())
                    .extensions(Map.of("code", "FORBIDDEN")).build();
        }
        return null;
    }
}
