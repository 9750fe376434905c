package org.mqsec.crypto.keystore;

import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.mqsec.crypto.internal.keystore.CertificateFacts;

/**
 * One entry of a key repository as the browser lists it. The summary values are computed once when
 * the repository is read, so listing and sorting large repositories costs no crypto work.
 */
public final class KeyRepositoryEntry {

    private final String alias;
    private final EntryKind kind;
    private final List<X509Certificate> storedChain;
    private final String keyAlgorithm;
    private final int keySize;
    private final String subjectCn;
    private final String issuerCn;
    private final String signatureAlgorithm;
    private final Instant notBefore;
    private final Instant notAfter;
    private final String sha256;

    /**
     * @param storedChain  the certificates the repository keeps for this entry, end entity first
     *                     (empty for secret keys and keys without certificate)
     * @param keyAlgorithm for entries without certificate, the key's algorithm if known (else null)
     * @param keySize      for entries without certificate, the key size in bits if known (else 0)
     */
    public KeyRepositoryEntry(String alias, EntryKind kind, List<X509Certificate> storedChain,
            String keyAlgorithm, int keySize) {
        this.alias = alias;
        this.kind = kind;
        this.storedChain = List.copyOf(storedChain);
        X509Certificate cert = this.storedChain.isEmpty() ? null : this.storedChain.get(0);
        if (cert != null) {
            CertificateFacts.KeyDescription key = CertificateFacts.describeKey(cert.getPublicKey());
            this.keyAlgorithm = key.algorithm();
            this.keySize = key.size();
            this.subjectCn = CertificateFacts.commonName(cert.getSubjectX500Principal());
            this.issuerCn = CertificateFacts.commonName(cert.getIssuerX500Principal());
            this.signatureAlgorithm = CertificateFacts.signatureAlgorithmName(cert);
            this.notBefore = cert.getNotBefore().toInstant();
            this.notAfter = cert.getNotAfter().toInstant();
            this.sha256 = CertificateFacts.fingerprint(cert, "SHA-256"); //$NON-NLS-1$
        } else {
            this.keyAlgorithm = keyAlgorithm == null ? "" : keyAlgorithm; //$NON-NLS-1$
            this.keySize = keySize;
            this.subjectCn = ""; //$NON-NLS-1$
            this.issuerCn = ""; //$NON-NLS-1$
            this.signatureAlgorithm = ""; //$NON-NLS-1$
            this.notBefore = null;
            this.notAfter = null;
            this.sha256 = ""; //$NON-NLS-1$
        }
    }

    public String alias() {
        return alias;
    }

    public EntryKind kind() {
        return kind;
    }

    /** The entry's own certificate, if it has one. */
    public Optional<X509Certificate> certificate() {
        return storedChain.isEmpty() ? Optional.empty() : Optional.of(storedChain.get(0));
    }

    /** The chain as stored with the entry, end entity first. */
    public List<X509Certificate> storedChain() {
        return storedChain;
    }

    public String keyAlgorithm() {
        return keyAlgorithm;
    }

    /** Key size in bits (curve size for EC), 0 when unknown. */
    public int keySize() {
        return keySize;
    }

    public String subjectCn() {
        return subjectCn;
    }

    public String issuerCn() {
        return issuerCn;
    }

    public String signatureAlgorithm() {
        return signatureAlgorithm;
    }

    /** Start of validity, or null without certificate. */
    public Instant notBefore() {
        return notBefore;
    }

    /** End of validity, or null without certificate. */
    public Instant notAfter() {
        return notAfter;
    }

    /** SHA-256 fingerprint of the certificate as colon-separated upper-case hex, or "". */
    public String sha256() {
        return sha256;
    }

    public ValidityStatus validity(Instant now) {
        return ValidityStatus.of(notBefore, notAfter, now);
    }

    @Override
    public String toString() {
        return alias + " (" + kind + ")"; //$NON-NLS-1$ //$NON-NLS-2$
    }
}
