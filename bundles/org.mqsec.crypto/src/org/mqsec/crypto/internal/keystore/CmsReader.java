package org.mqsec.crypto.internal.keystore;

import java.io.IOException;
import java.security.PrivateKey;
import java.security.cert.CertificateException;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;
import org.mqsec.crypto.internal.Messages;
import org.mqsec.crypto.keystore.CmsProfile;
import org.mqsec.crypto.keystore.EntryKind;
import org.mqsec.crypto.keystore.KeyRepositoryException;
import org.mqsec.crypto.keystore.KeyRepositoryException.Problem;
import org.mqsec.crypto.keystore.KeyRepositoryFormat;
import org.mqsec.crypto.keystore.PasswordSource;

/**
 * Reads a GSKit CMS key database natively: the password is checked against the header's verifier
 * before anything else (a wrong one is told as such), then the integrity value (a mismatch is a
 * damaged or altered file), then the records: personal certificates with their keys, whose chains
 * are rebuilt from the separate CA records, and CA certificates, labels as stored.
 */
final class CmsReader implements KeyRepositoryReader {

    /** A queue manager without CERTLABL looks for this + its name; a C client this + its user ID (both in lower case). */
    private static final String MQ_LABEL_PREFIX = "ibmwebspheremq"; //$NON-NLS-1$

    @Override
    public KeyRepositoryFormat format() {
        return KeyRepositoryFormat.CMS;
    }

    @Override
    public ReadResult read(RepositoryFile file, PasswordSource passwords, boolean withKeys, IProgressMonitor monitor)
            throws KeyRepositoryException {
        CmsContainer container = CmsContainer.parse(file);
        if (container.kind() != CmsContainer.Kind.KEYS) {
            throw new KeyRepositoryException(Problem.UNSUPPORTED_FORMAT, Messages.bind(
                    container.kind() == CmsContainer.Kind.REQUESTS ? Messages.Cms_requestDatabase : Messages.Cms_crlDatabase, file.name()),
                    Messages.Advice_cmsCompanion);
        }
        SubMonitor progress = SubMonitor.convert(monitor, container.slots().size() + 1);
        return PasswordAttempts.run(file, passwords, password -> {
            byte[] bytes = PasswordBytes.utf8(password);
            try {
                if (!container.opensWith(bytes)) {
                    throw new PasswordAttempts.WrongPassword();
                }
                if (container.intact(bytes).orElse(true) == Boolean.FALSE) {
                    throw CmsContainer.damaged(file, Messages.Cms_integrity);
                }
            } finally {
                Arrays.fill(bytes, (byte) 0);
            }
            progress.worked(1);
            return records(file, container, withKeys ? password : null, progress);
        });
    }

    private static ReadResult records(RepositoryFile file, CmsContainer container, char[] password, SubMonitor progress)
            throws KeyRepositoryException {
        List<CmsRecord> records = new ArrayList<>();
        List<X509Certificate> certificates = new ArrayList<>();
        Map<CmsRecord, X509Certificate> parsed = new HashMap<>();
        List<String> warnings = new ArrayList<>();
        for (CmsContainer.Slot slot : container.slots()) {
            if (progress.isCanceled()) {
                throw KeyRepositoryFiles.cancelled();
            }
            CmsRecord record;
            try {
                record = CmsRecord.parse(slot.der());
            } catch (IOException e) {
                throw CmsContainer.damaged(file, Messages.bind(Messages.Cms_record, slot.number(), slot.label()));
            }
            records.add(record);
            if (record.certificate() != null) {
                try {
                    X509Certificate certificate = X509Parsing.certificate(record.certificate().getEncoded());
                    parsed.put(record, certificate);
                    certificates.add(certificate);
                } catch (CertificateException | IOException e) {
                    throw CmsContainer.damaged(file, Messages.bind(Messages.Cms_record, slot.number(), slot.label()));
                }
            }
            progress.worked(1);
        }
        ChainBuilder chains = new ChainBuilder(certificates);
        List<ReadResult.ReadEntry> entries = new ArrayList<>();
        Set<String> defaults = new HashSet<>();
        Set<String> untrusted = new HashSet<>();
        Map<String, String> byLowerCase = new HashMap<>();
        for (CmsRecord record : records) {
            if (record.isDefault()) {
                defaults.add(record.label());
            }
            if (!record.trusted()) {
                untrusted.add(record.label());
            }
            String other = byLowerCase.putIfAbsent(record.label().toLowerCase(Locale.ROOT), record.label());
            if (other != null) {
                warnings.add(Messages.bind(Messages.Cms_caseLabels, other, record.label()));
            }
            if (record.type() == CmsRecord.Type.PERSONAL && record.label().toLowerCase(Locale.ROOT).startsWith(MQ_LABEL_PREFIX)
                    && !record.label().equals(record.label().toLowerCase(Locale.ROOT))) {
                warnings.add(Messages.bind(Messages.Cms_labelCase, record.label(), record.label().toLowerCase(Locale.ROOT)));
            }
            switch (record.type()) {
                case PERSONAL -> entries.add(new ReadResult.ReadEntry(record.label(), EntryKind.PERSONAL,
                        chains.complete(List.of(parsed.get(record))), null, 0, password == null ? null : key(file, record, password)));
                case CERTIFICATE -> entries.add(new ReadResult.ReadEntry(record.label(), EntryKind.TRUSTED_CERTIFICATE,
                        List.of(parsed.get(record)), null, 0, null));
                default -> warnings.add(Messages.bind(Messages.Cms_recordNotShown, record.label()));
            }
        }
        if (container.version() == 3) {
            warnings.add(Messages.Cms_version3);
        }
        CmsProfile profile = new CmsProfile(container.version(), container.salt(), defaults, untrusted);
        return new ReadResult(KeyRepositoryFormat.CMS, Messages.bind(Messages.Protection_cms, container.version(),
                protection(container.version())), warnings, entries, certificates, null, profile);
    }

    private static String protection(int version) {
        return switch (version) {
            case 3 -> Messages.Protection_cms3;
            case 4 -> Messages.Protection_cms4;
            default -> Messages.Protection_cms6;
        };
    }

    private static PrivateKey key(RepositoryFile file, CmsRecord record, char[] password) throws KeyRepositoryException {
        try {
            return CmsKeys.decrypt(record.key(), password);
        } catch (IOException e) {
            throw CmsContainer.damaged(file, Messages.bind(Messages.Cms_key, record.label(), e.getMessage()));
        }
    }
}
