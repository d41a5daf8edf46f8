package dev.onecheck.store.clue;

import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import dev.onecheck.domain.clue.ClueSource;
import dev.onecheck.domain.clue.RoutingStatus;
import dev.onecheck.domain.clue.SubjectMatch;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Value;

/** Reads clues as stored: one clue, a department's, those waiting for a subject's confirmation, the overdue, a visit's basis. */
public final class ClueReader {

    /** A clue with its subject match and where it stands with each department it was routed to. */
    public record StoredClue(String id, ClueSource source, String workOrder, OffsetDateTime receivedAt, String content,
                             String complainantName, String complainantPhone, String refUscc, String refName, String refAddress,
                             String receivingDepartment, SubjectMatch subject, List<String> violations, List<Routing> routings) {

        /** The departments routed to, each once (a clue transferred back has two routings to one department). */
        public List<String> routedTo() {
            return routings.stream().map(Routing::department).distinct().toList();
        }
    }

    /** 分办: one department's part of a clue. */
    public record Routing(String department, RoutingStatus status, OffsetDateTime routedAt, OffsetDateTime deadline,
                          OffsetDateTime answeredAt, String reason, String finding, String transferredTo, String task) {
    }

    private static final String CLUE = """
            c {.*, candidateRows: COLLECT { UNWIND range(0, size(c.candidates) - 1) AS i
                                              MATCH (s:Subject {uscc: c.candidates[i]})
                                              RETURN {uscc: s.uscc, name: s.name, address: s.address, score: c.candidateScores[i]} ORDER BY i },
                    routings: COLLECT { MATCH (c)-[r:ROUTED_TO]->(d:Department)
                                        RETURN r {.*, department: d.code} ORDER BY r.routedAt, d.code } }""";

    private final Driver driver;

    public ClueReader(Driver driver) {
        this.driver = driver;
    }

    public Optional<StoredClue> clue(String id) {
        return list("MATCH (c:Clue {id: $id})", Map.of("id", id), 1).stream().findFirst();
    }

    /** Clues a department received or was routed to, newest first. */
    public List<StoredClue> ofDepartment(String department, int first) {
        return list("""
                MATCH (c:Clue) WHERE c.receivingDepartment = $department
                                  OR EXISTS { (c)-[:ROUTED_TO]->(:Department {code: $department}) }""",
                Map.of("department", department), first);
    }

    /** 待确认: clues a department received whose subject an officer still has to name. */
    public List<StoredClue> pendingConfirmation(String department, int first) {
        return list("MATCH (c:Clue {receivingDepartment: $department}) WHERE c.uscc IS NULL", Map.of("department", department), first);
    }

    /** 超期: clues routed to a department that it has not answered by their deadline. */
    public List<StoredClue> overdue(String department, OffsetDateTime now, int first) {
        return list("""
                MATCH (c:Clue)-[r:ROUTED_TO {status: 'PROPOSED'}]->(:Department {code: $department})
                WHERE r.deadline < $now""", Map.of("department", department, "now", now), first);
    }

    /** The clues about a firm (多源线索归并 compares them). */
    public List<StoredClue> aboutSubject(String uscc, int first) {
        return list("MATCH (c:Clue {uscc: $uscc})", Map.of("uscc", uscc), first);
    }

    /** 检查依据: the clues a visit's tasks were created on. */
    public List<StoredClue> basisOf(String inspection, int first) {
        return list("MATCH (c:Clue)-[:BASIS_OF]->(:Task)-[:PART_OF]->(:Inspection {code: $code})", Map.of("code", inspection), first);
    }

    private List<StoredClue> list(String match, Map<String, Object> parameters, int first) {
        Map<String, Object> p = new HashMap<>(parameters);
        p.put("first", first);
        return driver.executableQuery(match + "\nWITH DISTINCT c ORDER BY c.receivedAt DESC, c.id LIMIT $first RETURN " + CLUE + " AS clue")
                .withParameters(p).execute().records().stream().map(r -> clue(r.get("clue"))).toList();
    }

    private static StoredClue clue(Value c) {
        List<SubjectMatch.Candidate> candidates = c.get("candidateRows").asList(v -> new SubjectMatch.Candidate(v.get("uscc").asString(),
                v.get("name").asString(), v.get("address").asString(null), v.get("score").asDouble()));
        List<Routing> routings = c.get("routings").asList(r -> new Routing(r.get("department").asString(),
                RoutingStatus.valueOf(r.get("status").asString()), r.get("routedAt").asOffsetDateTime(), r.get("deadline").asOffsetDateTime(),
                r.get("answeredAt").isNull() ? null : r.get("answeredAt").asOffsetDateTime(), r.get("reason").asString(null),
                r.get("finding").asString(null), r.get("transferredTo").asString(null), r.get("task").asString(null)));
        return new StoredClue(c.get("id").asString(), ClueSource.valueOf(c.get("source").asString()), c.get("workOrder").asString(),
                c.get("receivedAt").asOffsetDateTime(), c.get("content").asString(), c.get("complainantName").asString(null),
                c.get("complainantPhone").asString(null), c.get("refUscc").asString(null), c.get("refName").asString(null),
                c.get("refAddress").asString(null), c.get("receivingDepartment").asString(),
                new SubjectMatch(c.get("uscc").asString(null), c.get("confidence").asDouble(), candidates),
                c.get("violations").asList(Value::asString), routings);
    }
}
