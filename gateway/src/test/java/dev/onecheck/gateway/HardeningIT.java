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

import dev.onecheck.infra.test.TestStack;
import dev.onecheck.search.index.KnowledgeBaseFixture;
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
        KnowledgeBaseFixture.loadAndIndex(TestStack.driver(), TestStack.endpoints());
    }

    private GraphQlHttp.Response post(String query, String token) throws Exception {
        return new GraphQlHttp(port).post(query, token);
    }

    /** One error with this code and no data at all: the request was refused before any field ran. */
    private static JsonNode assertRefusedBeforeItRan(GraphQlHttp.Response response, String code) {
        JsonNode errors = response.errors();
        assertThat(errors.at("/0/extensions/code").asString()).as(errors.toString()).isEqualTo(code);
        assertThat(errors.size()).as(errors.toString()).isEqualTo(1);
        JsonNode data = response.dataBesideErrors();
        assertThat(data.isNull() || data.isMissingNode()).as(data.toString()).isTrue();
        return errors;
    }

    /** Finding 2: a `first` near 2^30 once wrapped the int complexity sum below the limit, and the rest ran unchecked. */
    @Test
    void aHugePageSizeRefusesTheWholeRequestInsteadOfDisarmingTheLimit() throws Exception {
        JsonNode errors = assertRefusedBeforeItRan(post("{ " + NESTED_LAWS + " z: search(text: \"x\", first: 1073741824) { edges { cursor } } }",
                PUBLIC), "BAD_USER_INPUT");

        assertThat(errors.at("/0/extensions/argument").asString()).isEqualTo("first");
        assertThat(errors.at("/0/message").asString()).contains("between 1 and 100");
    }

    /** Finding 1: nested lists without paging count their estimated size, so this is refused before it runs. */
    @Test
    void nestedListsOfLawsCountTheirSizeAndAreRefusedBeforeTheyRun() throws Exception {
        JsonNode errors = assertRefusedBeforeItRan(post("{ a: " + NESTED_LAWS + " b: " + NESTED_LAWS + " c: " + NESTED_LAWS + " }", PUBLIC),
                "QUERY_TOO_COMPLEX");

        assertThat(errors.at("/0/message").asString()).contains("exceeds the limit of 50000");
    }

    /** What the portal reads in one go (the graph benchmark's query) stays within the limit. */
    @Test
    void everyScenarioWithItsItemsAndTheirBasisStillAnswers() throws Exception {
        JsonNode data = post("""
                { scenarios(first: 100) { edges { node { code name
                    items { code name basis { id article label text law { id title level versionDate } } } } } } }""", PUBLIC).data();

        assertThat(data.at("/scenarios/edges").isArray()).as(data.toString()).isTrue();
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
        JsonNode list = post(query, token).data().at("/searchSuggestions");
        assertThat(list.isArray()).as(list.toString()).isTrue();
        return list.valueStream().map(JsonNode::asString).toList();
    }

    /** Finding 8: a forged cursor far past the window is the caller's mistake, not an internal error. */
    @Test
    void aSearchCursorFarPastTheWindowIsABadAfter() throws Exception {
        String cursor = Base64.getUrlEncoder().withoutPadding().encodeToString("k:2147483600".getBytes(StandardCharsets.UTF_8));
        GraphQlHttp.Response response = post("{ search(text: \"食品\", after: \"" + cursor + "\") { edges { cursor } } }", TestTokens.officer());

        JsonNode errors = response.errors();
        assertThat(errors.at("/0/extensions/code").asString()).as(errors.toString()).isEqualTo("BAD_USER_INPUT");
        assertThat(errors.at("/0/extensions/argument").asString()).as(errors.toString()).isEqualTo("after");
        assertThat(response.dataBesideErrors().at("/search").isNull()).isTrue();
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
