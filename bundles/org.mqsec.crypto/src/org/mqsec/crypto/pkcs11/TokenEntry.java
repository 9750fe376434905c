package org.mqsec.crypto.pkcs11;

import java.util.List;

/**
 * What belongs together on a token: a private key, its certificate and public key share a CKA_ID.
 * Objects nothing pairs with are entries of their own and say so, since Java's KeyStore API would
 * hide them (a key without certificate, a certificate without key and not trusted, a public key).
 */
public record TokenEntry(Kind kind, String id, String label, TokenObject privateKey, TokenObject certificate, TokenObject publicKey,
        List<TokenObject> others) {

    public enum Kind {
        /** A private key with its certificate: what a queue manager or AMS can use. */
        KEY_AND_CERTIFICATE,
        /** A private key without certificate (an orphan: a request not yet answered, or a leftover). */
        KEY_WITHOUT_CERTIFICATE,
        /** A certificate with no private key on the token: a CA or partner certificate. */
        CERTIFICATE_ONLY,
        /** A public key alone. */
        PUBLIC_KEY_ONLY,
        /** A secret (symmetric) key. */
        SECRET_KEY,
        /** A data object or anything else. */
        OTHER
    }

    public TokenEntry {
        others = List.copyOf(others);
    }

    /** "RSA 3072", "EC P-256", "AES 256"; "" for entries without a key. */
    public String keyDescription() {
        TokenObject key = privateKey != null ? privateKey : publicKey != null ? publicKey : others.isEmpty() ? null : others.get(0);
        if (key == null || key.keyType().isEmpty()) {
            return ""; //$NON-NLS-1$
        }
        return key.keyType() + " " + (key.curve().isEmpty() ? Integer.toString(key.keySize()) : key.curve()); //$NON-NLS-1$
    }

    /** The certificate's subject (RFC 2253); "" without a certificate. */
    public String certificateSubject() {
        return certificate == null || certificate.certificate() == null ? "" : certificate.certificate().getSubjectX500Principal().getName(); //$NON-NLS-1$
    }

    /** Whether SunPKCS11's KeyStore (and so keytool and Java clients) would show this entry. */
    public boolean visibleToJavaKeyStore() {
        return switch (kind) {
            case KEY_AND_CERTIFICATE -> true;
            case CERTIFICATE_ONLY -> certificate.has(TokenObject.Flag.TRUSTED);
            case SECRET_KEY -> !label.isEmpty();
            default -> false;
        };
    }
}
