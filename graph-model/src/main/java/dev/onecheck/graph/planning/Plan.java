package dev.onecheck.graph.planning;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.IntStream;

import dev.onecheck.graph.access.Role;
import dev.onecheck.graph.access.Viewer;
import dev.onecheck.graph.subject.CreditLevel;
import dev.onecheck.graph.subject.RiskLevel;
import org.neo4j.driver.SimpleQueryRunner;
import org.neo4j.driver.TransactionContext;
import org.neo4j.driver.Value;

/** A filed plan (已备案的检查计划): the draft as filed, its code, who filed it and when. */
public record Plan(String code, PlanDraft draft, String filedBy, OffsetDateTime filedAt) {

    // The draft's fields, read through the plan as the API shows them.

    public String department() {
        return draft.department();
    }

    public PlanKind kind() {
        return draft.kind();
    }

    public Trigger trigger() {
        return draft.trigger();
    }

    public String title() {
        return draft.title();
    }

    public List<String> items() {
        return draft.items();
    }

    public String scenario() {
        return draft.scenario();
    }

    public PlanScope scope() {
        return draft.scope();
    }

    public List<SamplingRatio> ratios() {
        return draft.ratios();
    }

    public Window window() {
        return draft.window();
    }

    public List<String> participants() {
        return draft.participants();
    }

    public String domain() {
        return draft.domain();
    }

    /** The Cypher projection {@link #of(Value)} reads, for a {@code p:Plan}. */
    public static final String PROJECTION = """
            p { .*, department: COLLECT { MATCH (p)-[:FILED_BY]->(d) RETURN d.code }[0],
                items: COLLECT { MATCH (p)-[:CHECKS]->(i) RETURN i.code ORDER BY i.code },
                participants: COLLECT { MATCH (p)-[:WITH]->(d) RETURN d.code ORDER BY d.code } }""";

    public static Plan of(Value p) {
        List<SamplingRatio> ratios = storedRatios(p.get("ratioTiers"), p.get("ratioBasisPoints"));
        Set<CreditLevel> credit = Set.copyOf(p.get("creditLevels").asList(v -> CreditLevel.valueOf(v.asString())));
        PlanDraft draft = new PlanDraft(p.get("department").asString(), PlanKind.valueOf(p.get("kind").asString()),
                Trigger.valueOf(p.get("trigger").asString()), p.get("title").asString(), p.get("items").asList(Value::asString),
                p.get("scenario").asString(null), new PlanScope(p.get("industry").asString(), p.get("region").asString(null), credit),
                ratios, new Window(p.get("from").asLocalDate(), p.get("to").asLocalDate()), p.get("participants").asList(Value::asString),
                p.get("domain").asString());
        return new Plan(p.get("code").asString(), draft, p.get("filedBy").asString(), p.get("filedAt").asOffsetDateTime());
    }

    /** 抽查比例 as a plan stores them: the tiers and their basis points in two parallel lists. */
    static List<SamplingRatio> storedRatios(Value tiers, Value basisPoints) {
        List<String> risks = tiers.asList(Value::asString);
        List<Integer> points = basisPoints.asList(Value::asInt);
        return IntStream.range(0, risks.size()).mapToObj(i -> new SamplingRatio(RiskLevel.valueOf(risks.get(i)), points.get(i))).toList();
    }

    public static Optional<Plan> find(SimpleQueryRunner tx, String code) {
        return tx.run("MATCH (p:Plan {code: $code}) RETURN " + PROJECTION + " AS plan", Map.of("code", code)).list().stream()
                .findFirst().map(r -> of(r.get("plan")));
    }

    /** The plan named by a request, which only an admin of the filing department may act on. */
    static Plan ownPlan(TransactionContext tx, Viewer who, String code) {
        Plan plan = find(tx, code).orElseThrow(() -> PlanningRefusal.invalid("plan", "names no filed plan: " + code));
        if (!who.has(Role.DEPT_ADMIN) || !plan.draft().department().equals(who.departmentCode())) {
            throw PlanningRefusal.forbidden("only admins of " + plan.draft().department() + " act on its plan " + code);
        }
        return plan;
    }
}
