package org.mqsec.crypto.keystore;

/**
 * Supplies the password of a key repository when a reader needs one. The UI asks the user (and may
 * look in secure storage first); the command line reads a file. Implementations return a fresh array
 * that the caller clears after use.
 */
public interface PasswordSource {

    /**
     * @param request what the password is for and how many attempts have failed so far
     * @return the password, or {@code null} when the user declines to give one
     */
    char[] password(PasswordRequest request);

    /** Called once the password of {@code request} has been verified by the reader. */
    default void accepted(PasswordRequest request, char[] password) {
        // nothing to remember by default
    }

    /** A source that never has a password. */
    PasswordSource NONE = request -> null;

    /**
     * What a password is asked for.
     *
     * @param location    the repository's name as shown to the user
     * @param storageKey  a stable identity of the repository, for remembering the password
     * @param failedTries how many passwords were already rejected for this repository
     */
    record PasswordRequest(String location, String storageKey, int failedTries) {
        public PasswordRequest retry() {
            return new PasswordRequest(location, storageKey, failedTries + 1);
        }
    }
}
