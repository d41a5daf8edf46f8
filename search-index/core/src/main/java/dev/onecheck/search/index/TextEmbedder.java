package dev.onecheck.search.index;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.bgesmallzhv15q.BgeSmallZhV15QuantizedEmbeddingModel;

/**
 * Sentence vectors from bge-small-zh v1.5 (quantized, 512 dimensions), computed in-process: the model ships in a
 * jar, so no network and no extra service. Queries carry the instruction the model was trained with for
 * short-query-to-passage retrieval; documents do not. Document vectors may be kept in a {@link VectorCache}, so a
 * rebuild embeds only texts it has not seen.
 */
public final class TextEmbedder {

    public static final int DIMENSIONS = 512;
    /** Names the model in the cache file: vectors of another model must not be served from it. */
    static final String MODEL = "bge-small-zh-v1.5-q";
    private static final String QUERY_INSTRUCTION = "为这个句子生成表示以用于检索相关文章：";

    private final EmbeddingModel model = new BgeSmallZhV15QuantizedEmbeddingModel();
    private final VectorCache cache;

    /** Without a cache: every document is embedded each time (tests, the gateway's small drains). */
    public TextEmbedder() {
        this.cache = null;
    }

    /** With document vectors kept in {@code cacheDirectory} (created when missing). */
    public TextEmbedder(Path cacheDirectory) {
        this.cache = new VectorCache(cacheDirectory.resolve(MODEL + ".vectors"), DIMENSIONS);
    }

    /** The vector of what an officer typed. */
    public float[] query(String text) {
        return model.embed(QUERY_INSTRUCTION + text).content().vector();
    }

    /** Vectors of documents, in order; cached ones are read, the others embedded and added to the cache. */
    public List<float[]> passages(List<String> texts) {
        if (texts.isEmpty()) {
            return List.of();
        }
        if (cache == null) {
            return embed(texts);
        }
        List<float[]> vectors = new ArrayList<>(texts.size());
        List<String> missing = new ArrayList<>();
        for (String text : texts) {
            float[] cached = cache.get(text);
            vectors.add(cached);
            if (cached == null) {
                missing.add(text);
            }
        }
        if (!missing.isEmpty()) {
            List<float[]> fresh = embed(missing);
            cache.putAll(missing, fresh);
            for (int i = 0, next = 0; i < vectors.size(); i++) {
                if (vectors.get(i) == null) {
                    vectors.set(i, fresh.get(next++));
                }
            }
        }
        return vectors;
    }

    private List<float[]> embed(List<String> texts) {
        return model.embedAll(texts.stream().map(TextSegment::from).toList()).content().stream().map(e -> e.vector()).toList();
    }
}
