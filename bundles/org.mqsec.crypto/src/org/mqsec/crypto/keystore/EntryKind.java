package org.mqsec.crypto.keystore;

import org.mqsec.crypto.internal.Messages;

/** What a key repository entry holds. */
public enum EntryKind {
    /** A private key with its certificate (and chain): an identity that can be used in TLS. */
    PERSONAL(Messages.EntryKind_personal),
    /** A certificate without a key: a signer or peer certificate the owner trusts. */
    TRUSTED_CERTIFICATE(Messages.EntryKind_trusted),
    /** A symmetric key (JCEKS and PKCS#12 can hold them). */
    SECRET_KEY(Messages.EntryKind_secret),
    /** A private key for which the repository holds no certificate. */
    PRIVATE_KEY_ONLY(Messages.EntryKind_keyOnly);

    private final String displayName;

    EntryKind(String displayName) {
        this.displayName = displayName;
    }

    public String displayName() {
        return displayName;
    }
}
