package dev.onecheck.store;

/** What a load did to the graph, per record: the summary a loader prints, and what makes a re-run visibly a no-op. */
public record LoadCounts(int created, int updated, int unchanged, int rejected) {

    public static final LoadCounts NONE = new LoadCounts(0, 0, 0, 0);

    /** {@code n} records with the outcome an upsert query reports: created, updated or unchanged. */
    public static LoadCounts of(String outcome, int n) {
        return switch (outcome) {
            case "created" -> new LoadCounts(n, 0, 0, 0);
            case "updated" -> new LoadCounts(0, n, 0, 0);
            case "unchanged" -> new LoadCounts(0, 0, n, 0);
            default -> throw new IllegalArgumentException("unknown load outcome " + outcome);
        };
    }

    public LoadCounts plus(LoadCounts other) {
        return new LoadCounts(created + other.created, updated + other.updated, unchanged + other.unchanged,
                rejected + other.rejected);
    }

    public LoadCounts plusRejected(int count) {
        return new LoadCounts(created, updated, unchanged, rejected + count);
    }

    public int total() {
        return created + updated + unchanged + rejected;
    }

    @Override
    public String toString() {
        return created + " created, " + updated + " updated, " + unchanged + " unchanged, " + rejected + " rejected";
    }
}
