package dev.onecheck.search.index;

import java.io.IOException;
import java.io.StringReader;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch.core.BulkRequest;
import co.elastic.clients.elasticsearch.core.BulkResponse;
import co.elastic.clients.elasticsearch.core.bulk.BulkResponseItem;
import co.elastic.clients.json.JsonData;
import dev.onecheck.store.outbox.IndexOutbox.Entry;
import dev.onecheck.store.outbox.IndexOutbox;
import dev.onecheck.store.outbox.IndexSource;
import dev.onecheck.store.outbox.IndexSource.ProvisionSource;
import jakarta.json.Json;
import jakarta.json.JsonObject;

/**
 * Keeps the knowledge-base indices in step with the graph. {@link #rebuild} fills new physical indices from the
 * whole graph and swaps each alias in one atomic step (searches never see an empty index); {@link #drain} applies
 * what the {@link IndexOutbox} says changed. An entry leaves the outbox only after Elasticsearch took it, so a
 * drain that fails (Elasticsearch down) loses nothing: the next one retries.
 */
public final class IndexProjector {

    /** How many documents each kind received, and how many were removed. */
    public record Report(Map<SearchKind, Integer> indexed, int deleted) {

        public static final Report NONE = new Report(Map.of(), 0);

        public Report {
            indexed = Map.copyOf(indexed);
        }

        Report plus(SearchKind kind, int documents, int removed) {
            Map<SearchKind, Integer> sum = new EnumMap<>(SearchKind.class);
            sum.putAll(indexed);
            sum.merge(kind, documents, Integer::sum);
            return new Report(sum, deleted + removed);
        }

        public int indexed(SearchKind kind) {
            return indexed.getOrDefault(kind, 0);
        }

        @Override
        public String toString() {
            return Arrays.stream(SearchKind.values()).map(k -> indexed(k) + " " + k.alias()).collect(Collectors.joining(", "))
                    + " indexed, " + deleted + " removed";
        }
    }

    /**
     * One kind of document the knowledge base holds: the outbox kind that announces its changes, the graph's keys
     * of all its documents, how many keys one read takes, how a read makes documents, whether all of them get vectors
     * (else those {@link IndexDocument#embedded()} says), and
     * how documents that the graph no longer has are found. A new kind is one more entry in {@link #projections}.
     */
    private record Projection(SearchKind kind, IndexOutbox.Kind changes, Supplier<List<String>> keys, int perRead,
                              Function<Collection<String>, List<IndexDocument>> read, boolean embedAll, Stale stale) {
    }

    /** The ids in {@code index} that belong to the changed {@code keys} but were not re-indexed ({@code kept}). */
    @FunctionalInterface
    private interface Stale {
        List<String> of(String index, List<String> keys, Set<String> kept) throws IOException;
    }

    /** Told how far a long step got, for a progress bar. */
    @FunctionalInterface
    public interface Progress {
        void update(String step, int done, int total);
    }

    /**
     * What the documents hold and their vectors are computed from, as written into each physical index's mapping
     * ({@code _meta.documents}). Raise it whenever {@link IndexDocument} changes what it indexes or embeds: {@link #drain}
     * then rebuilds an index made by an older reading once (the vector cache keeps the unchanged texts' vectors), and
     * a warm start after that indexes nothing. 2: derived violations embedded with their law, actor and duty.
     */
    static final String DOCUMENTS_VERSION = "documents-2";
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd't'HHmmssSSS");
    private static final String META_VERSION = "documents";
    private static final int BATCH = 256;
    private static final int LAWS_PER_READ = 20;
    private static final int OUTBOX_PAGE = 500;

    private final ElasticsearchClient es;
    private final IndexSource source;
    private final IndexOutbox outbox;
    private final TextEmbedder embedder;
    private final Progress progress;
    private final List<Projection> projections;

    /**
     * @param embedAllProvisions whether every article gets a vector (standards, cases, penalty articles and the
     *                           general rules always do). The whole collection (64,000 articles) takes many
     *                           minutes on two cores, and the other articles answer no question of the
     *                           evaluation sets better with one, so by default they are left to keyword search
     */
    public IndexProjector(ElasticsearchClient es, IndexSource source, IndexOutbox outbox, TextEmbedder embedder,
                          boolean embedAllProvisions, Progress progress) {
        this.es = es;
        this.source = source;
        this.outbox = outbox;
        this.embedder = embedder;
        this.projections = List.of(
                new Projection(SearchKind.PROVISION, IndexOutbox.Kind.LAW, source::lawTitles, LAWS_PER_READ, this::provisionDocs,
                        embedAllProvisions, this::staleArticles),
                new Projection(SearchKind.STANDARD, IndexOutbox.Kind.VIOLATION, source::violationCodes, BATCH, this::standardDocs,
                        false, IndexProjector::goneKeys),
                new Projection(SearchKind.CASE, IndexOutbox.Kind.CASE, source::caseCodes, BATCH, this::caseDocs,
                        false, IndexProjector::goneKeys));
        this.progress = progress;
    }

    /** Whether every alias exists, i.e. a rebuild has completed once. */
    public boolean ready() throws IOException {
        for (SearchKind kind : SearchKind.values()) {
            if (!es.indices().existsAlias(a -> a.name(kind.alias())).value()) {
                return false;
            }
        }
        return true;
    }

    /** Rebuilds every index from the graph; the outbox entries that existed before are then done. */
    public Report rebuild() throws IOException {
        List<Entry> covered = outbox.pending(Integer.MAX_VALUE);
        String stamp = LocalDateTime.now().format(STAMP);
        Map<SearchKind, String> fresh = new EnumMap<>(SearchKind.class);
        Report report = Report.NONE;
        for (Projection p : projections) {
            String index = create(p.kind(), stamp);
            fresh.put(p.kind(), index);
            report = report.plus(p.kind(), indexAll(index, p), 0);
        }
        swap(fresh);
        outbox.acknowledge(covered);
        return report;
    }

    /**
     * Indexes what the outbox holds until it is empty; a rebuild when the indices do not exist yet or were made by
     * another {@link #DOCUMENTS_VERSION}.
     */
    public Report drain() throws IOException {
        if (!ready() || !current()) {
            return rebuild();
        }
        Report report = Report.NONE;
        for (List<Entry> page = outbox.pending(OUTBOX_PAGE); !page.isEmpty(); page = outbox.pending(OUTBOX_PAGE)) {
            Map<IndexOutbox.Kind, List<String>> keys = page.stream().collect(Collectors.groupingBy(Entry::kind,
                    Collectors.mapping(Entry::key, Collectors.toList())));
            for (Projection p : projections) {
                report = replace(p, keys.getOrDefault(p.changes(), List.of()), report);
            }
            es.indices().refresh(r -> r.index(SearchKind.aliases(List.of(SearchKind.values()))));
            outbox.acknowledge(page);
        }
        return report;
    }

    /** Whether every alias points to indices made by this {@link #DOCUMENTS_VERSION}. */
    private boolean current() throws IOException {
        for (SearchKind kind : SearchKind.values()) {
            for (var mapping : es.indices().getMapping(g -> g.index(kind.alias())).mappings().values()) {
                JsonData version = mapping.mappings().meta().get(META_VERSION);
                if (version == null || !DOCUMENTS_VERSION.equals(version.to(String.class))) {
                    return false;
                }
            }
        }
        return true;
    }

    /**
     * Re-indexes the documents of the changed {@code keys}, {@code perRead} at a time, and removes the documents of
     * those keys that the graph no longer has.
     */
    private Report replace(Projection p, List<String> keys, Report report) throws IOException {
        String index = p.kind().alias();
        for (int from = 0; from < keys.size(); from += p.perRead()) {
            List<String> some = keys.subList(from, Math.min(keys.size(), from + p.perRead()));
            List<IndexDocument> docs = p.read().apply(some);
            index(index, docs, p.embedAll());
            Set<String> kept = docs.stream().map(IndexDocument::id).collect(Collectors.toSet());
            List<String> stale = p.stale().of(index, some, kept);
            delete(index, stale);
            report = report.plus(p.kind(), docs.size(), stale.size());
        }
        return report;
    }

    /** Standards and cases: the outbox key is the document's id, so a key without a document is gone. */
    private static List<String> goneKeys(String index, List<String> keys, Set<String> kept) {
        return keys.stream().filter(k -> !kept.contains(k)).toList();
    }

    /** Articles: the outbox names a law; its indexed articles that the graph no longer has are stale. */
    private List<String> staleArticles(String index, List<String> lawTitles, Set<String> kept) throws IOException {
        return es.search(s -> s.index(index).source(src -> src.fetch(false)).size(10_000)
                        .query(q -> q.terms(t -> t.field("shortTitle").terms(v -> v.value(lawTitles.stream().map(FieldValue::of).toList())))),
                Void.class).hits().hits().stream().map(h -> h.id()).filter(id -> !kept.contains(id)).toList();
    }

    /** Articles read a law version at a time: a penalty article names the articles of its own version it punishes. */
    private List<IndexDocument> provisionDocs(Collection<String> lawTitles) {
        Map<String, List<ProvisionSource>> versions = source.provisionsOfLaws(lawTitles).stream()
                .collect(Collectors.groupingBy(ProvisionSource::lawId, LinkedHashMap::new, Collectors.toList()));
        List<IndexDocument> docs = new ArrayList<>();
        for (List<ProvisionSource> version : versions.values()) {
            Map<String, ProvisionSource> byId = version.stream().collect(Collectors.toMap(ProvisionSource::id, p -> p, (a, b) -> a));
            Map<String, PenaltyArticles.Reading> readings = PenaltyArticles.read(version);
            for (ProvisionSource p : version) {
                PenaltyArticles.Reading reading = readings.get(p.id());
                docs.add(IndexDocument.of(p, reading, reading.violatedIds().stream().map(byId::get).toList()));
            }
        }
        return docs;
    }

    private List<IndexDocument> standardDocs(Collection<String> violationCodes) {
        return source.standards(violationCodes).stream().map(IndexDocument::of).toList();
    }

    private List<IndexDocument> caseDocs(Collection<String> caseCodes) {
        return source.cases(caseCodes).stream().map(IndexDocument::of).toList();
    }

    /** Reads every document of a kind, {@code perRead} keys at a time, into a fresh {@code index}, showing progress. */
    private int indexAll(String index, Projection p) throws IOException {
        List<String> keys = p.keys().get();
        String step = "index " + p.kind().alias();
        int count = 0;
        for (int from = 0; from < keys.size(); from += p.perRead()) {
            count += index(index, p.read().apply(keys.subList(from, Math.min(keys.size(), from + p.perRead()))), p.embedAll());
            progress.update(step, Math.min(keys.size(), from + p.perRead()), keys.size());
        }
        return count;
    }

    private int index(String index, List<IndexDocument> docs, boolean embedAll) throws IOException {
        for (int from = 0; from < docs.size(); from += BATCH) {
            List<IndexDocument> batch = docs.subList(from, Math.min(docs.size(), from + BATCH));
            List<IndexDocument> embedded = batch.stream().filter(d -> embedAll || d.embedded()).toList();
            List<float[]> vectors = embedder.passages(embedded.stream().map(IndexDocument::embeddingText).toList());
            Map<IndexDocument, float[]> vectorOf = new IdentityHashMap<>();
            for (int i = 0; i < embedded.size(); i++) {
                vectorOf.put(embedded.get(i), vectors.get(i));
            }
            BulkRequest.Builder bulk = new BulkRequest.Builder().index(index);
            for (IndexDocument doc : batch) {
                Map<String, Object> fields = vectorOf.containsKey(doc) ? doc.withVector(vectorOf.get(doc)) : doc.fields();
                bulk.operations(op -> op.index(x -> x.id(doc.id()).document(fields)));
            }
            check(es.bulk(bulk.build()));
        }
        return docs.size();
    }

    private void delete(String index, List<String> ids) throws IOException {
        if (ids.isEmpty()) {
            return;
        }
        BulkRequest.Builder bulk = new BulkRequest.Builder().index(index);
        ids.forEach(id -> bulk.operations(op -> op.delete(d -> d.id(id))));
        check(es.bulk(bulk.build()));
    }

    private static void check(BulkResponse response) {
        if (response.errors()) {
            BulkResponseItem failed = response.items().stream().filter(i -> i.error() != null).findFirst().orElseThrow();
            throw new IllegalStateException("Elasticsearch refused document " + failed.id() + " of " + failed.index() + ": "
                    + failed.error().reason());
        }
    }

    private String create(SearchKind kind, String stamp) throws IOException {
        String name = kind.alias() + "-" + stamp;
        JsonObject common = json(kind.commonMappingJson());
        JsonObject properties = Json.createObjectBuilder(common.getJsonObject("properties"))
                .addAll(Json.createObjectBuilder(json(kind.mappingJson()).getJsonObject("properties"))).build();
        String mappings = Json.createObjectBuilder(common).add("properties", properties)
                .add("_meta", Json.createObjectBuilder().add(META_VERSION, DOCUMENTS_VERSION)).build().toString();
        // One replica wherever a second node can hold it (a cluster loses a node and keeps answering), none on the
        // single node of the embedded stack, whose health would otherwise stay yellow.
        es.indices().create(c -> c.index(name)
                .settings(s -> s.withJson(new StringReader(ChineseAnalysis.settingsJson())).numberOfShards("1").autoExpandReplicas("0-1")
                        .refreshInterval(t -> t.time("-1")))
                .mappings(m -> m.withJson(new StringReader(mappings))));
        return name;
    }

    /** Points each alias at its new index in one request, then drops the indices it pointed to before. */
    private void swap(Map<SearchKind, String> fresh) throws IOException {
        Set<String> old = new HashSet<>();
        for (var e : fresh.entrySet()) {
            es.indices().putSettings(p -> p.index(e.getValue()).settings(s -> s.refreshInterval(t -> t.time("1s"))));
            es.indices().refresh(r -> r.index(e.getValue()));
            old.addAll(es.indices().get(g -> g.index(e.getKey().alias() + "-*")).indices().keySet());
        }
        old.removeAll(fresh.values());
        es.indices().updateAliases(u -> {
            fresh.forEach((kind, index) -> {
                u.actions(a -> a.add(add -> add.index(index).alias(kind.alias())));
                old.stream().filter(o -> SearchKind.ofIndex(o) == kind)
                        .forEach(o -> u.actions(a -> a.remove(r -> r.index(o).alias(kind.alias()).mustExist(false))));
            });
            return u;
        });
        if (!old.isEmpty()) {
            es.indices().delete(d -> d.index(List.copyOf(old)));
        }
    }

    private static JsonObject json(String text) {
        try (var reader = Json.createReader(new StringReader(text))) {
            return reader.readObject();
        }
    }
}
