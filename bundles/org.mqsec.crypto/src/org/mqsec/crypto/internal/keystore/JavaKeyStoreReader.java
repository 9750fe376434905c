package org.mqsec.crypto.internal.keystore;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.security.GeneralSecurityException;
import java.security.Key;
import java.security.KeyStore;
import java.security.UnrecoverableKeyException;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;
import org.mqsec.crypto.internal.Messages;
import org.mqsec.crypto.keystore.EntryKind;
import org.mqsec.crypto.keystore.KeyRepositoryException;
import org.mqsec.crypto.keystore.KeyRepositoryFormat;
import org.mqsec.crypto.keystore.PasswordSource;

/** Reads Java's proprietary JKS and JCEKS keystores through the JDK's own implementations. */
final class JavaKeyStoreReader implements KeyRepositoryReader {

    private final KeyRepositoryFormat format;

    JavaKeyStoreReader(KeyRepositoryFormat format) {
        this.format = format;
    }

    @Override
    public KeyRepositoryFormat format() {
        return format;
    }

    private String type() {
        return format == KeyRepositoryFormat.JKS ? "JKS" : "JCEKS"; //$NON-NLS-1$ //$NON-NLS-2$
    }

    @Override
    public ReadResult read(RepositoryFile file, PasswordSource passwords, boolean withKeys, IProgressMonitor monitor)
            throws KeyRepositoryException {
        SubMonitor progress = SubMonitor.convert(monitor, Messages.bind(Messages.Progress_reading, file.name()), 100);
        return PasswordAttempts.run(file, passwords, password -> {
            KeyStore store = load(file, password);
            progress.worked(40);
            return list(file, store, password, withKeys, progress.split(60));
        });
    }

    private KeyStore load(RepositoryFile file, char[] password)
            throws PasswordAttempts.WrongPassword, KeyRepositoryException {
        try {
            KeyStore store = KeyStore.getInstance(type());
            store.load(new ByteArrayInputStream(file.content()), password);
            return store;
        } catch (IOException e) {
            if (e.getCause() instanceof UnrecoverableKeyException) {
                // "Keystore was tampered with, or password was incorrect": the store's digest does not
                // match. If it loads without the integrity check, the structure is sound and the
                // password is what is wrong.
                if (loadsWithoutIntegrityCheck(file)) {
                    throw new PasswordAttempts.WrongPassword();
                }
            }
            throw file.corrupt(e);
        } catch (GeneralSecurityException | RuntimeException e) {
            throw file.corrupt(e);
        }
    }

    private boolean loadsWithoutIntegrityCheck(RepositoryFile file) {
        try {
            KeyStore.getInstance(type()).load(new ByteArrayInputStream(file.content()), null);
            return true;
        } catch (IOException | GeneralSecurityException | RuntimeException e) {
            return false;
        }
    }

    private ReadResult list(RepositoryFile file, KeyStore store, char[] password, boolean withKeys,
            SubMonitor progress) throws KeyRepositoryException {
        try {
            List<String> aliases = Collections.list(store.aliases());
            progress.setWorkRemaining(aliases.size());
            List<ReadResult.ReadEntry> entries = new ArrayList<>(aliases.size());
            List<X509Certificate> certificates = new ArrayList<>();
            for (String alias : aliases) {
                if (progress.isCanceled()) {
                    throw KeyRepositoryFiles.cancelled();
                }
                if (store.entryInstanceOf(alias, KeyStore.PrivateKeyEntry.class)) {
                    List<X509Certificate> chain = x509(store.getCertificateChain(alias));
                    certificates.addAll(chain);
                    Key key = withKeys ? privateKey(file, store, alias, password) : null;
                    entries.add(new ReadResult.ReadEntry(alias,
                            chain.isEmpty() ? EntryKind.PRIVATE_KEY_ONLY : EntryKind.PERSONAL, chain, null, 0, key));
                } else if (store.entryInstanceOf(alias, KeyStore.SecretKeyEntry.class)) {
                    entries.add(secretKey(store, alias, password, withKeys));
                } else if (store.isCertificateEntry(alias)) {
                    List<X509Certificate> cert = x509(new Certificate[] { store.getCertificate(alias) });
                    certificates.addAll(cert);
                    entries.add(new ReadResult.ReadEntry(alias, EntryKind.TRUSTED_CERTIFICATE, cert, null, 0, null));
                }
                progress.worked(1);
            }
            return new ReadResult(format, Messages.bind(Messages.Protection_javaKeyStore, type()),
                    List.of(Messages.bind(Messages.Warning_proprietaryFormat, type())), entries, certificates);
        } catch (GeneralSecurityException e) {
            throw file.corrupt(e);
        }
    }

    /**
     * For editing, keys must open with the store password: the workbench keeps one password per
     * repository, as MQ does (runmqakm and the queue manager use the store password for keys too).
     */
    private static Key privateKey(RepositoryFile file, KeyStore store, String alias, char[] password)
            throws KeyRepositoryException {
        try {
            return store.getKey(alias, password);
        } catch (GeneralSecurityException e) {
            throw new KeyRepositoryException(KeyRepositoryException.Problem.WRONG_PASSWORD,
                    Messages.bind(Messages.Problem_keyPassword, alias, file.name()), Messages.Advice_keyPassword, e);
        }
    }

    /** The key's algorithm is only known once it is decrypted; JCEKS key passwords often equal the store's. */
    private static ReadResult.ReadEntry secretKey(KeyStore store, String alias, char[] password, boolean withKeys) {
        String algorithm = ""; //$NON-NLS-1$
        int size = 0;
        Key kept = null;
        try {
            Key key = store.getKey(alias, password);
            kept = withKeys ? key : null;
            algorithm = key.getAlgorithm();
            byte[] encoded = key.getEncoded();
            size = encoded == null ? 0 : encoded.length * 8;
            if (encoded != null) {
                java.util.Arrays.fill(encoded, (byte) 0); // only the size was wanted from this copy
            }
        } catch (GeneralSecurityException e) {
            // a different key password: list the entry without algorithm
        }
        return new ReadResult.ReadEntry(alias, EntryKind.SECRET_KEY, List.of(), algorithm, size, kept);
    }

    private static List<X509Certificate> x509(Certificate[] certificates) {
        List<X509Certificate> result = new ArrayList<>();
        if (certificates != null) {
            for (Certificate certificate : certificates) {
                if (certificate instanceof X509Certificate x509) {
                    result.add(x509);
                }
            }
        }
        return result;
    }
}
