package dev.onecheck.gateway.handbook;

import java.nio.charset.StandardCharsets;

import dev.onecheck.store.handbook.HandbookReader;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** 一业一册 as a public page and PDF, for firms that will not use an API: {@code /handbooks/{industry}.html|.pdf}. */
@Controller
class HandbookPages {

    private final HandbookReader reader;
    private final HandbookPdf pdf;

    HandbookPages(HandbookReader reader, HandbookPdf pdf) {
        this.reader = reader;
        this.pdf = pdf;
    }

    @GetMapping(value = "/handbooks/{industry}.html", produces = MediaType.TEXT_HTML_VALUE + ";charset=UTF-8")
    ResponseEntity<String> html(@PathVariable String industry) {
        return reader.handbook(industry).map(h -> ResponseEntity.ok(HandbookPage.of(h))).orElseGet(() -> ResponseEntity.notFound().build());
    }

    @GetMapping(value = "/handbooks/{industry}.pdf", produces = MediaType.APPLICATION_PDF_VALUE)
    ResponseEntity<byte[]> pdf(@PathVariable String industry) {
        return reader.handbook(industry).map(h -> ResponseEntity.ok()
                        .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline()
                                .filename(h.industry().name() + "一业一册.pdf", StandardCharsets.UTF_8).build().toString())
                        .body(pdf.render(HandbookPage.of(h))))
                .orElseGet(() -> ResponseEntity.notFound().build());
    }
}
