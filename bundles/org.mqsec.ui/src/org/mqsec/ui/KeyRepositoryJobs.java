package org.mqsec.ui;

/** Job families of the workbench's key repository work, so callers (and tests) can find or join them. */
public final class KeyRepositoryJobs {

    /** Opening a key repository into an editor. */
    public static final Object OPEN = new Object();

    /** Writing a certificate or key repository to disk. */
    public static final Object WRITE = new Object();

    private KeyRepositoryJobs() {
    }
}
