package dev.onecheck.infra.stack;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;

/** The files the stack launches, located by the build (see stack.properties). */
record StackArtifacts(String elasticsearchVersion, Path elasticsearchZip, Path analysisPluginZip) {

    static StackArtifacts fromBuild() {
        Properties p = new Properties();
        try (InputStream in = StackArtifacts.class.getResourceAsStream("stack.properties")) {
            if (in == null) {
                throw new IllegalStateException("stack.properties is missing: build infra/stack with Maven first");
            }
            p.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new StackArtifacts(p.getProperty("elasticsearch.version"),
                existing(p, "elasticsearch.distribution"), existing(p, "analysis.plugin"));
    }

    private static Path existing(Properties p, String key) {
        String value = p.getProperty(key);
        Path path = value == null || value.startsWith("@") ? null : Path.of(value);
        if (path == null || !Files.isRegularFile(path)) {
            throw new IllegalStateException(key + " not found at " + value + ": run ./mvnw -B package -DskipTests");
        }
        return path;
    }
}
