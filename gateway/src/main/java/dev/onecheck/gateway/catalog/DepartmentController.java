package dev.onecheck.gateway.catalog;

import java.util.List;
import java.util.Map;

import dev.onecheck.domain.access.SubjectAccess;
import dev.onecheck.domain.access.SubjectScope;
import dev.onecheck.domain.access.Viewer;
import dev.onecheck.domain.catalog.Department;
import dev.onecheck.gateway.api.Batches;
import dev.onecheck.gateway.api.Connection;
import dev.onecheck.gateway.api.ForbiddenException;
import dev.onecheck.store.catalog.CatalogReader.DepartmentFilter;
import dev.onecheck.store.catalog.CatalogReader.ItemSummary;
import dev.onecheck.store.catalog.CatalogReader.ScenarioSummary;
import dev.onecheck.store.catalog.CatalogReader;
import dev.onecheck.store.penalty.PenaltyReader.ViolationSummary;
import dev.onecheck.store.penalty.PenaltyReader;
import dev.onecheck.store.subject.SubjectReader.SubjectDetails;
import dev.onecheck.store.subject.SubjectReader.SubjectFilter;
import dev.onecheck.store.subject.SubjectReader;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
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
    Department department(@Argument String code) {
        return catalog.departments(List.of(code)).get(code);
    }

    @QueryMapping
    Connection<Department> departments(@Argument DepartmentFilter filter, @Argument Integer first, @Argument String after) {
        return Connection.of(catalog.departments(filter, Connection.afterKey(after),
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
                                        @AuthenticationPrincipal Viewer viewer) {
        if (!SubjectAccess.mayListSupervisedBy(viewer, department.code())) {
            throw new ForbiddenException("only its own officers and supervisors may list the subjects of " + department.code());
        }
        SubjectScope scope = SubjectScope.of(viewer).orElseThrow();
        SubjectFilter filter = new SubjectFilter(null, null, null, null, department.code());
        return Connection.of(subjects.subjects(filter, scope, Connection.afterKey(after), Connection.pageSize(first)),
                SubjectDetails::uscc);
    }
}
