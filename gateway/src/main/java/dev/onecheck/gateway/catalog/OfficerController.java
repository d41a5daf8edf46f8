package dev.onecheck.gateway.catalog;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import dev.onecheck.gateway.api.Batches;
import dev.onecheck.gateway.api.Connection;
import dev.onecheck.gateway.api.ForbiddenException;
import dev.onecheck.gateway.security.ViewerAuthentication;
import dev.onecheck.graph.access.OfficerAccess;
import dev.onecheck.graph.access.Viewer;
import dev.onecheck.graph.catalog.Department;
import dev.onecheck.graph.catalog.Officer;
import dev.onecheck.graph.read.CatalogReader;
import org.dataloader.DataLoader;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.graphql.execution.BatchLoaderRegistry;
import org.springframework.security.access.prepost.PreAuthorize;
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
    @PreAuthorize("isAuthenticated()")
    Officer officer(@Argument String certificateNo, ViewerAuthentication authentication) {
        Viewer viewer = enforcementSide(authentication);
        Officer officer = catalog.officers(List.of(certificateNo)).get(certificateNo);
        if (officer != null && !OfficerAccess.mayRead(viewer, officer.departmentCode())) {
            throw new ForbiddenException("you may not read the officers of " + officer.departmentCode());
        }
        return officer;
    }

    @QueryMapping
    @PreAuthorize("isAuthenticated()")
    Connection<Officer> officers(@Argument String department, @Argument Integer first, @Argument String after,
                                 ViewerAuthentication authentication) {
        Viewer viewer = enforcementSide(authentication);
        if (department != null && !OfficerAccess.mayRead(viewer, department)) {
            throw new ForbiddenException("you may not read the officers of " + department);
        }
        String scope = department != null ? department : OfficerAccess.defaultDepartment(viewer);
        return Connection.of(catalog.officers(scope, Connection.afterKey(after), Connection.pageSize(first)), Officer::certificateNo);
    }

    @SchemaMapping(typeName = "Department")
    CompletableFuture<List<Officer>> officers(Department department, ViewerAuthentication authentication,
                                              DataLoader<String, List<Officer>> officersOfDepartments) {
        if (!OfficerAccess.mayRead(authentication.viewer(), department.code())) {
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
    private static Viewer enforcementSide(ViewerAuthentication authentication) {
        Viewer viewer = authentication.viewer();
        if (!viewer.enforcementSide()) {
            throw new ForbiddenException("officer records are for the enforcement side");
        }
        return viewer;
    }
}
