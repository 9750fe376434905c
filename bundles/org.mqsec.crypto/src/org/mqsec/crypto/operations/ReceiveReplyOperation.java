package org.mqsec.crypto.operations;

import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.util.List;
import java.util.Map;

import org.eclipse.core.runtime.SubMonitor;
import org.mqsec.core.findings.Finding;
import org.mqsec.crypto.certificates.CaReplies;
import org.mqsec.crypto.internal.Messages;
import org.mqsec.crypto.keystore.CommandEquivalents;
import org.mqsec.crypto.keystore.EditableKeyRepository;
import org.mqsec.crypto.keystore.FileKeyRepositoryLocation;
import org.mqsec.crypto.keystore.KeyRepositoryException;
import org.mqsec.crypto.keystore.PasswordSource;

/**
 * Receives a CA's reply (a certificate, a PEM chain or PKCS#7): the certificate whose public key is
 * a key entry's becomes that entry's certificate, its chain completed from the reply and the
 * repository's own certificates. {@link CaReplies.Received#chainComplete()} says whether it reaches a root.
 */
public final class ReceiveReplyOperation extends KeyRepositoryOperation<CaReplies.Received> {

    private final EditableKeyRepository repository;
    private final String repositoryName;
    private final Path reply;
    private String receivedAlias = "LABEL"; //$NON-NLS-1$

    public ReceiveReplyOperation(EditableKeyRepository repository, String repositoryName, Path reply) {
        this.repository = repository;
        this.repositoryName = repositoryName;
        this.reply = reply;
    }

    @Override
    public List<Finding> findings() {
        return List.of();
    }

    /** After {@link #run}, for the entry the reply matched. */
    @Override
    public Map<String, List<String>> equivalentCommands() {
        return CommandEquivalents.receive(repositoryName, repository.format(), receivedAlias, reply.toString())
                .commands();
    }

    @Override
    protected CaReplies.Received execute(SubMonitor progress) throws KeyRepositoryException {
        progress.setTaskName(Messages.bind(Messages.Operation_receiving, reply));
        List<X509Certificate> certificates = certificatesIn(reply, progress.split(50));
        CaReplies.Received received = repository.atomically(r -> CaReplies.receive(r, certificates));
        receivedAlias = received.alias();
        return received;
    }

    /** Certificates in any file the browser reads (PEM, DER, PKCS#7, a trust bundle). */
    public static List<X509Certificate> certificatesIn(Path file, SubMonitor progress) throws KeyRepositoryException {
        return new FileKeyRepositoryLocation(file).open(PasswordSource.NONE, progress).certificates();
    }
}
