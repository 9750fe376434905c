package org.mqsec.crypto.internal.keystore;

import java.io.ByteArrayInputStream;
import java.security.cert.Certificate;
import java.security.cert.CertificateException;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.runtime.IProgressMonitor;
import org.mqsec.crypto.keystore.EntryKind;
import org.mqsec.crypto.keystore.KeyRepositoryException;
import org.mqsec.crypto.keystore.KeyRepositoryFormat;
import org.mqsec.crypto.keystore.PasswordSource;

/** A single DER certificate ({@code .cer}, {@code .der}) or a DER PKCS#7 bundle ({@code .p7b}). */
final class CertificateFileReader implements KeyRepositoryReader {

    private final KeyRepositoryFormat format;

    CertificateFileReader(KeyRepositoryFormat format) {
        this.format = format;
    }

    @Override
    public KeyRepositoryFormat format() {
        return format;
    }

    @Override
    public ReadResult read(RepositoryFile file, PasswordSource passwords, boolean withKeys, IProgressMonitor monitor)
            throws KeyRepositoryException {
        List<X509Certificate> certificates = new ArrayList<>();
        try {
            if (format == KeyRepositoryFormat.PKCS7) {
                for (Certificate cert : Pkcs12Reader.x509Factory().generateCertificates(
                        new ByteArrayInputStream(file.content()))) {
                    certificates.add((X509Certificate) cert);
                }
            } else {
                try {
                    certificates.add(X509Parsing.certificate(file.content()));
                } catch (CertificateException e) {
                    // FormatDetector found a certificate's structure: the content is refused, not cut short
                    throw X509Parsing.unreadable(file.name(), e);
                }
            }
        } catch (CertificateException | ClassCastException e) {
            throw file.corrupt(e);
        }
        UniqueAliases aliases = new UniqueAliases();
        List<ReadResult.ReadEntry> entries = new ArrayList<>();
        int number = 0;
        for (X509Certificate cert : certificates) {
            number++;
            String alias = aliases.derived(CertificateFacts.commonName(cert.getSubjectX500Principal()),
                    "certificate-", number); //$NON-NLS-1$
            entries.add(new ReadResult.ReadEntry(alias, EntryKind.TRUSTED_CERTIFICATE, List.of(cert), null, 0, null));
        }
        return new ReadResult(format, "", List.of(), entries, certificates); //$NON-NLS-1$
    }
}
