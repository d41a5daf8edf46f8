package dev.onecheck.search.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import dev.onecheck.infra.stack.StackEndpoints;
import dev.onecheck.infra.test.EmbeddedStack;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The project's analysis plugin, installed in the real Elasticsearch, splits Chinese into words. */
@EmbeddedStack
class ChineseAnalysisIT {

    private static ElasticsearchClient client;
    private static IndexAdmin admin;

    @BeforeAll
    static void createIndex(StackEndpoints stack) throws IOException {
        client = KnowledgeBaseFixture.client(stack);
        admin = new IndexAdmin(client);
        admin.createWithChineseAnalysis("analysis-probe");
    }

    @AfterAll
    static void closeClient() throws Exception {
        client.close();
    }

    @Test
    void indexAnalyzerYieldsWordsNotCharacters() throws IOException {
        List<String> tokens = admin.analyze("analysis-probe", ChineseAnalysis.INDEX_ANALYZER, "未取得食品经营许可从事食品经营活动。");

        assertThat(tokens).containsSubsequence("取得", "食品", "经营", "许可", "从事", "食品", "经营", "活动");
        assertThat(tokens).doesNotContain("。", "食", "品");
    }

    @Test
    void searchAnalyzerAddsLegalSynonyms() throws IOException {
        List<String> tokens = admin.analyze("analysis-probe", ChineseAnalysis.SEARCH_ANALYZER, "饭馆无证经营");

        assertThat(tokens).contains("取得", "许可", "餐饮", "服务");
        assertThat(admin.analyze("analysis-probe", ChineseAnalysis.INDEX_ANALYZER, "饭馆无证经营"))
                .doesNotContain("取得", "许可");
    }
}
