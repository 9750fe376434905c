package org.mqsec.crypto.keystore;

import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;

/**
 * How a CMS key database is written, so that a save keeps what the file was: its container
 * version (4: HMAC-SHA1 and 3DES keys; 6: HMAC-SHA384 and AES-256 keys), its salt, and the records'
 * flags that the common model does not carry (the default-certificate bit, trust switched off).
 *
 * @param version        3, 4 or 6; a version 3 file is written only as version 4 ({@link #upgraded})
 * @param salt           the header's 24-byte salt; empty for a new one
 * @param defaultLabels  labels whose record carries the default-certificate bit
 * @param untrustedLabels labels whose record has the trusted bit off
 */
public record CmsProfile(int version, byte[] salt, Set<String> defaultLabels, Set<String> untrustedLabels) {

    /** New files: version 6 (HMAC-SHA384; keys under PBKDF2-HMAC-SHA384 and AES-256). */
    public static final CmsProfile NEW = new CmsProfile(6, new byte[0], Set.of(), Set.of());

    public CmsProfile {
        salt = salt == null ? new byte[0] : salt.clone();
        defaultLabels = Set.copyOf(defaultLabels);
        untrustedLabels = Set.copyOf(untrustedLabels);
    }

    @Override
    public byte[] salt() {
        return salt.clone();
    }

    /** Whether the file must become version 4 before it can be written (the user agrees first). */
    public boolean needsUpgrade() {
        return version == 3;
    }

    /** The same file as version 4, whose integrity value can be computed. */
    public CmsProfile upgraded() {
        return new CmsProfile(version == 3 ? 4 : version, salt, defaultLabels, untrustedLabels);
    }

    /** The same flags, with those of the record labelled {@code from} now on the record labelled {@code to}. */
    public CmsProfile relabelled(String from, String to) {
        return new CmsProfile(version, salt, relabelled(defaultLabels, from, to), relabelled(untrustedLabels, from, to));
    }

    /** The same flags without those of the record labelled {@code label} (removed: a later entry of that label starts plain). */
    public CmsProfile without(String label) {
        return relabelled(label, null);
    }

    private static Set<String> relabelled(Set<String> labels, String from, String to) {
        if (!labels.contains(from)) {
            return labels;
        }
        Set<String> changed = new HashSet<>(labels);
        changed.remove(from);
        if (to != null) {
            changed.add(to);
        }
        return changed;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof CmsProfile that && version == that.version && Arrays.equals(salt, that.salt)
                && defaultLabels.equals(that.defaultLabels) && untrustedLabels.equals(that.untrustedLabels);
    }

    @Override
    public int hashCode() {
        return 31 * version + Arrays.hashCode(salt) + defaultLabels.hashCode() + untrustedLabels.hashCode();
    }

    @Override
    public String toString() {
        return "CMS v" + version; //$NON-NLS-1$
    }
}
