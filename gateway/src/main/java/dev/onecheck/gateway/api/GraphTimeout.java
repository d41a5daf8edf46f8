package dev.onecheck.gateway.api;

import java.util.List;

import org.neo4j.driver.exceptions.Neo4jException;

/**
 * Whether Neo4j stopped a transaction itself — above all at its timeout (the gateway's,
 * {@code onecheck.neo4j.transaction-timeout}, or the server's {@code db.transaction.timeout}): the query ran, or
 * waited for a lock, too long. Such a field answers TIMEOUT; Neo4j has already rolled it back.
 */
final class GraphTimeout {

    /**
     * The statuses (any classification) of a transaction Neo4j stopped: timed out while running
     * (…TransactionTimedOut, …TransactionTimedOutClientConfiguration), stopped while waiting for a lock
     * (LockClientStopped — Neo4j says only "terminated … ran longer than the configured transaction timeout, or … a
     * human operator"), or terminated between statements.
     */
    private static final List<String> STOPPED = List.of(".Transaction.TransactionTimedOut", ".Transaction.LockClientStopped",
            ".Transaction.Terminated");

    private GraphTimeout() {
    }

    static boolean is(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof Neo4jException neo4j && neo4j.code() != null && STOPPED.stream().anyMatch(neo4j.code()::contains)) {
                return true;
            }
        }
        return false;
    }
}
