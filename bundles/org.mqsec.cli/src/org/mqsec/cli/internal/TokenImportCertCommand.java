package org.mqsec.cli.internal;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.util.List;

import org.eclipse.core.runtime.SubMonitor;
import org.mqsec.crypto.keystore.KeyRepositoryException;
import org.mqsec.crypto.operations.ReceiveReplyOperation;
import org.mqsec.crypto.pkcs11.TokenOperations;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code mqsec token import-cert --certificates FILE}: a CA's reply (PEM, DER or PKCS#7, with its
 * chain) written to the token: the certificate of a key on the token gets the key's CKA_ID and label,
 * CA certificates go beside it.
 */
@Command(name = "import-cert", mixinStandardHelpOptions = true, versionProvider = MqsecVersion.class, sortOptions = false)
final class TokenImportCertCommand extends TokenChange {

    @Option(names = "--certificates", required = true, paramLabel = "FILE", descriptionKey = "certificates")
    Path certificates;

    @Override
    void change(TokenOperations.Target target, char[] pin, PrintWriter out) throws KeyRepositoryException {
        List<X509Certificate> read = ReceiveReplyOperation.certificatesIn(certificates, SubMonitor.convert(null));
        List<String> written = TokenOperations.writeCertificates(target, pin, read);
        out.println(Messages.bind(Messages.Token_written, written.size(), String.join(", ", written))); //$NON-NLS-1$
    }
}
