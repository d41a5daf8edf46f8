package dev.onecheck.gateway.neo4j;

import java.time.Duration;
import java.util.Map;
import java.util.stream.Collector;

import org.neo4j.driver.AuthToken;
import org.neo4j.driver.BookmarkManager;
import org.neo4j.driver.ExecutableQuery;
import org.neo4j.driver.QueryConfig;
import org.neo4j.driver.Record;

/** A driver-level query ({@code driver.executableQuery}) with the gateway's transaction timeout ({@link TimedDriver}). */
final class TimedQuery implements ExecutableQuery {

    private final ExecutableQuery query;
    private final Duration timeout;
    private final BookmarkManager bookmarks;

    private TimedQuery(ExecutableQuery query, Duration timeout, BookmarkManager bookmarks) {
        this.query = query;
        this.timeout = timeout;
        this.bookmarks = bookmarks;
    }

    static TimedQuery of(ExecutableQuery query, Duration timeout, BookmarkManager bookmarks) {
        return new TimedQuery(query.withConfig(QueryConfig.builder().withTimeout(timeout).withBookmarkManager(bookmarks).build()),
                timeout, bookmarks);
    }

    @Override
    public ExecutableQuery withParameters(Map<String, Object> parameters) {
        return new TimedQuery(query.withParameters(parameters), timeout, bookmarks);
    }

    /** The caller's configuration, with the gateway's timeout unless it sets its own. */
    @Override
    public ExecutableQuery withConfig(QueryConfig config) {
        QueryConfig.Builder timed = QueryConfig.builder().withRouting(config.routing())
                .withBookmarkManager(config.bookmarkManager(bookmarks).orElse(null))
                .withMetadata(config.metadata()).withTimeout(config.timeout().orElse(timeout));
        config.database().ifPresent(timed::withDatabase);
        config.impersonatedUser().ifPresent(timed::withImpersonatedUser);
        return new TimedQuery(query.withConfig(timed.build()), timeout, bookmarks);
    }

    @Override
    public ExecutableQuery withAuthToken(AuthToken token) {
        return new TimedQuery(query.withAuthToken(token), timeout, bookmarks);
    }

    @Override
    public <A, R, T> T execute(Collector<Record, A, R> collector, ResultFinisher<R, T> finisher) {
        return query.execute(collector, finisher);
    }
}
