package dev.onecheck.graph;

/**
 * How one kind of node is stored: its label, its natural key property, and the Cypher that (re)builds its outgoing
 * relationships from a row. Label and key are constants of the code, never input, so composing them into Cypher
 * is safe; every value travels as a parameter.
 *
 * @param links Cypher run with {@code $rows} (the rows that were created or updated, each with {@code key}); it
 *              must delete the relationships it manages before creating them, so a re-load replaces, not adds
 */
public record Aggregate(String label, String key, String links) {
}
