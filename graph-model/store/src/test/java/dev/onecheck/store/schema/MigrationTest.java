package dev.onecheck.store.schema;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class MigrationTest {

    @Test
    void splitsStatementsAndDropsComments() {
        Migration m = Migration.parse("V002__add_things.cypher", """
                // a comment
                CREATE INDEX a IF NOT EXISTS FOR (n:A) ON (n.x);
                CREATE INDEX b IF NOT EXISTS
                  FOR (n:B) ON (n.y);
                """);

        assertThat(m.version()).isEqualTo(2);
        assertThat(m.description()).isEqualTo("add things");
        assertThat(m.statements()).containsExactly("CREATE INDEX a IF NOT EXISTS FOR (n:A) ON (n.x)",
                "CREATE INDEX b IF NOT EXISTS\n  FOR (n:B) ON (n.y)");
    }

    @Test
    void checksumChangesWithTheScript() {
        assertThat(Migration.parse("V1__a.cypher", "RETURN 1;").checksum())
                .isNotEqualTo(Migration.parse("V1__a.cypher", "RETURN 2;").checksum());
    }

    @Test
    void rejectsBadNamesAndEmptyScripts() {
        assertThatThrownBy(() -> Migration.parse("constraints.cypher", "RETURN 1;"))
                .hasMessageContaining("constraints.cypher").hasMessageContaining("V<version>__<description>");
        assertThatThrownBy(() -> Migration.parse("V3__empty.cypher", "// nothing\n"))
                .hasMessageContaining("no statements");
    }
}
