package dev.onecheck.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import dev.onecheck.infra.test.TestStack;
import dev.onecheck.search.index.IndexProjector;
import dev.onecheck.search.index.KnowledgeBaseFixture;
import dev.onecheck.search.index.TextEmbedder;
import dev.onecheck.store.outbox.IndexOutbox;
import dev.onecheck.store.outbox.IndexSource;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/** The findings of issue 20, each as the attack that found it, against the whole gateway and the default limits. */
@GatewayTest
class HardeningIT {

    private static final String PUBLIC = TestTokens.token("public", List.of("PUBLIC"), null, null);
    private static final String NESTED_LAWS = "laws(first: 100) { edges { node { provisions { text items { name } cases { title } } "
            + "versions { provisions { text } } } } }";

    @LocalServerPort
    int port;

    @BeforeAll
    static void knowledgeBase() throws Exception {
        KnowledgeBaseFixture.load(TestStack.driver());
        try (ElasticsearchClient es = ElasticsearchClient.of(b -> b.host(TestStack.endpoints().elasticsearch().toString()))) {
            new IndexProjector(es, new IndexSource(TestStack.driver()), new IndexOutbox(TestStack.driver()), new TextEmbedder(), false,
                    (step, done, total) -> { }).rebuild();
        }
    }

    private JsonNode post(String query, String token) throws Exception {
        return new GraphQlHttp(port).post(query, token).body();
    }

    private static void assertRefusedBeforeItRan(JsonNode response, String code) {
        assertThat(response.at("/errors/0/extensions/code").asString()).as(response.toString()).isEqualTo(code);
        assertThat(response.at("/errors").size()).as(response.toString()).isEqualTo(1);
        assertThat(response.has("data") && !response.get("data").isNull()).as(response.toString()).isFalse();
    }

    /** Finding 2: a `first` near 2^30 once wrapped the int complexity sum below the limit, and the rest ran unchecked. */
    @Test
    void aHugePageSizeRefusesTheWholeRequestInsteadOfDisarmingTheLimit() throws Exception {
        JsonNode response = post("{ " + NESTED_LAWS + " z: search(text: \"x\", first: 1073741824) { edges { cursor } } }", PUBLIC);

        assertRefusedBeforeItRan(response, "BAD_USER_INPUT");
        assertThat(response.at("/errors/0/extensions/argument").asString()).isEqualTo("first");
        assertThat(response.at("/errors/0/message").asString()).contains("between 1 and 100");
    }

    /** Finding 1: nested lists without paging count their estimated size, so this is refused before it runs. */
    @Test
    void nestedListsOfLawsCountTheirSizeAndAreRefusedBeforeTheyRun() throws Exception {
        JsonNode response = post("{ a: " + NESTED_LAWS + " b: " + NESTED_LAWS + " c: " + NESTED_LAWS + " }", PUBLIC);

        assertRefusedBeforeItRan(response, "QUERY_TOO_COMPLEX");
        assertThat(response.at("/errors/0/message").asString()).contains("exceeds the limit of 50000");
    }

    /** What the portal reads in one go (the graph benchmark's query) stays within the limit. */
    @Test
    void everyScenarioWithItsItemsAndTheirBasisStillAnswers() throws Exception {
        JsonNode response = post("""
                { scenarios(first: 100) { edges { node { code name
                    items { code name basis { id article label text law { id title level versionDate } } } } } } }""", PUBLIC);

        assertThat(response.has("errors")).as(response.toString()).isFalse();
        assertThat(response.at("/data/scenarios/edges").isArray()).as(response.toString()).isTrue();
    }

    /** Finding 3: suggestions follow the same publication rule as search hits. */
    @Test
    void suggestionsShowUnpublishedCaseTitlesOnlyToTheEnforcementSide() throws Exception {
        String query = "{ searchSuggestions(prefix: \"某小区\") }";
        String unpublishedTitle = "某小区业主楼道内为电动自行车充电案";

        assertThat(suggestions(query, TestTokens.officer())).contains(unpublishedTitle);
        assertThat(suggestions(query, PUBLIC)).doesNotContain(unpublishedTitle);
        assertThat(suggestions(query, TestTokens.enterprise())).doesNotContain(unpublishedTitle);
    }

    private List<String> suggestions(String query, String token) throws Exception {
        JsonNode response = post(query, token);
        assertThat(response.has("errors")).as(response.toString()).isFalse();
        JsonNode list = response.at("/data/searchSuggestions");
        assertThat(list.isArray()).as(response.toString()).isTrue();
        return list.valueStream().map(JsonNode::asString).toList();
    }

    /** Finding 8: a forged cursor far past the window is the caller's mistake, not an internal error. */
    @Test
    void aSearchCursorFarPastTheWindowIsABadAfter() throws Exception {
        String cursor = Base64.getUrlEncoder().withoutPadding().encodeToString("k:2147483600".getBytes(StandardCharsets.UTF_8));
        JsonNode response = post("{ search(text: \"食品\", after: \"" + cursor + "\") { edges { cursor } } }", TestTokens.officer());

        assertThat(response.at("/errors/0/extensions/code").asString()).as(response.toString()).isEqualTo("BAD_USER_INPUT");
        assertThat(response.at("/errors/0/extensions/argument").asString()).as(response.toString()).isEqualTo("after");
        assertThat(response.at("/data/search").isNull()).as(response.toString()).isTrue();
    }

    /** Finding 5: an empty operationName names no operation, so the document's mutation would run: 405. */
    @Test
    void aMutationSentWithGetAndAnEmptyOperationNameIs405() throws Exception {
        String mutation = "mutation { setWhiteListed(uscc: \"91329900MA1JH0001C\", whiteListed: false, reason: \"x\") { uscc } }";
        URI uri = URI.create("http://127.0.0.1:" + port + "/graphql?query=" + URLEncoder.encode(mutation, StandardCharsets.UTF_8)
                + "&operationName=");
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(uri)
                .header("Accept", "application/graphql-response+json")
                .header("Authorization", "Bearer " + TestTokens.token("admin", List.of("DEPT_ADMIN"), "JH-SCJG", null)).GET().build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).as(response.body()).isEqualTo(405);
        assertThat(response.headers().firstValue("Allow")).hasValue("POST");
    }
}
