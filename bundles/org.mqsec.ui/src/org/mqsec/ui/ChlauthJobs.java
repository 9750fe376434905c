package org.mqsec.ui;

/** Job families of the workbench's channel authentication work, so callers (and tests) can find or join them. */
public final class ChlauthJobs {

    /** Reading records from a file or pasted text. */
    public static final Object READ = new Object();

    /** Writing records to disk as an MQSC script. */
    public static final Object WRITE = new Object();

    private ChlauthJobs() {
    }
}
