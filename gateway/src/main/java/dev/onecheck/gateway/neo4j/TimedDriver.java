package dev.onecheck.gateway.neo4j;

import java.time.Duration;
import java.util.concurrent.CompletionStage;

import org.neo4j.driver.AuthToken;
import org.neo4j.driver.BaseSession;
import org.neo4j.driver.BookmarkManager;
import org.neo4j.driver.Driver;
import org.neo4j.driver.ExecutableQuery;
import org.neo4j.driver.Session;
import org.neo4j.driver.SessionConfig;

/**
 * The gateway's Neo4j driver: every transaction it opens — managed, explicit, auto-commit or a driver-level query —
 * carries a timeout that Neo4j itself enforces, so a runaway or blocked Cypher is stopped in the database, its locks
 * and memory freed, rather than running on after the request gave up (graph queries are not interruptible from the
 * client). The Java driver has no such default of its own, hence this wrapper; a caller that sets a timeout keeps it.
 */
final class TimedDriver implements Driver {

    private final Driver driver;
    private final Duration timeout;

    TimedDriver(Driver driver, Duration timeout) {
        this.driver = driver;
        this.timeout = timeout;
    }

    @Override
    public ExecutableQuery executableQuery(String query) {
        return TimedQuery.of(driver.executableQuery(query), timeout, driver.executableQueryBookmarkManager());
    }

    @Override
    public BookmarkManager executableQueryBookmarkManager() {
        return driver.executableQueryBookmarkManager();
    }

    @Override
    public boolean isEncrypted() {
        return driver.isEncrypted();
    }

    @Override
    public <T extends BaseSession> T session(Class<T> type, SessionConfig config, AuthToken token) {
        T session = driver.session(type, config, token);
        return session instanceof Session plain ? type.cast(new TimedSession(plain, timeout)) : session;
    }

    @Override
    public void close() {
        driver.close();
    }

    @Override
    public CompletionStage<Void> closeAsync() {
        return driver.closeAsync();
    }

    @Override
    public void verifyConnectivity() {
        driver.verifyConnectivity();
    }

    @Override
    public CompletionStage<Void> verifyConnectivityAsync() {
        return driver.verifyConnectivityAsync();
    }

    @Override
    public boolean verifyAuthentication(AuthToken token) {
        return driver.verifyAuthentication(token);
    }

    @Override
    public boolean supportsSessionAuth() {
        return driver.supportsSessionAuth();
    }

    @Override
    public boolean supportsMultiDb() {
        return driver.supportsMultiDb();
    }

    @Override
    public CompletionStage<Boolean> supportsMultiDbAsync() {
        return driver.supportsMultiDbAsync();
    }
}
