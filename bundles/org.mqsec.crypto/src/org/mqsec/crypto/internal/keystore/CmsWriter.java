package org.mqsec.crypto.internal.keystore;

import java.io.IOException;
import java.security.cert.CertificateEncodingException;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import javax.security.auth.x500.X500Principal;

import org.bouncycastle.asn1.x509.Certificate;
import org.mqsec.crypto.internal.Messages;
import org.mqsec.crypto.keystore.CmsProfile;
import org.mqsec.crypto.keystore.EditableKeyRepository.CertificateEntry;
import org.mqsec.crypto.keystore.EditableKeyRepository.Entry;
import org.mqsec.crypto.keystore.EditableKeyRepository.KeyEntry;
import org.mqsec.crypto.keystore.KeyRepositoryException;
import org.mqsec.crypto.keystore.KeyRepositoryException.Problem;
import org.mqsec.crypto.keystore.KeyRepositoryFormat;
import org.mqsec.crypto.keystore.KeyRepositoryWriter;

/**
 * Writes a CMS key database as GSKit does ({@code cms-kdb.md} 3.4): records numbered 1..n in
 * the slot and in the record, labels without NUL, the five lookup hashes, the trusted bit on every
 * record (unless the file had it off), the default bit only where the file had it, 5,000-byte
 * slots, keys encrypted as the container version expects. A personal certificate's CA certificates
 * become CA records of their own, labelled with their subject as GSKit labels imported CAs, unless
 * the database has them already.
 */
public final class CmsWriter {

    private CmsWriter() {
    }

    public static byte[] write(List<Entry> entries, CmsProfile profile, char[] password) throws KeyRepositoryException, IOException {
        if (profile.needsUpgrade()) {
            throw new KeyRepositoryException(Problem.REFUSED, Messages.Cms_v3NotWritten, Messages.Advice_cmsUpgrade);
        }
        int version = profile.version();
        Set<String> labels = new HashSet<>();
        Set<X509Certificate> certificates = new HashSet<>();
        for (Entry entry : entries) {
            labels.add(entry.alias());
            if (entry instanceof CertificateEntry certificate) {
                certificates.add(certificate.certificate());
            }
        }
        List<CmsRecord> records = new ArrayList<>();
        List<CmsRecord> authorities = new ArrayList<>();
        Set<String> publicKeys = new HashSet<>();
        for (Entry entry : entries) {
            String label = entry.alias();
            boolean trusted = !profile.untrustedLabels().contains(label);
            boolean isDefault = profile.defaultLabels().contains(label);
            if (entry instanceof KeyEntry key) {
                if (key.chain().isEmpty()) {
                    throw new KeyRepositoryException(Problem.REFUSED, Messages.bind(Messages.Problem_keyWithoutChain, label,
                            KeyRepositoryFormat.CMS.displayName()), Messages.Advice_keyWithoutChain);
                }
                if (!publicKeys.add(Arrays.toString(key.chain().get(0).getPublicKey().getEncoded()))) {
                    throw new KeyRepositoryException(Problem.REFUSED, Messages.bind(Messages.Cms_duplicateKey, label), Messages.Advice_cmsDuplicateKey);
                }
                records.add(new CmsRecord(records.size() + 1, CmsRecord.Type.PERSONAL, certificate(key.chain().get(0)), null,
                        CmsKeys.encrypt(key.key(), password, version), label, trusted, isDefault));
                for (X509Certificate authority : key.chain().subList(1, key.chain().size())) {
                    if (certificates.add(authority)) {
                        String caLabel = uniqueLabel(authority.getSubjectX500Principal().getName(X500Principal.RFC2253), labels);
                        authorities.add(new CmsRecord(0, CmsRecord.Type.CERTIFICATE, certificate(authority), null, null, caLabel, true, false));
                    }
                }
            } else if (entry instanceof CertificateEntry certificate) {
                records.add(new CmsRecord(records.size() + 1, CmsRecord.Type.CERTIFICATE, certificate(certificate.certificate()), null, null,
                        label, trusted, isDefault));
            } else {
                throw KeyRepositoryWriter.refused(KeyRepositoryFormat.CMS.displayName(), Messages.EntryKind_secret);
            }
        }
        for (CmsRecord authority : authorities) {
            records.add(new CmsRecord(records.size() + 1, authority.type(), authority.certificate(), null, null, authority.label(), true, false));
        }
        List<CmsContainer.Slot> slots = new ArrayList<>(records.size());
        for (CmsRecord record : records) {
            CmsContainer.Slot slot = record.slot();
            int size = CmsContainer.size(slot);
            if (size > CmsContainer.SLOT_SIZE) {
                throw new KeyRepositoryException(Problem.REFUSED, Messages.bind(Messages.Cms_tooLarge, new Object[] { record.label(), size,
                        CmsContainer.SLOT_SIZE }), Messages.Advice_cmsTooLarge);
            }
            slots.add(slot);
        }
        byte[] passwordBytes = PasswordBytes.utf8(password);
        try {
            return CmsContainer.write(version, CmsContainer.Kind.KEYS, profile.salt(), slots, passwordBytes);
        } finally {
            Arrays.fill(passwordBytes, (byte) 0);
        }
    }

    private static Certificate certificate(X509Certificate certificate) throws IOException {
        try {
            return Certificate.getInstance(certificate.getEncoded());
        } catch (CertificateEncodingException e) {
            throw new IOException(e.getMessage(), e);
        }
    }

    /** The label, or the label with " (2)", " (3)"... when taken. */
    private static String uniqueLabel(String wanted, Set<String> taken) {
        String label = wanted;
        for (int i = 2; !taken.add(label); i++) {
            label = wanted + " (" + i + ')'; //$NON-NLS-1$
        }
        return label;
    }
}
