package dev.onecheck.gateway.handbook;

import java.nio.file.Path;
import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * {@code onecheck.handbook.*}: a TrueType font with Chinese glyphs for the PDF to embed instead of the bundled Droid
 * Sans Fallback ({@code font}, optional); {@code rendering}: how many PDFs render at once,
 * how long a request waits for a free renderer, and how many bytes of rendered PDFs are kept.
 */
@ConfigurationProperties("onecheck.handbook")
record HandbookProperties(Path font, @DefaultValue Rendering rendering) {

    record Rendering(@DefaultValue("2") int renderers, @DefaultValue("2s") Duration queueTimeout, @DefaultValue("64MB") DataSize cacheSize) {

        Rendering {
            if (renderers < 1) {
                throw new IllegalArgumentException("onecheck.handbook.rendering.renderers must be at least 1, got " + renderers);
            }
        }
    }
}
