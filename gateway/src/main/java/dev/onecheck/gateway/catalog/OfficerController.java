package dev.onecheck.gateway.catalog;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import dev.onecheck.domain.access.OfficerAccess;
import dev.onecheck.domain.access.Viewer;
import dev.onecheck.domain.catalog.Department;
import dev.onecheck.domain.catalog.Officer;
import dev.onecheck.gateway.api.Batches;
import dev.onecheck.gateway.api.Connection;
import dev.onecheck.gateway.api.ForbiddenException;
import dev.onecheck.store.catalog.CatalogReader;
import org.dataloader.DataLoader;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.graphql.execution.BatchLoaderRegistry;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import reactor.core.publisher.Mono;

/**
 * 执法人员: the enforcement side's own people ({@link OfficerAccess}). A department's officers are checked per
 * department and then batch-loaded, so a refused department costs no query and the others one for all.
 */
@Controller
class OfficerController {

    private final CatalogReader catalog;

    OfficerController(CatalogReader catalog, BatchLoaderRegistry loaders) {
        this.catalog = catalog;
        loaders.<String, List<Officer>>forName("officersOfDepartments")
                .registerMappedBatchLoader((codes, env) -> Mono.fromCallable(() -> catalog.officersOf(codes)));
    }

    @QueryMapping
    Officer officer(@Argument String certificateNo, @AuthenticationPrincipal Viewer viewer) {
        requireEnforcementSide(viewer);
        Officer officer = catalog.officers(List.of(certificateNo)).get(certificateNo);
        if (officer != null && !OfficerAccess.mayRead(viewer, officer.departmentCode())) {
            throw new ForbiddenException("you may not read the officers of " + officer.departmentCode());
        }
        return officer;
    }

    @QueryMapping
    Connection<Officer> officers(@Argument String department, @Argument Integer first, @Argument String after,
                                 @AuthenticationPrincipal Viewer viewer) {
        requireEnforcementSide(viewer);
        if (department != null && !OfficerAccess.mayRead(viewer, department)) {
            throw new ForbiddenException("you may not read the officers of " + department);
        }
        String scope = department != null ? department : OfficerAccess.defaultDepartment(viewer);
        return Connection.of(catalog.officers(scope, Connection.afterKey(after), Connection.pageSize(first)), Officer::certificateNo);
    }

    @SchemaMapping(typeName = "Department")
    CompletableFuture<List<Officer>> officers(Department department, @AuthenticationPrincipal Viewer viewer,
                                              DataLoader<String, List<Officer>> officersOfDepartments) {
        if (!OfficerAccess.mayRead(viewer, department.code())) {
            throw new ForbiddenException("you may not read the officers of " + department.code());
        }
        return officersOfDepartments.load(department.code());
    }

    @BatchMapping(typeName = "Officer")
    Map<Officer, Department> department(List<Officer> officers) {
        return Batches.one(officers, Officer::departmentCode, catalog::departments);
    }

    @SchemaMapping(typeName = "Officer")
    String certificateValidUntil(Officer officer) {
        return officer.validUntil().toString();
    }

    /** Checked before any lookup, so no one outside the enforcement side learns which certificates exist. */
    private static void requireEnforcementSide(Viewer viewer) {
        if (!OfficerAccess.mayAsk(viewer)) {
            throw new ForbiddenException("officer records are for the enforcement side");
        }
    }
}
