package org.mqsec.crypto.ams;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.runtime.IProgressMonitor;
import org.mqsec.core.ams.AmsKeystoreConf;
import org.mqsec.core.ams.AmsPolicy;
import org.mqsec.core.findings.Finding;
import org.mqsec.crypto.internal.Messages;
import org.mqsec.crypto.keystore.EditableKeyRepository;
import org.mqsec.crypto.keystore.FileKeyRepositoryLocation;
import org.mqsec.crypto.keystore.KeyRepositoryException;
import org.mqsec.crypto.keystore.KeyRepositoryException.Problem;

/**
 * One side of an AMS pair check as its client sees it: the policy, and the keystore its
 * keystore.conf leads to, opened as that client would (the password keystore.conf gives, or the stash
 * beside a CMS database); the certificate keystore.conf names is the side's identity, the other
 * certificates are what it trusts. The command line ({@code mqsec ams check}, {@code ams inspect
 * --getter}) and the workbench's pair check open sides here.
 */
public final class AmsSides {

    /**
     * A side, its private key (null when its keystore holds none for the named certificate) and the
     * keystore file that was opened.
     */
    public record Opened(AmsPairCheck.Side side, PrivateKey key, Path keystore) {
    }

    private AmsSides() {
    }

    /**
     * Opens one side. Reads files: call it outside the UI thread.
     *
     * @throws KeyRepositoryException when keystore.conf cannot be read or gives this client no
     *                                keystore, or the keystore cannot be opened
     */
    public static Opened open(AmsPolicy policy, AmsKeystoreConf.Client client, Path keystoreConf, IProgressMonitor monitor)
            throws KeyRepositoryException {
        String confText;
        try {
            confText = Files.readString(keystoreConf);
        } catch (IOException e) {
            throw new KeyRepositoryException(Files.exists(keystoreConf) ? Problem.UNREADABLE : Problem.NOT_FOUND,
                    Messages.bind(Messages.Ams_sideConfUnreadable, keystoreConf, e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()),
                    Messages.Ams_sideConfFix, e);
        }
        AmsKeystoreConf.Reading reading = AmsKeystoreConf.read(confText, client);
        if (reading.identity().isEmpty()) {
            String why = reading.findings().stream().filter(f -> Finding.hasErrors(List.of(f))).map(Finding::message).findFirst().orElse(""); //$NON-NLS-1$
            throw new KeyRepositoryException(Problem.REFUSED, Messages.bind(Messages.Ams_sideNoIdentity, keystoreConf, why),
                    Messages.Ams_sideConfFix, null, reading.findings());
        }
        AmsKeystoreConf.Identity identity = reading.identity().get();
        Path store = Path.of(identity.prefix() == AmsKeystoreConf.Prefix.CMS ? identity.keystore() + ".kdb" : identity.keystore()); //$NON-NLS-1$
        String password = reading.plainPassword().orElse(null);
        EditableKeyRepository repository = EditableKeyRepository.open(new FileKeyRepositoryLocation(store),
                request -> password == null || request.failedTries() > 0 ? null : password.toCharArray(), monitor);
        EditableKeyRepository.KeyEntry own = null;
        List<X509Certificate> trusted = new ArrayList<>();
        for (EditableKeyRepository.Entry entry : repository.entries()) {
            if (entry instanceof EditableKeyRepository.KeyEntry key && key.alias().equals(identity.certificate())) {
                own = key;
            } else if (entry instanceof EditableKeyRepository.CertificateEntry certificate) {
                trusted.add(certificate.certificate());
            }
        }
        if (own == null || own.chain().isEmpty()) {
            return new Opened(new AmsPairCheck.Side(policy, null, false, List.of(), trusted), null, store);
        }
        return new Opened(new AmsPairCheck.Side(policy, own.chain().get(0), true, own.chain(), trusted), own.key(), store);
    }
}
