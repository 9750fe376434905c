package org.mqsec.ui;

/** Job families of the workbench's queue manager work, so callers (and tests) can find or join them. */
public final class QueueManagerJobs {

    /** Connecting and reading: a connection test, the security state, a dry run. */
    public static final Object READ = new Object();

    /** Applying a plan to a queue manager. */
    public static final Object APPLY = new Object();

    /** Reading or writing the connection profiles file. */
    public static final Object PROFILES = new Object();

    /** Writing an audit report. */
    public static final Object REPORT = new Object();

    private QueueManagerJobs() {
    }
}
