package dev.onecheck.gateway.handbook;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * {@code onecheck.handbook.*}: the TrueType font with Chinese glyphs the PDF embeds ({@code font}); when none is
 * set or installed, Droid Sans Fallback is taken once from its Debian package ({@code font-package}, checked
 * against {@code font-package-sha256}) into {@code font-cache}. {@code rendering}: how many PDFs render at once,
 * how long a request waits for a free renderer, and how many bytes of rendered PDFs are kept.
 */
@ConfigurationProperties("onecheck.handbook")
record HandbookProperties(Path font, Path fontCache, URI fontPackage, String fontPackageSha256, @DefaultValue Rendering rendering) {

    record Rendering(@DefaultValue("2") int renderers, @DefaultValue("2s") Duration queueTimeout, @DefaultValue("64MB") DataSize cacheSize) {

        Rendering {
            if (renderers < 1) {
                throw new IllegalArgumentException("onecheck.handbook.rendering.renderers must be at least 1, got " + renderers);
            }
        }
    }
}
