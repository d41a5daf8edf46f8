package dev.onecheck.infra.stack;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;

import org.neo4j.configuration.GraphDatabaseInternalSettings;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.io.ByteUnit;

/** Neo4j Community embedded in the stack JVM, reachable only over Bolt on loopback without auth (development only). */
final class EmbeddedNeo4j implements AutoCloseable {

    private final DatabaseManagementService dbms;
    private final URI bolt;

    private EmbeddedNeo4j(DatabaseManagementService dbms, URI bolt) {
        this.dbms = dbms;
        this.bolt = bolt;
    }

    static EmbeddedNeo4j start(Path home, int boltPort, long pageCacheMegabytes) {
        DatabaseManagementService dbms = new DatabaseManagementServiceBuilder(home)
                .setConfig(BoltConnector.enabled, true)
                .setConfig(BoltConnector.listen_address, new SocketAddress("127.0.0.1", boltPort))
                .setConfig(BoltConnector.encryption_level, BoltConnector.EncryptionLevel.DISABLED)
                .setConfig(GraphDatabaseSettings.auth_enabled, false)
                .setConfig(GraphDatabaseSettings.pagecache_memory, ByteUnit.mebiBytes(pageCacheMegabytes))
                // Transaction logs dominate disk use; keep only what recovery needs.
                .setConfig(GraphDatabaseSettings.keep_logical_logs, "2 files")
                .setConfig(GraphDatabaseSettings.preallocate_logical_logs, false)
                // Tells drivers (connection.recv_timeout_seconds) to give up on a connection silent for 2 s, and keeps a
                // slow but live query from looking silent by sending NOOPs every second: a hung or stopped Neo4j then
                // costs the gateway's graph fields 2 s, not the whole request.
                .setConfig(BoltConnector.connection_keep_alive_type, BoltConnector.KeepAliveRequestType.ALL)
                .setConfig(BoltConnector.connection_keep_alive, Duration.ofSeconds(1))
                .setConfig(BoltConnector.connection_keep_alive_streaming_scheduling_interval, Duration.ofMillis(500))
                .setConfig(BoltConnector.connection_keep_alive_probes, 2)
                // Bolt's netty would otherwise wait ~10 s on shutdown.
                .setConfig(GraphDatabaseInternalSettings.netty_server_shutdown_quiet_period, Duration.ZERO)
                .build();
        return new EmbeddedNeo4j(dbms, URI.create("bolt://127.0.0.1:" + boltPort));
    }

    URI bolt() {
        return bolt;
    }

    @Override
    public void close() {
        dbms.shutdown();
    }
}
