package org.mqsec.cli.internal;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;

import org.mqsec.crypto.keystore.CertificateExport;
import org.mqsec.crypto.keystore.KeyRepositoryException;
import org.mqsec.crypto.pkcs11.TokenOperations;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code mqsec token export --label L --out F [--public-key]}: an entry's certificate (PEM, or DER
 * for .der and .cer files), or its public key. Private keys never leave the token, and the command
 * says so when an entry has nothing else.
 */
@Command(name = "export", mixinStandardHelpOptions = true, versionProvider = MqsecVersion.class, sortOptions = false)
final class TokenExportCommand extends TokenChange {

    @Option(names = "--label", required = true, paramLabel = "LABEL", descriptionKey = "token-label")
    String label;

    @Option(names = "--out", required = true, paramLabel = "FILE", descriptionKey = "out")
    Path out;

    @Option(names = "--public-key", descriptionKey = "token-public-key")
    boolean publicKey;

    @Override
    void change(TokenOperations.Target target, char[] pin, PrintWriter stdout) throws KeyRepositoryException, UsageException {
        TokenOperations.Exportable exportable = TokenOperations.exportable(target, pin, label);
        try {
            if (publicKey || exportable.certificate() == null) {
                CertificateExport.writeText(out, CertificateExport.publicKeyPem(exportable.publicKey()));
                stdout.println(Messages.bind(Messages.Token_exportedKey, label, out));
            } else {
                CertificateExport.write(exportable.certificate(), CertificateExport.Encoding.forFileName(out.getFileName().toString()), out);
                stdout.println(Messages.bind(Messages.Token_exportedCertificate, label, out));
            }
        } catch (IOException e) {
            throw new KeyRepositoryException(KeyRepositoryException.Problem.WRITE_FAILED,
                    Messages.bind(Messages.Plan_notWritten, out, FileProblems.describe(out, e)), ""); //$NON-NLS-1$
        }
    }
}
