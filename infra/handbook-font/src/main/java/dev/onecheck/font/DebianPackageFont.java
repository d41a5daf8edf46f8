package dev.onecheck.font;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;

import org.apache.commons.compress.archivers.ar.ArArchiveInputStream;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.apache.commons.compress.compressors.xz.XZCompressorInputStream;

/**
 * Build step of this module (exec-maven-plugin, process-classes): takes one file out of a Debian package into the
 * classes, so the jar carries it. The package is fetched once into a cache folder and used only if its SHA-256 is
 * the expected one; a build with the cached package fetches nothing. The file is taken out again on every build
 * (half a second), so a changed package in the pom can never leave an older font in the classes.
 *
 * <p>Arguments: package URL, its SHA-256, the entry inside the package's data.tar.xz, cache folder, target file.
 */
public final class DebianPackageFont {

    private DebianPackageFont() {
    }

    public static void main(String[] args) throws IOException, InterruptedException {
        if (args.length != 5) {
            throw new IllegalArgumentException("expected: <package-url> <sha256> <entry> <cache-dir> <target>, got " + args.length + " arguments");
        }
        URI source = URI.create(args[0]);
        String sha256 = args[1];
        String entry = args[2];
        Path target = Path.of(args[4]);
        Path cache = Path.of(args[3]);
        Files.createDirectories(cache);
        Path deb = cache.resolve(Path.of(source.getPath()).getFileName().toString());
        if (!Files.isRegularFile(deb) || !sha256(deb).equalsIgnoreCase(sha256)) {
            fetch(source, sha256, deb);
        }
        Files.createDirectories(target.getParent());
        Path partial = Files.createTempFile(target.getParent(), "font-", ".part");
        try {
            extract(deb, entry, partial);
            Files.move(partial, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } finally {
            Files.deleteIfExists(partial);
        }
    }

    private static void fetch(URI source, String expected, Path deb) throws IOException, InterruptedException {
        Path partial = Files.createTempFile(deb.getParent(), "package-", ".part");
        try {
            HttpResponse<Path> response = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NORMAL)
                    .connectTimeout(Duration.ofSeconds(20)).build()
                    .send(HttpRequest.newBuilder(source).timeout(Duration.ofMinutes(2)).build(), HttpResponse.BodyHandlers.ofFile(partial));
            if (response.statusCode() != 200) {
                throw new IOException("fetching " + source + " answered HTTP " + response.statusCode());
            }
            String actual = sha256(partial);
            if (!actual.equalsIgnoreCase(expected)) {
                throw new IOException(source + " has SHA-256 " + actual + ", expected " + expected);
            }
            Files.move(partial, deb, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } finally {
            Files.deleteIfExists(partial);
        }
    }

    /** A .deb is an ar archive whose data.tar.xz holds the installed files. */
    private static void extract(Path deb, String entry, Path target) throws IOException {
        try (var ar = new ArArchiveInputStream(Files.newInputStream(deb))) {
            for (var member = ar.getNextEntry(); member != null; member = ar.getNextEntry()) {
                if (!member.getName().equals("data.tar.xz")) {
                    continue;
                }
                try (var tar = new TarArchiveInputStream(new XZCompressorInputStream(ar, false))) {
                    for (var file = tar.getNextEntry(); file != null; file = tar.getNextEntry()) {
                        if (file.getName().equals(entry)) {
                            Files.copy(tar, target, StandardCopyOption.REPLACE_EXISTING);
                            return;
                        }
                    }
                }
            }
        }
        throw new IOException(deb + " holds no " + entry);
    }

    private static String sha256(Path file) throws IOException {
        MessageDigest digest;
        try {
            digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        try (InputStream in = new DigestInputStream(Files.newInputStream(file), digest)) {
            in.transferTo(OutputStream.nullOutputStream());
        }
        return HexFormat.of().formatHex(digest.digest());
    }
}
