package dev.onecheck.store.schema;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;

import dev.onecheck.infra.test.EmbeddedStack;
import dev.onecheck.infra.test.TestStack;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.neo4j.driver.exceptions.ClientException;

@EmbeddedStack
class SchemaMigratorIT {

    private final Driver driver;

    SchemaMigratorIT(Driver driver) {
        this.driver = driver;
    }

    @BeforeEach
    void emptyDatabase() {
        TestStack.clean();
    }

    @Test
    void appliesOnceRecordsVersionsAndEnforcesNaturalKeys() {
        List<Integer> shipped = SchemaMigrator.discovered().stream().map(Migration::version).toList();
        assertThat(shipped).as("the scripts beside SchemaMigrator, natural keys first").startsWith(1).isSorted().doesNotHaveDuplicates();
        assertThat(new SchemaMigrator(driver).migrate()).isEqualTo(shipped);
        assertThat(new SchemaMigrator(driver).migrate()).isEmpty();

        driver.executableQuery("CREATE (:Department {code: $code, name: $name})")
                .withParameters(Map.of("code", "320600-SCJGJ", "name", "市市场监督管理局")).execute();
        assertThatThrownBy(() -> driver.executableQuery("CREATE (:Department {code: $code})")
                .withParameters(Map.of("code", "320600-SCJGJ")).execute())
                .isInstanceOf(ClientException.class)
                .hasMessageContaining("already exists");
    }

    @Test
    void refusesAnAppliedMigrationThatWasEdited() {
        new SchemaMigrator(driver).migrate();
        Migration edited = Migration.parse("V001__natural_keys.cypher", "CREATE INDEX edited IF NOT EXISTS FOR (n:X) ON (n.y);");

        assertThatThrownBy(() -> new SchemaMigrator(driver, List.of(edited)).migrate())
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("V1 was changed after it was applied");
    }
}
