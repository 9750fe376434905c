package org.mqsec.crypto.tls;

import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import org.eclipse.core.runtime.IProgressMonitor;
import org.mqsec.core.tls.CertificateKeyType;
import org.mqsec.core.tls.ExistingIdentity;
import org.mqsec.crypto.internal.Messages;
import org.mqsec.crypto.internal.keystore.CertificateFacts;
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
        List<X509Certificate> chain = personalChain(repository, label, file);
        X509Certificate leaf = chain.get(0);
        CertificateFacts.KeyDescription key = CertificateFacts.describeKey(leaf.getPublicKey());
        CertificateKeyType type = switch (key.algorithm()) {
            case "RSA" -> CertificateKeyType.RSA; //$NON-NLS-1$
            case "EC" -> CertificateKeyType.EC; //$NON-NLS-1$
            default -> throw new KeyRepositoryException(KeyRepositoryException.Problem.REFUSED,
                    Messages.bind(Messages.Tls_unsupportedKey, label, key.text()), Messages.Tls_unsupportedKeyFix);
        };
        String alias = repository.require(label).alias();
        return new ExistingKeyRepository(new ExistingIdentity(file.toString(), alias, CertificateFacts.dn(leaf.getSubjectX500Principal()),
                CertificateFacts.dn(leaf.getIssuerX500Principal()), type, key.size(), subjects(certificates(repository)),
                subjects(trusted(repository))), repository);
    }

    private static List<X509Certificate> personalChain(EditableKeyRepository repository, String label, Path file) throws KeyRepositoryException {
        if (repository.entry(label).orElse(null) instanceof EditableKeyRepository.KeyEntry entry && !entry.chain().isEmpty()) {
            return entry.chain();
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
        return issuers(chain().get(0), certificates(repository));
    }

    static List<X509Certificate> issuers(X509Certificate leaf, List<X509Certificate> available) {
        List<X509Certificate> issuers = new ArrayList<>();
        if (CertificateFacts.isSelfIssued(leaf)) {
            issuers.add(leaf);
            return issuers;
        }
        X509Certificate current = leaf;
        while (!CertificateFacts.isSelfIssued(current)) {
            X509Certificate subject = current;
            X509Certificate issuer = available.stream()
                    .filter(c -> c.getSubjectX500Principal().equals(subject.getIssuerX500Principal()) && !issuers.contains(c)).findFirst()
                    .orElse(null);
            if (issuer == null) {
                break;
            }
            issuers.add(issuer);
            current = issuer;
        }
        return issuers;
    }

    private static List<String> subjects(List<X509Certificate> certificates) {
        return certificates.stream().map(c -> CertificateFacts.dn(c.getSubjectX500Principal())).distinct().toList();
    }

    /** The repository's trusted-certificate entries. */
    static List<X509Certificate> trusted(EditableKeyRepository repository) {
        return repository.entries().stream().filter(EditableKeyRepository.CertificateEntry.class::isInstance)
                .map(e -> ((EditableKeyRepository.CertificateEntry) e).certificate()).toList();
    }

    /** Every certificate in the repository: trusted entries and the certificates of every chain. */
    static List<X509Certificate> certificates(EditableKeyRepository repository) {
        List<X509Certificate> all = new ArrayList<>();
        for (EditableKeyRepository.Entry entry : repository.entries()) {
            if (entry instanceof EditableKeyRepository.KeyEntry key) {
                all.addAll(key.chain());
            } else if (entry instanceof EditableKeyRepository.CertificateEntry trusted) {
                all.add(trusted.certificate());
            }
        }
        return all;
    }
}
