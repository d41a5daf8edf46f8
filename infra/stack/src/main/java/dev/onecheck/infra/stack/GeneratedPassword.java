package dev.onecheck.infra.stack;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * A password of the stack's stores — Neo4j's user {@value #NEO4J_USER}, Elasticsearch's {@value #ELASTICSEARCH_USER}:
 * generated at the first start into a file only its owner may read (mode 600, in a folder of mode 700), kept across
 * restarts. Whoever may read the file may use that store; the gateway, the loaders and the benchmarks get it from the
 * launcher, the tests from the ready line's credentials folder.
 */
public final class GeneratedPassword {

    public static final String NEO4J_USER = "neo4j";
    /** Elasticsearch's built-in superuser, whose password the stack bootstraps from the keystore. */
    public static final String ELASTICSEARCH_USER = "elastic";

    private GeneratedPassword() {
    }

    /** The password in {@code file}, generating it first when the file does not exist. */
    public static String ensure(Path file) throws IOException {
        if (!Files.exists(file)) {
            Path folder = file.getParent();
            if (!Files.exists(folder)) {
                Files.createDirectories(folder, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
            }
            byte[] random = new byte[24];
            new SecureRandom().nextBytes(random);
            String password = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
            try {
                // Created with its mode, so the password is never readable by others, not even for a moment.
                Files.writeString(Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------"))),
                        password, StandardCharsets.UTF_8);
            } catch (FileAlreadyExistsException raced) {
                // another start wrote it first: use theirs
            }
        }
        return read(file);
    }

    /** The password in {@code file}, as written by {@link #ensure}. */
    public static String read(Path file) throws IOException {
        return Files.readString(file, StandardCharsets.UTF_8).strip();
    }
}
