package org.mqsec.crypto.operations;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.cert.CertificateParsingException;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.eclipse.core.runtime.SubMonitor;
import org.mqsec.core.dn.CertificateName;
import org.mqsec.core.findings.Finding;
import org.mqsec.crypto.certificates.CertificateNames;
import org.mqsec.crypto.certificates.CertificateRequests;
import org.mqsec.crypto.certificates.SignatureHash;
import org.mqsec.crypto.internal.Messages;
import org.mqsec.crypto.keystore.CommandEquivalents;
import org.mqsec.crypto.keystore.EditableKeyRepository;
import org.mqsec.crypto.keystore.EditableKeyRepository.KeyEntry;
import org.mqsec.crypto.keystore.KeyRepositoryException;

/**
 * A PKCS#10 request for a key entry's key, written as PEM. Unless told otherwise it asks for what the
 * entry's certificate has: its subject attribute for attribute and its DNS and IP alternative names,
 * so that a renewal request matches the certificate it renews.
 */
public final class CertificateRequestOperation extends KeyRepositoryOperation<Path> {

    private final EditableKeyRepository repository;
    private final String repositoryName;
    private final String alias;
    private final CertificateName subject;
    private final List<Finding> subjectFindings;
    private final List<String> alternativeNames;
    private final SignatureHash hash;
    private final Path target;

    /**
     * @param subject          the subject to ask for, or null for the certificate's own
     * @param subjectFindings  what checking a typed subject found (empty for null)
     * @param alternativeNames DNS:... and IP:... names, or null for the certificate's own
     */
    public CertificateRequestOperation(EditableKeyRepository repository, String repositoryName, String alias,
            CertificateName subject, List<Finding> subjectFindings, List<String> alternativeNames, SignatureHash hash,
            Path target) {
        this.repository = repository;
        this.repositoryName = repositoryName;
        this.alias = alias;
        this.subject = subject;
        this.subjectFindings = List.copyOf(subjectFindings);
        this.alternativeNames = alternativeNames == null ? null : List.copyOf(alternativeNames);
        this.hash = hash;
        this.target = target;
    }

    @Override
    public List<Finding> findings() {
        return subjectFindings;
    }

    @Override
    public Map<String, List<String>> equivalentCommands() {
        return CommandEquivalents.certificateRequest(repositoryName, repository.format(), alias, target.toString())
                .commands();
    }

    /** The DNS and IP alternative names of a certificate, as DNS:... and IP:... */
    public static List<String> alternativeNamesOf(X509Certificate certificate) {
        List<String> names = new ArrayList<>();
        try {
            if (certificate.getSubjectAlternativeNames() != null) {
                for (List<?> name : certificate.getSubjectAlternativeNames()) {
                    int tag = (Integer) name.get(0);
                    if (tag == 2 || tag == 7) {
                        names.add((tag == 2 ? "DNS:" : "IP:") + name.get(1)); //$NON-NLS-1$ //$NON-NLS-2$
                    }
                }
            }
        } catch (CertificateParsingException e) {
            // an extension the JDK cannot parse: the request asks for no alternative names then
        }
        return names;
    }

    @Override
    protected Path execute(SubMonitor progress) throws KeyRepositoryException {
        progress.setTaskName(Messages.bind(Messages.Operation_requesting, alias));
        KeyEntry entry = keyWithCertificate(repository, alias);
        X509Certificate current = entry.chain().get(0);
        CertificateName asked = subject != null ? subject : CertificateNames.of(current.getSubjectX500Principal());
        List<String> names = alternativeNames != null ? alternativeNames : alternativeNamesOf(current);
        String pem = CertificateRequests.pem(CertificateRequests.create(new KeyPair(current.getPublicKey(), entry.key()),
                asked, names, hash));
        progress.worked(80);
        writeFile(target, pem.getBytes(StandardCharsets.US_ASCII));
        return target;
    }
}
