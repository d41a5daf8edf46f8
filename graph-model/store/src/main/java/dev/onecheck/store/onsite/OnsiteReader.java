package dev.onecheck.store.onsite;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import dev.onecheck.domain.onsite.AppealStatus;
import dev.onecheck.domain.onsite.RectificationStatus;
import dev.onecheck.store.Related;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Value;

/** 入企检查实施: a visit's current 行政行为码, the results per item with rectifications, ratings and appeals. */
public final class OnsiteReader {

    /** The code a visit carries now. */
    public record IssuedCode(String token, OffsetDateTime notBefore, OffsetDateTime expiresAt, OffsetDateTime issuedAt) {
    }

    /** 处罚建议 as it stood when the result was recorded; the range is null when the tier imposes no fine. */
    public record AdviceSnapshot(String outcome, String tier, BigDecimal minYuan, BigDecimal maxYuan, List<String> measures) {
    }

    /** 整改 ordered with a result. */
    public record Rectification(String code, String uscc, String department, String task, String item, String requirement,
                                LocalDate deadline, RectificationStatus status, String report, String closingNote, OffsetDateTime closedAt, Boolean overdue) {
    }

    /** The result of one item. */
    public record ItemResult(String task, String uscc, String item, String itemName, String outcome, String violation, String violationName,
                             String note, AdviceSnapshot advice, Rectification rectification) {
    }

    /** 查后评价. */
    public record Rating(int score, String comment, OffsetDateTime at) {
    }

    /** 申诉 and its answer. */
    public record Appeal(String id, String reason, AppealStatus status, OffsetDateTime at, String answer, OffsetDateTime answeredAt) {
    }

    private static final String RECTIFICATION = "z {.code, .uscc, .department, .task, .item, .requirement, .deadline, .status, .report, .closingNote, .closedAt, .overdue}";

    private final Related related;
    private final Driver driver;

    public OnsiteReader(Driver driver) {
        this.driver = driver;
        this.related = new Related(driver);
    }

    public Map<String, IssuedCode> codesOf(Collection<String> inspections) {
        return related.one("""
                MATCH (v:Inspection)-[:HAS_CODE]->(c:ActionCode {superseded: false}) WHERE v.code IN $keys
                RETURN v.code AS key, c AS node""", inspections, c -> new IssuedCode(c.get("token").asString(),
                c.get("notBefore").asOffsetDateTime(), c.get("expiresAt").asOffsetDateTime(), c.get("issuedAt").asOffsetDateTime()));
    }

    public Map<String, List<ItemResult>> resultsOf(Collection<String> tasks) {
        return related.many("""
                MATCH (t:Task)-[:HAS_RESULT]->(r:ItemResult)-[:FOR_ITEM]->(i:Item) WHERE t.code IN $keys
                OPTIONAL MATCH (r)-[:FOUND]->(f:Violation)
                OPTIONAL MATCH (r)-[:REQUIRES]->(z:Rectification)
                RETURN t.code AS key, r {.*, uscc: t.uscc, itemName: i.name, violationName: f.name, rectification: %s} AS node
                ORDER BY r.position""".formatted(RECTIFICATION), tasks, OnsiteReader::result);
    }

    public Map<String, Rating> ratingsOf(Collection<String> inspections) {
        return related.one("MATCH (g:Rating)-[:RATES]->(v:Inspection) WHERE v.code IN $keys RETURN v.code AS key, g AS node", inspections,
                g -> new Rating(g.get("score").asInt(), g.get("comment").asString(""), g.get("at").asOffsetDateTime()));
    }

    public Map<String, List<Appeal>> appealsOf(Collection<String> inspections) {
        return related.many("MATCH (a:Appeal)-[:ABOUT]->(v:Inspection) WHERE v.code IN $keys RETURN v.code AS key, a AS node ORDER BY a.at",
                inspections, OnsiteReader::appeal);
    }

    public Optional<Appeal> appeal(String id) {
        return driver.executableQuery("MATCH (a:Appeal {id: $id}) RETURN a").withParameters(Map.of("id", id)).execute().records().stream()
                .findFirst().map(r -> appeal(r.get("a")));
    }

    /** A firm's rectification orders, the open ones (not CLOSED) only if asked, by deadline. */
    public List<Rectification> rectifications(String uscc, boolean openOnly) {
        return driver.executableQuery("""
                MATCH (z:Rectification {uscc: $uscc}) WHERE NOT $openOnly OR z.status <> 'CLOSED'
                RETURN %s AS z ORDER BY z.deadline, z.code""".formatted(RECTIFICATION))
                .withParameters(Map.of("uscc", uscc, "openOnly", openOnly)).execute().records().stream()
                .map(r -> rectification(r.get("z"))).toList();
    }

    public Optional<Rectification> rectification(String code) {
        return driver.executableQuery("MATCH (z:Rectification {code: $code}) RETURN %s AS z".formatted(RECTIFICATION))
                .withParameters(Map.of("code", code)).execute().records().stream().findFirst().map(r -> rectification(r.get("z")));
    }

    private static ItemResult result(Value r) {
        Value z = r.get("rectification");
        AdviceSnapshot advice = r.get("adviceOutcome").isNull() ? null : new AdviceSnapshot(r.get("adviceOutcome").asString(),
                r.get("adviceTier").asString(null), yuan(r.get("adviceMin")), yuan(r.get("adviceMax")),
                r.get("adviceMeasures").asList(Value::asString, List.of()));
        return new ItemResult(r.get("task").asString(), r.get("uscc").asString(), r.get("item").asString(), r.get("itemName").asString(), r.get("outcome").asString(),
                r.get("violation").asString(null), r.get("violationName").asString(null), r.get("note").asString(null), advice,
                z.isNull() ? null : rectification(z));
    }

    private static Rectification rectification(Value z) {
        return new Rectification(z.get("code").asString(), z.get("uscc").asString(), z.get("department").asString(), z.get("task").asString(),
                z.get("item").asString(), z.get("requirement").asString(), z.get("deadline").asLocalDate(), RectificationStatus.valueOf(z.get("status").asString()),
                z.get("report").asString(null), z.get("closingNote").asString(null),
                z.get("closedAt").asOffsetDateTime(null), z.get("overdue").isNull() ? null : z.get("overdue").asBoolean());
    }

    private static Appeal appeal(Value a) {
        return new Appeal(a.get("id").asString(), a.get("reason").asString(), AppealStatus.valueOf(a.get("status").asString()), a.get("at").asOffsetDateTime(),
                a.get("answer").asString(null), a.get("answeredAt").asOffsetDateTime(null));
    }

    private static BigDecimal yuan(Value v) {
        return v.isNull() ? null : new BigDecimal(v.asString());
    }
}
