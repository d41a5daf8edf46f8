package dev.onecheck.graph;

/** What a load did to the graph, per record: the summary a loader prints, and what makes a re-run visibly a no-op. */
public record LoadCounts(int created, int updated, int unchanged, int rejected) {

    public static final LoadCounts NONE = new LoadCounts(0, 0, 0, 0);

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
