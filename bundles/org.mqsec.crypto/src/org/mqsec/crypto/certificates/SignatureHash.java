package org.mqsec.crypto.certificates;

import java.security.PublicKey;

/** The hash of a certificate or request signature. SHA-1 and MD5 are not offered. */
public enum SignatureHash {
    SHA256, SHA384, SHA512;

    /** The JCA signature name for a key: SHA256withRSA, SHA384withECDSA... */
    public String signatureName(PublicKey key) {
        return signatureName(key.getAlgorithm());
    }

    /** The JCA signature name for a key algorithm (RSA, EC) before there is a key. */
    public String signatureName(String keyAlgorithm) {
        return name() + ("EC".equals(keyAlgorithm) ? "withECDSA" : "withRSA"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
    }

    public static java.util.Optional<SignatureHash> fromId(String id) {
        String wanted = id.toUpperCase(java.util.Locale.ROOT).replace("-", ""); //$NON-NLS-1$ //$NON-NLS-2$
        for (SignatureHash hash : values()) {
            if (hash.name().equals(wanted)) {
                return java.util.Optional.of(hash);
            }
        }
        return java.util.Optional.empty();
    }
}
