package dev.onecheck.gateway.graphiql;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/** GraphiQL exists where it is switched on, and only there (off in the production profile). */
class GraphiQlPageTest {

    private final ApplicationContextRunner context = new ApplicationContextRunner().withUserConfiguration(GraphiQlPage.class);

    @Test
    void offUnlessSwitchedOn() {
        context.run(ctx -> assertThat(ctx).doesNotHaveBean(GraphiQlPage.class));
        context.withPropertyValues("onecheck.graphiql.enabled=false").run(ctx -> assertThat(ctx).doesNotHaveBean(GraphiQlPage.class));
        context.withPropertyValues("onecheck.graphiql.enabled=true").run(ctx -> assertThat(ctx).hasSingleBean(GraphiQlPage.class));
    }
}
