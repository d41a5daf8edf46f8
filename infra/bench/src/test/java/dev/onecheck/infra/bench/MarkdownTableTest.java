package dev.onecheck.infra.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class MarkdownTableTest {

    @Test
    void alignsFiguresRightAndTextLeft() {
        String md = new MarkdownTable("检索", "path", "median ms", "requests").row("direct", 12.345, 1200).row("gateway", 150.0, 400)
                .note("ratio 1.10×").markdown();

        assertThat(md).isEqualTo("""
                ### 检索

                | path | median ms | requests |
                |---|---:|---:|
                | direct | 12.3 | 1,200 |
                | gateway | 150 | 400 |

                - ratio 1.10×
                """);
    }

    @Test
    void escapesPipesInText() {
        assertThat(new MarkdownTable("t", "a").row("x|y").markdown()).contains("| x\\|y |");
    }

    @Test
    void refusesARowOfTheWrongWidth() {
        assertThatThrownBy(() -> new MarkdownTable("t", "a", "b").row("only one")).isInstanceOf(IllegalArgumentException.class);
    }
}
