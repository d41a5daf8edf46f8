package dev.onecheck.search.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import dev.onecheck.domain.law.Law;
import dev.onecheck.domain.law.LawLevel;
import dev.onecheck.domain.law.LawText;
import dev.onecheck.domain.law.Provision;
import dev.onecheck.infra.stack.StackEndpoints;
import dev.onecheck.infra.test.EmbeddedStack;
import dev.onecheck.store.law.LawStore;
import dev.onecheck.store.outbox.IndexOutbox;
import dev.onecheck.store.outbox.IndexSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.driver.Driver;

/** Rebuild behind aliases, and the outbox keeping Elasticsearch in step with the graph, also across an outage. */
@EmbeddedStack
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class IndexProjectorIT {

    private static final TextEmbedder EMBEDDER = new TextEmbedder();
    private static ElasticsearchClient es;
    private static Driver driver;
    private static IndexOutbox outbox;

    @BeforeAll
    static void setUp(Driver neo4j, StackEndpoints stack) {
        driver = neo4j;
        KnowledgeBaseFixture.load(driver);
        es = KnowledgeBaseFixture.client(stack);
        outbox = new IndexOutbox(driver);
    }

    @AfterAll
    static void close() throws Exception {
        es.close();
    }

    private static IndexProjector projector(ElasticsearchClient client) {
        return new IndexProjector(client, new IndexSource(driver), outbox, EMBEDDER, false, (step, done, total) -> { });
    }

    private static long count(SearchKind kind) throws IOException {
        return es.count(c -> c.index(kind.alias())).count();
    }

    @Test
    @Order(1)
    void aRebuildSwapsTheAliasAndDropsTheOldIndex() throws IOException {
        IndexProjector projector = projector(es);
        projector.rebuild();
        var first = es.indices().getAlias(a -> a.name(SearchKind.STANDARD.alias())).aliases().keySet();
        projector.rebuild();
        var second = es.indices().getAlias(a -> a.name(SearchKind.STANDARD.alias())).aliases().keySet();

        assertThat(first).hasSize(1);
        assertThat(second).hasSize(1).doesNotContainAnyElementsOf(first);
        assertThat(es.indices().exists(e -> e.index(List.copyOf(first))).value()).isFalse();
        assertThat(count(SearchKind.PROVISION)).isEqualTo(11);
        assertThat(count(SearchKind.STANDARD)).isEqualTo(2);
        assertThat(count(SearchKind.CASE)).isEqualTo(2);
        assertThat(outbox.size()).isZero();
    }

    @Test
    @Order(3)
    void changesWaitInTheOutboxWhileElasticsearchIsDownAndArriveAfterwards() throws Exception {
        projector(es).rebuild();
        // A new version of 消防法 drops nothing but adds 第六十一条; the older version becomes 已修订.
        String newer = Law.id("消防法", LocalDate.of(2026, 1, 1));
        new LawStore(driver).upsert(List.of(new LawText(new Law(newer, "中华人民共和国消防法", "消防法", LawLevel.LAW, "行政法",
                LocalDate.of(2026, 1, 1), LocalDate.of(2026, 1, 1), List.of(), "hash-new"),
                List.of(new Provision(Provision.id(newer, 61, 0), newer, 61, 0, "第六十一条", null, null,
                        List.of("生产、储存、经营易燃易爆危险品的场所与居住场所设置在同一建筑物内的，责令停产停业。"))))));
        assertThat(outbox.pending(10)).extracting(IndexOutbox.Entry::key).contains("消防法");

        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        try (ElasticsearchClient down = ElasticsearchClient.of(b -> b.host("http://127.0.0.1:" + closedPort))) {
            assertThatThrownBy(() -> projector(down).drain()).isInstanceOf(IOException.class);
        }
        assertThat(outbox.pending(10)).extracting(IndexOutbox.Entry::key).contains("消防法");

        IndexProjector.Report report = projector(es).drain();

        assertThat(report.indexed(SearchKind.PROVISION)).isEqualTo(2);
        assertThat(outbox.size()).isZero();
        assertThat(es.get(g -> g.index(SearchKind.PROVISION.alias()).id(Provision.id(newer, 61, 0)), Void.class).found()).isTrue();
        var older = es.get(g -> g.index(SearchKind.PROVISION.alias()).id(KnowledgeBaseFixture.FIRE + "/60"),
                co.elastic.clients.json.JsonData.class).source().toJson().asJsonObject();
        assertThat(older.getString("status")).isEqualTo("已修订");
        assertThat(older.getString("effectiveTo")).isEqualTo("2025-12-31");
    }

    @Test
    @Order(2)
    void aDrainRemovesWhatTheGraphNoLongerHas() throws IOException {
        projector(es).rebuild();
        driver.executableQuery("MATCH (c:Case {code: 'JH-2024-XF-007'}) DETACH DELETE c").execute();
        try (var session = driver.session()) {
            session.executeWrite(tx -> {
                IndexOutbox.enqueue(tx, IndexOutbox.Kind.CASE, List.of("JH-2024-XF-007"));
                return null;
            });
        }

        IndexProjector.Report report = projector(es).drain();

        assertThat(report.deleted()).isEqualTo(1);
        assertThat(count(SearchKind.CASE)).isEqualTo(1);
    }

    @Test
    @Order(4)
    void penaltyArticlesCarryTheDutyTheyNameAndGetVectorsWhichARebuildTakesFromTheCache(@TempDir Path cache) throws IOException {
        TextEmbedder cached = new TextEmbedder(cache);
        new IndexProjector(es, new IndexSource(driver), outbox, cached, false, (step, done, total) -> { }).rebuild();
        Path file = cache.resolve(TextEmbedder.MODEL + ".vectors");
        long afterFirst = Files.size(file);
        new IndexProjector(es, new IndexSource(driver), outbox, cached, false, (step, done, total) -> { }).rebuild();

        assertThat(Files.size(file)).isEqualTo(afterFirst);
        var penalty = source(KnowledgeBaseFixture.CHILD_LABOUR + "/8");
        assertThat(penalty.getBoolean("penalty")).isTrue();
        assertThat(penalty.getJsonArray("violatedProvisionIds").getString(0)).isEqualTo(KnowledgeBaseFixture.CHILD_LABOUR + "/4");
        assertThat(hasVector(KnowledgeBaseFixture.CHILD_LABOUR + "/8")).isTrue();
        assertThat(source(KnowledgeBaseFixture.PUNISHMENT + "/36").getBoolean("generalRule")).isTrue();
        assertThat(hasVector(KnowledgeBaseFixture.PUNISHMENT + "/36")).isTrue();
        // The duty itself is left to keyword search.
        assertThat(hasVector(KnowledgeBaseFixture.CHILD_LABOUR + "/4")).isFalse();
    }

    @Test
    @Order(5)
    void aDrainRebuildsIndicesMadeByAnotherReadingOnceAndThenIndexesNothing() throws IOException {
        IndexProjector projector = projector(es);
        projector.rebuild();
        assertThat(projector.drain()).isEqualTo(IndexProjector.Report.NONE);
        // An index written by an older IndexDocument: its mapping names another version.
        var before = es.indices().getAlias(a -> a.name(SearchKind.STANDARD.alias())).aliases().keySet();
        es.indices().putMapping(m -> m.index(SearchKind.STANDARD.alias())
                .meta(java.util.Map.of("documents", co.elastic.clients.json.JsonData.of("documents-1"))));

        IndexProjector.Report rebuilt = projector.drain();

        assertThat(rebuilt.indexed(SearchKind.STANDARD)).isEqualTo(2);
        assertThat(es.indices().getAlias(a -> a.name(SearchKind.STANDARD.alias())).aliases().keySet()).doesNotContainAnyElementsOf(before);
        assertThat(projector.drain()).isEqualTo(IndexProjector.Report.NONE);
    }

    /** Elasticsearch keeps vectors out of _source; whether the document has one is a query. */
    private static boolean hasVector(String provisionId) throws IOException {
        return es.count(c -> c.index(SearchKind.PROVISION.alias()).query(q -> q.bool(b -> b
                .filter(f -> f.ids(i -> i.values(provisionId))).filter(f -> f.exists(e -> e.field("vector")))))).count() == 1;
    }

    private static jakarta.json.JsonObject source(String provisionId) throws IOException {
        return es.get(g -> g.index(SearchKind.PROVISION.alias()).id(provisionId), co.elastic.clients.json.JsonData.class)
                .source().toJson().asJsonObject();
    }
}
