package org.mqsec.ui;

/** Job families of the workbench's z/OS work, so callers (and tests) can find or join them. */
public final class ZosJobs {

    /** Saving the z/OS preferences (the RACF jobs' job card). */
    public static final Object PREFERENCES = new Object();

    private ZosJobs() {
    }
}
