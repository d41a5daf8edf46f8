package dev.onecheck.infra.stack;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

import org.neo4j.configuration.GraphDatabaseInternalSettings;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.graphdb.QueryExecutionException;
import org.neo4j.io.ByteUnit;

/**
 * Neo4j Community embedded in a JVM of the stack, reachable only over Bolt on loopback, with authentication: the user
 * {@value GeneratedPassword#NEO4J_USER} has the stack's generated password ({@link GeneratedPassword}). Every transaction is cut by
 * Neo4j after {@link #TRANSACTION_TIMEOUT} unless its client asks for another timeout (the gateway asks for less).
 */
final class EmbeddedNeo4j implements AutoCloseable {

    private final DatabaseManagementService dbms;
    private final URI bolt;

    private EmbeddedNeo4j(DatabaseManagementService dbms, URI bolt) {
        this.dbms = dbms;
        this.bolt = bolt;
    }

    /**
     * Longer than any transaction the platform runs (a loader's batch takes seconds), short enough that a runaway
     * Cypher sent by anyone without a timeout of its own does not hold memory and locks for long.
     */
    static final Duration TRANSACTION_TIMEOUT = Duration.ofSeconds(60);
    /** What Neo4j says when a password is "changed" to itself ("Old password and new password cannot be the same."). */
    private static final String SAME_PASSWORD = "cannot be the same";

    /**
     * Serves Bolt at {@code listenHost}: the stack's loopback address on a machine, every interface in a container
     * (whose port only the container network and its published mapping reach).
     */
    static EmbeddedNeo4j start(Path home, String listenHost, int boltPort, long pageCacheMegabytes, String password) {
        DatabaseManagementService dbms = new DatabaseManagementServiceBuilder(home)
                .setConfig(BoltConnector.enabled, true)
                .setConfig(BoltConnector.listen_address, new SocketAddress(listenHost, boltPort))
                .setConfig(BoltConnector.encryption_level, BoltConnector.EncryptionLevel.DISABLED)
                .setConfig(GraphDatabaseSettings.auth_enabled, true)
                .setConfig(GraphDatabaseSettings.transaction_timeout, TRANSACTION_TIMEOUT)
                // Timeouts are enforced by a monitor that looks this often (2 s by default): a cut lands close to its
                // deadline, so the gateway's short timeout answers in time.
                .setConfig(GraphDatabaseSettings.transaction_monitor_check_interval, Duration.ofMillis(200))
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
        setPassword(dbms, password);
        return new EmbeddedNeo4j(dbms, URI.create("bolt://127.0.0.1:" + boltPort));
    }

    /**
     * Gives the user the stack's password, on every start: a store made before auth was on (or with an older password
     * file) takes the current one. Neo4j refuses to "change" a password to itself, which means it is set already.
     */
    private static void setPassword(DatabaseManagementService dbms, String password) {
        try {
            dbms.database(GraphDatabaseSettings.SYSTEM_DATABASE_NAME).executeTransactionally(
                    "ALTER USER " + GeneratedPassword.NEO4J_USER + " SET PASSWORD $password CHANGE NOT REQUIRED", Map.of("password", password));
        } catch (QueryExecutionException e) {
            if (!e.getMessage().contains(SAME_PASSWORD)) {
                throw e;
            }
        }
    }

    URI bolt() {
        return bolt;
    }

    @Override
    public void close() {
        dbms.shutdown();
    }
}
