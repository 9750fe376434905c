package org.mqsec.core.tls;

/** The key a CipherSpec needs in the personal certificates of the ends that present one. */
public enum CertificateKeyType {
    /** ECDHE_RSA_* and TLS_RSA_*: an RSA key. */
    RSA,
    /** ECDHE_ECDSA_*: an EC (ECDSA) key. */
    EC,
    /** TLS 1.3 CipherSpecs and the ANY aliases: either; the key only limits which TLS 1.2 suites can be chosen. */
    EITHER;

    /** Whether a certificate with a key of this kind can be used with a CipherSpec that needs {@code needed}. */
    public boolean satisfies(CertificateKeyType needed) {
        return needed == EITHER || needed == this;
    }
}
