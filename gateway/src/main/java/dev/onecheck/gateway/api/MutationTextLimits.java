package dev.onecheck.gateway.api;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import dev.onecheck.domain.text.TextLimits;
import dev.onecheck.domain.text.UserText;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationFieldFetchParameters;
import graphql.schema.DataFetcher;
import graphql.schema.DataFetchingEnvironment;
import org.springframework.stereotype.Component;

/**
 * Every text a mutation receives — each argument and each field of an input, in lists too — is checked before the
 * mutation runs: at most the length {@link TextLimits} gives its name, and no character {@link UserText} refuses (NUL,
 * the bidirectional controls). A text past either is BAD_USER_INPUT naming it as the caller wrote it
 * ({@code input.title}, {@code results[1].note}); nothing is written. Queries are not checked: they store nothing.
 */
@Component
class MutationTextLimits extends SimplePerformantInstrumentation {

    @Override
    public DataFetcher<?> instrumentDataFetcher(DataFetcher<?> dataFetcher, InstrumentationFieldFetchParameters parameters,
                                                InstrumentationState state) {
        DataFetchingEnvironment field = parameters.getEnvironment();
        if (field.getParentType() != field.getGraphQLSchema().getMutationType()) {
            return dataFetcher;
        }
        return env -> {
            problem(env.getArguments()).ifPresent(p -> {
                throw new InvalidArgumentException(p.argument(), p.message());
            });
            return dataFetcher.get(env);
        };
    }

    /** A text that may not be stored, named by its path. */
    record Problem(String argument, String message) {
    }

    /** The first text among {@code arguments} (as graphql-java coerced them) that may not be stored. */
    static Optional<Problem> problem(Map<String, Object> arguments) {
        for (Map.Entry<String, Object> argument : arguments.entrySet()) {
            Optional<Problem> problem = problem(argument.getKey(), argument.getKey(), argument.getValue());
            if (problem.isPresent()) {
                return problem;
            }
        }
        return Optional.empty();
    }

    private static Optional<Problem> problem(String path, String name, Object value) {
        if (value instanceof String text) {
            return UserText.problem(text, TextLimits.forArgument(name)).map(message -> new Problem(path, message));
        }
        if (value instanceof Map<?, ?> fields) {
            for (Map.Entry<?, ?> field : fields.entrySet()) {
                String fieldName = field.getKey().toString();
                Optional<Problem> problem = problem(path + "." + fieldName, fieldName, field.getValue());
                if (problem.isPresent()) {
                    return problem;
                }
            }
        }
        if (value instanceof List<?> items) {
            for (int i = 0; i < items.size(); i++) {
                // An element of a list is limited like its list: each of `items: [ID!]` is an identifier.
                Optional<Problem> problem = problem(path + "[" + i + "]", name, items.get(i));
                if (problem.isPresent()) {
                    return problem;
                }
            }
        }
        return Optional.empty();
    }
}
