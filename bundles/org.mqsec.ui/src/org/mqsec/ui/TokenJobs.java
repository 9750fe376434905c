package org.mqsec.ui;

/** Job families of the workbench's PKCS#11 token work, so callers (and tests) can find or join them. */
public final class TokenJobs {

    /** Loading modules, listing slots, logging in and reading a token. */
    public static final Object READ = new Object();

    /** Generating keys, writing certificates, deleting objects, changing the PIN, saving the modules file. */
    public static final Object WRITE = new Object();

    private TokenJobs() {
    }
}
