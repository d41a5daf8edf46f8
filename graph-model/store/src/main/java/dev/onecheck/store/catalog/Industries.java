package dev.onecheck.store.catalog;

/** Cypher for the 行业 tree (国民经济行业分类: 门类 › 大类 › 中类 › 小类). */
public final class Industries {

    /**
     * From an industry to itself and each industry above it, at most three steps up: what applies to an industry
     * applies to every industry below it. Composed into a query with {@code formatted}, between two {@code :Industry} node patterns.
     */
    public static final String SELF_OR_ANCESTORS = "-[:SUBCLASS_OF*0..3]->";

    private Industries() {
    }
}
