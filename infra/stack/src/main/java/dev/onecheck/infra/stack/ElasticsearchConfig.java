package dev.onecheck.infra.stack;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * One stack's Elasticsearch settings folder ({@code ES_PATH_CONF}): the distribution's config files and a keystore
 * holding {@code bootstrap.password}, the password of the built-in user {@value GeneratedPassword#ELASTICSEARCH_USER}
 * until someone changes it in the cluster (the stack never does). The shared distribution keeps no secret. The
 * keystore tool is a JVM (about 4.5 s), so the folder is rebuilt only when the password or the distribution changed:
 * a marker records both, the password as its SHA-256. The folder is the service user's alone (mode 700): the keystore
 * is obfuscated, not encrypted.
 */
final class ElasticsearchConfig {

    static final String KEYSTORE = "elasticsearch.keystore";
    private static final String MARKER = ".onecheck-config";

    private ElasticsearchConfig() {
    }

    /** Makes {@code dir} hold {@code home}'s settings and {@code password} as the bootstrap password; returns {@code dir}. */
    static Path prepare(Path home, Path dir, String password, ServiceUser user) throws IOException, InterruptedException {
        String expected = home.getFileName() + " " + sha256(password);
        Path marker = dir.resolve(MARKER);
        if (Files.exists(marker) && Files.readString(marker, StandardCharsets.UTF_8).equals(expected)) {
            return dir;
        }
        ElasticsearchDistribution.deleteTree(dir);
        Files.createDirectories(dir, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
        Path source = home.resolve("config");
        try (Stream<Path> files = Files.walk(source)) {
            for (Path file : files.filter(f -> !f.equals(source) && !f.getFileName().toString().equals(KEYSTORE)).toList()) {
                Path target = dir.resolve(source.relativize(file));
                if (Files.isDirectory(file)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(file, target, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
        user.own(dir);
        // As the user Elasticsearch runs as, so the keystore is its own; the password goes in on stdin, not in ps.
        Processes.check(user.command(List.of(home.resolve("bin/elasticsearch-keystore").toString(), "add", "--stdin", "--force",
                        "bootstrap.password")),
                Map.of("ES_JAVA_HOME", System.getProperty("java.home"), "ES_PATH_CONF", dir.toString()), password + "\n");
        Files.writeString(marker, expected, StandardCharsets.UTF_8);
        return dir;
    }

    static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
