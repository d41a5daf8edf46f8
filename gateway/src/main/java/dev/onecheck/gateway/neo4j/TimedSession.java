package dev.onecheck.gateway.neo4j;

import java.time.Duration;
import java.util.Map;
import java.util.Set;

import org.neo4j.driver.Bookmark;
import org.neo4j.driver.Query;
import org.neo4j.driver.Record;
import org.neo4j.driver.Result;
import org.neo4j.driver.Session;
import org.neo4j.driver.Transaction;
import org.neo4j.driver.TransactionCallback;
import org.neo4j.driver.TransactionConfig;
import org.neo4j.driver.Value;

/** A session whose every transaction carries the gateway's timeout unless its caller set one ({@link TimedDriver}). */
final class TimedSession implements Session {

    private final Session session;
    private final Duration timeout;

    TimedSession(Session session, Duration timeout) {
        this.session = session;
        this.timeout = timeout;
    }

    private TransactionConfig timed(TransactionConfig config) {
        if (config.timeout() != null) {
            return config;
        }
        return TransactionConfig.builder().withTimeout(timeout).withMetadata(config.metadata()).build();
    }

    @Override
    public Transaction beginTransaction() {
        return beginTransaction(TransactionConfig.empty());
    }

    @Override
    public Transaction beginTransaction(TransactionConfig config) {
        return session.beginTransaction(timed(config));
    }

    @Override
    public <T> T executeRead(TransactionCallback<T> callback, TransactionConfig config) {
        return session.executeRead(callback, timed(config));
    }

    @Override
    public <T> T executeWrite(TransactionCallback<T> callback, TransactionConfig config) {
        return session.executeWrite(callback, timed(config));
    }

    @Override
    public Result run(String query, TransactionConfig config) {
        return session.run(query, timed(config));
    }

    @Override
    public Result run(String query, Map<String, Object> parameters, TransactionConfig config) {
        return session.run(query, parameters, timed(config));
    }

    @Override
    public Result run(Query query, TransactionConfig config) {
        return session.run(query, timed(config));
    }

    @Override
    public Result run(String query, Value parameters) {
        return run(new Query(query, parameters));
    }

    @Override
    public Result run(String query, Map<String, Object> parameters) {
        return run(new Query(query, parameters));
    }

    @Override
    public Result run(String query, Record parameters) {
        return run(new Query(query, parameters.asMap()));
    }

    @Override
    public Result run(String query) {
        return run(new Query(query));
    }

    @Override
    public Result run(Query query) {
        return run(query, TransactionConfig.empty());
    }

    @Override
    public Set<Bookmark> lastBookmarks() {
        return session.lastBookmarks();
    }

    @Override
    public boolean isOpen() {
        return session.isOpen();
    }

    @Override
    public void close() {
        session.close();
    }
}
