package dev.onecheck.loaders;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/**
 * Loads a sample folder in dependency order — catalogue, subjects (roster plus generated), violations, cases —
 * as the individual commands would; the first failure stops it. Law texts are loaded separately ({@code laws}).
 */
@Command(name = "sample", mixinStandardHelpOptions = true,
        description = "Loads a sample data folder: catalogue spreadsheets, subjects.csv (+ generated), violations.json, cases.json.")
class SampleCommand implements Callable<Integer> {

    @ParentCommand
    LoadCommand load;

    @Parameters(paramLabel = "DIR", description = "e.g. loaders/sample-data")
    Path dir;

    @Option(names = "--generate", defaultValue = "10000", description = "Fictional subjects to generate (default: ${DEFAULT-VALUE}).")
    int generate;

    @Override
    public Integer call() {
        if (!Files.isDirectory(dir)) {
            load.err().println("sample: " + dir + " is not a folder");
            return 1;
        }
        List<List<String>> steps = new ArrayList<>();
        steps.add(List.of("catalog", dir.toString()));
        List<String> subjects = new ArrayList<>(List.of("subjects", "--generate", Integer.toString(generate)));
        if (Files.isRegularFile(dir.resolve("subjects.csv"))) {
            subjects.add(dir.resolve("subjects.csv").toString());
        }
        steps.add(subjects);
        for (String kind : List.of("discretion-rules", "violations", "cases")) {
            if (Files.isRegularFile(dir.resolve(kind + ".json"))) {
                steps.add(List.of(kind, dir.resolve(kind + ".json").toString()));
            }
        }
        for (List<String> step : steps) {
            List<String> args = new ArrayList<>(load.connectionArguments());
            args.addAll(step);
            int code = LoadCommand.commandLine().setOut(load.out()).setErr(load.err()).execute(args.toArray(String[]::new));
            if (code != 0) {
                load.err().println("sample: stopped at '" + step.getFirst() + "' (exit code " + code + ")");
                return code;
            }
        }
        return 0;
    }
}
