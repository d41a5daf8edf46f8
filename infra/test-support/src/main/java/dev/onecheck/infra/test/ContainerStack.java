package dev.onecheck.infra.test;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import dev.onecheck.infra.stack.GeneratedPassword;
import dev.onecheck.infra.stack.StackEndpoints;
import org.testcontainers.containers.GenericContainer;
import org.testcontainers.containers.wait.strategy.Wait;
import org.testcontainers.utility.DockerImageName;

/**
 * The test stack as containers of this repository's images ({@code onecheck/neo4j}, {@code onecheck/elasticsearch},
 * built by {@code ./onecheck images}), through Testcontainers, with passwords generated into a scratch credentials
 * folder like the embedded stack's — so every test runs unchanged on either. Nothing is pulled (no registry is
 * reachable): an image that is missing fails the start with Testcontainers' own message. Testcontainers' Neo4j and
 * Elasticsearch modules are not used: they expect the official images' HTTP ports and TLS set-up, which ours (Bolt
 * only; HTTP without TLS, like the embedded stack) do not have. Ryuk cannot run here (its image is not pullable), so
 * the containers are stopped by the test JVM's shutdown hook.
 */
final class ContainerStack implements AutoCloseable {

    private static final Duration START = Duration.ofMinutes(3);
    private static final String TAG = System.getProperty("onecheck.image.tag", "dev");

    private final List<GenericContainer<?>> containers;
    private final StackEndpoints endpoints;

    private ContainerStack(List<GenericContainer<?>> containers, StackEndpoints endpoints) {
        this.containers = containers;
        this.endpoints = endpoints;
    }

    static ContainerStack start(Path var) throws IOException {
        Path credentials = var.resolve("containers-" + ProcessHandle.current().pid()).resolve("credentials");
        StackEndpoints files = new StackEndpoints(URI.create("bolt://unused"), URI.create("http://unused"), credentials);
        String neo4jPassword = GeneratedPassword.ensure(files.neo4jPasswordFile());
        String elasticPassword = GeneratedPassword.ensure(files.elasticsearchPasswordFile());
        GenericContainer<?> neo4j = container("neo4j", 7687).withEnv("NEO4J_PASSWORD", neo4jPassword);
        GenericContainer<?> elasticsearch = container("elasticsearch", 9200).withEnv("ELASTIC_PASSWORD", elasticPassword);
        List<GenericContainer<?>> containers = List.of(neo4j, elasticsearch);
        try {
            containers.parallelStream().forEach(GenericContainer::start);
        } catch (RuntimeException e) {
            containers.forEach(GenericContainer::stop);
            throw e;
        }
        return new ContainerStack(containers, new StackEndpoints(
                URI.create("bolt://" + neo4j.getHost() + ":" + neo4j.getMappedPort(7687)),
                URI.create("http://" + elasticsearch.getHost() + ":" + elasticsearch.getMappedPort(9200)), credentials));
    }

    /** An image's container, ready when the image's own health check says so. */
    private static GenericContainer<?> container(String image, int port) {
        return new GenericContainer<>(DockerImageName.parse("onecheck/" + image + ":" + TAG))
                .withImagePullPolicy(name -> false)
                .withExposedPorts(port)
                .withLabel("dev.onecheck.test-jvm", Long.toString(ProcessHandle.current().pid()))
                .waitingFor(Wait.forHealthcheck().withStartupTimeout(START));
    }

    StackEndpoints endpoints() {
        return endpoints;
    }

    @Override
    public void close() {
        containers.forEach(GenericContainer::stop);
    }
}
