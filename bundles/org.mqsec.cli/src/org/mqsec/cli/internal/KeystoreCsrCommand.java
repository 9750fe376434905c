package org.mqsec.cli.internal;

import java.nio.file.Path;
import java.util.List;

import org.eclipse.osgi.util.NLS;
import org.mqsec.core.dn.DistinguishedName;
import org.mqsec.crypto.certificates.SignatureHash;
import org.mqsec.crypto.keystore.KeyRepositoryException;
import org.mqsec.crypto.operations.CertificateRequestOperation;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code mqsec keystore csr FILE --alias L --out REQ.csr}: a PKCS#10 request for a key entry, asking
 * for its certificate's subject and alternative names unless --dn or --san say otherwise.
 */
@Command(name = "csr", mixinStandardHelpOptions = true, versionProvider = MqsecVersion.class, sortOptions = false)
final class KeystoreCsrCommand extends KeystoreChange {

    @Option(names = "--alias", required = true, paramLabel = "LABEL", descriptionKey = "alias")
    String alias;

    @Option(names = "--out", required = true, paramLabel = "FILE", descriptionKey = "out")
    Path out;

    @Option(names = "--dn", paramLabel = "DN", descriptionKey = "csr-dn")
    String dn;

    @Option(names = "--san", paramLabel = "NAMES", descriptionKey = "csr-san")
    String san;

    @Option(names = "--hash", paramLabel = "HASH", converter = Converters.Hash.class, completionCandidates = Converters.Hash.class, descriptionKey = "hash")
    SignatureHash hash = SignatureHash.SHA256;

    @Override
    void change() throws KeyRepositoryException {
        DistinguishedName typed = dn == null ? null : DistinguishedName.parse(dn);
        try (Opened opened = open()) {
            run(new CertificateRequestOperation(opened.repository, file.toString(), alias,
                    typed == null ? null : typed.name(), typed == null ? List.of() : typed.subjectFindings(),
                    san == null ? null : list(san), hash, out));
            lines.add(NLS.bind(Messages.Change_requested, alias, out));
            result.addProperty("out", out.toString()); //$NON-NLS-1$
            describe(opened.repository.require(alias));
        }
    }
}
