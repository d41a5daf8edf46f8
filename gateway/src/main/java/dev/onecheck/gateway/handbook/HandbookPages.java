package dev.onecheck.gateway.handbook;

import java.nio.charset.StandardCharsets;
import java.util.Optional;

import dev.onecheck.store.handbook.HandbookReader.Handbook;
import dev.onecheck.store.handbook.HandbookReader;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.context.request.WebRequest;

/**
 * 一业一册 as a public page and PDF, for firms that will not use an API: {@code /handbooks/{industry}.html|.pdf}. The
 * PDF carries its content version as ETag, so a client that has it gets 304 without a rendering; when every
 * renderer is busy past the wait, 503 with {@code Retry-After}.
 */
@Controller
class HandbookPages {

    /** Seconds a client told to come back should wait: about one rendering. */
    private static final String RETRY_AFTER_SECONDS = "2";

    private final HandbookReader reader;
    private final RenderedHandbooks pdfs;

    HandbookPages(HandbookReader reader, RenderedHandbooks pdfs) {
        this.reader = reader;
        this.pdfs = pdfs;
    }

    @GetMapping(value = "/handbooks/{industry}.html", produces = MediaType.TEXT_HTML_VALUE + ";charset=UTF-8")
    ResponseEntity<String> html(@PathVariable String industry) {
        return reader.handbook(industry).map(h -> ResponseEntity.ok(HandbookPage.of(h))).orElseGet(() -> ResponseEntity.notFound().build());
    }

    @GetMapping(value = "/handbooks/{industry}.pdf", produces = MediaType.APPLICATION_PDF_VALUE)
    ResponseEntity<byte[]> pdf(@PathVariable String industry, WebRequest request) {
        Optional<Handbook> handbook = reader.handbook(industry);
        if (handbook.isEmpty()) {
            return ResponseEntity.notFound().build();
        }
        String page = HandbookPage.of(handbook.get());
        String version = RenderedHandbooks.version(page);
        if (request.checkNotModified("\"" + version + "\"")) {
            return null;
        }
        byte[] pdf;
        try {
            pdf = pdfs.pdf(industry, version, page);
        } catch (RenderedHandbooks.Busy busy) {
            return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).header(HttpHeaders.RETRY_AFTER, RETRY_AFTER_SECONDS).build();
        }
        return ResponseEntity.ok()
                .eTag(version)
                .cacheControl(CacheControl.noCache().cachePublic())
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline()
                        .filename(handbook.get().industry().name() + "一业一册.pdf", StandardCharsets.UTF_8).build().toString())
                .body(pdf);
    }
}
