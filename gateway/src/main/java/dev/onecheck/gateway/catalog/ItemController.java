package dev.onecheck.gateway.catalog;

import java.util.List;
import java.util.Map;

import dev.onecheck.gateway.api.Batches;
import dev.onecheck.graph.catalog.Department;
import dev.onecheck.graph.law.Law;
import dev.onecheck.graph.law.Provision;
import dev.onecheck.graph.read.CatalogReader;
import dev.onecheck.graph.read.CatalogReader.ItemSummary;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

/** 监管事项 and their legal basis: fields reached through authorised queries. */
@Controller
class ItemController {

    private final CatalogReader catalog;

    ItemController(CatalogReader catalog) {
        this.catalog = catalog;
    }

    @BatchMapping(typeName = "Item")
    Map<ItemSummary, Department> initiatingDepartment(List<ItemSummary> items) {
        return Batches.one(items, ItemSummary::code, catalog::initiatingDepartments);
    }

    @BatchMapping(typeName = "Item")
    Map<ItemSummary, List<Provision>> basis(List<ItemSummary> items) {
        return Batches.many(items, ItemSummary::code, catalog::basisOfItems);
    }

    @BatchMapping
    Map<Provision, Law> law(List<Provision> provisions) {
        return Batches.one(provisions, Provision::id, catalog::lawsOfProvisions);
    }

    /** 效力位阶 as officers say it (法律, 行政法规 …), not the enum name. */
    @SchemaMapping(typeName = "Law")
    String level(Law law) {
        return law.level().label();
    }
}
