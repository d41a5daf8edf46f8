package dev.onecheck.font;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * Droid Sans Fallback, carried in this jar (see this module's pom): TrueType outlines with the Chinese glyphs the
 * 一业一册 PDF needs, so rendering never depends on a font installed on the host or a download at run time.
 */
public final class HandbookFont {

    private static final String FILE_NAME = "DroidSansFallbackFull.ttf";

    private HandbookFont() {
    }

    /** A new stream over the font file; the caller closes it. */
    public static InputStream open() {
        InputStream in = HandbookFont.class.getResourceAsStream(FILE_NAME);
        if (in == null) {
            throw new UncheckedIOException(new IOException(FILE_NAME + " is missing from onecheck-handbook-font's jar: rebuild that module"));
        }
        return in;
    }
}
