package dev.onecheck.search.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class VectorCacheTest {

    @Test
    void vectorsSurviveAReopenByTheChecksumOfTheirText(@TempDir Path dir) {
        Path file = dir.resolve("sub/model.vectors");
        new VectorCache(file, 2).putAll(List.of("甲", "乙"), List.of(new float[] {1f, 2f}, new float[] {3f, 4f}));

        VectorCache reopened = new VectorCache(file, 2);

        assertThat(reopened.get("乙")).containsExactly(3f, 4f);
        assertThat(reopened.get("丙")).isNull();
    }

    @Test
    void aTextAlreadyCachedIsNotWrittenTwice(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("model.vectors");
        VectorCache cache = new VectorCache(file, 2);
        cache.putAll(List.of("甲"), List.of(new float[] {1f, 2f}));
        long once = Files.size(file);

        cache.putAll(List.of("甲"), List.of(new float[] {1f, 2f}));

        assertThat(Files.size(file)).isEqualTo(once).isEqualTo(64 + 2 * 4);
    }

    @Test
    void aRecordCutShortByACrashIsDroppedAndTheFileRepaired(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("model.vectors");
        new VectorCache(file, 2).putAll(List.of("甲"), List.of(new float[] {1f, 2f}));
        long whole = Files.size(file);
        Files.write(file, new byte[] {'a', 'b', 'c'}, StandardOpenOption.APPEND);

        VectorCache reopened = new VectorCache(file, 2);

        assertThat(reopened.get("甲")).containsExactly(1f, 2f);
        assertThat(Files.size(file)).isEqualTo(whole);
    }
}
