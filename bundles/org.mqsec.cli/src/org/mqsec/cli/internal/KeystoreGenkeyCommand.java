package org.mqsec.cli.internal;

import java.nio.file.Path;
import java.security.SecureRandom;

import org.eclipse.osgi.util.NLS;
import org.mqsec.core.dn.DistinguishedName;
import org.mqsec.crypto.certificates.CertificateProfile;
import org.mqsec.crypto.certificates.CertificateTemplate;
import org.mqsec.crypto.certificates.KeyAlgorithm;
import org.mqsec.crypto.certificates.SignatureHash;
import org.mqsec.crypto.keystore.EditableKeyRepository.KeyEntry;
import org.mqsec.crypto.keystore.KeyRepositoryException;
import org.mqsec.crypto.operations.GenerateKeyOperation;
import org.mqsec.crypto.operations.KeyRepositoryOperation;

import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code mqsec keystore genkey FILE}: a key pair and certificate, self-signed or signed by a CA in
 * another repository (--signer); {@link KeystoreCaCommand} makes a local CA the same way.
 */
@Command(name = "genkey", mixinStandardHelpOptions = true, versionProvider = MqsecVersion.class, sortOptions = false)
class KeystoreGenkeyCommand extends KeystoreChange {

    @Option(names = "--alias", required = true, paramLabel = "LABEL", descriptionKey = "alias")
    String alias;

    @Option(names = "--dn", required = true, paramLabel = "DN", descriptionKey = "dn")
    String dn;

    @Option(names = "--key", paramLabel = "KEY", converter = Converters.Key.class, completionCandidates = Converters.Key.class, descriptionKey = "key")
    KeyAlgorithm key = KeyAlgorithm.RSA_3072;

    @Option(names = "--hash", paramLabel = "HASH", converter = Converters.Hash.class, completionCandidates = Converters.Hash.class, descriptionKey = "hash")
    SignatureHash hash;

    @Option(names = "--san", paramLabel = "NAMES", descriptionKey = "san")
    String san;

    @Option(names = "--usage", paramLabel = "USAGE", converter = Converters.Usage.class, completionCandidates = Converters.Usage.class, descriptionKey = "usage")
    CertificateProfile usage = CertificateProfile.TLS_SERVER_AND_CLIENT;

    @Option(names = "--days", paramLabel = "DAYS", descriptionKey = "days")
    Integer days;

    @Option(names = "--signer", paramLabel = "CA_FILE", descriptionKey = "signer")
    Path signer;

    @Option(names = "--signer-alias", paramLabel = "LABEL", descriptionKey = "signer-alias")
    String signerAlias;

    @ArgGroup(exclusive = true, multiplicity = "0..1")
    PasswordOptions.Signer signerPassword;

    /** The certificate's profile: a CA for {@code ca}, else --usage. */
    CertificateProfile profile() {
        return usage;
    }

    int defaultDays() {
        return 365;
    }

    @Override
    void change() throws KeyRepositoryException, UsageException {
        if (signer != null && signerAlias == null) {
            throw new UsageException(NLS.bind(Messages.Usage_optionRequired, "signer-alias")); //$NON-NLS-1$
        }
        CertificateTemplate template = CertificateTemplate.typed(DistinguishedName.parse(dn), list(san), profile(),
                days == null ? defaultDays() : days, hash == null ? key.defaultHash() : hash);
        try (Opened opened = open()) {
            KeyEntry entry;
            if (signer != null) {
                try (Opened ca = Opened.open(signer, null, signerPassword)) {
                    KeyEntry caKey = KeyRepositoryOperation.keyWithCertificate(ca.repository, signerAlias);
                    entry = run(new GenerateKeyOperation(opened.repository, file.toString(), alias, template, key,
                            new GenerateKeyOperation.Signer(caKey, signer.toString()), new SecureRandom()));
                }
            } else {
                entry = run(new GenerateKeyOperation(opened.repository, file.toString(), alias, template, key, null,
                        new SecureRandom()));
            }
            save(opened, null);
            describe(entry);
            lines.add(NLS.bind(profile() == CertificateProfile.CA ? Messages.Change_caCreated : Messages.Change_generated,
                    new Object[] { entry.alias(), key.id(), entry.chain().get(0).getSubjectX500Principal().getName(), file }));
        }
    }
}
