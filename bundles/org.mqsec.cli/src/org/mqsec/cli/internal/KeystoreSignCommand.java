package org.mqsec.cli.internal;

import java.nio.file.Path;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;

import org.eclipse.osgi.util.NLS;
import org.mqsec.crypto.certificates.CertificateProfile;
import org.mqsec.crypto.certificates.SignatureHash;
import org.mqsec.crypto.keystore.KeyRepositoryException;
import org.mqsec.crypto.operations.SignRequestOperation;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code mqsec keystore sign CA_FILE --alias CA --csr REQ --out CERT.pem}: a local CA signs a request. */
@Command(name = "sign", mixinStandardHelpOptions = true, versionProvider = MqsecVersion.class, sortOptions = false)
final class KeystoreSignCommand extends KeystoreChange {

    @Option(names = "--alias", required = true, paramLabel = "CA_LABEL", descriptionKey = "ca-alias")
    String alias;

    @Option(names = "--csr", required = true, paramLabel = "FILE", descriptionKey = "csr")
    Path csr;

    @Option(names = "--out", required = true, paramLabel = "FILE", descriptionKey = "out")
    Path out;

    @Option(names = "--usage", paramLabel = "USAGE", converter = Converters.Usage.class, completionCandidates = Converters.Usage.class, descriptionKey = "usage")
    CertificateProfile usage = CertificateProfile.TLS_SERVER_AND_CLIENT;

    @Option(names = "--days", paramLabel = "DAYS", descriptionKey = "days")
    int days = 365;

    @Option(names = "--hash", paramLabel = "HASH", converter = Converters.Hash.class, completionCandidates = Converters.Hash.class, descriptionKey = "hash")
    SignatureHash hash = SignatureHash.SHA256;

    @Option(names = "--san", paramLabel = "NAMES", descriptionKey = "sign-san")
    String san;

    @Override
    void change() throws KeyRepositoryException {
        try (Opened opened = open()) {
            X509Certificate issued = run(new SignRequestOperation(opened.repository, alias, csr, usage, days, hash,
                    list(san), out, new SecureRandom()));
            lines.add(NLS.bind(Messages.Change_signed, new Object[] { issued.getSubjectX500Principal().getName(), alias, out }));
            result.addProperty("out", out.toString()); //$NON-NLS-1$
            result.addProperty("subject", issued.getSubjectX500Principal().getName()); //$NON-NLS-1$
        }
    }
}
