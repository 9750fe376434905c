package org.mqsec.crypto.keystore;

import org.mqsec.crypto.internal.Messages;

/** How a PKCS#12 file is protected when we write it. */
public enum Pkcs12Profile {
    /**
     * PBES2 with AES-256-CBC and PBKDF2-HMAC-SHA-256 for keys and certificates, HMAC-SHA-256 MAC:
     * read by IBM MQ 9.3+, Java 11+ and OpenSSL 3.
     */
    MODERN("modern", Messages.Profile_modern), //$NON-NLS-1$
    /**
     * 3DES (PBE-SHA1-3DES) for keys and certificates, SHA-1 MAC: for GSKit-based tools, Java 8 and
     * older Windows, which cannot read the modern profile. Weak; use only where needed.
     */
    COMPATIBLE("compatible", Messages.Profile_compatible); //$NON-NLS-1$

    private final String id;
    private final String description;

    Pkcs12Profile(String id, String description) {
        this.id = id;
        this.description = description;
    }

    public String id() {
        return id;
    }

    /** What the profile is for, in plain words. */
    public String description() {
        return description;
    }

    public static java.util.Optional<Pkcs12Profile> fromId(String id) {
        for (Pkcs12Profile profile : values()) {
            if (profile.id.equalsIgnoreCase(id)) {
                return java.util.Optional.of(profile);
            }
        }
        return java.util.Optional.empty();
    }
}
