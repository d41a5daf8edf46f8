package dev.onecheck.gateway.graphiql;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import dev.onecheck.gateway.Browser;
import dev.onecheck.gateway.GatewayTest;
import dev.onecheck.gateway.TestTokens;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * GraphiQL on a machine without internet: in Chromium, the page loads nothing from another host (the policy would
 * refuse it anyway), logs no error, runs an operation with the token typed into its Headers tab, and passes axe-core.
 */
@GatewayTest
class GraphiQlPageIT {

    @LocalServerPort
    int port;

    private String origin() {
        return "http://127.0.0.1:" + port;
    }

    @Test
    void loadsOnlyFromTheGatewayAndRunsAnOperationWithTheTokenOfItsHeadersTab() {
        try (Browser browser = Browser.open(1280)) {
            browser.get(origin() + "/graphiql");
            browser.await(".graphiql-execute-button");
            browser.screenshot("graphiql-desk");

            // GraphiQL 2 edits with CodeMirror 5, whose instance hangs on its element: set the editors as a person would type.
            browser.script("""
                    const editors = document.querySelectorAll('.graphiql-editor .CodeMirror');
                    editors[0].CodeMirror.setValue('{ laws(first: 1) { pageInfo { hasNextPage } } }');
                    document.querySelector('.graphiql-editor-tool .graphiql-editor:not(.hidden) .CodeMirror').CodeMirror
                        .setValue(JSON.stringify({ Authorization: 'Bearer ' + arguments[0] }));
                    """, TestTokens.officer());
            browser.await(".graphiql-execute-button").click();
            String result = browser.until(driver -> {
                Object text = browser.script("return document.querySelector('.result-window .CodeMirror').CodeMirror.getValue()");
                return text instanceof String s && s.contains("hasNextPage") ? s : null;
            });
            browser.screenshot("graphiql-result");

            assertThat(result).contains("\"hasNextPage\"").doesNotContain("\"errors\"");
            assertThat(browser.resourcesNotFrom(origin())).isEmpty();
            // Nor a link off the intranet (GraphiQL's own logo links to github.com; ours names the gateway instead).
            assertThat(browser.script("return [...document.querySelectorAll('a[href]')].map(a => a.href).filter(h => !h.startsWith(arguments[0]))",
                    origin())).asList().isEmpty();
            assertThat(browser.consoleErrors()).isEmpty();
            assertThat(browser.accessibilityViolations()).isEmpty();
        }
    }

    @Test
    void fitsAPhone() {
        try (Browser browser = Browser.open(375)) {
            browser.get(origin() + "/graphiql");
            browser.await(".graphiql-execute-button");
            browser.screenshot("graphiql-phone");
            Object overflow = browser.script("return document.documentElement.scrollWidth - window.innerWidth");
            assertThat(((Number) overflow).intValue()).isLessThanOrEqualTo(0);
        }
    }

    @Test
    void thePageAndItsAssetsCarryAPolicyThatAllowsOnlyThisOrigin() throws Exception {
        HttpClient client = HttpClient.newHttpClient();
        for (String path : new String[] {"/graphiql", "/graphiql/app/start.js", "/graphiql/lib/graphiql/graphiql.min.js"}) {
            HttpResponse<Void> response = client.send(HttpRequest.newBuilder(URI.create(origin() + path)).build(), HttpResponse.BodyHandlers.discarding());
            assertThat(response.statusCode()).as(path).isEqualTo(200);
            assertThat(response.headers().firstValue("Content-Security-Policy")).as(path).hasValueSatisfying(policy -> assertThat(policy)
                    .contains("default-src 'none'", "script-src 'self'", "connect-src 'self'").doesNotContain("esm.sh", "http"));
        }
    }
}
