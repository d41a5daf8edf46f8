package dev.onecheck.loaders;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Stream;

import dev.onecheck.domain.law.LawFormatException;
import dev.onecheck.domain.law.LawMarkdownParser;
import dev.onecheck.domain.law.LawText;
import dev.onecheck.loaders.sheet.TextFiles;
import dev.onecheck.store.LoadCounts;
import dev.onecheck.store.law.LawStore;
import dev.onecheck.store.penalty.DerivedViolationStore;
import org.neo4j.driver.Driver;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/**
 * Loads a law collection in the Markdown layout (see {@link LawMarkdownParser}): every file is parsed and checked
 * first; files that fail are reported with file, line and reason and write nothing; the rest is written in batches.
 * A law version filed twice (same 简称 and date under two categories) is loaded once, from the first path in order.
 * Then the violations of the penalty articles in force are derived for each law whose checksum changed (see
 * {@link DerivedViolationStore}). Exit code 0 when every file loaded, 2 when some were rejected.
 */
@Command(name = "laws", mixinStandardHelpOptions = true,
        description = "Loads law texts (法律法规, Markdown: <category>/<简称>(YYYY-MM-DD).md) into the graph.")
class LawsCommand implements Callable<Integer> {

    /** Folders and files of the collection that are not law texts. */
    private static final List<String> SKIPPED = List.of("案例", "_index.md", "README.md");

    @ParentCommand
    LoadCommand load;

    @Parameters(paramLabel = "DIR", description = "Root of the law collection, e.g. ../shared/data/laws")
    Path root;

    @Option(names = "--batch", defaultValue = "50", description = "Laws per transaction (default: ${DEFAULT-VALUE}).")
    int batchSize;

    @Override
    public Integer call() throws IOException {
        if (!Files.isDirectory(root)) {
            load.err().println("laws: " + root + " is not a folder");
            return 1;
        }
        List<Path> files = lawFiles(root);
        LawMarkdownParser parser = new LawMarkdownParser();
        AmendmentsInForce amendments = AmendmentsInForce.bundled();
        List<LawText> parsed = new ArrayList<>();
        List<String> errors = new ArrayList<>();
        Map<String, String> fileOfLaw = new HashMap<>();
        for (Path file : files) {
            String relative = root.relativize(file).toString();
            try {
                LawText text = amendments.apply(parser.parse(relative, TextFiles.read(file)));
                String first = fileOfLaw.putIfAbsent(text.law().id(), relative);
                if (first != null) {
                    // The collection files a few laws under two categories; one version must be one node.
                    errors.add(relative + ": the same law version " + text.law().id() + " is already loaded from " + first);
                    continue;
                }
                parsed.add(text);
            } catch (LawFormatException e) {
                errors.add(e.getMessage());
            } catch (CharacterCodingException e) {
                errors.add(relative + ": neither UTF-8 nor GBK text");
            }
        }

        LoadCounts counts = LoadCounts.NONE.plusRejected(errors.size());
        int provisions = parsed.stream().mapToInt(t -> t.provisions().size()).sum();
        try (Driver driver = load.connect()) {
            LawStore store = new LawStore(driver);
            Progress progress = new Progress(load.out(), "laws", parsed.size());
            for (int from = 0; from < parsed.size(); from += batchSize) {
                List<LawText> batch = parsed.subList(from, Math.min(parsed.size(), from + batchSize));
                counts = counts.plus(store.upsert(batch));
                progress.update(from + batch.size());
            }
            derive(driver, parsed);
        }
        errors.forEach(e -> load.err().println("rejected " + e));
        load.out().println("laws: " + counts + " (" + provisions + " articles in " + parsed.size() + " law versions)");
        return errors.isEmpty() ? 0 : 2;
    }

    /**
     * Derives the violations of the penalty articles of every law version in force whose derivation is missing or
     * out of date (its checksum or the reading changed): part of the law load, so a warm load derives nothing.
     */
    private void derive(Driver driver, List<LawText> parsed) {
        long start = System.nanoTime();
        Progress[] progress = new Progress[1];
        DerivedViolationStore.Derived derived = new DerivedViolationStore(driver).deriveChanged(parsed, batchSize, (done, total) -> {
            if (progress[0] == null) {
                progress[0] = new Progress(load.out(), "derive", total);
            }
            progress[0].update(done);
        });
        if (derived.laws() > 0) {
            load.out().printf(Locale.ROOT, "derived violations: %d from the penalty articles of %d law(s) in force (%.1f s)%n", derived.violations(),
                    derived.laws(), (System.nanoTime() - start) / 1e9);
        }
        if (derived.retired() > 0) {
            load.out().printf(Locale.ROOT, "derived violations: %d removed with their law's repeal (已废止)%n", derived.retired());
        }
    }

    private static List<Path> lawFiles(Path root) throws IOException {
        try (Stream<Path> paths = Files.walk(root)) {
            return paths.filter(Files::isRegularFile)
                    .filter(p -> p.getFileName().toString().endsWith(".md"))
                    .filter(p -> SKIPPED.stream().noneMatch(skip -> root.relativize(p).toString().equals(skip)
                            || root.relativize(p).startsWith(skip) || p.getFileName().toString().equals(skip)))
                    .sorted()
                    .toList();
        }
    }
}
