package dev.onecheck.graph.planning;

import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.IntStream;

import dev.onecheck.graph.planning.DoubleRandomDraw.Candidate;
import dev.onecheck.graph.planning.DoubleRandomDraw.Conflict;
import dev.onecheck.graph.planning.DoubleRandomDraw.Drawn;
import dev.onecheck.graph.subject.RiskLevel;
import org.neo4j.driver.Record;
import org.neo4j.driver.SimpleQueryRunner;
import org.neo4j.driver.Value;

/**
 * A plan's draw as stored: the published commitment (seed hash, input fingerprint), the frozen input, the firms a
 * cap excluded and why, and — once drawn — the revealed seed and the firms and officers drawn. {@code seed} is
 * null to every reader until the draw is made.
 */
public record DrawRecord(String plan, String seedHash, String fingerprint, OffsetDateTime committedAt, String seed,
                         OffsetDateTime drawnAt, DoubleRandomDraw.Input input, List<Exclusion> excluded, List<Drawn> drawn) {

    /** A firm in scope that a cap kept out of the candidate list. */
    public record Exclusion(String uscc, String reason) {
    }

    /** What replaying a draw from its published seed and input shows. */
    public record Replay(boolean seedMatchesCommitment, boolean inputMatchesFingerprint, List<Drawn> drawn, boolean matchesRecord) {
    }

    /** Recomputes the draw from the revealed seed and frozen input and compares it with what was recorded. */
    public Optional<Replay> replay() {
        if (seed == null) {
            return Optional.empty();
        }
        List<Drawn> again = DoubleRandomDraw.draw(seed, input);
        return Optional.of(new Replay(DoubleRandomDraw.commitment(seed).equals(seedHash), input.fingerprint().equals(fingerprint),
                again, again.equals(drawn)));
    }

    public static Optional<DrawRecord> find(SimpleQueryRunner runner, String plan) {
        return runner.run("""
                MATCH (p:Plan {code: $plan})-[:HAS_DRAW]->(d:Draw)
                RETURN d, p.ratioTiers AS tiers, p.ratioBasisPoints AS points,
                       COLLECT { MATCH (t:Task)-[:DRAWN_IN]->(d) RETURN t {.uscc, .officers} ORDER BY t.uscc } AS drawn""",
                Map.of("plan", plan)).list().stream().findFirst().map(DrawRecord::of);
    }

    private static DrawRecord of(Record r) {
        Value d = r.get("d");
        List<String> firms = d.get("candidates").asList(Value::asString);
        List<String> risks = d.get("risks").asList(Value::asString);
        List<Candidate> candidates = IntStream.range(0, firms.size())
                .mapToObj(i -> new Candidate(firms.get(i), RiskLevel.valueOf(risks.get(i)))).toList();
        List<SamplingRatio> ratios = Plan.storedRatios(r.get("tiers"), r.get("points"));
        List<String> conflictOfficers = d.get("conflictOfficers").asList(Value::asString);
        List<String> conflictFirms = d.get("conflictFirms").asList(Value::asString);
        Set<Conflict> conflicts = new HashSet<>();
        IntStream.range(0, conflictOfficers.size()).forEach(i -> conflicts.add(new Conflict(conflictOfficers.get(i), conflictFirms.get(i))));
        var input = new DoubleRandomDraw.Input(candidates, ratios, d.get("officers").asList(Value::asString), conflicts,
                d.get("officersPerTask").asInt());
        List<String> excluded = d.get("excluded").asList(Value::asString);
        List<String> reasons = d.get("excludedReasons").asList(Value::asString);
        Map<String, RiskLevel> tierOf = new HashMap<>();
        candidates.forEach(c -> tierOf.put(c.uscc(), c.risk()));
        List<Drawn> drawn = r.get("drawn").asList(t -> new Drawn(t.get("uscc").asString(), tierOf.get(t.get("uscc").asString()),
                t.get("officers").asList(Value::asString)));
        boolean revealed = !d.get("drawnAt").isNull();
        return new DrawRecord(d.get("plan").asString(), d.get("seedHash").asString(), d.get("fingerprint").asString(),
                d.get("committedAt").asOffsetDateTime(), revealed ? d.get("seed").asString() : null,
                revealed ? d.get("drawnAt").asOffsetDateTime() : null, input,
                IntStream.range(0, excluded.size()).mapToObj(i -> new Exclusion(excluded.get(i), reasons.get(i))).toList(), drawn);
    }
}
