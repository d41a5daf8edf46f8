package dev.onecheck.gateway.handbook;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;

import dev.onecheck.domain.catalog.Industry;
import dev.onecheck.domain.catalog.Item;
import dev.onecheck.domain.law.LawReference;
import dev.onecheck.gateway.GatewayTest;
import dev.onecheck.gateway.TestTokens;
import dev.onecheck.infra.test.TestStack;
import dev.onecheck.search.index.KnowledgeBaseFixture;
import dev.onecheck.store.catalog.CatalogStore;
import io.micrometer.core.instrument.MeterRegistry;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;

/**
 * Issue 20, finding 6: the public PDF handbook is no lever on the gateway's CPU. A handbook renders once per
 * content and again only after a load changes it; past the renderers a request is told to come back (503 +
 * Retry-After); anonymous clients get so many requests per address (429 + Retry-After). The handbook requests that
 * are not about the rate limit carry a token, so they are not counted by it.
 */
@GatewayTest
@TestPropertySource(properties = {"onecheck.anonymous-rate.limit=4", "onecheck.anonymous-rate.period=1h",
        "onecheck.handbook.rendering.renderers=1", "onecheck.handbook.rendering.queue-timeout=0s"})
class HandbookLoadIT {

    @LocalServerPort
    int port;

    @Autowired
    RenderedHandbooks pdfs;

    @Autowired
    MeterRegistry meters;

    private final HttpClient http = HttpClient.newHttpClient();

    @BeforeEach
    void aRestaurantHandbook() {
        KnowledgeBaseFixture.load(TestStack.driver());
        CatalogStore catalog = new CatalogStore(TestStack.driver());
        catalog.writeIndustries(List.of(new Industry("H", "住宿和餐饮业", null), new Industry("62", "餐饮业", "H"),
                new Industry("6210", "正餐服务", "62")));
        catalog.writeItems(List.of(item("食品经营许可情况检查")));
    }

    private static Item item(String name) {
        return new Item("JH-SCJG-001", name, "双随机抽查", "检查是否取得食品经营许可", "经营者", List.of("现场检查"), "市级", "JH-SCJG",
                List.of(), List.of(LawReference.of("食品安全法", 35)), List.of("6210"));
    }

    private HttpResponse<byte[]> get(String path, String token, String ifNoneMatch) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        if (ifNoneMatch != null) {
            request.header("If-None-Match", ifNoneMatch);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    private HttpResponse<byte[]> pdf() throws Exception {
        return get("/handbooks/6210.pdf", TestTokens.officer(), null);
    }

    private double renders() {
        return meters.get("onecheck.handbook.renders").counter().count();
    }

    private static String text(byte[] pdf) throws Exception {
        try (var document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        }
    }

    @Test
    void aHandbookRendersOncePerContentAndAgainOnlyAfterALoadChangesIt() throws Exception {
        catalog().writeItems(List.of(item("食品经营许可检查（缓存）")));
        double before = renders();
        HttpResponse<byte[]> first = pdf();
        HttpResponse<byte[]> second = pdf();
        assertThat(first.statusCode()).isEqualTo(200);
        assertThat(second.body()).isEqualTo(first.body());
        assertThat(renders()).isEqualTo(before + 1);
        String etag = first.headers().firstValue("ETag").orElseThrow();
        assertThat(get("/handbooks/6210.pdf", TestTokens.officer(), etag).statusCode()).isEqualTo(304);

        catalog().writeItems(List.of(item("食品经营许可检查（已更新）")));
        HttpResponse<byte[]> afterLoad = pdf();
        assertThat(renders()).isEqualTo(before + 2);
        assertThat(afterLoad.headers().firstValue("ETag")).isNotEqualTo(first.headers().firstValue("ETag"));
        assertThat(text(afterLoad.body())).contains("已更新");
    }

    @Test
    void pastTheRenderersARequestIsToldToComeBack() throws Exception {
        catalog().writeItems(List.of(item("食品经营许可检查（繁忙）")));
        HttpResponse<byte[]>[] busy = new HttpResponse[1];
        pdfs.whileRendering(() -> {
            try {
                busy[0] = pdf();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        assertThat(busy[0].statusCode()).isEqualTo(503);
        assertThat(busy[0].headers().firstValue("Retry-After")).hasValue("2");
        assertThat(pdf().statusCode()).as("nothing half-done was cached").isEqualTo(200);
    }

    @Test
    void anonymousClientsGetSoManyRequestsPerAddressAndThePagesRunNoScript() throws Exception {
        HttpResponse<byte[]> page = get("/handbooks/6210.html", null, null);
        assertThat(page.headers().firstValue("Content-Security-Policy")).hasValueSatisfying(policy ->
                assertThat(policy).contains("default-src 'none'", "frame-ancestors 'none'").doesNotContain("script-src"));
        assertThat(get("/verify?code=x", null, null).headers().firstValue("Content-Security-Policy")).isPresent();
        for (int i = 0; i < 2; i++) {
            assertThat(get("/verify?code=x", null, null).statusCode()).isEqualTo(200);
        }
        HttpResponse<byte[]> refused = get("/handbooks/6210.html", null, null);
        assertThat(refused.statusCode()).isEqualTo(429);
        assertThat(Long.parseLong(refused.headers().firstValue("Retry-After").orElseThrow())).isBetween(1L, 3600L);
        assertThat(get("/handbooks/6210.html", TestTokens.officer(), null).statusCode()).as("a caller with a token is not counted").isEqualTo(200);
    }

    private static CatalogStore catalog() {
        return new CatalogStore(TestStack.driver());
    }
}
