package dev.onecheck.search.analysis;

import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.cn.smart.SmartChineseAnalyzer;
import org.elasticsearch.plugin.NamedComponent;
import org.elasticsearch.plugin.analysis.TokenFilterFactory;

/** Drops punctuation and function words that smartcn emits as tokens (its own stop list). */
@NamedComponent("onecheck_stop")
public class ChineseStopFilterFactory implements TokenFilterFactory {

    @Override
    public TokenStream create(TokenStream tokenStream) {
        return new StopFilter(tokenStream, SmartChineseAnalyzer.getDefaultStopSet());
    }
}
