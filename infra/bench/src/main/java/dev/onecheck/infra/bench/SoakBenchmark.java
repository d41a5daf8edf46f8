package dev.onecheck.infra.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The soak (#20): {@code clients} closed-loop clients for {@code seconds}, mixing what a busy city sends at once —
 * officers' searches, nested graph reads, the public's heavy law lists, anonymous handbook PDFs and admins'
 * mutations — while a probe asks {@code /actuator/health} (2 s allowed) and reads the heap from the gateway's
 * Prometheus metrics every {@link #SAMPLE_EVERY}. Reports per class p50/p99 and status codes, and heap and health over
 * time. A client told 503 with {@code Retry-After} waits that long, as a well-behaved client does; a request's
 * failure is counted, never the end of the run. Judges nothing: the figures are for the README.
 *
 * <pre>
 * SoakBenchmark [--clients 32] [--seconds 600] [--out var/bench/soak.md]
 * </pre>
 */
public final class SoakBenchmark {

    static final Duration SAMPLE_EVERY = Duration.ofSeconds(10);
    static final String NO_RETRY_AFTER = "503 without Retry-After";
    private static final Duration HEALTH_LIMIT = Duration.ofSeconds(2);
    private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(60);
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final List<String> SEARCHES = List.of("无证经营", "饭馆没办证就营业", "消防通道堵塞", "超范围经营",
            "过期食品", "未取得食品经营许可从事食品经营活动", "灭火器过期", "排污超标");

    /** One kind of traffic: who sends it, and how one request is built. */
    private enum Mix {
        OFFICER_SEARCH("officer search", "officer"),
        NESTED_GRAPH("nested graph (scenarios → items → basis)", "officer"),
        PUBLIC_LISTS("PUBLIC heavy law lists", "public"),
        HANDBOOK_PDF("anonymous handbook PDF", null),
        MUTATION("mutation (setWhiteListed)", "dept-admin");

        final String label;
        final String account;

        Mix(String label, String account) {
            this.label = label;
            this.account = account;
        }

        /** 32 clients: 8 search, 8 nested graph, 8 public lists, 4 PDFs, 4 mutations. */
        static Mix ofClient(int client) {
            return switch (client % 8) {
                case 0, 1 -> OFFICER_SEARCH;
                case 2, 3 -> NESTED_GRAPH;
                case 4, 5 -> PUBLIC_LISTS;
                case 6 -> HANDBOOK_PDF;
                default -> MUTATION;
            };
        }

        HttpRequest request(URI gateway, String token, int sequence) {
            return switch (this) {
                case HANDBOOK_PDF -> HttpRequest.newBuilder(gateway.resolve("/handbooks/6210.pdf")).timeout(REQUEST_TIMEOUT).build();
                default -> graphql(gateway, token, switch (this) {
                    case OFFICER_SEARCH -> "{ search(text: \"" + SEARCHES.get(sequence % SEARCHES.size())
                            + "\", first: 10) { edges { node { kind provision { id article } standard { code } } } } }";
                    case NESTED_GRAPH -> """
                            { scenarios(first: 100) { edges { node { code name
                              items { code name basis { id article label text law { id title level versionDate } } } } } } }""";
                    case PUBLIC_LISTS -> "{ laws(first: 100) { edges { node { title provisions { text } } } } }";
                    default -> "mutation { setWhiteListed(uscc: \"91329900MA1JH0001C\", whiteListed: true, reason: \"soak\") { whiteListed } }";
                });
            };
        }
    }

    private SoakBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int clients = 32;
        int seconds = 600;
        Path out = Path.of("var/bench/soak.md");
        for (int i = 0; i + 1 < args.length; i += 2) {
            switch (args[i]) {
                case "--clients" -> clients = Integer.parseInt(args[i + 1]);
                case "--seconds" -> seconds = Integer.parseInt(args[i + 1]);
                case "--out" -> out = Path.of(args[i + 1]);
                default -> throw new IllegalArgumentException("unknown option " + args[i] + " (--clients N --seconds S --out FILE)");
            }
        }
        Endpoints endpoints = Endpoints.fromEnvironment();
        Map<String, String> tokens = new HashMap<>();
        for (String account : List.of("officer", "public", "dept-admin", "operator")) {
            tokens.put(account, GatewayClient.signIn(endpoints, account).token());
        }
        SoakLog log = new SoakLog();
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        System.out.printf("soak: %d clients for %d s against %s%n", clients, seconds, endpoints.gateway());
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5)).build();
        try (ExecutorService pool = Executors.newVirtualThreadPerTaskExecutor()) {
            List<Future<?>> running = new ArrayList<>();
            for (int c = 0; c < clients; c++) {
                Mix mix = Mix.ofClient(c);
                String token = mix.account == null ? null : tokens.get(mix.account);
                running.add(pool.submit(() -> client(http, endpoints.gateway(), mix, token, end, log)));
            }
            running.add(pool.submit(() -> probe(http, endpoints.gateway(), tokens.get("operator"), end, log)));
            for (Future<?> f : running) {
                f.get();
            }
        }
        MarkdownTable.write(out, log.report(clients, seconds, Mix.values().length, m -> Mix.values()[m].label));
    }

    private static Void client(HttpClient http, URI gateway, Mix mix, String token, long end, SoakLog log) throws InterruptedException {
        for (int sequence = 0; System.nanoTime() < end; sequence++) {
            long begin = System.nanoTime();
            String outcome;
            long retryAfter = 0;
            try {
                HttpResponse<String> response = http.send(mix.request(gateway, token, sequence), HttpResponse.BodyHandlers.ofString());
                outcome = outcome(response);
                if (response.statusCode() == 503) {
                    retryAfter = response.headers().firstValueAsLong("Retry-After").orElse(0);
                    if (retryAfter == 0) {
                        outcome = NO_RETRY_AFTER;
                    }
                }
            } catch (HttpTimeoutException e) {
                outcome = "no answer in " + REQUEST_TIMEOUT.toSeconds() + " s";
            } catch (IOException e) {
                outcome = "connection failed";
                retryAfter = 1;
            }
            log.request(mix.ordinal(), outcome, (System.nanoTime() - begin) / 1e6);
            if (retryAfter > 0) {
                Thread.sleep(Duration.ofSeconds(retryAfter));
            }
        }
        return null;
    }

    /** "200", "200 RESPONSE_TOO_LARGE", "503 OVERLOADED" (with the first GraphQL error code) …: what the report counts. */
    private static String outcome(HttpResponse<String> response) {
        String status = Integer.toString(response.statusCode());
        if (response.body().startsWith("{") && response.body().contains("\"errors\"")) {
            JsonNode errors = JSON.readTree(response.body()).path("errors");
            return status + " " + (errors.isEmpty() ? "error" : errors.get(0).path("extensions").path("code").asString("error"));
        }
        return status;
    }

    private static Void probe(HttpClient http, URI gateway, String supervisor, long end, SoakLog log) throws InterruptedException {
        while (System.nanoTime() < end) {
            long begin = System.nanoTime();
            String health;
            try {
                HttpResponse<String> response = http.send(HttpRequest.newBuilder(gateway.resolve("/actuator/health"))
                        .timeout(HEALTH_LIMIT).build(), HttpResponse.BodyHandlers.ofString());
                health = JSON.readTree(response.body()).path("status").asString("?");
            } catch (IOException | RuntimeException e) {
                health = e instanceof HttpTimeoutException ? "no answer in 2 s" : "connection failed";
            }
            double healthMillis = (System.nanoTime() - begin) / 1e6;
            log.sample(health, healthMillis, heap(http, gateway, supervisor));
            Thread.sleep(SAMPLE_EVERY);
        }
        return null;
    }

    /**
     * Heap in use, the share of the long-lived pool still used after the last collection (Micrometer's
     * {@code jvm.memory.usage.after.gc}: what a leak makes grow), and the heap's limit, from {@code /actuator/prometheus}.
     */
    private static SoakLog.Heap heap(HttpClient http, URI gateway, String supervisor) {
        try {
            String metrics = http.send(HttpRequest.newBuilder(gateway.resolve("/actuator/prometheus"))
                    .header("Authorization", "Bearer " + supervisor).timeout(Duration.ofSeconds(5)).build(),
                    HttpResponse.BodyHandlers.ofString()).body();
            return new SoakLog.Heap(PrometheusText.sum(metrics, "jvm_memory_used_bytes", "area=\"heap\""),
                    PrometheusText.sum(metrics, "jvm_memory_usage_after_gc", "area=\"heap\""),
                    PrometheusText.sum(metrics, "jvm_memory_max_bytes", "area=\"heap\""));
        } catch (IOException | RuntimeException e) {
            return SoakLog.Heap.UNKNOWN;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return SoakLog.Heap.UNKNOWN;
        }
    }

    private static HttpRequest graphql(URI gateway, String token, String query) {
        return HttpRequest.newBuilder(gateway.resolve("/graphql")).timeout(REQUEST_TIMEOUT)
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                .header("Accept", "application/graphql-response+json")
                .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(Map.of("query", query)))).build();
    }
}
