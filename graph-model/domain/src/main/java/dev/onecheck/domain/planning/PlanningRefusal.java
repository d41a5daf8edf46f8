package dev.onecheck.domain.planning;

import java.util.List;
import java.util.stream.Collectors;

/** A planning request refused before anything was written: the transaction it was thrown in rolls back. */
public final class PlanningRefusal extends RuntimeException {

    public enum Kind {
        /** A field of the request is wrong; {@link #problems()} says which. */
        INVALID,
        /** The caller may not do this. */
        FORBIDDEN,
        /** The task would break a cap and carries no legal basis for an exception; {@link #breaches()} says which. */
        OVER_CAP,
        /** The 行政行为码 presented is not valid now; {@link #codeStatus()} says why (无码不检查). */
        CODE_REJECTED
    }

    private final Kind kind;
    private final List<Problem> problems;
    private final List<CapBreach> breaches;
    private final String codeStatus;

    private PlanningRefusal(Kind kind, String message, List<Problem> problems, List<CapBreach> breaches, String codeStatus) {
        super(message);
        this.kind = kind;
        this.problems = List.copyOf(problems);
        this.breaches = List.copyOf(breaches);
        this.codeStatus = codeStatus;
    }

    public static PlanningRefusal invalid(List<Problem> problems) {
        return new PlanningRefusal(Kind.INVALID, problems.stream().map(p -> p.field() + ": " + p.message()).collect(Collectors.joining("; ")),
                problems, List.of(), null);
    }

    public static PlanningRefusal invalid(String field, String message) {
        return invalid(List.of(new Problem(field, message)));
    }

    public static PlanningRefusal forbidden(String message) {
        return new PlanningRefusal(Kind.FORBIDDEN, message, List.of(), List.of(), null);
    }

    public static PlanningRefusal overCap(List<CapBreach> breaches) {
        return new PlanningRefusal(Kind.OVER_CAP, "the task breaks "
                + breaches.stream().map(CapBreach::message).collect(Collectors.joining("; "))
                + " — give a legal basis (检查依据) to inspect all the same", List.of(), breaches, null);
    }

    /** {@code status}: the name of the code's status, e.g. EXPIRED. */
    public static PlanningRefusal codeRejected(String status, String message) {
        return new PlanningRefusal(Kind.CODE_REJECTED, message, List.of(), List.of(), status);
    }

    /** The same refusal with its fields named inside an argument, e.g. {@code window.from} as {@code input.window.from}. */
    public PlanningRefusal under(String argument) {
        return kind == Kind.INVALID
                ? invalid(problems.stream().map(p -> new Problem(argument + "." + p.field(), p.message())).toList())
                : this;
    }

    public Kind kind() {
        return kind;
    }

    public List<Problem> problems() {
        return problems;
    }

    public List<CapBreach> breaches() {
        return breaches;
    }

    public String codeStatus() {
        return codeStatus;
    }
}
