package dev.onecheck.store;

/** Filters of the graph's lists: every non-null field must hold. GraphQL inputs bind to these directly. */
public final class Filters {

    private Filters() {
    }

    public record DepartmentFilter(String level, String domain) {
        public static final DepartmentFilter NONE = new DepartmentFilter(null, null);
    }

    public record ItemFilter(String department, String type, String industry) {
        public static final ItemFilter NONE = new ItemFilter(null, null, null);
    }

    /** {@code level} is the label officers use (法律, 行政法规 …). */
    public record LawFilter(String level, String titleContains, Boolean inForceOnly) {
        public static final LawFilter NONE = new LawFilter(null, null, null);
    }

    public record ViolationFilter(String department, String domain) {
        public static final ViolationFilter NONE = new ViolationFilter(null, null);
    }

    public record CaseFilter(String violation, String department) {
        public static final CaseFilter NONE = new CaseFilter(null, null);
    }

    public record SubjectFilter(String industry, String region, String creditLevel, String riskLevel, String department) {
        public static final SubjectFilter NONE = new SubjectFilter(null, null, null, null, null);
    }
}
