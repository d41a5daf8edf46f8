package dev.onecheck.gateway.api;

import java.util.Collection;
import java.util.List;

import org.springframework.boot.graphql.autoconfigure.GraphQlSourceBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.graphql.data.pagination.ConnectionAdapter;
import org.springframework.graphql.data.pagination.ConnectionFieldTypeVisitor;

/**
 * Relay connections from one mechanism: every field whose type ends in {@code Connection} gets its types generated
 * (Spring Boot applies the {@code ConnectionTypeDefinitionConfigurer}) and its {@link Connection} page turned into
 * edges and page info here. Boot registers this visitor itself only with Spring Data on the class path, which the
 * gateway does not need.
 */
@Configuration(proxyBeanMethods = false)
class ConnectionConfiguration {

    @Bean
    GraphQlSourceBuilderCustomizer connections() {
        return builder -> builder.typeVisitors(List.of(ConnectionFieldTypeVisitor.create(new PageAdapter())));
    }

    /** Adapts a {@link Connection} page: keyset pages only go forward, so there is never a previous page. */
    private static final class PageAdapter implements ConnectionAdapter {

        @Override
        public boolean supports(Class<?> containerType) {
            return Connection.class.isAssignableFrom(containerType);
        }

        @Override
        @SuppressWarnings("unchecked")
        public <T> Collection<T> getContent(Object container) {
            return ((Connection<T>) container).rows();
        }

        @Override
        public boolean hasPrevious(Object container) {
            return false;
        }

        @Override
        public boolean hasNext(Object container) {
            return ((Connection<?>) container).hasNext();
        }

        @Override
        public String cursorAt(Object container, int index) {
            return ((Connection<?>) container).cursors().get(index);
        }
    }
}
