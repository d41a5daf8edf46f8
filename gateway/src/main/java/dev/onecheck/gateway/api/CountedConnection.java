package dev.onecheck.gateway.api;

import java.util.List;
import java.util.stream.IntStream;

import graphql.relay.DefaultConnection;
import graphql.relay.DefaultConnectionCursor;
import graphql.relay.DefaultEdge;
import graphql.relay.DefaultPageInfo;
import graphql.relay.Edge;
import graphql.relay.PageInfo;

/**
 * A Relay connection that also answers {@code totalCount}. Public, with public getters, because graphql-java's property
 * fetcher reads its fields by reflection and cannot call into a class its package hides.
 */
public final class CountedConnection<T> extends DefaultConnection<T> {

    private final Long totalCount;

    private CountedConnection(List<Edge<T>> edges, PageInfo pageInfo, Long totalCount) {
        super(edges, pageInfo);
        this.totalCount = totalCount;
    }

    static <T> CountedConnection<T> of(Connection<T> page) {
        List<Edge<T>> edges = IntStream.range(0, page.rows().size())
                .mapToObj(i -> (Edge<T>) new DefaultEdge<>(page.rows().get(i), new DefaultConnectionCursor(page.cursors().get(i)))).toList();
        PageInfo info = new DefaultPageInfo(edges.isEmpty() ? null : edges.getFirst().getCursor(),
                edges.isEmpty() ? null : edges.getLast().getCursor(), false, page.hasNext());
        return new CountedConnection<>(edges, info, page.total());
    }

    public Long getTotalCount() {
        return totalCount;
    }
}
