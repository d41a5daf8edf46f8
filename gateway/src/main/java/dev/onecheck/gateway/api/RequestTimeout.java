package dev.onecheck.gateway.api;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Stream;

import graphql.ExecutionInput;
import graphql.ExecutionResult;
import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import graphql.execution.instrumentation.InstrumentationContext;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimpleInstrumentationContext;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationCreateStateParameters;
import graphql.execution.instrumentation.parameters.InstrumentationExecutionParameters;
import org.springframework.graphql.execution.ErrorType;

/**
 * Stops a request that runs longer than its time budget: graphql-java is asked to cancel, so no further field is
 * fetched, and the response carries what was complete with one {@code TIMEOUT} error. A Cypher query already sent
 * runs to its end (or to the database's {@code db.transaction.timeout}).
 */
public final class RequestTimeout extends SimplePerformantInstrumentation implements AutoCloseable {

    private final Duration budget;
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(
            Thread.ofPlatform().name("graphql-timeout").daemon().factory());

    public RequestTimeout(Duration budget) {
        this.budget = budget;
    }

    /** One request's deadline: the scheduled cancellation and whether it fired. */
    private static final class Deadline implements InstrumentationState {
        private final AtomicBoolean expired = new AtomicBoolean();
        private volatile ScheduledFuture<?> cancellation;
    }

    @Override
    public CompletableFuture<InstrumentationState> createStateAsync(InstrumentationCreateStateParameters parameters) {
        return CompletableFuture.completedFuture(new Deadline());
    }

    @Override
    public InstrumentationContext<ExecutionResult> beginExecution(InstrumentationExecutionParameters parameters, InstrumentationState state) {
        Deadline deadline = (Deadline) state;
        ExecutionInput input = parameters.getExecutionInput();
        deadline.cancellation = timer.schedule(() -> {
            deadline.expired.set(true);
            input.cancel();
        }, budget.toNanos(), TimeUnit.NANOSECONDS);
        return SimpleInstrumentationContext.whenCompleted((result, failure) -> deadline.cancellation.cancel(false));
    }

    @Override
    public CompletableFuture<ExecutionResult> instrumentExecutionResult(ExecutionResult result, InstrumentationExecutionParameters parameters,
                                                                        InstrumentationState state) {
        if (!((Deadline) state).expired.get()) {
            return CompletableFuture.completedFuture(result);
        }
        GraphQLError timeout = GraphqlErrorBuilder.newError().errorType(ErrorType.INTERNAL_ERROR)
                .message("the request took longer than " + budget.toMillis() + " ms and was stopped; ask for less")
                .extensions(Map.of("code", "TIMEOUT")).build();
        List<GraphQLError> errors = Stream.concat(Stream.of(timeout), result.getErrors().stream().filter(e -> !isCancellation(e))).toList();
        return CompletableFuture.completedFuture(result.transform(b -> b.errors(errors)));
    }

    private static boolean isCancellation(GraphQLError error) {
        return error.getMessage() != null && error.getMessage().contains("asked to be cancelled");
    }

    @Override
    public void close() {
        timer.shutdownNow();
    }
}
