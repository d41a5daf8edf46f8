package dev.onecheck.gateway.http;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Addresses of the public pages as the outside world reaches the gateway ({@code onecheck.public-url}): what a
 * printed QR code opens and what a handbook link points to must not depend on the request that made them.
 */
@Component
public class PublicUrls {

    private final String base;

    PublicUrls(@Value("${onecheck.public-url}") String base) {
        this.base = base;
    }

    /** The check page a scanned 行政行为码 opens. */
    public String verify(String code) {
        return UriComponentsBuilder.fromUriString(base).path("/verify").queryParam("code", code).encode().toUriString();
    }

    /** The QR image of a 行政行为码. */
    public String qr(String code) {
        return UriComponentsBuilder.fromUriString(base).path("/action-codes/qr.png").queryParam("code", code).encode().toUriString();
    }

    /** 一业一册 of an industry as a page ({@code html}) or a PDF ({@code pdf}). */
    public String handbook(String industry, String format) {
        return UriComponentsBuilder.fromUriString(base).path("/handbooks/{industry}.{format}").buildAndExpand(industry, format).encode().toUriString();
    }
}
