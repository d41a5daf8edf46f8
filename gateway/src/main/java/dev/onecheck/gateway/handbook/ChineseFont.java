package dev.onecheck.gateway.handbook;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;

import org.apache.commons.compress.archivers.ar.ArArchiveInputStream;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.apache.commons.compress.compressors.xz.XZCompressorInputStream;

/**
 * The font that puts Chinese into the handbook PDF. PDF viewers have no glyphs of their own for it, so the font
 * is embedded, and it must have TrueType outlines (PDFBox embeds no CFF). Found in this order: the configured
 * file, Droid Sans Fallback installed from Debian's fonts-droid-fallback, the cached copy, and last the same
 * package fetched once, its SHA-256 checked, and the font taken out of it.
 */
final class ChineseFont {

    static final String FILE_NAME = "DroidSansFallbackFull.ttf";
    private static final List<Path> INSTALLED = List.of(Path.of("/usr/share/fonts/truetype/droid", FILE_NAME));
    private static final String ENTRY = "./usr/share/fonts/truetype/droid/" + FILE_NAME;

    private final HandbookProperties properties;
    private Path file;

    ChineseFont(HandbookProperties properties) {
        this.properties = properties;
    }

    synchronized Path file() {
        if (file == null) {
            file = locate();
        }
        return file;
    }

    private Path locate() {
        if (properties.font() != null) {
            if (!Files.isRegularFile(properties.font())) {
                throw new IllegalStateException("onecheck.handbook.font names no file: " + properties.font());
            }
            return properties.font();
        }
        Path cached = properties.fontCache().resolve(FILE_NAME);
        return Stream.concat(INSTALLED.stream(), Stream.of(cached)).filter(Files::isRegularFile).findFirst().orElseGet(() -> fetch(cached));
    }

    private Path fetch(Path target) {
        try {
            Files.createDirectories(target.getParent());
            Path deb = Files.createTempFile(target.getParent(), "font-", ".deb");
            try {
                HttpResponse<Path> response = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NORMAL)
                        .connectTimeout(Duration.ofSeconds(20)).build()
                        .send(HttpRequest.newBuilder(properties.fontPackage()).timeout(Duration.ofMinutes(2)).build(),
                                HttpResponse.BodyHandlers.ofFile(deb));
                if (response.statusCode() != 200) {
                    throw new IllegalStateException("fetching " + properties.fontPackage() + " answered HTTP " + response.statusCode());
                }
                String sha256 = sha256(deb);
                if (!sha256.equalsIgnoreCase(properties.fontPackageSha256())) {
                    throw new IllegalStateException(properties.fontPackage() + " has SHA-256 " + sha256 + ", expected " + properties.fontPackageSha256());
                }
                Path partial = Files.createTempFile(target.getParent(), "font-", ".ttf");
                extract(deb, partial);
                return Files.move(partial, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } finally {
                Files.deleteIfExists(deb);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("no Chinese font for the PDF: set onecheck.handbook.font to a TrueType font with Chinese glyphs, "
                    + "or install fonts-droid-fallback (" + e.getMessage() + ")", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while fetching the Chinese font", e);
        }
    }

    /** A .deb is an ar archive whose data.tar.xz holds the installed files. */
    private static void extract(Path deb, Path target) throws IOException {
        try (var ar = new ArArchiveInputStream(Files.newInputStream(deb))) {
            for (var member = ar.getNextEntry(); member != null; member = ar.getNextEntry()) {
                if (!member.getName().equals("data.tar.xz")) {
                    continue;
                }
                try (var tar = new TarArchiveInputStream(new XZCompressorInputStream(ar, false))) {
                    for (var entry = tar.getNextEntry(); entry != null; entry = tar.getNextEntry()) {
                        if (entry.getName().equals(ENTRY)) {
                            Files.copy(tar, target, StandardCopyOption.REPLACE_EXISTING);
                            return;
                        }
                    }
                }
            }
        }
        throw new IOException("the package holds no " + ENTRY);
    }

    private static String sha256(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            byte[] buffer = new byte[64 * 1024];
            for (int n = in.read(buffer); n > 0; n = in.read(buffer)) {
                digest.update(buffer, 0, n);
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
