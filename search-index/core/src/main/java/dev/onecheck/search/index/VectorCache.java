package dev.onecheck.search.index;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import dev.onecheck.domain.text.Hashes;

/**
 * Document vectors by the checksum (SHA-256) of the text they were computed from, in one append-only file: a
 * rebuild, or a law loaded again after a change, embeds only the texts it has not embedded before, so a warm start
 * costs no model time. A record is the checksum (64 hex characters) and the vector; a record cut short by a crash
 * is dropped when the file is read, and the file is cut back to the last whole record.
 */
final class VectorCache {

    private final Path file;
    private final int dimensions;
    private Map<String, float[]> vectors;

    VectorCache(Path file, int dimensions) {
        this.file = file;
        this.dimensions = dimensions;
    }

    synchronized float[] get(String text) {
        return loaded().get(Hashes.sha256(text));
    }

    synchronized void putAll(List<String> texts, List<float[]> fresh) {
        Map<String, float[]> known = loaded();
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            try (OutputStream out = Files.newOutputStream(file, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
                 DataOutputStream data = new DataOutputStream(new BufferedOutputStream(out))) {
                for (int i = 0; i < texts.size(); i++) {
                    String key = Hashes.sha256(texts.get(i));
                    if (known.putIfAbsent(key, fresh.get(i)) == null) {
                        data.writeBytes(key);
                        for (float v : fresh.get(i)) {
                            data.writeFloat(v);
                        }
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the vector cache " + file, e);
        }
    }

    private Map<String, float[]> loaded() {
        if (vectors == null) {
            vectors = read();
        }
        return vectors;
    }

    private Map<String, float[]> read() {
        Map<String, float[]> read = new HashMap<>();
        if (!Files.exists(file)) {
            return read;
        }
        long whole = 0;
        try (InputStream in = Files.newInputStream(file);
             DataInputStream data = new DataInputStream(new BufferedInputStream(in))) {
            byte[] key = new byte[64];
            while (true) {
                data.readFully(key);
                float[] vector = new float[dimensions];
                for (int i = 0; i < dimensions; i++) {
                    vector[i] = data.readFloat();
                }
                read.put(new String(key, StandardCharsets.US_ASCII), vector);
                whole += key.length + 4L * dimensions;
            }
        } catch (EOFException end) {
            truncate(whole);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the vector cache " + file, e);
        }
        return read;
    }

    private void truncate(long length) {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE)) {
            if (channel.size() > length) {
                channel.truncate(length);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot repair the vector cache " + file, e);
        }
    }
}
