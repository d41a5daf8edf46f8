package dev.onecheck.loaders;

import java.io.IOException;
import java.io.PrintWriter;
import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import dev.onecheck.loaders.catalog.CatalogCommand;
import dev.onecheck.loaders.clue.CluesCommand;
import dev.onecheck.loaders.penalty.CasesCommand;
import dev.onecheck.loaders.penalty.DiscretionRulesCommand;
import dev.onecheck.loaders.penalty.ViolationsCommand;
import dev.onecheck.loaders.sheet.HeaderAliases;
import dev.onecheck.loaders.sheet.RecordLoader;
import dev.onecheck.loaders.sheet.SheetReader;
import dev.onecheck.loaders.subject.SubjectsCommand;
import dev.onecheck.store.schema.SchemaMigrator;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Config;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.driver.Logging;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine;

/** {@code ./onecheck load …}: brings data into the graph, and ({@code index}) the graph into the search index. */
@Command(name = "load", mixinStandardHelpOptions = true, subcommands = {LawsCommand.class, CatalogCommand.class, SubjectsCommand.class, ViolationsCommand.class, DiscretionRulesCommand.class,
                CasesCommand.class, CluesCommand.class, SampleCommand.class, IndexCommand.class, EvalCommand.class},
        description = "Loads supervision data (事项, 场景, 主体, 法律法规 …) into OneCheck.")
public class LoadCommand {


    @Option(names = "--neo4j", defaultValue = "${ONECHECK_NEO4J_URI:-bolt://127.0.0.1:7687}",
            description = "Neo4j Bolt URI (default: ${DEFAULT-VALUE}).")
    URI neo4j;

    @Option(names = "--neo4j-user", defaultValue = "${ONECHECK_NEO4J_USER:-}", description = "Neo4j user; empty for none.")
    String neo4jUser;

    @Option(names = "--neo4j-password", defaultValue = "${ONECHECK_NEO4J_PASSWORD:-}", description = "Neo4j password.")
    String neo4jPassword;

    @Option(names = "--elasticsearch", defaultValue = "${ONECHECK_ELASTICSEARCH_URI:-http://127.0.0.1:9200}",
            description = "Elasticsearch URI for the search index (default: ${DEFAULT-VALUE}).")
    URI elasticsearch;

    @Option(names = "--elasticsearch-user", defaultValue = "${ONECHECK_ELASTICSEARCH_USER:-}",
            description = "Elasticsearch user (basic auth); empty for none.")
    String elasticsearchUser;

    @Option(names = "--elasticsearch-password", defaultValue = "${ONECHECK_ELASTICSEARCH_PASSWORD:-}", description = "Elasticsearch password.")
    String elasticsearchPassword;

    @Option(names = "--elasticsearch-api-key", defaultValue = "${ONECHECK_ELASTICSEARCH_API_KEY:-}",
            description = "Elasticsearch API key (instead of a user); empty for none.")
    String elasticsearchApiKey;

    @Option(names = "--headers", description = "Column-name mapping file for spreadsheets (别名=标准列名, UTF-8).")
    Path headers;

    @Spec
    CommandLine.Model.CommandSpec spec;

    /** Connects to Neo4j and brings its schema up to date: every load runs against the current constraints. */
    public Driver connect() {
        // The driver's INFO lines would drown the loaders' own report.
        Driver driver = GraphDatabase.driver(neo4j,
                neo4jUser.isEmpty() ? AuthTokens.none() : AuthTokens.basic(neo4jUser, neo4jPassword),
                Config.builder().withLogging(Logging.none()).build());
        try {
            driver.verifyConnectivity();
            List<Integer> applied = new SchemaMigrator(driver).migrate();
            if (!applied.isEmpty()) {
                out().println("schema: applied migration(s) " + applied.stream().map(v -> "V" + v).toList());
            }
            return driver;
        } catch (RuntimeException e) {
            driver.close();
            throw e;
        }
    }

    /**
     * A client of the search index's Elasticsearch: with an API key or a user when given (security is on, in the
     * embedded stack too: {@code ./onecheck} passes its user and generated password, see the README).
     */
    public ElasticsearchClient search() {
        return ElasticsearchClient.of(b -> {
            b.host(elasticsearch.toString());
            if (!elasticsearchApiKey.isEmpty()) {
                b.apiKey(elasticsearchApiKey);
            } else if (!elasticsearchUser.isEmpty()) {
                b.usernameAndPassword(elasticsearchUser, elasticsearchPassword);
            }
            return b;
        });
    }

    public PrintWriter out() {
        return spec.commandLine().getOut();
    }

    public PrintWriter err() {
        return spec.commandLine().getErr();
    }

    /** The options that reach the same database (and header variants) again, for commands that run others. */
    List<String> connectionArguments() {
        List<String> args = new ArrayList<>(List.of("--neo4j", neo4j.toString(), "--neo4j-user", neo4jUser,
                "--neo4j-password", neo4jPassword, "--elasticsearch", elasticsearch.toString(), "--elasticsearch-user", elasticsearchUser,
                "--elasticsearch-password", elasticsearchPassword, "--elasticsearch-api-key", elasticsearchApiKey));
        if (headers != null) {
            args.addAll(List.of("--headers", headers.toString()));
        }
        return args;
    }

    /** Spreadsheets with the built-in column-name variants plus those of {@code --headers}. */
    public SheetReader sheetReader() throws IOException {
        return new SheetReader(headers == null ? HeaderAliases.builtIn() : HeaderAliases.withFile(headers));
    }

    public RecordLoader recordLoader() {
        return new RecordLoader(out(), err());
    }

    /** The command line with a plain-message error handler: operators see the cause, not a stack trace. */
    static CommandLine commandLine() {
        return new CommandLine(new LoadCommand()).setExecutionExceptionHandler((e, cli, parsed) -> {
            cli.getErr().println("load: " + e.getMessage());
            return 1;
        });
    }

    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }
}
