package org.mqsec.cli.internal;

import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.util.Arrays;
import java.util.List;

import org.eclipse.osgi.util.NLS;
import org.mqsec.crypto.keystore.EditableKeyRepository.CertificateEntry;
import org.mqsec.crypto.keystore.EditableKeyRepository.Entry;
import org.mqsec.crypto.keystore.EditableKeyRepository.KeyEntry;
import org.mqsec.crypto.keystore.KeyRepositoryException;
import org.mqsec.crypto.keystore.Pkcs12Profile;
import org.mqsec.crypto.operations.ExportEntryOperation;
import org.mqsec.crypto.operations.ExportEntryOperation.ExportFormat;

import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code mqsec keystore export FILE --alias L --out F}: a certificate, chain, public key or key as PKCS#12. */
@Command(name = "export", mixinStandardHelpOptions = true, versionProvider = MqsecVersion.class, sortOptions = false)
final class KeystoreExportCommand extends KeystoreChange {

    @Option(names = "--alias", required = true, paramLabel = "LABEL", descriptionKey = "alias")
    String alias;

    @Option(names = "--out", required = true, paramLabel = "FILE", descriptionKey = "out")
    Path out;

    @Option(names = "--format", paramLabel = "FORMAT", converter = Converters.Export.class, completionCandidates = Converters.Export.class, descriptionKey = "export-format")
    ExportFormat format = ExportFormat.PEM;

    @Option(names = "--chain", descriptionKey = "chain")
    boolean chain;

    @Option(names = "--profile", paramLabel = "PROFILE", converter = Converters.Profile.class, completionCandidates = Converters.Profile.class, descriptionKey = "profile")
    Pkcs12Profile profile = Pkcs12Profile.MODERN;

    @ArgGroup(exclusive = true, multiplicity = "0..1")
    PasswordOptions.New newPassword;

    @Override
    void change() throws KeyRepositoryException {
        try (Opened opened = open()) {
            Entry entry = opened.repository.require(alias);
            if (format == ExportFormat.PKCS12 && entry instanceof KeyEntry key) {
                CommandLinePasswords passwords = CommandLinePasswords.of(newPassword);
                char[] secret = passwords.newPassword(out.toString());
                try {
                    run(ExportEntryOperation.key(file.toString(), opened.repository.format(), key, out, profile, secret));
                } finally {
                    Arrays.fill(secret, '\0');
                    passwords.clear();
                }
            } else {
                List<X509Certificate> certificates = entry instanceof KeyEntry key ? key.chain()
                        : entry instanceof CertificateEntry cert ? List.of(cert.certificate()) : List.of();
                run(ExportEntryOperation.certificates(file.toString(), opened.repository.format(), alias, certificates,
                        format, chain, out));
            }
            lines.add(NLS.bind(Messages.Change_exported, new Object[] { alias, format.id(), out }));
            result.addProperty("out", out.toString()); //$NON-NLS-1$
            describe(entry);
        }
    }
}
