package org.mqsec.crypto.operations;

import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.eclipse.core.runtime.SubMonitor;
import org.mqsec.core.findings.Finding;
import org.mqsec.core.mqsc.MqAttribute;
import org.mqsec.core.tls.QueueManagerPlatform;
import org.mqsec.crypto.certificates.CertificateIssuer;
import org.mqsec.core.dn.Rfc4514Names;
import org.mqsec.crypto.certificates.CertificateProfile;
import org.mqsec.crypto.certificates.CertificateTemplate;
import org.mqsec.crypto.certificates.KeyAlgorithm;
import org.mqsec.crypto.internal.Messages;
import org.mqsec.crypto.keystore.CommandEquivalents;
import org.mqsec.crypto.keystore.EditableKeyRepository;
import org.mqsec.crypto.keystore.EditableKeyRepository.KeyEntry;
import org.mqsec.crypto.keystore.KeyRepositoryException;

/**
 * A new key pair with its certificate, added to a repository under a label: self-signed, or issued
 * by a CA's key entry (of this repository or another) with the CA's chain after it. A template with
 * {@link CertificateProfile#CA} makes a local CA.
 */
public final class GenerateKeyOperation extends KeyRepositoryOperation<KeyEntry> {

    public static final String LABEL_EMPTY = "LABEL_EMPTY"; //$NON-NLS-1$
    public static final String LABEL_TAKEN = "LABEL_TAKEN"; //$NON-NLS-1$
    public static final String WEAK_KEY = "KEY_WEAK"; //$NON-NLS-1$
    public static final String SIGNER_NOT_CA = "SIGNER_NOT_CA"; //$NON-NLS-1$

    /** The CA that signs: its key entry and where it is, for the equivalent commands. */
    public record Signer(KeyEntry entry, String repositoryName) {
    }

    private final EditableKeyRepository repository;
    private final String repositoryName;
    private final String alias;
    private final CertificateTemplate template;
    private final KeyAlgorithm algorithm;
    private final Signer signer;
    private final SecureRandom random;

    /**
     * @param repositoryName the file as commands name it
     * @param signer         null for a self-signed certificate
     */
    public GenerateKeyOperation(EditableKeyRepository repository, String repositoryName, String alias,
            CertificateTemplate template, KeyAlgorithm algorithm, Signer signer, SecureRandom random) {
        this.repository = repository;
        this.repositoryName = repositoryName;
        this.alias = alias == null ? "" : alias.strip(); //$NON-NLS-1$
        this.template = template;
        this.algorithm = algorithm;
        this.signer = signer;
        this.random = random;
    }

    /**
     * The label's findings: given, without control characters (it ends up in MQSC and in scripts),
     * not taken in {@code repository} (labels compare without case), and a warning when it is longer
     * than CERTLABL takes, since a queue manager could not be told to use it.
     */
    public static List<Finding> labelFindings(EditableKeyRepository repository, String alias) {
        if (alias == null || alias.isBlank()) {
            return List.of(Finding.error(LABEL_EMPTY, "alias", Messages.Operation_labelEmpty, Messages.Operation_labelEmptyFix)); //$NON-NLS-1$
        }
        List<Finding> findings = new ArrayList<>();
        for (Finding rule : MqAttribute.CERTLABL.check(alias.strip(), QueueManagerPlatform.MULTIPLATFORMS,
                Messages.Operation_labelField)) {
            findings.add(MqAttribute.TOO_LONG.equals(rule.code())
                    ? Finding.warning(rule.code(), rule.field(), rule.message(), rule.fix())
                    : rule);
        }
        if (repository.entry(alias.strip()).isPresent()) {
            findings.add(Finding.error(LABEL_TAKEN, "alias", Messages.bind(Messages.Problem_aliasExists, alias.strip()), //$NON-NLS-1$
                    Messages.Advice_aliasExists));
        }
        return findings;
    }

    /** Whether a key entry can sign certificates: it has a certificate and that is a CA's. */
    public static boolean canSign(KeyEntry entry) {
        return !entry.chain().isEmpty() && entry.chain().get(0).getBasicConstraints() >= 0;
    }

    @Override
    public List<Finding> findings() {
        List<Finding> findings = new ArrayList<>(labelFindings(repository, alias));
        findings.addAll(template.validate());
        if (algorithm.isWeak()) {
            findings.add(Finding.warning(WEAK_KEY, "key", Messages.bind(Messages.Operation_weakKey, algorithm.id()), //$NON-NLS-1$
                    Messages.Operation_weakKeyFix));
        }
        if (signer != null && !canSign(signer.entry())) {
            findings.add(Finding.error(SIGNER_NOT_CA, "signer", Messages.bind(Messages.Operation_signerNotCa, //$NON-NLS-1$
                    signer.entry().alias()), Messages.Operation_signerNotCaFix));
        }
        return findings;
    }

    @Override
    public Map<String, List<String>> equivalentCommands() {
        return CommandEquivalents.generateKey(repositoryName, repository.format(), alias,
                Rfc4514Names.render(template.subject()), algorithm.jcaName(), algorithm.size(),
                template.hash().signatureName(algorithm.jcaName()), template.validityDays(),
                template.subjectAlternativeNames(), template.profile() == CertificateProfile.CA,
                signer == null ? null : signer.repositoryName(), signer == null ? null : signer.entry().alias()).commands();
    }

    @Override
    protected KeyEntry execute(SubMonitor progress) throws KeyRepositoryException {
        progress.setTaskName(Messages.bind(Messages.Operation_generating, algorithm.id(), alias));
        KeyPair pair;
        try {
            pair = algorithm.generate(random);
        } catch (GeneralSecurityException e) {
            throw new KeyRepositoryException(KeyRepositoryException.Problem.REFUSED, e.getMessage(), "", e); //$NON-NLS-1$
        }
        progress.worked(80);
        checkCancelled(progress); // key generation itself cannot be interrupted; a cancelled key is dropped
        CertificateIssuer issuer = new CertificateIssuer(random);
        List<X509Certificate> chain = new ArrayList<>();
        if (signer == null) {
            chain.add(issuer.selfSigned(pair, template));
        } else {
            chain.add(issuer.issue(pair.getPublic(), template, signer.entry().chain().get(0), signer.entry().key()));
            chain.addAll(signer.entry().chain());
        }
        KeyEntry entry = new KeyEntry(alias, pair.getPrivate(), chain);
        repository.atomically(r -> {
            r.add(entry);
            return null;
        });
        return entry;
    }
}
