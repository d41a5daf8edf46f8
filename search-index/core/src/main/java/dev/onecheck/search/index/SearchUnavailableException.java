package dev.onecheck.search.index;

/** Elasticsearch did not answer, failed, or refused the client's credentials: the search cannot run now, the graph is unaffected. */
public class SearchUnavailableException extends RuntimeException {

    public SearchUnavailableException(Throwable cause) {
        super("the knowledge-base search is unavailable: " + cause.getMessage(), cause);
    }
}
