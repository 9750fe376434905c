package org.mqsec.core.chlauth;

/** ACTION of SET CHLAUTH (shared/reference/mq-security.md 2.3). */
public enum ChlauthAction {
    /** Adds the record; MQ refuses it (MQRCCF_CHLAUTH_ALREADY_EXISTS) if the record exists. */
    ADD,
    /** Adds the record or replaces the one with the same identity. */
    REPLACE,
    /** Removes the one record named by profile, type and the attributes it matches on. */
    REMOVE,
    /** Removes every record of the type on the profile. */
    REMOVEALL;

    /** Whether a command with this action sends only what identifies the record. */
    public boolean identityOnly() {
        return this == REMOVE || this == REMOVEALL;
    }
}
