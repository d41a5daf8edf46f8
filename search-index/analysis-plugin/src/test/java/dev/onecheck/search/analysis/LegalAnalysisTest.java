package dev.onecheck.search.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;

import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.junit.jupiter.api.Test;

class LegalAnalysisTest {

    private static List<String> terms(TokenStream stream) throws IOException {
        List<String> out = new ArrayList<>();
        CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
        try (stream) {
            stream.reset();
            while (stream.incrementToken()) {
                out.add(term.toString());
            }
            stream.end();
        }
        return out;
    }

    private static Tokenizer tokenizer(String text) {
        Tokenizer tokenizer = new SmartcnTokenizerFactory().create();
        tokenizer.setReader(new StringReader(text));
        return tokenizer;
    }

    @Test
    void splitsChineseIntoWordsAndDropsPunctuation() throws IOException {
        List<String> tokens = terms(new ChineseStopFilterFactory().create(tokenizer("未取得食品经营许可，从事食品经营活动。")));

        assertThat(tokens).contains("取得", "食品", "经营", "许可", "活动").doesNotContain("，", "。");
        assertThat(tokens).anyMatch(t -> t.length() > 1);
    }

    @Test
    void expandsColloquialWordsToStatutoryPhrases() throws IOException {
        var factory = new LegalSynonymFilterFactory(settings(List.of(), true));

        List<String> tokens = terms(factory.create(tokenizer("无证经营")));

        assertThat(tokens).contains("无", "取得", "许可");
    }

    @Test
    void indexRulesAddToTheBuiltInList() throws IOException {
        var factory = new LegalSynonymFilterFactory(settings(List.of("排污, 排放污染物"), false));

        assertThat(terms(factory.create(tokenizer("排污")))).contains("排放", "污染物");
        assertThat(terms(factory.create(tokenizer("无证")))).doesNotContain("取得");
    }

    @Test
    void malformedRuleIsRejectedWithItsLine() {
        assertThatThrownBy(() -> LegalSynonymFilterFactory.buildMap(false, List.of("a => ")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("invalid synonym rule");
    }

    private static LegalSynonymFilterFactory.Settings settings(List<String> rules, boolean builtin) {
        return new LegalSynonymFilterFactory.Settings() {
            @Override
            public List<String> synonyms() {
                return rules;
            }

            @Override
            public boolean builtin() {
                return builtin;
            }
        };
    }
}
