package org.mqsec.crypto.tls;

import org.mqsec.core.dn.MqNameFilters;
import org.mqsec.crypto.certificates.CertificateNames;
import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.util.List;
import java.util.stream.Collectors;

import org.eclipse.core.runtime.IProgressMonitor;
import org.mqsec.core.tls.CertificateKeyType;
import org.mqsec.core.tls.ExistingIdentity;
import org.mqsec.crypto.internal.Messages;
import org.mqsec.crypto.internal.keystore.CertificateFacts;
import org.mqsec.crypto.internal.keystore.ChainBuilder;
import org.mqsec.crypto.keystore.EditableKeyRepository;
import org.mqsec.crypto.keystore.FileKeyRepositoryLocation;
import org.mqsec.crypto.keystore.KeyRepositoryException;
import org.mqsec.crypto.keystore.PasswordSource;

/**
 * A key repository an administrator already has, for one end of a TLS channel: the personal
 * certificate under the chosen label, what the rules need to know of it, and every entry, so that
 * the plan can write a copy with the other end's CA added.
 *
 * @param identity   what the rules check
 * @param repository the entries as read
 */
public record ExistingKeyRepository(ExistingIdentity identity, EditableKeyRepository repository) {

    /** Reads the file (PKCS#12, JKS, JCEKS or PEM, by its content), asking {@code passwords} for its password. */
    public static ExistingKeyRepository read(Path file, String label, PasswordSource passwords, IProgressMonitor monitor)
            throws KeyRepositoryException {
        EditableKeyRepository repository = EditableKeyRepository.open(new FileKeyRepositoryLocation(file), passwords, monitor);
        EditableKeyRepository.KeyEntry personal = personal(repository, label, file);
        X509Certificate leaf = personal.chain().get(0);
        CertificateFacts.KeyDescription key = CertificateFacts.describeKey(leaf.getPublicKey());
        CertificateKeyType type = switch (key.algorithm()) {
            case "RSA" -> CertificateKeyType.RSA; //$NON-NLS-1$
            case "EC" -> CertificateKeyType.EC; //$NON-NLS-1$
            default -> throw new KeyRepositoryException(KeyRepositoryException.Problem.REFUSED,
                    Messages.bind(Messages.Tls_unsupportedKey, label, key.text()), Messages.Tls_unsupportedKeyFix);
        };
        return new ExistingKeyRepository(new ExistingIdentity(file.toString(), personal.alias(), mq(leaf.getSubjectX500Principal()),
                mq(leaf.getIssuerX500Principal()), type, key.size(), subjects(repository.certificates()),
                subjects(trusted(repository))), repository);
    }

    /** The personal certificate under the label (any case), or a REFUSED problem naming those there are. */
    private static EditableKeyRepository.KeyEntry personal(EditableKeyRepository repository, String label, Path file)
            throws KeyRepositoryException {
        if (repository.entry(label).orElse(null) instanceof EditableKeyRepository.KeyEntry entry && !entry.chain().isEmpty()) {
            return entry;
        }
        String personal = repository.entries().stream().filter(e -> e instanceof EditableKeyRepository.KeyEntry k && !k.chain().isEmpty())
                .map(EditableKeyRepository.Entry::alias).collect(Collectors.joining(", ")); //$NON-NLS-1$
        throw new KeyRepositoryException(KeyRepositoryException.Problem.REFUSED,
                Messages.bind(Messages.Tls_notPersonal, label, file), Messages.bind(Messages.Tls_notPersonalFix, new Object[] { label, file, personal }));
    }

    /** The personal certificate's chain as stored (end entity first). */
    public List<X509Certificate> chain() {
        return ((EditableKeyRepository.KeyEntry) repository.entry(identity.label()).orElseThrow()).chain();
    }

    /**
     * What the other end must trust to accept this end's certificate: its issuers up to a root, as far
     * as this repository holds them, or the certificate itself when it is self-signed.
     */
    public List<X509Certificate> issuers() {
        List<X509Certificate> chain = new ChainBuilder(repository.certificates()).complete(chain());
        return CertificateFacts.isSelfIssued(chain.get(0)) ? List.of(chain.get(0)) : chain.subList(1, chain.size());
    }

    /**
     * A name as MQ writes it, since the plan puts it into SSLPEER and runmqakm -dn: read from the
     * certificate's RDNs, never re-parsed from text. Attributes MQ cannot name are left out, which
     * leaves a filter wider but still matching this certificate.
     */
    private static String mq(javax.security.auth.x500.X500Principal principal) {
        return MqNameFilters.render(CertificateNames.of(principal)).text();
    }

    private static List<String> subjects(List<X509Certificate> certificates) {
        return certificates.stream().map(c -> mq(c.getSubjectX500Principal())).distinct().toList();
    }

    /** The repository's trusted-certificate entries. */
    static List<X509Certificate> trusted(EditableKeyRepository repository) {
        return repository.entries().stream().filter(EditableKeyRepository.CertificateEntry.class::isInstance)
                .map(e -> ((EditableKeyRepository.CertificateEntry) e).certificate()).toList();
    }
}
