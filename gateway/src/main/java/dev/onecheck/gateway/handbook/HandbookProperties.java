package dev.onecheck.gateway.handbook;

import java.net.URI;
import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code onecheck.handbook.*}: the TrueType font with Chinese glyphs the PDF embeds ({@code font}); when none is
 * set or installed, Droid Sans Fallback is taken once from its Debian package ({@code font-package}, checked
 * against {@code font-package-sha256}) into {@code font-cache}.
 */
@ConfigurationProperties("onecheck.handbook")
record HandbookProperties(Path font, Path fontCache, URI fontPackage, String fontPackageSha256) {
}
