package dev.onecheck.search.index;

import java.util.List;

import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.bgesmallzhv15q.BgeSmallZhV15QuantizedEmbeddingModel;

/**
 * Sentence vectors from bge-small-zh v1.5 (quantized, 512 dimensions), computed in-process: the model ships in a
 * jar, so no network and no extra service. Queries carry the instruction the model was trained with for
 * short-query-to-passage retrieval; documents do not.
 */
public final class TextEmbedder {

    public static final int DIMENSIONS = 512;
    private static final String QUERY_INSTRUCTION = "为这个句子生成表示以用于检索相关文章：";

    private final EmbeddingModel model = new BgeSmallZhV15QuantizedEmbeddingModel();

    /** The vector of what an officer typed. */
    public float[] query(String text) {
        return model.embed(QUERY_INSTRUCTION + text).content().vector();
    }

    /** Vectors of documents, in order. */
    public List<float[]> passages(List<String> texts) {
        return model.embedAll(texts.stream().map(TextSegment::from).toList()).content().stream().map(e -> e.vector()).toList();
    }
}
