package dev.onecheck.store.schema;

import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.onecheck.domain.text.Hashes;

/**
 * One versioned schema change: a script {@code V<version>__<description>.cypher} of statements separated by
 * semicolons at line ends. The checksum detects a script edited after it was applied.
 */
public record Migration(int version, String description, List<String> statements, String checksum) {

    private static final Pattern NAME = Pattern.compile("V(\\d+)__(\\w+)\\.cypher");

    public static Migration parse(String fileName, String script) {
        Matcher name = NAME.matcher(fileName);
        if (!name.matches()) {
            throw new IllegalArgumentException("migration file " + fileName + " is not named V<version>__<description>.cypher");
        }
        List<String> statements = Arrays.stream(script.split(";\\s*(\\R|$)"))
                .map(Migration::withoutComments)
                .filter(s -> !s.isBlank())
                .toList();
        if (statements.isEmpty()) {
            throw new IllegalArgumentException("migration file " + fileName + " has no statements");
        }
        return new Migration(Integer.parseInt(name.group(1)), name.group(2).replace('_', ' '), statements, Hashes.sha256(script));
    }

    private static String withoutComments(String statement) {
        return statement.lines().filter(line -> !line.strip().startsWith("//")).reduce("", (a, b) -> a + b + "\n").strip();
    }

}
