package dev.onecheck.gateway.http;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import graphql.language.Document;
import graphql.language.OperationDefinition;
import graphql.parser.InvalidSyntaxException;
import graphql.parser.Parser;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * GraphQL over HTTP GET: {@code ?query=…&operationName=…&variables=<JSON>}. Spring for GraphQL maps POST only, so a
 * GET is handed on as the equivalent POST, and one handler decides status codes and errors for both. Only queries
 * may travel by GET — a link must never change anything — so a mutation or subscription is 405 with
 * {@code Allow: POST}, as the spec asks.
 */
class GetRequests extends OncePerRequestFilter {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        // A WebSocket handshake (subscriptions) is a GET too; it goes to the WebSocket handler as it is.
        return !"GET".equals(request.getMethod()) || "websocket".equalsIgnoreCase(request.getHeader(HttpHeaders.UPGRADE));
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String query = request.getParameter("query");
        if (query == null) {
            response.sendError(HttpServletResponse.SC_BAD_REQUEST, "a GET request needs the query parameter 'query'");
            return;
        }
        if (!onlyQueries(query, request.getParameter("operationName"))) {
            response.setHeader(HttpHeaders.ALLOW, "POST");
            response.sendError(HttpServletResponse.SC_METHOD_NOT_ALLOWED, "only queries may be sent with GET; use POST");
            return;
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("query", query);
        body.put("operationName", request.getParameter("operationName"));
        try {
            body.put("variables", json(request.getParameter("variables")));
            body.put("extensions", json(request.getParameter("extensions")));
        } catch (JacksonException notJson) {
            response.sendError(HttpServletResponse.SC_BAD_REQUEST, "'variables' and 'extensions' must be JSON objects");
            return;
        }
        chain.doFilter(new AsPost(request, JSON.writeValueAsBytes(body)), response);
    }

    /**
     * Whether the operation to run is a query. A document that does not parse passes on, so the handler reports its
     * syntax error the same way as for POST. An empty {@code operationName} names no operation: graphql-java then
     * runs the document's only one, so every operation must be a query, as without the parameter.
     */
    private static boolean onlyQueries(String query, String operationName) {
        Document document;
        try {
            document = Parser.parse(query);
        } catch (InvalidSyntaxException reportedByTheHandler) {
            return true;
        }
        String named = operationName == null || operationName.isBlank() ? null : operationName;
        return document.getDefinitionsOfType(OperationDefinition.class).stream()
                .filter(op -> named == null || named.equals(op.getName()))
                .allMatch(op -> op.getOperation() == OperationDefinition.Operation.QUERY);
    }

    private static Map<?, ?> json(String parameter) {
        return parameter == null || parameter.isBlank() ? null : JSON.readValue(parameter, Map.class);
    }

    /** The GET seen as a POST of a JSON body. */
    private static final class AsPost extends HttpServletRequestWrapper {

        private final byte[] body;

        AsPost(HttpServletRequest request, byte[] body) {
            super(request);
            this.body = body;
        }

        @Override
        public String getMethod() {
            return "POST";
        }

        @Override
        public String getContentType() {
            return MediaType.APPLICATION_JSON_VALUE;
        }

        @Override
        public String getHeader(String name) {
            return HttpHeaders.CONTENT_TYPE.equalsIgnoreCase(name) ? getContentType() : super.getHeader(name);
        }

        @Override
        public Enumeration<String> getHeaders(String name) {
            return HttpHeaders.CONTENT_TYPE.equalsIgnoreCase(name)
                    ? Collections.enumeration(List.of(getContentType())) : super.getHeaders(name);
        }

        @Override
        public int getContentLength() {
            return body.length;
        }

        @Override
        public long getContentLengthLong() {
            return body.length;
        }

        @Override
        public String getCharacterEncoding() {
            return StandardCharsets.UTF_8.name();
        }

        @Override
        public ServletInputStream getInputStream() {
            ByteArrayInputStream in = new ByteArrayInputStream(body);
            return new ServletInputStream() {
                @Override
                public boolean isFinished() {
                    return in.available() == 0;
                }

                @Override
                public boolean isReady() {
                    return true;
                }

                @Override
                public void setReadListener(ReadListener listener) {
                    throw new UnsupportedOperationException("the body is already in memory");
                }

                @Override
                public int read() {
                    return in.read();
                }

                @Override
                public int read(byte[] b, int off, int len) {
                    return in.read(b, off, len);
                }
            };
        }
    }
}
