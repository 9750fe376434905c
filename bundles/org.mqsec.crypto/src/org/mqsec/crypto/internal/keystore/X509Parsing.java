package org.mqsec.crypto.internal.keystore;

import java.io.ByteArrayInputStream;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;

import org.mqsec.crypto.internal.Messages;
import org.mqsec.crypto.keystore.KeyRepositoryException;

/**
 * Turns a certificate's DER encoding into an {@link X509Certificate}: with the JDK's factory first
 * (fast, and what MQ's Java clients use), then with Bouncy Castle's, which accepts certificates the
 * JDK refuses but that are still worth listing (explicit EC parameters, a v1 certificate with
 * extensions, URI name constraints). Only when both refuse is the certificate unreadable, and the
 * message then says so with the parser's reason, not that the file is damaged.
 */
final class X509Parsing {

    private X509Parsing() {
    }

    static X509Certificate certificate(byte[] encoded) throws CertificateException {
        try {
            return (X509Certificate) Pkcs12Reader.x509Factory().generateCertificate(new ByteArrayInputStream(encoded));
        } catch (CertificateException | RuntimeException jdkRefused) {
            try {
                return (X509Certificate) CertificateFactory.getInstance("X.509", Providers.bouncyCastle()) //$NON-NLS-1$
                        .generateCertificate(new ByteArrayInputStream(encoded));
            } catch (CertificateException | RuntimeException bcRefused) {
                CertificateException refused = jdkRefused instanceof CertificateException c ? c
                        : new CertificateException(jdkRefused.getMessage(), jdkRefused);
                refused.addSuppressed(bcRefused);
                throw refused;
            }
        }
    }

    /** "{where} holds a certificate that cannot be read: {reason}", for a refused certificate. */
    static KeyRepositoryException unreadable(String where, CertificateException e) {
        String reason = e.getMessage() == null || e.getMessage().isBlank() ? e.getClass().getSimpleName() : e.getMessage();
        return new KeyRepositoryException(KeyRepositoryException.Problem.CORRUPT,
                Messages.bind(Messages.Problem_certificateUnreadable, where, reason),
                Messages.Advice_certificateUnreadable, e);
    }
}
