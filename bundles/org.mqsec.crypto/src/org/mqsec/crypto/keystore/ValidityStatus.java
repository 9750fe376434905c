package org.mqsec.crypto.keystore;

import java.time.Duration;
import java.time.Instant;

import org.mqsec.crypto.internal.Messages;

/** Where a certificate's validity period stands against a point in time. */
public enum ValidityStatus {
    VALID(Messages.Validity_valid),
    EXPIRES_SOON(Messages.Validity_expiresSoon),
    EXPIRED(Messages.Validity_expired),
    NOT_YET_VALID(Messages.Validity_notYetValid),
    /** The entry has no certificate. */
    NONE(""); //$NON-NLS-1$

    /** Certificates that expire within this window are flagged so renewals are not missed. */
    public static final Duration EXPIRY_WARNING = Duration.ofDays(30);

    private final String displayName;

    ValidityStatus(String displayName) {
        this.displayName = displayName;
    }

    public String displayName() {
        return displayName;
    }

    public static ValidityStatus of(Instant notBefore, Instant notAfter, Instant now) {
        if (notAfter == null || notBefore == null) {
            return NONE;
        }
        if (now.isAfter(notAfter)) {
            return EXPIRED;
        }
        if (now.isBefore(notBefore)) {
            return NOT_YET_VALID;
        }
        if (!now.plus(EXPIRY_WARNING).isBefore(notAfter)) {
            return EXPIRES_SOON;
        }
        return VALID;
    }
}
