package org.mqsec.crypto.internal.keystore;

import java.io.ByteArrayInputStream;
import java.security.cert.Certificate;
import java.security.cert.CertificateException;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.runtime.IProgressMonitor;
import org.mqsec.crypto.keystore.EntryKind;
import org.mqsec.crypto.keystore.KeyRepository;
import org.mqsec.crypto.keystore.KeyRepositoryEntry;
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
    public KeyRepository read(RepositoryFile file, PasswordSource passwords, IProgressMonitor monitor)
            throws KeyRepositoryException {
        List<X509Certificate> certificates = new ArrayList<>();
        try {
            if (format == KeyRepositoryFormat.PKCS7) {
                for (Certificate cert : Pkcs12Reader.x509Factory().generateCertificates(
                        new ByteArrayInputStream(file.content()))) {
                    certificates.add((X509Certificate) cert);
                }
            } else {
                certificates.add((X509Certificate) Pkcs12Reader.x509Factory()
                        .generateCertificate(new ByteArrayInputStream(file.content())));
            }
        } catch (CertificateException | ClassCastException e) {
            throw file.corrupt(e);
        }
        return trustedCertificates(file.name(), format, certificates, List.of());
    }

    /** Every certificate as a trusted-certificate entry named after its CN. */
    static KeyRepository trustedCertificates(String name, KeyRepositoryFormat format,
            List<X509Certificate> certificates, List<String> warnings) {
        UniqueAliases aliases = new UniqueAliases();
        List<KeyRepositoryEntry> entries = new ArrayList<>();
        int number = 0;
        for (X509Certificate cert : certificates) {
            number++;
            String alias = aliases.derived(CertificateFacts.commonName(cert.getSubjectX500Principal()),
                    "certificate-", number); //$NON-NLS-1$
            entries.add(new KeyRepositoryEntry(alias, EntryKind.TRUSTED_CERTIFICATE, List.of(cert), null, 0));
        }
        return new KeyRepository(name, format, "", entries, certificates, warnings); //$NON-NLS-1$
    }
}
