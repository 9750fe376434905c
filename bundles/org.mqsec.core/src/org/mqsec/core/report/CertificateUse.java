package org.mqsec.core.report;

import java.time.Instant;
import java.util.List;

/**
 * A certificate in a queue manager's key repository, and what presents it: the queue manager (its
 * CERTLABL or default label), channels with their own CERTLABL, or nothing (a CA certificate, a
 * spare key).
 *
 * @param personal whether the repository holds its private key
 * @param keyType  its key, for the CipherSpecs it can serve ({@code EITHER} when neither RSA nor EC)
 * @param usedBy   "queue manager QM1", "channel APP.SVRCONN"...; empty when nothing presents it
 */
public record CertificateUse(String label, String subject, String issuer, Instant notAfter, boolean personal,
        org.mqsec.core.tls.CertificateKeyType keyType, List<String> usedBy) {

    public CertificateUse {
        usedBy = List.copyOf(usedBy);
    }
}
