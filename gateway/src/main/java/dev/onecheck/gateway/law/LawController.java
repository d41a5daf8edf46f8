package dev.onecheck.gateway.law;

import java.security.Principal;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import dev.onecheck.domain.access.PublicationAccess;
import dev.onecheck.domain.access.Viewer;
import dev.onecheck.domain.law.Law;
import dev.onecheck.domain.law.LawLevel;
import dev.onecheck.domain.law.Provision;
import dev.onecheck.gateway.api.Batches;
import dev.onecheck.gateway.api.Connection;
import dev.onecheck.gateway.api.InvalidArgumentException;
import dev.onecheck.gateway.security.Principals;
import dev.onecheck.store.catalog.CatalogReader.ItemSummary;
import dev.onecheck.store.law.LawReader.LawFilter;
import dev.onecheck.store.law.LawReader;
import dev.onecheck.store.penalty.PenaltyReader.CaseSummary;
import dev.onecheck.store.penalty.PenaltyReader.ViolationSummary;
import dev.onecheck.store.penalty.PenaltyReader;
import org.dataloader.DataLoader;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.graphql.execution.BatchLoaderRegistry;
import org.springframework.stereotype.Controller;
import reactor.core.publisher.Mono;

/** 法律法规 and 条款, and what hangs on each article: items, violations, cases. Published texts, for every role. */
@Controller
class LawController {

    private final LawReader laws;
    private final PenaltyReader penalties;

    LawController(LawReader laws, PenaltyReader penalties, BatchLoaderRegistry loaders) {
        this.laws = laws;
        this.penalties = penalties;
        loaders.<String, Law>forName("lawVersions").registerMappedBatchLoader((ids, env) -> Mono.fromCallable(() -> laws.laws(ids)));
    }

    @QueryMapping
    Law law(@Argument String id) {
        return laws.laws(List.of(id)).get(id);
    }

    @QueryMapping
    Connection<Law> laws(@Argument LawFilter filter, @Argument Integer first, @Argument String after) {
        if (filter.level() != null) {
            try {
                LawLevel.ofLabel(filter.level());
            } catch (IllegalArgumentException unknown) {
                throw new InvalidArgumentException("filter.level", "is not a 效力位阶: " + filter.level());
            }
        }
        return Connection.of(laws.laws(filter, Connection.afterKey(after), Connection.pageSize(first)), Law::id);
    }

    @QueryMapping
    Provision provision(@Argument String id) {
        return laws.provisions(List.of(id)).get(id);
    }

    /** 效力位阶 as officers say it (法律, 行政法规 …), not the enum name. */
    @SchemaMapping(typeName = "Law")
    String level(Law law) {
        return law.level().label();
    }

    @BatchMapping(typeName = "Law")
    Map<Law, String> status(List<Law> versions) {
        return Batches.one(versions, Law::id, laws::statuses);
    }

    @BatchMapping(typeName = "Law")
    Map<Law, List<Provision>> provisions(List<Law> versions) {
        return Batches.many(versions, Law::id, laws::provisionsOfLaws);
    }

    @BatchMapping(typeName = "Law")
    Map<Law, List<Law>> versions(List<Law> versions) {
        return Batches.many(versions, Law::id, laws::versionsOfLaws);
    }

    /**
     * The version a provision belongs to, loaded by its {@code lawId}: one row per distinct version — a page of 267
     * provisions cites some 30 — keyed by a String rather than the provision record, whose hash covers its text.
     */
    @SchemaMapping(typeName = "Provision")
    CompletableFuture<Law> law(Provision provision, DataLoader<String, Law> lawVersions) {
        return lawVersions.load(provision.lawId());
    }

    @BatchMapping(typeName = "Provision")
    Map<Provision, List<ItemSummary>> items(List<Provision> provisions) {
        return Batches.many(provisions, Provision::id, laws::itemsBasedOn);
    }

    @BatchMapping(typeName = "Provision")
    Map<Provision, List<ViolationSummary>> violatedBy(List<Provision> provisions) {
        return Batches.many(provisions, Provision::id, penalties::violationsOf);
    }

    @BatchMapping(typeName = "Provision")
    Map<Provision, List<ViolationSummary>> penalizes(List<Provision> provisions) {
        return Batches.many(provisions, Provision::id, penalties::violationsPenalizedBy);
    }

    @BatchMapping(typeName = "Provision")
    Map<Provision, List<CaseSummary>> cases(List<Provision> provisions, Principal principal) {
        Viewer viewer = Principals.viewer(principal);
        boolean all = PublicationAccess.seesUnpublished(viewer);
        return Batches.many(provisions, Provision::id, ids -> penalties.casesCiting(ids, all));
    }
}
