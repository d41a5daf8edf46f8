package dev.onecheck.gateway.graphiql;

import static org.springframework.web.servlet.function.RequestPredicates.GET;

import java.util.List;

import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.Resource;
import org.springframework.http.MediaType;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.function.RouterFunction;
import org.springframework.web.servlet.function.RouterFunctions;
import org.springframework.web.servlet.function.ServerResponse;
import org.webjars.WebJarVersionLocator;

/**
 * GraphiQL (接口调试页) served by the gateway itself: a city intranet reaches no CDN, so the page, its start script and
 * GraphiQL's bundle with React all come from this jar (WebJars), never from esm.sh as Spring's own page does. Off in
 * the {@code production} profile ({@code onecheck.graphiql.enabled}).
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnBooleanProperty("onecheck.graphiql.enabled")
class GraphiQlPage implements WebMvcConfigurer {

    static final String PATH = "/graphiql";

    /** The WebJars the page loads, each served under {@code /graphiql/lib/<name>/} whatever its version. */
    private static final List<String> LIBRARIES = List.of("graphiql", "react", "react-dom");

    @Bean
    RouterFunction<ServerResponse> graphiQlRoute() {
        Resource page = new ClassPathResource("graphiql/index.html");
        return RouterFunctions.route(GET(PATH), request -> ServerResponse.ok().contentType(MediaType.TEXT_HTML).body(page));
    }

    @Override
    public void addResourceHandlers(ResourceHandlerRegistry registry) {
        registry.addResourceHandler(PATH + "/app/**").addResourceLocations("classpath:/graphiql/");
        WebJarVersionLocator versions = new WebJarVersionLocator();
        for (String library : LIBRARIES) {
            registry.addResourceHandler(PATH + "/lib/" + library + "/**")
                    .addResourceLocations("classpath:/META-INF/resources/webjars/" + library + "/" + versions.version(library) + "/");
        }
    }
}
