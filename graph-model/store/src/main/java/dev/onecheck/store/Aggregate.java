package dev.onecheck.store;

import dev.onecheck.store.outbox.IndexOutbox;

/**
 * How one kind of node is stored: its label, its natural key property, the Cypher that (re)builds its outgoing
 * relationships from a row, and whether the search index shows it. Label and key are constants of the code, never input, so composing them into Cypher
 * is safe; every value travels as a parameter.
 *
 * @param links Cypher run with {@code $rows} (the rows that were created or updated, each with {@code key}); it
 *              must delete the relationships it manages before creating them, so a re-load replaces, not adds
 * @param indexed the outbox kind under which created or updated rows are queued for the search index; null for
 *                aggregates the index does not hold
 */
public record Aggregate(String label, String key, String links, IndexOutbox.Kind indexed) {

    /** An aggregate the search index does not hold. */
    public Aggregate(String label, String key, String links) {
        this(label, key, links, null);
    }
}
