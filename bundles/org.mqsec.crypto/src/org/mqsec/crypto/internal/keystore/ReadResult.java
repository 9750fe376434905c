package org.mqsec.crypto.internal.keystore;

import java.security.Key;
import java.security.cert.X509Certificate;
import java.util.List;

import org.mqsec.crypto.keystore.CmsProfile;
import org.mqsec.crypto.keystore.EntryKind;
import org.mqsec.crypto.keystore.KeyRepository;
import org.mqsec.crypto.keystore.KeyRepositoryEntry;
import org.mqsec.crypto.keystore.KeyRepositoryFormat;
import org.mqsec.crypto.keystore.Pkcs12Profile;

/**
 * What a reader found in a file, before it becomes a {@link KeyRepository} to list or an
 * {@link org.mqsec.crypto.keystore.EditableKeyRepository} to change. Keys are present only when the
 * reader was asked for them (for editing); listing never decrypts them.
 *
 * @param pkcs12Profile for PKCS#12, the profile of ours closest to the file's protection, so that a
 *                      save keeps a compatible file compatible; null for other formats
 * @param cmsProfile    for a CMS key database, its version, salt and record flags; null for other formats
 */
public record ReadResult(KeyRepositoryFormat format, String protection, List<String> warnings, List<ReadEntry> entries,
        List<X509Certificate> certificates, Pkcs12Profile pkcs12Profile, CmsProfile cmsProfile) {

    /** A result with a PKCS#12 profile (or none) and no CMS profile. */
    public ReadResult(KeyRepositoryFormat format, String protection, List<String> warnings, List<ReadEntry> entries,
            List<X509Certificate> certificates, Pkcs12Profile pkcs12Profile) {
        this(format, protection, warnings, entries, certificates, pkcs12Profile, null);
    }

    /** A result of a format that has no PKCS#12 protection profile. */
    public ReadResult(KeyRepositoryFormat format, String protection, List<String> warnings, List<ReadEntry> entries,
            List<X509Certificate> certificates) {
        this(format, protection, warnings, entries, certificates, null);
    }

    /**
     * @param key the private or secret key when read for editing, else null
     */
    public record ReadEntry(String alias, EntryKind kind, List<X509Certificate> chain, String keyAlgorithm, int keySize,
            Key key) {
    }

    public KeyRepository toRepository(String location) {
        List<KeyRepositoryEntry> listed = entries.stream()
                .map(e -> new KeyRepositoryEntry(e.alias(), e.kind(), e.chain(), e.keyAlgorithm(), e.keySize()))
                .toList();
        return new KeyRepository(location, format, protection, listed, certificates, warnings);
    }
}
