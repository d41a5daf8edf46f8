package dev.onecheck.gateway.onsite;

import java.util.List;
import java.util.Map;

import dev.onecheck.domain.access.Viewer;
import dev.onecheck.gateway.api.Batches;
import dev.onecheck.gateway.http.PublicUrls;
import dev.onecheck.store.onsite.ActionCodes.Check;
import dev.onecheck.store.onsite.ActionCodes;
import dev.onecheck.store.onsite.OnsiteReader.IssuedCode;
import dev.onecheck.store.onsite.OnsiteReader;
import dev.onecheck.store.planning.PlanningReader.Inspection;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;

/** 赋码 (the lead department approves a visit) and 验码 (anyone checks a code). */
@Controller
class ActionCodeController {

    private final ActionCodes codes;
    private final OnsiteReader reader;
    private final PublicUrls urls;

    ActionCodeController(ActionCodes codes, OnsiteReader reader, PublicUrls urls) {
        this.codes = codes;
        this.reader = reader;
        this.urls = urls;
    }

    @MutationMapping
    IssuedCode approveInspection(@Argument String code, @AuthenticationPrincipal Viewer viewer) {
        codes.approve(viewer, code);
        return reader.codesOf(List.of(code)).get(code);
    }

    @QueryMapping
    Check verifyActionCode(@Argument String code) {
        return codes.check(code);
    }

    @SchemaMapping(typeName = "CodeCheck")
    String message(Check check) {
        return check.status().label();
    }

    @SchemaMapping(typeName = "CodeCheck")
    String notBefore(Check check) {
        return check.code() == null ? null : check.code().notBefore().toString();
    }

    @SchemaMapping(typeName = "CodeCheck")
    String expiresAt(Check check) {
        return check.code() == null ? null : check.code().expiresAt().toString();
    }

    @SchemaMapping(typeName = "CodeCheck")
    ActionCodes.Authorised visit(Check check) {
        return check.authorised();
    }

    /** The visit's code, for whoever may see the visit (the departments in it, the firm, supervisors). */
    @BatchMapping(typeName = "Inspection")
    Map<Inspection, IssuedCode> actionCode(List<Inspection> inspections) {
        return Batches.one(inspections, Inspection::code, reader::codesOf);
    }

    @SchemaMapping(typeName = "ActionCode")
    String verifyUrl(IssuedCode code) {
        return urls.verify(code.token());
    }

    @SchemaMapping(typeName = "ActionCode")
    String qrUrl(IssuedCode code) {
        return urls.qr(code.token());
    }
}
