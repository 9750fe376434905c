package org.mqsec.ui.internal.wizards;

import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.mqsec.core.dn.DistinguishedName;
import org.mqsec.core.findings.Finding;
import org.mqsec.crypto.certificates.CertificateTemplate;
import org.mqsec.crypto.keystore.EditableKeyRepository;
import org.mqsec.crypto.keystore.EditableKeyRepository.Entry;
import org.mqsec.crypto.keystore.EditableKeyRepository.KeyEntry;
import org.mqsec.crypto.operations.GenerateKeyOperation;

/**
 * The Generate Key Pair wizard's logic, no UI: builds the {@link GenerateKeyOperation} that
 * {@code mqsec keystore genkey} runs too, shows its findings page by page, and names the CA entries
 * of the repository that can sign.
 */
public final class GenerateKeyController {

    private final GenerateKeyModel model;
    private final EditableKeyRepository repository;
    private final String file;
    private final SecureRandom random = new SecureRandom();

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
        List<Finding> findings = new ArrayList<>(GenerateKeyOperation.labelFindings(repository, model.alias));
        findings.addAll(template().validate());
        return findings;
    }

    /** Everything, for the review page and Finish. */
    public List<Finding> findings() {
        List<Finding> findings = new ArrayList<>(operation().findings());
        if (model.signerAlias != null && signer() == null) {
            findings.add(Finding.error(Messages.bind(Messages.Generate_noSigner, model.signerAlias), "")); //$NON-NLS-1$
        }
        return findings;
    }

    /** Key entries of the repository whose certificate is a CA: the ones that can sign. */
    public List<String> caAliases() {
        List<String> aliases = new ArrayList<>();
        for (Entry entry : repository.entries()) {
            if (entry instanceof KeyEntry key && GenerateKeyOperation.canSign(key)) {
                aliases.add(key.alias());
            }
        }
        return aliases;
    }

    private KeyEntry signer() {
        return model.signerAlias == null ? null
                : repository.entry(model.signerAlias).filter(KeyEntry.class::isInstance).map(KeyEntry.class::cast)
                        .orElse(null);
    }

    public Map<String, List<String>> equivalentCommands() {
        return operation().equivalentCommands();
    }

    /** The operation Finish runs: generating the key takes seconds for RSA 4096, so it runs in a Job. */
    public GenerateKeyOperation operation() {
        KeyEntry signer = signer();
        return new GenerateKeyOperation(repository, file, model.alias, template(), model.keyAlgorithm,
                signer == null ? null : new GenerateKeyOperation.Signer(signer, file), random);
    }
}
