package dev.onecheck.loaders.sheet;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

import dev.onecheck.domain.law.LawReference;
import dev.onecheck.store.law.LawStore;

/** Every cited article must exist in a version in force: a typo in an article number is caught at load time. */
public final class ReferenceCheck {

    private ReferenceCheck() {
    }

    public static <T> void requireInForce(ValidatedRows<T> rows, LawStore laws, Function<T, List<LawReference>> references, String field) {
        Set<LawReference> unresolved = new HashSet<>(laws.unresolved(rows.records().stream()
                .flatMap(r -> references.apply(r).stream()).toList()));
        for (T record : rows.records()) {
            List<String> missing = references.apply(record).stream().filter(unresolved::contains).map(LawReference::toString).toList();
            if (!missing.isEmpty()) {
                rows.addError(record, field, "no such article in a law in force: " + String.join("、", missing));
            }
        }
    }
}
