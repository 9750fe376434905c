package org.mqsec.crypto.keystore;

import org.eclipse.core.runtime.IProgressMonitor;

/**
 * Where a key repository lives and how to open it. Files are one kind; PKCS#11 tokens and other
 * stores plug in as further implementations without the editor or the command line changing.
 */
public interface KeyRepositoryLocation {

    /** Short name for tabs and messages (a file name, a token label). */
    String name();

    /** Full description for tooltips (a path, a token's slot and serial). */
    String description();

    /** Stable identity used to remember the password in secure storage. */
    String storageKey();

    /**
     * Reads the repository. Never modifies it.
     *
     * @throws KeyRepositoryException with a message for the user when it cannot be read
     */
    KeyRepository open(PasswordSource passwords, IProgressMonitor monitor) throws KeyRepositoryException;
}
