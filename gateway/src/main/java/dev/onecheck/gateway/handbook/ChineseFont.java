package dev.onecheck.gateway.handbook;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import com.openhtmltopdf.extend.FSSupplier;
import dev.onecheck.font.HandbookFont;

/**
 * The font that puts Chinese into the handbook PDF. PDF viewers have no glyphs of their own for it, so the font is
 * embedded, and it must have TrueType outlines (PDFBox embeds no CFF): {@code onecheck.handbook.font} if set, else
 * Droid Sans Fallback from the gateway's own jar (onecheck-handbook-font) — never a download at run time, since a
 * city intranet has no internet.
 */
final class ChineseFont implements FSSupplier<InputStream> {

    private final Path configured;

    ChineseFont(HandbookProperties properties) {
        this.configured = properties.font();
        if (configured != null && !Files.isRegularFile(configured)) {
            throw new IllegalStateException("onecheck.handbook.font names no file: " + configured);
        }
    }

    @Override
    public InputStream supply() {
        if (configured == null) {
            return HandbookFont.open();
        }
        try {
            return Files.newInputStream(configured);
        } catch (IOException e) {
            throw new UncheckedIOException("onecheck.handbook.font cannot be read: " + configured, e);
        }
    }
}
