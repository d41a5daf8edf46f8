package dev.onecheck.gateway.catalog;

import java.util.List;
import java.util.Map;

import dev.onecheck.domain.catalog.Department;
import dev.onecheck.gateway.api.Batches;
import dev.onecheck.gateway.api.Connection;
import dev.onecheck.store.catalog.CatalogReader.ItemSummary;
import dev.onecheck.store.catalog.CatalogReader.ScenarioSummary;
import dev.onecheck.store.catalog.CatalogReader;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

/** 综合查一次场景: published catalogue data, readable by every authenticated role. */
@Controller
@SchemaMapping(typeName = "Scenario")
class ScenarioController {

    private final CatalogReader catalog;

    ScenarioController(CatalogReader catalog) {
        this.catalog = catalog;
    }

    @QueryMapping
    Connection<ScenarioSummary> scenarios(@Argument Integer first, @Argument String after) {
        return Connection.of(catalog.scenarios(Connection.afterKey(after), Connection.pageSize(first)), ScenarioSummary::code);
    }

    @QueryMapping
    ScenarioSummary scenario(@Argument String code) {
        return catalog.scenarios(List.of(code)).get(code);
    }

    @BatchMapping
    Map<ScenarioSummary, Department> leadDepartment(List<ScenarioSummary> scenarios) {
        return Batches.one(scenarios, ScenarioSummary::code, catalog::leadDepartments);
    }

    @BatchMapping
    Map<ScenarioSummary, List<Department>> cooperatingDepartments(List<ScenarioSummary> scenarios) {
        return Batches.many(scenarios, ScenarioSummary::code, catalog::cooperatingDepartments);
    }

    @BatchMapping
    Map<ScenarioSummary, List<ItemSummary>> items(List<ScenarioSummary> scenarios) {
        return Batches.many(scenarios, ScenarioSummary::code, catalog::itemsOfScenarios);
    }
}
