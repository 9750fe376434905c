package org.mqsec.crypto.operations;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.eclipse.core.runtime.SubMonitor;
import org.mqsec.core.findings.Finding;
import org.mqsec.crypto.certificates.CertificateIssuer;
import org.mqsec.crypto.certificates.CertificateProfile;
import org.mqsec.crypto.certificates.CertificateRequests;
import org.mqsec.crypto.certificates.CertificateTemplate;
import org.mqsec.crypto.certificates.SignatureHash;
import org.mqsec.crypto.internal.Messages;
import org.mqsec.crypto.keystore.CertificateExport;
import org.mqsec.crypto.keystore.CommandEquivalents;
import org.mqsec.crypto.keystore.EditableKeyRepository;
import org.mqsec.crypto.keystore.EditableKeyRepository.KeyEntry;
import org.mqsec.crypto.keystore.KeyRepositoryException;

/**
 * Signs a PKCS#10 request file with a local CA's key entry and writes the new certificate followed
 * by the CA's chain as PEM, ready for the requester to receive.
 */
public final class SignRequestOperation extends KeyRepositoryOperation<X509Certificate> {

    public static final String BAD_VALIDITY = "VALIDITY_NOT_POSITIVE"; //$NON-NLS-1$

    private final EditableKeyRepository repository;
    private final String caAlias;
    private final Path request;
    private final CertificateProfile usage;
    private final int days;
    private final SignatureHash hash;
    private final List<String> alternativeNames;
    private final Path target;
    private final SecureRandom random;

    /** @param alternativeNames names to add to those the request asks for (DNS:..., IP:...) */
    public SignRequestOperation(EditableKeyRepository repository, String caAlias, Path request,
            CertificateProfile usage, int days, SignatureHash hash, List<String> alternativeNames, Path target,
            SecureRandom random) {
        this.repository = repository;
        this.caAlias = caAlias;
        this.request = request;
        this.usage = usage;
        this.days = days;
        this.hash = hash;
        this.alternativeNames = List.copyOf(alternativeNames);
        this.target = target;
        this.random = random;
    }

    @Override
    public List<Finding> findings() {
        List<Finding> findings = new ArrayList<>();
        if (days < 1) {
            findings.add(Finding.error(BAD_VALIDITY, "days", Messages.Template_badValidity, Messages.Template_badValidityFix)); //$NON-NLS-1$
        } else if (usage != CertificateProfile.CA && days > CertificateTemplate.LONG_LEAF_VALIDITY_DAYS) {
            findings.add(Finding.warning("VALIDITY_LONG", "days", Messages.bind(Messages.Template_longValidity, days), //$NON-NLS-1$ //$NON-NLS-2$
                    Messages.Template_longValidityFix));
        }
        repository.entry(caAlias).filter(KeyEntry.class::isInstance).map(KeyEntry.class::cast)
                .filter(key -> !GenerateKeyOperation.canSign(key))
                .ifPresent(key -> findings.add(Finding.error(GenerateKeyOperation.SIGNER_NOT_CA, "signer", //$NON-NLS-1$
                        Messages.bind(Messages.Operation_signerNotCa, caAlias), Messages.Operation_signerNotCaFix)));
        return findings;
    }

    @Override
    public Map<String, List<String>> equivalentCommands() {
        return CommandEquivalents.signRequest(request.toString(), caAlias + ".pem", caAlias + ".key", //$NON-NLS-1$ //$NON-NLS-2$
                target.toString(), days).commands();
    }

    @Override
    protected X509Certificate execute(SubMonitor progress) throws KeyRepositoryException {
        progress.setTaskName(Messages.bind(Messages.Operation_signing, request, caAlias));
        KeyEntry ca = keyWithCertificate(repository, caAlias);
        X509Certificate issued = CertificateRequests.sign(CertificateRequests.read(request), usage, days, hash,
                alternativeNames, ca.chain().get(0), ca.key(), new CertificateIssuer(random));
        List<X509Certificate> chain = new ArrayList<>(List.of(issued));
        chain.addAll(ca.chain());
        progress.worked(80);
        writeFile(target, CertificateExport.pemChain(chain).getBytes(StandardCharsets.US_ASCII));
        return issued;
    }
}
