package org.mqsec.crypto.keystore;

import java.nio.file.Path;
import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

import javax.crypto.SecretKey;

import org.eclipse.core.runtime.IProgressMonitor;
import org.mqsec.crypto.internal.Messages;
import org.mqsec.crypto.internal.keystore.CertificateFacts;
import org.mqsec.crypto.internal.keystore.KeyRepositoryFiles;
import org.mqsec.crypto.internal.keystore.ReadResult;

/**
 * A key repository in memory, with its keys, to be changed and then written with
 * {@link KeyRepositoryWriter}. Labels are unique ignoring case, as in JKS and GSKit.
 */
public final class EditableKeyRepository {

    /** An entry with its content. */
    public sealed interface Entry permits KeyEntry, CertificateEntry, SecretEntry {
        String alias();

        Entry withAlias(String alias);
    }

    /** A private key with its certificate chain (end entity first; may be empty until a CA replies). */
    public record KeyEntry(String alias, PrivateKey key, List<X509Certificate> chain) implements Entry {
        public KeyEntry {
            chain = List.copyOf(chain);
        }

        @Override
        public KeyEntry withAlias(String newAlias) {
            return new KeyEntry(newAlias, key, chain);
        }
    }

    /** A trusted certificate (a CA or a peer). */
    public record CertificateEntry(String alias, X509Certificate certificate) implements Entry {
        @Override
        public CertificateEntry withAlias(String newAlias) {
            return new CertificateEntry(newAlias, certificate);
        }
    }

    public record SecretEntry(String alias, SecretKey key) implements Entry {
        @Override
        public SecretEntry withAlias(String newAlias) {
            return new SecretEntry(newAlias, key);
        }
    }

    /** A change that either completes or leaves the repository as it was. */
    public interface Change<T> {
        T apply(EditableKeyRepository repository) throws KeyRepositoryException;
    }

    private final List<Entry> entries = new ArrayList<>();
    private final KeyRepositoryFormat format;
    private final Pkcs12Profile profile;
    private CmsProfile cmsProfile = CmsProfile.NEW;
    private Path source;
    private FileStamp sourceStamp;

    /** A new, empty repository, to be written in {@code format} (PKCS#12: the modern profile). */
    public EditableKeyRepository(KeyRepositoryFormat format) {
        this(format, Pkcs12Profile.MODERN);
    }

    /** A new, empty repository, to be written in {@code format}, PKCS#12 with {@code profile}. */
    public EditableKeyRepository(KeyRepositoryFormat format, Pkcs12Profile profile) {
        this.format = format;
        this.profile = profile;
    }

    /** The format it was read in (or is created for). */
    public KeyRepositoryFormat format() {
        return format;
    }

    /**
     * The PKCS#12 protection a save keeps unless the user chooses another: the one closest to how
     * the file was protected when read, so a file made compatible for an old reader stays readable
     * by it. Modern for files of other formats and for new ones.
     */
    public Pkcs12Profile profile() {
        return profile;
    }

    /** How a save as CMS writes the file: as it was read, or {@link CmsProfile#NEW}. */
    public CmsProfile cmsProfile() {
        return cmsProfile;
    }

    /**
     * A version 3 CMS database becomes version 4 when next saved: the user agreed, having been told
     * that GSKit builds that read only version 3 will not read it.
     */
    public void upgradeCms() {
        cmsProfile = cmsProfile.upgraded();
    }

    /** The file this was read from or last saved to, if any. */
    public Optional<Path> source() {
        return Optional.ofNullable(source);
    }

    /** What {@link #source()} held when it was read or last saved; null when there is no source. */
    public FileStamp sourceStamp() {
        return sourceStamp;
    }

    /** Records that {@code file} now holds this repository, as {@code stamp}. */
    void savedTo(Path file, FileStamp stamp) {
        source = file;
        sourceStamp = stamp;
    }

    /** Reads a file with its keys, for changing it. */
    public static EditableKeyRepository open(FileKeyRepositoryLocation location, PasswordSource passwords,
            IProgressMonitor monitor) throws KeyRepositoryException {
        KeyRepositoryFiles.ReadForEditing editing = KeyRepositoryFiles.openForEditing(location.path(),
                location.storageKey(), location.forcedFormat(), passwords, monitor);
        ReadResult read = editing.content();
        EditableKeyRepository repository = new EditableKeyRepository(read.format(),
                read.pkcs12Profile() == null ? Pkcs12Profile.MODERN : read.pkcs12Profile());
        repository.savedTo(location.path(), editing.stamp());
        if (read.cmsProfile() != null) {
            repository.cmsProfile = read.cmsProfile();
        }
        for (ReadResult.ReadEntry entry : read.entries()) {
            switch (entry.kind()) {
                case PERSONAL, PRIVATE_KEY_ONLY -> repository.entries
                        .add(new KeyEntry(entry.alias(), (PrivateKey) entry.key(), entry.chain()));
                case TRUSTED_CERTIFICATE -> repository.entries
                        .add(new CertificateEntry(entry.alias(), entry.chain().get(0)));
                case SECRET_KEY -> repository.entries.add(new SecretEntry(entry.alias(), (SecretKey) entry.key()));
            }
        }
        return repository;
    }

    public List<Entry> entries() {
        return List.copyOf(entries);
    }

    /**
     * Runs a change of several steps as one: if any step fails (a label taken half-way through an
     * import, a cancelled job), the entries are put back as they were, so that a later save cannot
     * write half a change.
     */
    public <T> T atomically(Change<T> change) throws KeyRepositoryException {
        List<Entry> before = List.copyOf(entries);
        CmsProfile flagsBefore = cmsProfile;
        boolean done = false;
        try {
            T result = change.apply(this);
            done = true;
            return result;
        } finally {
            if (!done) {
                entries.clear();
                entries.addAll(before);
                cmsProfile = flagsBefore;
            }
        }
    }

    public Optional<Entry> entry(String alias) {
        return entries.stream().filter(e -> e.alias().equalsIgnoreCase(alias)).findFirst();
    }

    /** The entry, or a REFUSED problem that lists the labels there are. */
    public Entry require(String alias) throws KeyRepositoryException {
        return entry(alias).orElseThrow(() -> new KeyRepositoryException(KeyRepositoryException.Problem.REFUSED,
                Messages.bind(Messages.Problem_noSuchEntry, alias), Messages.bind(Messages.Advice_noSuchEntry,
                        entries.stream().map(Entry::alias).collect(Collectors.joining(", "))))); //$NON-NLS-1$
    }

    public void add(Entry entry) throws KeyRepositoryException {
        if (entry(entry.alias()).isPresent()) {
            throw new KeyRepositoryException(KeyRepositoryException.Problem.REFUSED,
                    Messages.bind(Messages.Problem_aliasExists, entry.alias()), Messages.Advice_aliasExists);
        }
        entries.add(entry);
    }

    /** Replaces the entry with the same label (ignoring case), keeping its position. */
    public void replace(Entry entry) throws KeyRepositoryException {
        Entry old = require(entry.alias());
        entries.set(entries.indexOf(old), entry);
    }

    public void remove(String alias) throws KeyRepositoryException {
        Entry entry = require(alias);
        entries.remove(entry);
        cmsProfile = cmsProfile.without(entry.alias());
    }

    public void rename(String from, String to) throws KeyRepositoryException {
        Entry entry = require(from);
        if (!from.equalsIgnoreCase(to) && entry(to).isPresent()) {
            throw new KeyRepositoryException(KeyRepositoryException.Problem.REFUSED,
                    Messages.bind(Messages.Problem_aliasExists, to), Messages.Advice_aliasExists);
        }
        entries.set(entries.indexOf(entry), entry.withAlias(to));
        // a CMS record's default-certificate and trust bits belong to the entry, not to its old label
        cmsProfile = cmsProfile.relabelled(entry.alias(), to);
    }

    /** {@code preferred}, or {@code preferred (2)}, {@code (3)}... when that label is taken. */
    public String uniqueAlias(String preferred) {
        String alias = preferred;
        for (int n = 2; entry(alias).isPresent(); n++) {
            alias = preferred + " (" + n + ')'; //$NON-NLS-1$
        }
        return alias;
    }

    /** Every certificate: entries' chains and trusted certificates, each once. */
    public List<X509Certificate> certificates() {
        LinkedHashSet<X509Certificate> all = new LinkedHashSet<>();
        for (Entry entry : entries) {
            if (entry instanceof KeyEntry key) {
                all.addAll(key.chain());
            } else if (entry instanceof CertificateEntry cert) {
                all.add(cert.certificate());
            }
        }
        return new ArrayList<>(all);
    }

    /** The repository as the browser lists it. */
    public KeyRepository view(String location, KeyRepositoryFormat format) {
        List<KeyRepositoryEntry> listed = new ArrayList<>();
        for (Entry entry : entries) {
            if (entry instanceof KeyEntry key) {
                CertificateFacts.KeyDescription description = key.chain().isEmpty() && key.key() != null
                        ? new CertificateFacts.KeyDescription(key.key().getAlgorithm(), 0, null) : null;
                listed.add(new KeyRepositoryEntry(key.alias(),
                        key.chain().isEmpty() ? EntryKind.PRIVATE_KEY_ONLY : EntryKind.PERSONAL, key.chain(),
                        description == null ? null : description.algorithm(), 0));
            } else if (entry instanceof CertificateEntry cert) {
                listed.add(new KeyRepositoryEntry(cert.alias(), EntryKind.TRUSTED_CERTIFICATE,
                        List.of(cert.certificate()), null, 0));
            } else if (entry instanceof SecretEntry secret) {
                byte[] encoded = secret.key().getEncoded();
                listed.add(new KeyRepositoryEntry(secret.alias(), EntryKind.SECRET_KEY, List.of(),
                        secret.key().getAlgorithm().toUpperCase(Locale.ROOT), encoded == null ? 0 : encoded.length * 8));
            }
        }
        return new KeyRepository(location, format, "", listed, certificates(), List.of()); //$NON-NLS-1$
    }
}
