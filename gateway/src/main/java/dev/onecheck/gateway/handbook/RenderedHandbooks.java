package dev.onecheck.gateway.handbook;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;

/**
 * 一业一册 PDFs, rendered once per content and at most {@code renderers} at a time. Rendering costs a core for
 * about a second; anonymous clients asking for the same handbook over and over must not take the officers' CPU.
 * <p>
 * The cache is keyed by the industry and the SHA-256 of the page the PDF is made from — the data version of that
 * handbook. A load that changes anything the handbook says (an item, a provision, a tier, a published case) makes a
 * new key, so a stale PDF is never served and no load has to tell the gateway; entries no longer asked for age out
 * of the cache, which is bounded by bytes. The same digest is the PDF's ETag. Concurrent requests for one handbook
 * wait for the one rendering; past {@code renderers}, a request waits {@code queueTimeout} for a slot and is then told to
 * come back ({@link Busy}).
 */
final class RenderedHandbooks {

    /** No rendering slot came free in time. */
    static final class Busy extends RuntimeException {

        Busy() {
            super("all handbook renderers are busy", null, false, false);
        }
    }

    private final HandbookPdf renderer;
    private final Cache<String, byte[]> pdfs;
    private final Semaphore slots;
    private final Duration queueTimeout;
    private final Counter renders;

    RenderedHandbooks(HandbookPdf renderer, HandbookProperties.Rendering limits, MeterRegistry meters) {
        this.renderer = renderer;
        this.pdfs = Caffeine.newBuilder().maximumWeight(limits.cacheSize().toBytes())
                .weigher((String key, byte[] pdf) -> pdf.length).build();
        this.slots = new Semaphore(limits.renderers(), true);
        this.queueTimeout = limits.queueTimeout();
        this.renders = Counter.builder("onecheck.handbook.renders").description("一业一册 PDFs rendered (not served from the cache)")
                .register(meters);
    }

    /** The content version of a handbook page, without rendering it: enough to answer a conditional request. */
    static String version(String xhtml) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(xhtml.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    /** The PDF of a handbook page whose {@link #version} is {@code version}. */
    byte[] pdf(String industry, String version, String xhtml) {
        return pdfs.get(industry + "@" + version, key -> render(xhtml));
    }

    /** Holds a rendering slot while {@code work} runs, as a rendering does: how a test fills the slots. */
    void whileRendering(Runnable work) throws InterruptedException {
        slots.acquire();
        try {
            work.run();
        } finally {
            slots.release();
        }
    }

    private byte[] render(String xhtml) {
        try {
            if (!slots.tryAcquire(queueTimeout.toMillis(), TimeUnit.MILLISECONDS)) {
                throw new Busy();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new Busy();
        }
        try {
            renders.increment();
            return renderer.render(xhtml);
        } finally {
            slots.release();
        }
    }
}
