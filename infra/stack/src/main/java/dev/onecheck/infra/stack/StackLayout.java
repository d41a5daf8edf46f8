package dev.onecheck.infra.stack;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Where the stack keeps its files under the var folder: {@code neo4j/}, {@code elasticsearch/{dist,config,data,logs}}
 * and {@code credentials/}.
 * When Elasticsearch must run as another user who cannot reach the var folder (a private checkout under a 0700
 * folder), its files live in {@value #SYSTEM_ROOT} and {@code var/elasticsearch} is a link to them.
 */
record StackLayout(Path var, Path neo4jHome, Path elasticsearchRoot, Path credentials) {

    static final String SYSTEM_ROOT = "/var/lib/onecheck";
    private static final String SCRATCH_PREFIX = "scratch-";

    static StackLayout of(Path var, ServiceUser user) throws IOException {
        var = var.toAbsolutePath().normalize();
        Files.createDirectories(var);
        Path esLink = var.resolve("elasticsearch");
        Path esRoot = esLink;
        if (!user.canReach(esLink)) {
            esRoot = Path.of(SYSTEM_ROOT, shortHash(var.toString()));
            Files.createDirectories(esRoot);
            if (!Files.isSymbolicLink(esLink)) {
                Files.createSymbolicLink(esLink, esRoot);
            }
        }
        Files.createDirectories(esRoot);
        return new StackLayout(var, var.resolve("neo4j"), esRoot, var.resolve("credentials"));
    }

    /** The Neo4j user's password ({@link GeneratedPassword}): {@code var/credentials/neo4j}, in a scratch stack its own. */
    Path neo4jPasswordFile() {
        return neo4jPasswordFile(credentials);
    }

    /** The Elasticsearch user's password: {@code var/credentials/elasticsearch}, in a scratch stack its own. */
    Path elasticsearchPasswordFile() {
        return elasticsearchPasswordFile(credentials);
    }

    static Path neo4jPasswordFile(Path credentials) {
        return credentials.resolve("neo4j");
    }

    static Path elasticsearchPasswordFile(Path credentials) {
        return credentials.resolve("elasticsearch");
    }

    /** This stack's Elasticsearch settings and keystore (its bootstrap password), apart from the shared distribution. */
    Path elasticsearchConfig() {
        return elasticsearchRoot.resolve("config");
    }

    Path elasticsearchDist() {
        return elasticsearchRoot.resolve("dist");
    }

    Path elasticsearchData() {
        return elasticsearchRoot.resolve("data");
    }

    Path elasticsearchLogs() {
        return elasticsearchRoot.resolve("logs");
    }

    /**
     * A throw-away layout for one test JVM: its own Neo4j and Elasticsearch data, the shared distribution.
     * Scratch folders left behind by processes that died are removed first.
     */
    StackLayout scratch() throws IOException {
        removeAbandonedScratch(var);
        removeAbandonedScratch(elasticsearchRoot);
        String name = SCRATCH_PREFIX + ProcessHandle.current().pid();
        Path es = Files.createDirectories(elasticsearchRoot.resolve(name));
        Files.createSymbolicLink(es.resolve("dist"), elasticsearchDist());
        return new StackLayout(var, var.resolve(name), es, var.resolve(name).resolve("credentials"));
    }

    private static void removeAbandonedScratch(Path dir) throws IOException {
        try (var entries = Files.newDirectoryStream(dir, SCRATCH_PREFIX + "*")) {
            for (Path entry : entries) {
                long pid = Long.parseLong(entry.getFileName().toString().substring(SCRATCH_PREFIX.length()));
                if (ProcessHandle.of(pid).isEmpty()) {
                    ElasticsearchDistribution.deleteTree(entry);
                }
            }
        }
    }

    private static String shortHash(String text) {
        return ElasticsearchConfig.sha256(text).substring(0, 12);
    }
}
