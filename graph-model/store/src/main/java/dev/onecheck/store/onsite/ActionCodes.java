package dev.onecheck.store.onsite;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import dev.onecheck.domain.access.OnsiteAccess;
import dev.onecheck.domain.access.Viewer;
import dev.onecheck.domain.audit.AuditEntry.Change;
import dev.onecheck.domain.onsite.ActionCode;
import dev.onecheck.domain.onsite.ActionCodeSigner;
import dev.onecheck.domain.onsite.CodeStatus.CodeRecord;
import dev.onecheck.domain.onsite.CodeStatus;
import dev.onecheck.domain.planning.PlanningRefusal;
import dev.onecheck.domain.planning.VisitStatus;
import dev.onecheck.domain.planning.Window;
import dev.onecheck.domain.text.RandomHex;
import dev.onecheck.store.audit.AuditTrail;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.neo4j.driver.TransactionContext;
import org.neo4j.driver.Value;

/**
 * 赋码 and 验码. The lead department (牵头部门) approves a proposed visit, which freezes it and issues its
 * 行政行为码: every task of the visit carries it. Approving again issues a new code and supersedes the old one (a
 * lost or leaked code). Anyone may check a code: genuine or not, valid now or why not, and what it authorises.
 * Graph: {@code (:Inspection)-[:HAS_CODE]->(:ActionCode {id, inspection, token, notBefore, expiresAt, issuedAt,
 * issuedBy, superseded})}.
 */
public final class ActionCodes {

    public static final String OPERATION = "approveInspection";

    private final Driver driver;
    private final AuditTrail audit;
    private final Clock clock;
    private final ActionCodeSigner signer;

    public ActionCodes(Driver driver, AuditTrail audit, Clock clock, ActionCodeSigner signer) {
        this.driver = driver;
        this.audit = audit;
        this.clock = clock;
        this.signer = signer;
    }

    /** An issued code: the token to show (and put in a QR image) and what it says. */
    public record Issued(String token, ActionCode code, Instant issuedAt) {
    }

    /** A department, an item or a firm by code and name. */
    public record Named(String code, String name) {
    }

    /** 执法人员 as a check shows them: name and certificate number (执法证号) only. */
    public record OfficerCard(String name, String certificateNo, String department) {
    }

    /** What a code authorises, as the record says. */
    public record Authorised(String inspection, Named firm, Window window, String lead, List<Named> departments,
                             List<OfficerCard> officers, List<Named> items, List<String> legalBasis) {
    }

    /** The answer to a check; {@code code} is null for a forged one, {@code authorised} null unless it is on record. */
    public record Check(CodeStatus status, ActionCode code, Authorised authorised) {

        public boolean valid() {
            return status == CodeStatus.VALID;
        }
    }

    /** A presented code in a write: its claims and its status now. */
    record Presented(ActionCode code, CodeStatus status) {
    }

    public Issued approve(Viewer who, String inspection) {
        try (var session = driver.session()) {
            return session.executeWrite(tx -> {
                List<Record> found = tx.run("""
                        MATCH (v:Inspection {code: $code})
                        OPTIONAL MATCH (v)-[:HAS_CODE]->(old:ActionCode {superseded: false})
                        RETURN v.lead AS lead, v.status AS status, v.from AS from, v.to AS to, old.id AS old""",
                        Map.of("code", inspection)).list();
                // A visit that does not exist and one another department leads answer alike: no existence oracle.
                if (found.isEmpty() || !OnsiteAccess.mayLead(who, found.getFirst().get("lead").asString())) {
                    throw PlanningRefusal.forbidden("no visit " + inspection + " led by your department to approve (牵头部门审核)");
                }
                Record v = found.getFirst();
                if (VisitStatus.valueOf(v.get("status").asString()) == VisitStatus.DONE) {
                    throw PlanningRefusal.invalid("code", "visit " + inspection + " has been carried out");
                }
                Window window = new Window(v.get("from").asLocalDate(), v.get("to").asLocalDate());
                LocalDate today = LocalDate.now(clock);
                if (window.to().isBefore(today)) {
                    throw PlanningRefusal.invalid("code", "the window of visit " + inspection + " ended on " + window.to());
                }
                ActionCode code = ActionCode.forWindow(RandomHex.of(16), inspection, window, clock.getZone());
                Issued issued = new Issued(signer.sign(code), code, clock.instant());
                String old = v.get("old").asString(null);
                Map<String, Object> p = new HashMap<>();
                p.put("inspection", inspection);
                p.put("id", code.id());
                p.put("token", issued.token());
                p.put("notBefore", code.notBefore().atZone(clock.getZone()).toOffsetDateTime());
                p.put("expiresAt", code.expiresAt().atZone(clock.getZone()).toOffsetDateTime());
                p.put("issuedAt", issued.issuedAt().atZone(clock.getZone()).toOffsetDateTime());
                p.put("issuedBy", who.account());
                tx.run("""
                        MATCH (v:Inspection {code: $inspection})
                        OPTIONAL MATCH (v)-[:HAS_CODE]->(old:ActionCode {superseded: false})
                        SET old.superseded = true, v.status = 'APPROVED'
                        CREATE (v)-[:HAS_CODE]->(:ActionCode {id: $id, inspection: $inspection, token: $token, notBefore: $notBefore,
                                expiresAt: $expiresAt, issuedAt: $issuedAt, issuedBy: $issuedBy, superseded: false})""", p).consume();
                audit.record(tx, who, OPERATION, "Inspection", inspection, old == null ? "审核通过，赋码" : "重新赋码，旧码作废",
                        List.of(new Change("actionCode", old, code.id())));
                return issued;
            });
        }
    }

    /** 验码: anyone may ask. */
    public Check check(String token) {
        try (var session = driver.session()) {
            return session.executeRead(tx -> {
                Presented presented = presented(tx, signer, token, clock.instant());
                return presented.status() == CodeStatus.FORGED || presented.status() == CodeStatus.REVOKED
                        ? new Check(presented.status(), presented.code(), null)
                        : new Check(presented.status(), presented.code(), authorised(tx, presented.code().id()));
            });
        }
    }

    /** What the record says a code authorises. */
    private static Authorised authorised(TransactionContext tx, String codeId) {
        Record r = tx.run("""
                MATCH (v:Inspection)-[:HAS_CODE]->(:ActionCode {id: $id})
                MATCH (v)-[:OF]->(s:Subject)
                RETURN v.code AS inspection, v.from AS from, v.to AS to,
                       v.lead AS lead, s {.uscc, .name} AS firm,
                       COLLECT { MATCH (t:Task)-[:PART_OF]->(v) MATCH (d:Department {code: t.department})
                                 RETURN DISTINCT d {.code, .name} AS d ORDER BY d.code } AS departments,
                       COLLECT { MATCH (t:Task)-[:PART_OF]->(v) MATCH (t)-[:ASSIGNED]->(o:Officer)
                                 RETURN DISTINCT o {.name, .certificateNo, department: t.department} AS o ORDER BY o.certificateNo } AS officers,
                       COLLECT { MATCH (t:Task)-[:PART_OF]->(v) UNWIND t.items AS item MATCH (i:Item {code: item})
                                 RETURN DISTINCT i {.code, .name} AS i ORDER BY i.code } AS items,
                       COLLECT { MATCH (t:Task)-[:PART_OF]->(v) UNWIND t.items AS item
                                 MATCH (:Item {code: item})-[:BASED_ON]->(p:Provision)<-[:HAS_PROVISION]-(l:Law)
                                 RETURN DISTINCT '《' + l.shortTitle + '》' + p.label AS basis ORDER BY basis } AS basis,
                       COLLECT { MATCH (t:Task)-[:PART_OF]->(v) WHERE t.legalBasis IS NOT NULL
                                 RETURN DISTINCT t.legalBasis AS basis ORDER BY basis } AS exceptions""",
                Map.of("id", codeId)).single();
        List<String> basis = new ArrayList<>(r.get("basis").asList(Value::asString));
        basis.addAll(r.get("exceptions").asList(Value::asString));
        return new Authorised(r.get("inspection").asString(),
                new Named(r.get("firm").get("uscc").asString(), r.get("firm").get("name").asString(null)),
                new Window(r.get("from").asLocalDate(), r.get("to").asLocalDate()), r.get("lead").asString(),
                r.get("departments").asList(ActionCodes::named), r.get("officers").asList(o -> new OfficerCard(
                        o.get("name").asString(), o.get("certificateNo").asString(), o.get("department").asString())),
                r.get("items").asList(ActionCodes::named), List.copyOf(basis));
    }

    /**
     * The status of a presented code, read in the caller's transaction: a check's, or a write's that needs a valid code.
     * A genuine signature is not enough: the code must be the very token the platform issued and keeps on record, and
     * what it answers — visit, window — is the record's, never the token's claims. A token re-signed with a leaked key
     * for another visit, window or record is {@link CodeStatus#FORGED}.
     */
    static Presented presented(TransactionContext tx, ActionCodeSigner signer, String token, Instant now) {
        Optional<ActionCode> claims = signer.verify(token);
        if (claims.isEmpty()) {
            return new Presented(null, CodeStatus.FORGED);
        }
        List<Record> found = tx.run("""
                MATCH (v:Inspection)-[:HAS_CODE]->(c:ActionCode {id: $id})
                RETURN c.token AS token, v.code AS inspection, c.notBefore AS notBefore, c.expiresAt AS expiresAt,
                       c.superseded AS superseded, v.status = 'DONE' AS done""", Map.of("id", claims.get().id())).list();
        if (found.isEmpty()) {
            return new Presented(claims.get(), CodeStatus.of(claims.get(), null, now));
        }
        Record r = found.getFirst();
        if (!r.get("token").asString().equals(token.strip())) {
            return new Presented(null, CodeStatus.FORGED);
        }
        ActionCode onRecord = new ActionCode(claims.get().id(), r.get("inspection").asString(), r.get("notBefore").asZonedDateTime().toInstant(),
                r.get("expiresAt").asZonedDateTime().toInstant());
        return new Presented(onRecord, CodeStatus.of(onRecord, new CodeRecord(r.get("superseded").asBoolean(), r.get("done").asBoolean()), now));
    }

    private static Named named(Value v) {
        return new Named(v.get("code").asString(), v.get("name").asString(null));
    }
}
