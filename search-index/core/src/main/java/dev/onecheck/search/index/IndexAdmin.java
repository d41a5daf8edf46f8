package dev.onecheck.search.index;

import java.io.IOException;
import java.io.StringReader;
import java.util.List;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch.indices.analyze.AnalyzeToken;

/** Index administration with the official Java client: create indices with the Chinese analyzers, analyze text. */
public final class IndexAdmin {

    private final ElasticsearchClient client;

    public IndexAdmin(ElasticsearchClient client) {
        this.client = client;
    }

    /** Creates {@code index} with the OneCheck analyzers and no mappings yet. */
    public void createWithChineseAnalysis(String index) throws IOException {
        client.indices().create(c -> c.index(index)
                .settings(s -> s.withJson(new StringReader(ChineseAnalysis.settingsJson()))));
    }

    /** The terms {@code analyzer} of {@code index} produces for {@code text}, in order. */
    public List<String> analyze(String index, String analyzer, String text) throws IOException {
        return client.indices().analyze(a -> a.index(index).analyzer(analyzer).text(text))
                .tokens().stream().map(AnalyzeToken::token).toList();
    }
}
