package dev.onecheck.gateway.api;

import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CompletionStage;
import java.util.stream.Stream;

import graphql.execution.DataFetcherResult;
import graphql.language.Description;
import graphql.language.FieldDefinition;
import graphql.language.ObjectTypeDefinition;
import graphql.language.ObjectTypeExtensionDefinition;
import graphql.language.Type;
import graphql.language.TypeName;
import graphql.schema.DataFetcher;
import graphql.schema.FieldCoordinates;
import graphql.schema.GraphQLCodeRegistry;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLFieldsContainer;
import graphql.schema.GraphQLObjectType;
import graphql.schema.GraphQLSchemaElement;
import graphql.schema.GraphQLType;
import graphql.schema.GraphQLTypeUtil;
import graphql.schema.GraphQLTypeVisitorStub;
import graphql.schema.idl.TypeDefinitionRegistry;
import graphql.schema.idl.TypeUtil;
import graphql.util.TraversalControl;
import graphql.util.TraverserContext;
import org.springframework.boot.graphql.autoconfigure.GraphQlSourceBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.graphql.data.pagination.ConnectionAdapter;
import org.springframework.graphql.data.pagination.ConnectionFieldTypeVisitor;
import org.springframework.graphql.execution.TypeDefinitionConfigurer;

/**
 * Relay connections from one mechanism: every field whose type ends in {@code Connection} gets its types generated
 * (Spring Boot applies the {@code ConnectionTypeDefinitionConfigurer}) and its {@link Connection} page turned into
 * edges and page info here. Boot registers this visitor itself only with Spring Data on the class path, which the
 * gateway does not need. Every connection type also gets {@code totalCount}: the connection field hands its page on
 * as the local context of its edges and page info, where the count field finds it (Spring's adapter keeps only rows,
 * flags and cursors).
 */
@Configuration(proxyBeanMethods = false)
class ConnectionConfiguration {

    private static final String CONNECTION = "Connection";
    private static final String TOTAL_COUNT = "totalCount";

    @Bean
    GraphQlSourceBuilderCustomizer connections() {
        return builder -> builder.configureTypeDefinitions(new TotalCountField())
                .typeVisitors(List.of(new PageAsLocalContext(), ConnectionFieldTypeVisitor.create(new PageAdapter())));
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

    /** {@code extend type XConnection { totalCount: Int }} for every connection type a field returns. */
    private static final class TotalCountField implements TypeDefinitionConfigurer {

        @Override
        public void configure(TypeDefinitionRegistry registry) {
            Set<String> names = new TreeSet<>();
            Stream.concat(registry.getTypes(ObjectTypeDefinition.class).stream().map(ObjectTypeDefinition::getFieldDefinitions),
                            registry.objectTypeExtensions().values().stream().flatMap(List::stream).map(ObjectTypeDefinition::getFieldDefinitions))
                    .flatMap(List::stream).map(FieldDefinition::getType).map(ConnectionConfiguration::typeName)
                    .filter(n -> n.endsWith(CONNECTION)).forEach(names::add);
            for (String name : names) {
                registry.add(ObjectTypeExtensionDefinition.newObjectTypeExtensionDefinition().name(name)
                        .fieldDefinition(FieldDefinition.newFieldDefinition().name(TOTAL_COUNT).type(TypeName.newTypeName("Int").build())
                                .description(new Description("总数 — rows of the whole list with its filters; null where the list is not counted",
                                        null, false))
                                .build())
                        .build());
            }
        }
    }

    private static String typeName(Type<?> type) {
        return TypeUtil.unwrapAll(type).getName();
    }

    /**
     * Wraps each connection field so that its {@link Connection} also travels as local context, and resolves {@code
     * totalCount} from it. Runs before Spring's visitor, which adapts the page and keeps the local context.
     */
    private static final class PageAsLocalContext extends GraphQLTypeVisitorStub {

        @Override
        public TraversalControl visitGraphQLFieldDefinition(GraphQLFieldDefinition field, TraverserContext<GraphQLSchemaElement> context) {
            GraphQLType output = GraphQLTypeUtil.unwrapAll(field.getType());
            GraphQLSchemaElement parent = context.getParentNode();
            if (!(output instanceof GraphQLObjectType type) || !type.getName().endsWith(CONNECTION) || !(parent instanceof GraphQLFieldsContainer container)) {
                return TraversalControl.CONTINUE;
            }
            GraphQLCodeRegistry.Builder registry = context.getVarFromParents(GraphQLCodeRegistry.Builder.class);
            FieldCoordinates coordinates = FieldCoordinates.coordinates(container.getName(), field.getName());
            DataFetcher<?> original = registry.getDataFetcher(coordinates, field);
            registry.dataFetcher(coordinates, (DataFetcher<Object>) env -> withPage(original.get(env)));
            if (type.getFieldDefinition(TOTAL_COUNT) != null) {
                registry.dataFetcher(FieldCoordinates.coordinates(type.getName(), TOTAL_COUNT),
                        (DataFetcher<Object>) env -> env.getLocalContext() instanceof Connection<?> page ? page.total() : null);
            }
            return TraversalControl.CONTINUE;
        }

        private static Object withPage(Object value) {
            if (value instanceof CompletionStage<?> later) {
                return later.thenApply(PageAsLocalContext::withPage);
            }
            return value instanceof Connection<?> page ? DataFetcherResult.newResult().data(page).localContext(page).build() : value;
        }
    }
}
