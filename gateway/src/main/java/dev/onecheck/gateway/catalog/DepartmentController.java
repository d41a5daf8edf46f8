package dev.onecheck.gateway.catalog;

import java.util.List;
import java.util.Map;

import dev.onecheck.gateway.api.Batches;
import dev.onecheck.gateway.api.Connection;
import dev.onecheck.gateway.api.ForbiddenException;
import dev.onecheck.gateway.security.ViewerAuthentication;
import dev.onecheck.graph.access.SubjectScope;
import dev.onecheck.graph.access.Viewer;
import dev.onecheck.graph.catalog.Department;
import dev.onecheck.graph.read.CatalogReader;
import dev.onecheck.graph.read.CatalogReader.ItemSummary;
import dev.onecheck.graph.read.CatalogReader.ScenarioSummary;
import dev.onecheck.graph.read.Filters.DepartmentFilter;
import dev.onecheck.graph.read.Filters.SubjectFilter;
import dev.onecheck.graph.read.PenaltyReader;
import dev.onecheck.graph.read.PenaltyReader.ViolationSummary;
import dev.onecheck.graph.read.SubjectReader;
import dev.onecheck.graph.read.SubjectReader.SubjectDetails;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;

/** 部门: published, with what each initiates, leads and enforces; its subjects only for those who supervise them. */
@Controller
@SchemaMapping(typeName = "Department")
class DepartmentController {

    private final CatalogReader catalog;
    private final PenaltyReader penalties;
    private final SubjectReader subjects;

    DepartmentController(CatalogReader catalog, PenaltyReader penalties, SubjectReader subjects) {
        this.catalog = catalog;
        this.penalties = penalties;
        this.subjects = subjects;
    }

    @QueryMapping
    @PreAuthorize("isAuthenticated()")
    Department department(@Argument String code) {
        return catalog.departments(List.of(code)).get(code);
    }

    @QueryMapping
    @PreAuthorize("isAuthenticated()")
    Connection<Department> departments(@Argument DepartmentFilter filter, @Argument Integer first, @Argument String after) {
        return Connection.of(catalog.departments(filter == null ? DepartmentFilter.NONE : filter, Connection.afterKey(after),
                Connection.pageSize(first)), Department::code);
    }

    @BatchMapping
    Map<Department, Department> parent(List<Department> departments) {
        return Batches.one(departments, Department::code, catalog::parentDepartments);
    }

    @BatchMapping
    Map<Department, List<ItemSummary>> items(List<Department> departments) {
        return Batches.many(departments, Department::code, catalog::itemsInitiatedBy);
    }

    @BatchMapping
    Map<Department, List<ScenarioSummary>> leadsScenarios(List<Department> departments) {
        return Batches.many(departments, Department::code, catalog::scenariosLedBy);
    }

    @BatchMapping
    Map<Department, List<ViolationSummary>> violations(List<Department> departments) {
        return Batches.many(departments, Department::code, penalties::violationsEnforcedBy);
    }

    /** A paginated field, so one query per department asked for; portals ask for one department's subjects at a time. */
    @SchemaMapping
    Connection<SubjectDetails> subjects(Department department, @Argument Integer first, @Argument String after,
                                        ViewerAuthentication authentication) {
        Viewer viewer = authentication.viewer();
        if (!viewer.oversees(department.code())) {
            throw new ForbiddenException("only its own officers and supervisors may list the subjects of " + department.code());
        }
        SubjectScope scope = SubjectScope.of(viewer).orElseThrow();
        SubjectFilter filter = new SubjectFilter(null, null, null, null, department.code());
        return Connection.of(subjects.subjects(filter, scope, Connection.afterKey(after), Connection.pageSize(first)),
                SubjectDetails::uscc);
    }
}
