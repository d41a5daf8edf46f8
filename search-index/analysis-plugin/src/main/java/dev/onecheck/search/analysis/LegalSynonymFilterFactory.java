package dev.onecheck.search.analysis;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.ParseException;
import java.util.List;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.cn.smart.HMMChineseTokenizer;
import org.apache.lucene.analysis.synonym.SolrSynonymParser;
import org.apache.lucene.analysis.synonym.SynonymGraphFilter;
import org.apache.lucene.analysis.synonym.SynonymMap;
import org.elasticsearch.plugin.Inject;
import org.elasticsearch.plugin.NamedComponent;
import org.elasticsearch.plugin.analysis.AnalysisMode;
import org.elasticsearch.plugin.analysis.TokenFilterFactory;
import org.elasticsearch.plugin.settings.AnalysisSettings;
import org.elasticsearch.plugin.settings.BooleanSetting;
import org.elasticsearch.plugin.settings.ListSetting;

/**
 * 法律同义词: expands colloquial and statutory phrasings into each other (无证 ↔ 未取得许可 …) at search time.
 * The project's list ships in the plugin ({@code legal-synonyms.txt}, Solr format); an index may add rules
 * with the {@code synonyms} setting. Rules are tokenised with the same smartcn tokenizer as the text,
 * otherwise multi-word rules would never match the token stream.
 */
@NamedComponent("onecheck_synonyms")
public class LegalSynonymFilterFactory implements TokenFilterFactory {

    static final String BUILT_IN_RULES = "legal-synonyms.txt";

    @AnalysisSettings
    public interface Settings {
        @ListSetting(path = "synonyms")
        List<String> synonyms();

        @BooleanSetting(path = "builtin", defaultValue = true)
        boolean builtin();
    }

    private final SynonymMap synonyms;

    @Inject
    public LegalSynonymFilterFactory(Settings settings) {
        this.synonyms = buildMap(settings.builtin(), settings.synonyms());
    }

    static SynonymMap buildMap(boolean builtin, List<String> extraRules) {
        try (Analyzer ruleAnalyzer = new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                return new TokenStreamComponents(new HMMChineseTokenizer());
            }
        }) {
            SolrSynonymParser parser = new SolrSynonymParser(true, true, ruleAnalyzer);
            if (builtin) {
                try (Reader rules = builtInRules()) {
                    parser.parse(rules);
                }
            }
            parser.parse(new StringReader(String.join("\n", extraRules)));
            return parser.build();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (ParseException e) {
            throw new IllegalArgumentException("invalid synonym rule at line " + e.getErrorOffset() + ": " + e.getMessage(), e);
        }
    }

    private static Reader builtInRules() {
        InputStream in = LegalSynonymFilterFactory.class.getResourceAsStream(BUILT_IN_RULES);
        if (in == null) {
            throw new IllegalStateException(BUILT_IN_RULES + " is missing from the plugin");
        }
        return new InputStreamReader(in, StandardCharsets.UTF_8);
    }

    @Override
    public TokenStream create(TokenStream tokenStream) {
        return synonyms.fst == null ? tokenStream : new SynonymGraphFilter(tokenStream, synonyms, true);
    }

    /** Multi-word synonyms produce a token graph, which Elasticsearch only accepts in search analyzers. */
    @Override
    public AnalysisMode getAnalysisMode() {
        return AnalysisMode.SEARCH_TIME;
    }
}
