package org.mqsec.cli.internal;

import java.nio.file.Path;

import org.eclipse.osgi.util.NLS;
import org.mqsec.crypto.certificates.CaReplies;
import org.mqsec.crypto.keystore.KeyRepositoryException;
import org.mqsec.crypto.operations.ReceiveReplyOperation;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code mqsec keystore receive FILE --reply CERT}: the CA's reply becomes the matching key's certificate. */
@Command(name = "receive", mixinStandardHelpOptions = true, versionProvider = MqsecVersion.class, sortOptions = false)
final class KeystoreReceiveCommand extends KeystoreChange {

    @Option(names = "--reply", required = true, paramLabel = "FILE", descriptionKey = "reply")
    Path reply;

    @Override
    void change() throws KeyRepositoryException {
        try (Opened opened = open()) {
            CaReplies.Received received = run(new ReceiveReplyOperation(opened.repository, file.toString(), reply));
            if (!received.chainComplete()) {
                warnings.add(NLS.bind(Messages.Change_chainIncomplete, received.alias()));
            }
            save(opened, null);
            describe(opened.repository.require(received.alias()));
            lines.add(NLS.bind(Messages.Change_received, received.alias(), received.chain().size()));
        }
    }
}
