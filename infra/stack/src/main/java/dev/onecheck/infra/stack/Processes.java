package dev.onecheck.infra.stack;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/** Runs short helper commands (useradd, chown, elasticsearch-plugin, elasticsearch-keystore) and reports their output on failure. */
final class Processes {

    record Result(int exitCode, String output) {
    }

    private Processes() {
    }

    static Result run(List<String> command) throws IOException, InterruptedException {
        return run(command, Map.of());
    }

    static Result run(List<String> command, Map<String, String> environment) throws IOException, InterruptedException {
        return run(command, environment, "");
    }

    /** Runs {@code command} with {@code input} on its stdin (a secret a tool reads there, never from its arguments). */
    static Result run(List<String> command, Map<String, String> environment, String input) throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().putAll(environment);
        Process process = builder.start();
        try (var stdin = process.getOutputStream()) {
            stdin.write(input.getBytes(StandardCharsets.UTF_8));
        }
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        return new Result(process.waitFor(), output);
    }

    static void check(List<String> command) throws IOException, InterruptedException {
        check(command, Map.of());
    }

    static void check(List<String> command, Map<String, String> environment) throws IOException, InterruptedException {
        check(command, environment, "");
    }

    static void check(List<String> command, Map<String, String> environment, String input) throws IOException, InterruptedException {
        Result result = run(command, environment, input);
        if (result.exitCode() != 0) {
            throw new IOException(String.join(" ", command) + " failed with exit code " + result.exitCode() + ":\n" + result.output());
        }
    }
}
