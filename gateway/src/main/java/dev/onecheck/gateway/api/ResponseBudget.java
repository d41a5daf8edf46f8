package dev.onecheck.gateway.api;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

import graphql.ExecutionInput;
import graphql.ExecutionResult;
import graphql.ExecutionResultImpl;
import graphql.GraphqlErrorBuilder;
import graphql.execution.instrumentation.InstrumentationContext;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimpleInstrumentationContext;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationCreateStateParameters;
import graphql.execution.instrumentation.parameters.InstrumentationExecutionParameters;
import graphql.execution.instrumentation.parameters.InstrumentationFieldCompleteParameters;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.util.unit.DataSize;

/**
 * Bounds what one request may hold in memory: the values of the response are counted as their fields complete
 * (roughly their JSON size: names and UTF-8 values), and once past the budget graphql-java is asked to cancel, so
 * no further field is fetched. The response is then no data and one {@code RESPONSE_TOO_LARGE} error — a cut at an
 * arbitrary field would be misleading. The cost limit ({@link QueryCost}) refuses most such queries before they
 * run; this catches what estimates miss, above all long texts.
 */
final class ResponseBudget extends SimplePerformantInstrumentation {

    private final long maxBytes;

    ResponseBudget(DataSize max) {
        this.maxBytes = max.toBytes();
    }

    /** One request's count, and its input, to cancel. */
    private static final class Count implements InstrumentationState {
        private final AtomicLong bytes = new AtomicLong();
        private final AtomicBoolean exceeded = new AtomicBoolean();
        private volatile ExecutionInput input;
    }

    @Override
    public CompletableFuture<InstrumentationState> createStateAsync(InstrumentationCreateStateParameters parameters) {
        return CompletableFuture.completedFuture(new Count());
    }

    @Override
    public InstrumentationContext<ExecutionResult> beginExecution(InstrumentationExecutionParameters parameters, InstrumentationState state) {
        ((Count) state).input = parameters.getExecutionInput();
        return super.beginExecution(parameters, state);
    }

    @Override
    public InstrumentationContext<Object> beginFieldCompletion(InstrumentationFieldCompleteParameters parameters, InstrumentationState state) {
        Count count = (Count) state;
        String name = parameters.getField().getName();
        return SimpleInstrumentationContext.whenCompleted((value, failure) -> {
            // Objects and lists of objects are counted through their own fields; only leaves add bytes here.
            long bytes = name.length() + 4 + leafBytes(value);
            if (count.bytes.addAndGet(bytes) > maxBytes && count.exceeded.compareAndSet(false, true)) {
                count.input.cancel();
            }
        });
    }

    private static long leafBytes(Object value) {
        if (value instanceof List<?> list) {
            long sum = 0;
            for (Object element : list) {
                sum += leafBytes(element) + 1;
            }
            return sum;
        }
        if (value instanceof Map<?, ?> || value == null) {
            return 0;
        }
        return value instanceof String text ? utf8Length(text) + 2 : value.toString().length();
    }

    private static long utf8Length(String text) {
        long length = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            length += c < 0x80 ? 1 : c < 0x800 || Character.isSurrogate(c) ? 2 : 3;
        }
        return length;
    }

    @Override
    public CompletableFuture<ExecutionResult> instrumentExecutionResult(ExecutionResult result, InstrumentationExecutionParameters parameters,
                                                                        InstrumentationState state) {
        if (!((Count) state).exceeded.get()) {
            return CompletableFuture.completedFuture(result);
        }
        return CompletableFuture.completedFuture(ExecutionResultImpl.newExecutionResult().addError(GraphqlErrorBuilder.newError()
                .errorType(ErrorType.BAD_REQUEST).message("the response would exceed " + DataSize.ofBytes(maxBytes).toKilobytes()
                        + " KB and was stopped; ask for fewer items or fields").extensions(Map.of("code", "RESPONSE_TOO_LARGE")).build())
                .build());
    }
}
