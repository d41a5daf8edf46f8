package dev.onecheck.infra.stack;

import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * An unpacked Elasticsearch with the OneCheck analysis plugin installed, cached by plugin checksum so that
 * re-runs and test JVMs reuse it. Installation happens in a scratch folder renamed into place when complete,
 * under a file lock, so a crash or a concurrent launcher never sees a half-installed copy.
 */
final class ElasticsearchDistribution {

    private static final String MARKER = ".onecheck-installed";

    private ElasticsearchDistribution() {
    }

    /** Returns the home folder of an installed distribution under {@code distDir}, installing it when needed. */
    static Path install(StackArtifacts artifacts, Path distDir, ServiceUser user) throws IOException, InterruptedException {
        Files.createDirectories(distDir);
        String key = artifacts.elasticsearchVersion() + "-" + sha256(artifacts.analysisPluginZip()).substring(0, 12);
        Path home = distDir.resolve("elasticsearch-" + key);
        try (FileChannel channel = FileChannel.open(distDir.resolve(".lock"), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
             FileLock ignored = channel.lock()) {
            if (Files.exists(home.resolve(MARKER))) {
                return home;
            }
            deleteTree(home);
            Path scratch = Files.createTempDirectory(distDir, ".install-");
            try {
                Path unpacked = unzip(artifacts.elasticsearchZip(), scratch);
                Map<String, String> env = Map.of("ES_JAVA_HOME", System.getProperty("java.home"));
                Processes.check(List.of(unpacked.resolve("bin/elasticsearch-plugin").toString(), "install", "--batch",
                        artifacts.analysisPluginZip().toUri().toString()), env);
                Processes.check(List.of(unpacked.resolve("bin/elasticsearch-keystore").toString(), "create"), env);
                Files.writeString(unpacked.resolve(MARKER), key);
                user.own(unpacked);
                Files.move(unpacked, home, StandardCopyOption.ATOMIC_MOVE);
            } finally {
                deleteTree(scratch);
            }
            return home;
        }
    }

    /** Unzips the distribution (a single top folder) and returns that folder; scripts under bin/ become executable. */
    private static Path unzip(Path zip, Path into) throws IOException {
        Path top = null;
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(zip))) {
            for (ZipEntry entry; (entry = in.getNextEntry()) != null; ) {
                Path target = into.resolve(entry.getName()).normalize();
                if (!target.startsWith(into)) {
                    throw new IOException("zip entry outside the target folder: " + entry.getName());
                }
                if (top == null) {
                    top = into.resolve(into.relativize(target).getName(0));
                }
                if (entry.isDirectory()) {
                    Files.createDirectories(target);
                } else {
                    Files.createDirectories(target.getParent());
                    Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
                    if (target.getParent().getFileName().toString().equals("bin")) {
                        target.toFile().setExecutable(true, false);
                    }
                }
            }
        }
        if (top == null) {
            throw new IOException(zip + " is empty");
        }
        return top;
    }

    static String sha256(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            byte[] buffer = new byte[1 << 16];
            for (int n; (n = in.read(buffer)) > 0; ) {
                digest.update(buffer, 0, n);
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
