package dev.onecheck.gateway.catalog;

import java.util.List;
import java.util.Map;

import dev.onecheck.domain.catalog.Department;
import dev.onecheck.domain.catalog.Industry;
import dev.onecheck.domain.law.Provision;
import dev.onecheck.gateway.api.Batches;
import dev.onecheck.gateway.api.Connection;
import dev.onecheck.store.catalog.CatalogReader.ItemFilter;
import dev.onecheck.store.catalog.CatalogReader.ItemSummary;
import dev.onecheck.store.catalog.CatalogReader.ScenarioSummary;
import dev.onecheck.store.catalog.CatalogReader;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

/** 监管事项, their departments, legal basis, industries and scenarios: published, for every role. */
@Controller
class ItemController {

    private final CatalogReader catalog;

    ItemController(CatalogReader catalog) {
        this.catalog = catalog;
    }

    @QueryMapping
    ItemSummary item(@Argument String code) {
        return catalog.items(List.of(code)).get(code);
    }

    @QueryMapping
    Connection<ItemSummary> items(@Argument ItemFilter filter, @Argument Integer first, @Argument String after) {
        return Connection.of(catalog.items(filter, Connection.afterKey(after),
                Connection.pageSize(first)), ItemSummary::code);
    }

    @BatchMapping(typeName = "Item")
    Map<ItemSummary, Department> initiatingDepartment(List<ItemSummary> items) {
        return Batches.one(items, ItemSummary::code, catalog::initiatingDepartments);
    }

    @BatchMapping(typeName = "Item")
    Map<ItemSummary, List<Provision>> basis(List<ItemSummary> items) {
        return Batches.many(items, ItemSummary::code, catalog::basisOfItems);
    }

    @BatchMapping(typeName = "Item")
    Map<ItemSummary, List<Department>> cooperatingDepartments(List<ItemSummary> items) {
        return Batches.many(items, ItemSummary::code, catalog::cooperatingDepartmentsOfItems);
    }

    @BatchMapping(typeName = "Item")
    Map<ItemSummary, List<Industry>> industries(List<ItemSummary> items) {
        return Batches.many(items, ItemSummary::code, catalog::industriesOfItems);
    }

    @BatchMapping(typeName = "Item")
    Map<ItemSummary, List<ScenarioSummary>> scenarios(List<ItemSummary> items) {
        return Batches.many(items, ItemSummary::code, catalog::scenariosOfItems);
    }
}
