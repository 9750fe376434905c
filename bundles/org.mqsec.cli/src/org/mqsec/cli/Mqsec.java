package org.mqsec.cli;

import java.io.PrintStream;

import org.eclipse.osgi.util.NLS;
import org.mqsec.cli.internal.MqsecCommandLine;

/**
 * The {@code mqsec} command: the workbench's operations as a plain Java program, for scripts. Runs
 * without starting OSGi or a workbench; the launcher script puts the bundles' jars on the class path.
 */
public final class Mqsec {

    /** Exit code when the command did what was asked. */
    public static final int OK = 0;
    /** Exit code when the input (a file, a password) was bad: the message says what to do. */
    public static final int FAILED = 1;
    /** Exit code when the command line itself was wrong. */
    public static final int USAGE = 2;

    private Mqsec() {
    }

    public static void main(String[] args) {
        int code = run(args, System.out, System.err);
        System.out.flush();
        System.exit(code);
    }

    /** Runs one command; returns the exit code. Never throws for bad input. */
    public static int run(String[] args, PrintStream out, PrintStream err) {
        try {
            return MqsecCommandLine.run(args, out, err);
        } catch (RuntimeException | LinkageError e) {
            // a defect, not bad input: said in one line, without a stack trace, and reported as a failure
            err.println(NLS.bind("mqsec: internal error ({0}: {1}); please report it with the command that caused it.", //$NON-NLS-1$
                    e.getClass().getName(), e.getMessage()));
            return FAILED;
        }
    }
}
