package org.mqsec.crypto.keystore;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.function.Function;

import org.mqsec.crypto.internal.Messages;

/**
 * The columns of the entry table. The editor and {@code mqsec keystore list} both use these, so the
 * command line prints exactly what the editor shows.
 */
public enum EntryColumn {
    ALIAS(Messages.Column_alias, KeyRepositoryEntry::alias),
    KIND(Messages.Column_kind, e -> e.kind().displayName()),
    SUBJECT_CN(Messages.Column_subject, KeyRepositoryEntry::subjectCn),
    ISSUER_CN(Messages.Column_issuer, KeyRepositoryEntry::issuerCn),
    KEY(Messages.Column_key, e -> e.keySize() > 0 ? e.keyAlgorithm() + ' ' + e.keySize() : e.keyAlgorithm()),
    SIGNATURE_ALGORITHM(Messages.Column_signature, KeyRepositoryEntry::signatureAlgorithm),
    VALID_FROM(Messages.Column_validFrom, e -> formatInstant(e.notBefore()),
            Comparator.comparing(KeyRepositoryEntry::notBefore, Comparator.nullsFirst(Comparator.naturalOrder()))),
    VALID_TO(Messages.Column_validTo, e -> formatInstant(e.notAfter()),
            Comparator.comparing(KeyRepositoryEntry::notAfter, Comparator.nullsFirst(Comparator.naturalOrder()))),
    SHA256(Messages.Column_sha256, KeyRepositoryEntry::sha256);

    /** Dates are shown in UTC so that what two administrators in two time zones see is the same. */
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'") //$NON-NLS-1$
            .withZone(ZoneOffset.UTC);

    private final String header;
    private final Function<KeyRepositoryEntry, String> text;
    private final Comparator<KeyRepositoryEntry> order;

    EntryColumn(String header, Function<KeyRepositoryEntry, String> text) {
        this(header, text, null);
    }

    EntryColumn(String header, Function<KeyRepositoryEntry, String> text, Comparator<KeyRepositoryEntry> order) {
        this.header = header;
        this.text = text;
        this.order = order != null ? order
                : Comparator.comparing(text, String.CASE_INSENSITIVE_ORDER);
    }

    public String header() {
        return header;
    }

    public String text(KeyRepositoryEntry entry) {
        return text.apply(entry);
    }

    /** Sort order of the column (dates chronologically, key sizes numerically, text ignoring case). */
    public Comparator<KeyRepositoryEntry> order() {
        if (this == KEY) {
            return Comparator.comparing(KeyRepositoryEntry::keyAlgorithm)
                    .thenComparingInt(KeyRepositoryEntry::keySize);
        }
        return order;
    }

    public static String formatInstant(Instant instant) {
        return instant == null ? "" : DATE.format(instant); //$NON-NLS-1$
    }
}
