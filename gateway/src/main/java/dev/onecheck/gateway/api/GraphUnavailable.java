package dev.onecheck.gateway.api;

import org.neo4j.driver.exceptions.AuthenticationException;
import org.neo4j.driver.exceptions.ClientException;
import org.neo4j.driver.exceptions.ServiceUnavailableException;
import org.neo4j.driver.exceptions.SessionExpiredException;

/**
 * Whether a failure means Neo4j is away (stopped, hung, restarting) rather than that a query was wrong: the driver
 * could not connect or acquire a connection in time, or a connection went silent past the server's
 * {@code connection.recv_timeout_seconds}; or Neo4j refuses the gateway's credentials (a wrong or rotated password),
 * which makes the graph just as unreachable. Such fields answer GRAPH_UNAVAILABLE, the rest of the request goes on.
 */
final class GraphUnavailable {

    private GraphUnavailable() {
    }

    /** The driver reports a pool that could not hand out a connection in time only by this message, as a ClientException. */
    private static final String ACQUISITION_TIMEOUT = "Unable to acquire connection from the pool";

    static boolean is(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof ServiceUnavailableException || t instanceof SessionExpiredException || t instanceof AuthenticationException
                    || t instanceof ClientException && t.getMessage() != null && t.getMessage().startsWith(ACQUISITION_TIMEOUT)) {
                return true;
            }
        }
        return false;
    }
}
