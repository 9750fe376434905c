package org.mqsec.cli.internal;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;

import org.mqsec.core.dn.DistinguishedName;
import org.mqsec.core.findings.Finding;
import org.mqsec.core.findings.Severity;
import org.mqsec.crypto.certificates.CertificateRequests;
import org.mqsec.crypto.certificates.SignatureHash;
import org.mqsec.crypto.keystore.CertificateExport;
import org.mqsec.crypto.keystore.KeyRepositoryException;
import org.mqsec.crypto.pkcs11.TokenOperations;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code mqsec token csr --label L --dn DN --out REQ.csr}: a PKCS#10 request signed by the key on the token. */
@Command(name = "csr", mixinStandardHelpOptions = true, versionProvider = MqsecVersion.class, sortOptions = false)
final class TokenCsrCommand extends TokenChange {

    @Option(names = "--label", required = true, paramLabel = "LABEL", descriptionKey = "token-label")
    String label;

    @Option(names = "--dn", required = true, paramLabel = "DN", descriptionKey = "dn")
    String dn;

    @Option(names = "--san", paramLabel = "NAMES", descriptionKey = "san")
    String san;

    @Option(names = "--hash", paramLabel = "HASH", converter = Converters.Hash.class, completionCandidates = Converters.Hash.class, descriptionKey = "hash")
    SignatureHash hash = SignatureHash.SHA256;

    @Option(names = "--out", required = true, paramLabel = "FILE", descriptionKey = "out")
    Path out;

    @Override
    void change(TokenOperations.Target target, char[] pin, PrintWriter stdout) throws KeyRepositoryException, UsageException {
        DistinguishedName subject = DistinguishedName.parse(dn);
        for (Finding finding : subject.subjectFindings()) {
            if (finding.severity() == Severity.ERROR) {
                throw new UsageException(Messages.bind(Messages.Token_badDn, finding.message()));
            }
        }
        String pem = CertificateRequests.pem(TokenOperations.request(target, pin, label, subject.name(), KeystoreChange.list(san), hash));
        try {
            CertificateExport.writeText(out, pem);
        } catch (IOException e) {
            throw new KeyRepositoryException(KeyRepositoryException.Problem.WRITE_FAILED,
                    Messages.bind(Messages.Plan_notWritten, out, FileProblems.describe(out, e)), ""); //$NON-NLS-1$
        }
        stdout.println(Messages.bind(Messages.Change_requested, label, out));
    }
}
