package dev.onecheck.gateway.api;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import graphql.GraphqlErrorBuilder;
import graphql.analysis.QueryTraverser;
import graphql.analysis.QueryVisitorFieldEnvironment;
import graphql.analysis.QueryVisitorStub;
import graphql.execution.AbortExecutionException;
import graphql.execution.ExecutionContext;
import graphql.execution.instrumentation.InstrumentationContext;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationExecuteOperationParameters;
import graphql.schema.GraphQLAppliedDirective;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLList;
import graphql.schema.GraphQLNamedType;
import graphql.schema.GraphQLType;
import graphql.schema.GraphQLTypeUtil;
import org.springframework.graphql.execution.ErrorType;

/**
 * Refuses an operation whose estimated cost — roughly the values it would materialise — exceeds the limit, before
 * any field runs. A field costs its multiplier × (1 + the cost of its selection): a page ({@code …Connection} with
 * {@code first}) its page size, after {@code first} is checked against the page-size rule; a list without paging
 * its estimated size ({@code @listSize(estimate:)} in the schema, else {@code listSizeEstimate}); another field 1.
 * A page's {@code edges} are sized by its {@code first}, and introspection is sized by the schema, so both count 1.
 * Arithmetic saturates at {@link Long#MAX_VALUE}: no {@code first} or nesting can wrap the sum below the limit.
 */
final class QueryCost extends SimplePerformantInstrumentation {

    static final String LIST_SIZE_DIRECTIVE = "listSize";

    private final long maxCost;
    private final int listSizeEstimate;

    QueryCost(long maxCost, int listSizeEstimate) {
        this.maxCost = maxCost;
        this.listSizeEstimate = listSizeEstimate;
    }

    @Override
    public InstrumentationContext<graphql.ExecutionResult> beginExecuteOperation(InstrumentationExecuteOperationParameters parameters,
                                                                                 InstrumentationState state) {
        long cost = cost(parameters.getExecutionContext());
        if (cost > maxCost) {
            throw abort(GraphqlErrorBuilder.newError().message("query complexity " + (cost == Long.MAX_VALUE ? "beyond counting" : cost)
                    + " exceeds the limit of " + maxCost).extensions(Map.of("code", "QUERY_TOO_COMPLEX")));
        }
        return super.beginExecuteOperation(parameters, state);
    }

    long cost(ExecutionContext context) {
        // The summed cost of each field's selection, keyed by the field (null: the operation's root).
        Map<QueryVisitorFieldEnvironment, Long> selectionCost = new HashMap<>();
        QueryTraverser.newQueryTraverser().schema(context.getGraphQLSchema()).document(context.getDocument())
                .operationName(context.getOperationDefinition().getName()).coercedVariables(context.getCoercedVariables()).build()
                .visitPostOrder(new QueryVisitorStub() {
                    @Override
                    public void visitField(QueryVisitorFieldEnvironment env) {
                        if (env.isTypeNameIntrospectionField()) {
                            return;
                        }
                        long own = saturatedMultiply(multiplier(env), saturatedAdd(1, selectionCost.getOrDefault(env, 0L)));
                        selectionCost.merge(env.getParentEnvironment(), own, QueryCost::saturatedAdd);
                    }
                });
        return selectionCost.getOrDefault(null, 0L);
    }

    private long multiplier(QueryVisitorFieldEnvironment env) {
        GraphQLFieldDefinition field = env.getFieldDefinition();
        if (field.getName().startsWith("__") || name(env.getParentType()).startsWith("__")) {
            return 1;
        }
        Object first = env.getArguments().get("first");
        if (name(field.getType()).endsWith("Connection") && field.getArgument("first") != null) {
            try {
                return Connection.pageSize(first instanceof Integer n ? n : null);
            } catch (InvalidArgumentException invalid) {
                throw abort(GraphqlErrorBuilder.newError().message(invalid.getMessage()).location(env.getField().getSourceLocation())
                        .extensions(Map.of("code", "BAD_USER_INPUT", "argument", invalid.argument())));
            }
        }
        if (field.getName().equals("edges") && name(env.getParentType()).endsWith("Connection")) {
            return 1;
        }
        if (!(GraphQLTypeUtil.unwrapNonNull(field.getType()) instanceof GraphQLList)) {
            return 1;
        }
        if (first instanceof Integer n) {
            // A list that takes a size of its own (suggestions, similar cases): its resolver checks the range.
            return Math.max(1, n);
        }
        GraphQLAppliedDirective size = field.getAppliedDirective(LIST_SIZE_DIRECTIVE);
        return size == null ? listSizeEstimate : size.getArgument("estimate").<Integer>getValue();
    }

    private static String name(GraphQLType type) {
        return GraphQLTypeUtil.unwrapAll(type) instanceof GraphQLNamedType named ? named.getName() : "";
    }

    /** Costs are never negative, so an overflow shows as a negative sum. */
    static long saturatedAdd(long a, long b) {
        long sum = a + b;
        return sum < 0 ? Long.MAX_VALUE : sum;
    }

    static long saturatedMultiply(long a, long b) {
        long high = Math.multiplyHigh(a, b);
        long product = a * b;
        return high != 0 || product < 0 ? Long.MAX_VALUE : product;
    }

    private static AbortExecutionException abort(GraphqlErrorBuilder<?> error) {
        return new AbortExecutionException(List.of(error.errorType(ErrorType.BAD_REQUEST).build()));
    }
}
