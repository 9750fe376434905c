package org.mqsec.ui;

/** Job families of the workbench's AMS policy work, so callers (and tests) can find or join them. */
public final class AmsJobs {

    /** Reading policies from a file or pasted text, and certificates for the DN picker. */
    public static final Object READ = new Object();

    /** Writing policies to disk as MQSC or a setmqspl script. */
    public static final Object WRITE = new Object();

    /** Opening both sides' keystores and checking a putter against a getter. */
    public static final Object CHECK = new Object();

    private AmsJobs() {
    }
}
