package dev.onecheck.loaders;

import java.io.PrintWriter;

/**
 * A progress bar for long loads: redrawn in place on a terminal, a line per tenth when the output is a log
 * (so CI logs and ./onecheck up's supervisor log stay readable).
 */
public final class Progress {

    private static final int WIDTH = 30;

    private final PrintWriter out;
    private final String what;
    private final int total;
    private final boolean terminal;
    private int lastTenth = -1;

    public Progress(PrintWriter out, String what, int total) {
        this(out, what, total, System.console() != null);
    }

    Progress(PrintWriter out, String what, int total, boolean terminal) {
        this.out = out;
        this.what = what;
        this.total = total;
        this.terminal = terminal;
    }

    public void update(int done) {
        int filled = total == 0 ? WIDTH : done * WIDTH / total;
        String line = what + " [" + "#".repeat(filled) + " ".repeat(WIDTH - filled) + "] " + done + "/" + total;
        if (terminal) {
            out.print("\r" + line);
            if (done == total) {
                out.println();
            }
        } else {
            int tenth = total == 0 ? 10 : done * 10 / total;
            if (tenth == lastTenth) {
                return;
            }
            lastTenth = tenth;
            out.println(line);
        }
        out.flush();
    }
}
