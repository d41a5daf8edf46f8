package dev.onecheck.infra.stack;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The account Elasticsearch runs as. Elasticsearch refuses to run as root, so when the stack is launched by root
 * it runs as the unprivileged system user {@value #NAME} (created if missing) and owns its directories.
 */
final class ServiceUser {

    static final String NAME = "onecheck";

    private final boolean root;

    private ServiceUser(boolean root) {
        this.root = root;
    }

    static ServiceUser current() {
        return new ServiceUser("root".equals(System.getProperty("user.name")));
    }

    boolean switchesUser() {
        return root;
    }

    /** Creates the system user when running as root and it does not exist yet. */
    void ensureExists() throws IOException, InterruptedException {
        if (!root || Processes.run(List.of("id", "-u", NAME)).exitCode() == 0) {
            return;
        }
        Processes.check(List.of("useradd", "--system", "--user-group", "--no-create-home",
                "--home-dir", "/nonexistent", "--shell", "/usr/sbin/nologin", NAME));
    }

    /** Hands a directory tree to the service user. */
    void own(Path dir) throws IOException, InterruptedException {
        if (root) {
            Processes.check(List.of("chown", "-R", NAME + ":" + NAME, dir.toString()));
        }
    }

    /** Prefixes a command so that it runs as the service user (setpriv execs, so the PID stays the command's). */
    List<String> command(List<String> command) {
        if (!root) {
            return command;
        }
        List<String> wrapped = new ArrayList<>(List.of("setpriv", "--reuid=" + NAME, "--regid=" + NAME, "--init-groups", "--"));
        wrapped.addAll(command);
        return wrapped;
    }

    /** Whether the service user can reach {@code dir}: every ancestor must be searchable by others. */
    boolean canReach(Path dir) throws IOException {
        if (!root) {
            return true;
        }
        for (Path p = dir.toAbsolutePath().getParent(); p != null; p = p.getParent()) {
            Set<PosixFilePermission> perms = Files.getPosixFilePermissions(p);
            if (!perms.contains(PosixFilePermission.OTHERS_EXECUTE)) {
                return false;
            }
        }
        return true;
    }
}
