package dev.onecheck.gateway.catalog;

import java.util.List;
import java.util.Map;

import dev.onecheck.domain.catalog.Industry;
import dev.onecheck.gateway.api.Batches;
import dev.onecheck.gateway.api.Connection;
import dev.onecheck.store.catalog.CatalogReader.ItemSummary;
import dev.onecheck.store.catalog.CatalogReader;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

/** 国民经济行业分类 and the items that apply to each industry: published, for every role. */
@Controller
@SchemaMapping(typeName = "Industry")
class IndustryController {

    private final CatalogReader catalog;

    IndustryController(CatalogReader catalog) {
        this.catalog = catalog;
    }

    @QueryMapping
    Industry industry(@Argument String code) {
        return catalog.industries(List.of(code)).get(code);
    }

    @QueryMapping
    Connection<Industry> industries(@Argument String parent, @Argument Integer first, @Argument String after) {
        return Connection.of(catalog.industries(parent, Connection.afterKey(after), Connection.pageSize(first)), Industry::code);
    }

    @BatchMapping
    Map<Industry, Industry> parent(List<Industry> industries) {
        return Batches.one(industries, Industry::code, catalog::parentIndustries);
    }

    @BatchMapping
    Map<Industry, List<Industry>> children(List<Industry> industries) {
        return Batches.many(industries, Industry::code, catalog::childIndustries);
    }

    @BatchMapping
    Map<Industry, List<ItemSummary>> items(List<Industry> industries) {
        return Batches.many(industries, Industry::code, catalog::itemsOfIndustries);
    }
}
