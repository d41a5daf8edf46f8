package dev.onecheck.loaders;

import java.util.List;
import java.util.concurrent.Callable;

import dev.onecheck.graph.schema.SchemaMigrator;
import org.neo4j.driver.Driver;
import picocli.CommandLine.Command;
import picocli.CommandLine.ParentCommand;

/** Applies pending graph schema migrations (constraints and indexes on natural keys). */
@Command(name = "schema", mixinStandardHelpOptions = true, description = "Applies pending graph schema migrations.")
class SchemaCommand implements Callable<Integer> {

    @ParentCommand
    LoadCommand load;

    @Override
    public Integer call() {
        try (Driver driver = load.connect()) {
            List<Integer> applied = new SchemaMigrator(driver).migrate();
            load.out().println(applied.isEmpty()
                    ? "schema: up to date"
                    : "schema: applied migration(s) " + applied.stream().map(v -> "V" + v).toList());
            return 0;
        }
    }
}
