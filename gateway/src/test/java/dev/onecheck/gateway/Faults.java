package dev.onecheck.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.function.BooleanSupplier;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** What the fault tests do to a server of the test stack, and how they watch the gateway meanwhile. */
final class Faults {

    /** How long a stopped or killed server may take to answer again (a restart included). */
    static final Duration RECOVERY = Duration.ofSeconds(120);
    /**
     * How long health may take before a test calls it hung. Health is built to answer within 2 s; the tests allow
     * more, so a busy build machine does not fail them, and still tell an answer from the 45 s hang of #20.
     */
    private static final Duration HEALTH_WAIT = Duration.ofSeconds(5);

    private Faults() {
    }

    /** kill -NAME pid: STOP, CONT, KILL. */
    static void signal(String name, ProcessHandle process) throws IOException, InterruptedException {
        int exit = new ProcessBuilder("kill", "-" + name, Long.toString(process.pid())).inheritIO().start().waitFor();
        assertThat(exit).as("kill -" + name + " " + process.pid()).isZero();
    }

    /** {@code /actuator/health} as an operator sees it (components shown), which must answer within {@link #HEALTH_WAIT} whatever is down. */
    static JsonNode health(int port) throws IOException, InterruptedException {
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port
                + "/actuator/health")).header("Authorization", "Bearer " + TestTokens.operator()).timeout(HEALTH_WAIT).build(), HttpResponse.BodyHandlers.ofString());
        return JsonMapper.builder().build().readTree(response.body());
    }

    /** Waits until {@code back} holds, at most {@link #RECOVERY}. */
    static void await(String what, BooleanSupplier back) throws InterruptedException {
        Instant deadline = Instant.now().plus(RECOVERY);
        while (!back.getAsBoolean()) {
            assertThat(Instant.now()).as(what + " is back within " + RECOVERY.toSeconds() + " s").isBefore(deadline);
            Thread.sleep(1000);
        }
    }
}
