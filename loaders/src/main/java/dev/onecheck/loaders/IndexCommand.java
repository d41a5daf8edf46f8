package dev.onecheck.loaders;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.Callable;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import dev.onecheck.search.index.IndexProjector;
import dev.onecheck.search.index.TextEmbedder;
import dev.onecheck.store.outbox.IndexOutbox;
import dev.onecheck.store.outbox.IndexSource;
import org.neo4j.driver.Driver;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/**
 * Brings the search index up to date with the graph: the changes waiting in the outbox, or (first time, or
 * {@code --rebuild}) everything into fresh indices behind the aliases. Exit code 1 when Elasticsearch cannot be
 * reached: the outbox keeps the changes for the next run.
 */
@Command(name = "index", mixinStandardHelpOptions = true,
        description = "Indexes the graph for search (条款, 裁量基准, 典型案例): pending changes, or everything with --rebuild.")
class IndexCommand implements Callable<Integer> {

    @ParentCommand
    LoadCommand load;

    @Option(names = "--rebuild", description = "Rebuild every index from the graph and swap the aliases.")
    boolean rebuild;

    @Option(names = "--embed-all-provisions", description = "Give every article a vector (many minutes for the whole collection); "
            + "by default only standards, cases, the articles in force that set penalties and the general rules of punishment get them.")
    boolean embedAllProvisions;

    @Option(names = "--vector-cache", paramLabel = "DIR", defaultValue = "${env:ONECHECK_VECTOR_CACHE}",
            description = "Keep document vectors here by text checksum, so a rebuild embeds only new texts "
                    + "(default: $ONECHECK_VECTOR_CACHE, which ./onecheck sets to var/cache); none when neither is given.")
    Path vectorCache;

    @Override
    public Integer call() throws IOException {
        Map<String, Progress> bars = new HashMap<>();
        try (Driver driver = load.connect(); ElasticsearchClient es = load.search()) {
            IndexProjector projector = new IndexProjector(es, new IndexSource(driver), new IndexOutbox(driver), vectorCache == null ? new TextEmbedder() : new TextEmbedder(vectorCache),
                    embedAllProvisions, (step, done, total) -> bars.computeIfAbsent(step, s -> new Progress(load.out(), s, total)).update(done));
            IndexProjector.Report report;
            try {
                report = rebuild ? projector.rebuild() : projector.drain();
            } catch (IOException e) {
                load.err().println("index: Elasticsearch at " + load.elasticsearch + " did not answer (" + e.getMessage()
                        + "); the changes stay in the outbox for the next run");
                return 1;
            }
            load.out().println("index: " + report);
            return 0;
        }
    }
}
