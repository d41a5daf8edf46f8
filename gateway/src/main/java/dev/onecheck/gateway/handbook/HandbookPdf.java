package dev.onecheck.gateway.handbook;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import dev.onecheck.gateway.http.XhtmlPage;

/** Renders a handbook page to PDF with the Chinese font embedded (subset), so it prints the same everywhere. */
final class HandbookPdf {

    private final ChineseFont font;

    HandbookPdf(ChineseFont font) {
        this.font = font;
    }

    byte[] render(String xhtml) {
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.useFastMode();
            builder.useFont(font, XhtmlPage.FONT_FAMILY);
            builder.withHtmlContent(xhtml, null);
            builder.toStream(out);
            builder.run();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
