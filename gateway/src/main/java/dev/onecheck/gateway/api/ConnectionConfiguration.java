package dev.onecheck.gateway.api;

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
import org.springframework.graphql.execution.TypeDefinitionConfigurer;
import reactor.core.publisher.Mono;

/**
 * Relay connections from one mechanism: every field whose type ends in {@code Connection} gets its types generated
 * (Spring Boot applies the {@code ConnectionTypeDefinitionConfigurer}) and its {@link Connection} page turned into
 * edges, page info and {@code totalCount} here (every connection type gets that field).
 */
@Configuration(proxyBeanMethods = false)
class ConnectionConfiguration {

    private static final String CONNECTION = "Connection";
    private static final String TOTAL_COUNT = "totalCount";

    @Bean
    GraphQlSourceBuilderCustomizer connections() {
        return builder -> builder.configureTypeDefinitions(new TotalCountField())
                .typeVisitors(List.of(new ConnectionPages()));
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
     * Wraps each connection field so that the {@link Connection} page its controller returns becomes a Relay
     * connection — edges with their cursors, page info (keyset pages only go forward, so there is never a previous page)
     * and the count. Spring's own {@code ConnectionFieldTypeVisitor} would keep rows, flags and cursors only.
     */
    private static final class ConnectionPages extends GraphQLTypeVisitorStub {

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
            registry.dataFetcher(coordinates, (DataFetcher<Object>) env -> relay(original.get(env)));
            return TraversalControl.CONTINUE;
        }

        /** Annotated controllers may answer later (a Mono, which Spring turns into a future outside this wrapper). */
        private static Object relay(Object value) {
            if (value instanceof Mono<?> later) {
                return later.map(ConnectionPages::relay);
            }
            if (value instanceof CompletionStage<?> later) {
                return later.thenApply(ConnectionPages::relay);
            }
            if (value instanceof DataFetcherResult<?> result) {
                return DataFetcherResult.newResult().data(relay(result.getData())).errors(result.getErrors()).localContext(result.getLocalContext()).build();
            }
            return value instanceof Connection<?> page ? CountedConnection.of(page) : value;
        }
    }
}
