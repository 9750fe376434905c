package org.mqsec.ui.internal.wizards;

import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.mqsec.core.dn.DistinguishedName;
import org.mqsec.core.findings.Finding;
import org.mqsec.crypto.certificates.CertificateIssuer;
import org.mqsec.crypto.certificates.CertificateProfile;
import org.mqsec.crypto.certificates.CertificateTemplate;
import org.mqsec.crypto.keystore.CommandEquivalents;
import org.mqsec.crypto.keystore.EditableKeyRepository;
import org.mqsec.crypto.keystore.EditableKeyRepository.Entry;
import org.mqsec.crypto.keystore.EditableKeyRepository.KeyEntry;
import org.mqsec.crypto.keystore.KeyRepositoryException;

/**
 * The Generate Key Pair wizard's logic, no UI: validates the model against the repository, names
 * the CA entries that can sign, renders the equivalent commands and makes the new entry.
 */
public final class GenerateKeyController {

    private final GenerateKeyModel model;
    private final EditableKeyRepository repository;
    private final String file;

    public GenerateKeyController(GenerateKeyModel model, EditableKeyRepository repository, String file) {
        this.model = model;
        this.repository = repository;
        this.file = file;
    }

    public GenerateKeyModel model() {
        return model;
    }

    public List<String> alternativeNames() {
        return Arrays.stream(model.alternativeNames.split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList(); //$NON-NLS-1$
    }

    public CertificateTemplate template() {
        return CertificateTemplate.typed(DistinguishedName.parse(model.distinguishedName), alternativeNames(), model.usage,
                model.validityDays, model.hash);
    }

    /** Findings for the label and subject page. */
    public List<Finding> subjectFindings() {
        List<Finding> findings = new ArrayList<>();
        if (model.alias.isBlank()) {
            findings.add(Finding.error(Messages.Generate_noLabel, Messages.Generate_noLabelFix));
        } else if (repository.entry(model.alias).isPresent()) {
            findings.add(Finding.error(Messages.bind(Messages.Generate_labelTaken, model.alias), Messages.Generate_labelTakenFix));
        }
        findings.addAll(template().validate());
        return findings;
    }

    /** Everything, for the review page and Finish. */
    public List<Finding> findings() {
        List<Finding> findings = subjectFindings();
        if (model.keyAlgorithm.isWeak()) {
            findings.add(Finding.warning(Messages.Generate_weakKey, Messages.Generate_weakKeyFix));
        }
        if (model.signerAlias != null && signer() == null) {
            findings.add(Finding.error(Messages.bind(Messages.Generate_noSigner, model.signerAlias), ""));
        }
        return findings;
    }

    /** Key entries of the repository whose certificate is a CA: the ones that can sign. */
    public List<String> caAliases() {
        List<String> aliases = new ArrayList<>();
        for (Entry entry : repository.entries()) {
            if (entry instanceof KeyEntry key && !key.chain().isEmpty() && key.chain().get(0).getBasicConstraints() >= 0) {
                aliases.add(key.alias());
            }
        }
        return aliases;
    }

    private KeyEntry signer() {
        return repository.entry(model.signerAlias).filter(KeyEntry.class::isInstance).map(KeyEntry.class::cast)
                .orElse(null);
    }

    public Map<String, List<String>> equivalentCommands() {
        return CommandEquivalents.generateKey(file, repository.format(), model.alias,
                DistinguishedName.parse(model.distinguishedName).canonical(), model.keyAlgorithm.jcaName(),
                model.keyAlgorithm.size(), model.hash.signatureName(model.keyAlgorithm.jcaName()),
                model.validityDays, alternativeNames(), model.usage == CertificateProfile.CA,
                model.signerAlias == null ? null : file, model.signerAlias).commands();
    }

    /** Generates the key pair and certificate; long for RSA 4096, so run it in a Job. */
    public KeyEntry generate(SecureRandom random) throws KeyRepositoryException {
        KeyPair pair;
        try {
            pair = model.keyAlgorithm.generate(random);
        } catch (GeneralSecurityException e) {
            throw new KeyRepositoryException(KeyRepositoryException.Problem.REFUSED, e.getMessage(), "", e); //$NON-NLS-1$
        }
        CertificateIssuer issuer = new CertificateIssuer(random);
        List<X509Certificate> chain = new ArrayList<>();
        KeyEntry signer = model.signerAlias == null ? null : signer();
        if (signer == null) {
            chain.add(issuer.selfSigned(pair, template()));
        } else {
            chain.add(issuer.issue(pair.getPublic(), template(), signer.chain().get(0), signer.key()));
            chain.addAll(signer.chain());
        }
        return new KeyEntry(model.alias.strip(), pair.getPrivate(), chain);
    }
}
