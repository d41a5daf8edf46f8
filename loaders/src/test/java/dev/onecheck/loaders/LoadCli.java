package dev.onecheck.loaders;

import java.io.PrintWriter;
import java.io.StringWriter;

/** Runs the loaders' command line in-process, as ./onecheck load does, and captures what it prints. */
record LoadCli(int exitCode, String out, String err) {

    static LoadCli run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = LoadCommand.commandLine().setOut(new PrintWriter(out)).setErr(new PrintWriter(err)).execute(args);
        return new LoadCli(exit, out.toString(), err.toString());
    }
}
