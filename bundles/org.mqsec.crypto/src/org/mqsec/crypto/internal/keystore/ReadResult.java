package org.mqsec.crypto.internal.keystore;

import java.security.Key;
import java.security.cert.X509Certificate;
import java.util.List;

import org.mqsec.crypto.keystore.EntryKind;
import org.mqsec.crypto.keystore.KeyRepository;
import org.mqsec.crypto.keystore.KeyRepositoryEntry;
import org.mqsec.crypto.keystore.KeyRepositoryFormat;

/**
 * What a reader found in a file, before it becomes a {@link KeyRepository} to list or an
 * {@link org.mqsec.crypto.keystore.EditableKeyRepository} to change. Keys are present only when the
 * reader was asked for them (for editing); listing never decrypts them.
 */
public record ReadResult(KeyRepositoryFormat format, String protection, List<String> warnings, List<ReadEntry> entries,
        List<X509Certificate> certificates) {

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
