package org.mqsec.crypto.keystore;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.bouncycastle.openssl.jcajce.JcaPEMWriter;
import org.bouncycastle.openssl.jcajce.JcaPKCS8Generator;
import org.bouncycastle.openssl.jcajce.JceOpenSSLPKCS8EncryptorBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.mqsec.crypto.internal.Messages;
import org.mqsec.crypto.internal.keystore.AtomicFiles;
import org.mqsec.crypto.internal.keystore.CmsWriter;
import org.mqsec.crypto.internal.keystore.Pkcs12Writer;
import org.mqsec.crypto.internal.keystore.Providers;
import org.mqsec.crypto.keystore.EditableKeyRepository.CertificateEntry;
import org.mqsec.crypto.keystore.EditableKeyRepository.Entry;
import org.mqsec.crypto.keystore.EditableKeyRepository.KeyEntry;
import org.mqsec.crypto.keystore.EditableKeyRepository.SecretEntry;

/**
 * Writes an {@link EditableKeyRepository} as PKCS#12 (modern or compatible profile), JKS, JCEKS or
 * a PEM bundle. Saving is atomic and keeps the previous file as {@code .bak}.
 */
public final class KeyRepositoryWriter {

    private KeyRepositoryWriter() {
    }

    /** The file's bytes; refuses content the format cannot hold, naming the entry. */
    public static byte[] encode(EditableKeyRepository repository, KeyRepositoryFormat format, Pkcs12Profile profile,
            char[] password) throws KeyRepositoryException {
        if (password == null || password.length == 0) {
            throw new KeyRepositoryException(KeyRepositoryException.Problem.REFUSED, Messages.Problem_emptyPassword,
                    Messages.Advice_emptyPassword);
        }
        try {
            return switch (format) {
                case PKCS12 -> Pkcs12Writer.write(repository.entries(), profile, password);
                case JKS, JCEKS -> javaKeyStore(repository.entries(), format, password);
                case CMS -> CmsWriter.write(repository.entries(), repository.cmsProfile(), password);
                case PEM -> pem(repository.entries(), password);
                default -> throw refused(format.displayName(), Messages.Format_cannotWrite);
            };
        } catch (GeneralSecurityException | IOException | OperatorCreationException e) {
            throw new KeyRepositoryException(KeyRepositoryException.Problem.WRITE_FAILED,
                    Messages.bind(Messages.Problem_writeFailed, format.displayName(), e.getMessage()),
                    Messages.Advice_writeFailed, e);
        }
    }

    /**
     * How a save treats what is on disk.
     *
     * @param backup           keep the previous file as {@code .bak}
     * @param overwriteChanges replace the file even if it changed since the repository was read from it
     *                         (the user chose to, having been told)
     */
    public record SaveOptions(boolean backup, boolean overwriteChanges) {
        /** Keeps a backup and refuses to overwrite a change made on disk since the file was read. */
        public static final SaveOptions DEFAULT = new SaveOptions(true, false);
    }

    /** Saves with {@link SaveOptions#DEFAULT}. */
    public static void save(EditableKeyRepository repository, Path target, KeyRepositoryFormat format,
            Pkcs12Profile profile, char[] password) throws KeyRepositoryException {
        save(repository, target, format, profile, password, SaveOptions.DEFAULT);
    }

    /**
     * Writes the repository to {@code target} atomically, keeping the file's owner, group, mode and
     * ACL; when {@code target} is the file the repository was read from, refuses (problem
     * {@code CHANGED_ON_DISK}) if that file changed since, unless the options say to overwrite.
     */
    public static void save(EditableKeyRepository repository, Path target, KeyRepositoryFormat format,
            Pkcs12Profile profile, char[] password, SaveOptions options) throws KeyRepositoryException {
        write(repository, target, encode(repository, format, profile, password), options);
    }

    /** Writes content encoded from {@code repository}, with the checks of {@link #save}. */
    static void write(EditableKeyRepository repository, Path target, byte[] content, SaveOptions options)
            throws KeyRepositoryException {
        try (AtomicFiles.Staged staged = stage(repository, target, content, options)) {
            commit(repository, target, content, staged);
        } catch (IOException e) {
            throw writeFailed(target, e);
        }
    }

    /**
     * The new version beside the file, checked as {@link #save} checks it; {@link #commit} puts it in
     * place. For changes of two files that belong together (a repository and its stash).
     */
    public static AtomicFiles.Staged stage(EditableKeyRepository repository, Path target, byte[] content, SaveOptions options)
            throws KeyRepositoryException {
        try {
            AtomicFiles.Options atomic = new AtomicFiles.Options(options.backup(), null);
            if (!options.overwriteChanges() && isSource(repository, target)) {
                atomic = atomic.expecting(repository.sourceStamp());
            }
            return AtomicFiles.stage(target, content, atomic);
        } catch (IOException e) {
            throw writeFailed(target, e);
        }
    }

    /** Renames a staged version into place and records that the repository is now what the file holds. */
    public static void commit(EditableKeyRepository repository, Path target, byte[] content, AtomicFiles.Staged staged)
            throws KeyRepositoryException {
        commit(repository, target, content, staged, null);
    }

    /**
     * As {@link #commit}, with a file that belongs to the repository (its stash) renamed into place
     * right after it ({@link AtomicFiles#commitTogether}).
     */
    public static void commit(EditableKeyRepository repository, Path target, byte[] content, AtomicFiles.Staged staged,
            AtomicFiles.Staged companion) throws KeyRepositoryException {
        try {
            AtomicFiles.commitTogether(staged, companion);
            repository.savedTo(target, FileStamp.of(content));
        } catch (IOException e) {
            throw writeFailed(target, e);
        }
    }

    private static KeyRepositoryException writeFailed(Path target, IOException e) {
        if (e instanceof AtomicFiles.ChangedOnDisk) {
            return new KeyRepositoryException(KeyRepositoryException.Problem.CHANGED_ON_DISK, e.getMessage(),
                    Messages.Advice_changedOnDisk, e);
        }
        if (e instanceof AtomicFiles.OwnershipNotKept) {
            return new KeyRepositoryException(KeyRepositoryException.Problem.WRITE_FAILED, e.getMessage(),
                    Messages.Advice_ownershipNotKept, e);
        }
        return new KeyRepositoryException(KeyRepositoryException.Problem.WRITE_FAILED,
                Messages.bind(Messages.Problem_writeFailed, target, e.getMessage()), Messages.Advice_writeFailed, e);
    }

    private static boolean isSource(EditableKeyRepository repository, Path target) throws IOException {
        Optional<Path> source = repository.source();
        return source.isPresent() && repository.sourceStamp() != null
                && AtomicFiles.followLinks(source.get().toAbsolutePath())
                        .equals(AtomicFiles.followLinks(target.toAbsolutePath()));
    }

    /** The format cannot hold {@code what}. */
    public static KeyRepositoryException refused(String format, String what) {
        return new KeyRepositoryException(KeyRepositoryException.Problem.REFUSED,
                Messages.bind(Messages.Problem_cannotHold, format, what), Messages.Advice_cannotHold);
    }

    private static byte[] javaKeyStore(List<Entry> entries, KeyRepositoryFormat format, char[] password)
            throws GeneralSecurityException, IOException, KeyRepositoryException {
        KeyStore store = KeyStore.getInstance(format == KeyRepositoryFormat.JKS ? "JKS" : "JCEKS"); //$NON-NLS-1$ //$NON-NLS-2$
        store.load(null, null);
        for (Entry entry : entries) {
            if (entry instanceof KeyEntry key) {
                if (key.chain().isEmpty()) {
                    throw new KeyRepositoryException(KeyRepositoryException.Problem.REFUSED,
                            Messages.bind(Messages.Problem_keyWithoutChain, key.alias(), format.displayName()),
                            Messages.Advice_keyWithoutChain);
                }
                store.setKeyEntry(key.alias(), key.key(), password, key.chain().toArray(Certificate[]::new));
            } else if (entry instanceof CertificateEntry cert) {
                store.setCertificateEntry(cert.alias(), cert.certificate());
            } else if (entry instanceof SecretEntry secret) {
                if (format == KeyRepositoryFormat.JKS) {
                    throw refused(format.displayName(), Messages.EntryKind_secret);
                }
                store.setEntry(secret.alias(), new KeyStore.SecretKeyEntry(secret.key()),
                        new KeyStore.PasswordProtection(password));
            }
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        store.store(out, password);
        return out.toByteArray();
    }

    /** Keys as encrypted PKCS#8 (PBES2, AES-256), each followed by its chain; then trusted certificates. */
    private static byte[] pem(List<Entry> entries, char[] password)
            throws IOException, OperatorCreationException, KeyRepositoryException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Set<X509Certificate> written = new HashSet<>();
        try (JcaPEMWriter writer = new JcaPEMWriter(new OutputStreamWriter(out, StandardCharsets.US_ASCII))) {
            for (Entry entry : entries) {
                if (entry instanceof KeyEntry key) {
                    writer.writeObject(new JcaPKCS8Generator(key.key(),
                            new JceOpenSSLPKCS8EncryptorBuilder(JcaPKCS8Generator.AES_256_CBC)
                                    .setProvider(Providers.bouncyCastle()).setIterationCount(10_000)
                                    .setPassword(password).build()));
                    for (X509Certificate cert : key.chain()) {
                        if (written.add(cert)) {
                            writer.writeObject(cert);
                        }
                    }
                } else if (entry instanceof CertificateEntry cert) {
                    if (written.add(cert.certificate())) {
                        writer.writeObject(cert.certificate());
                    }
                } else {
                    throw refused(KeyRepositoryFormat.PEM.displayName(), Messages.EntryKind_secret);
                }
            }
        }
        return out.toByteArray();
    }
}
