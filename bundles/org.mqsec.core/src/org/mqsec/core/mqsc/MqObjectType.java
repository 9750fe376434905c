package org.mqsec.core.mqsc;

/**
 * The kinds of queue manager object this product reads, plans changes to and renders, with the MQSC
 * noun each is written with.
 */
public enum MqObjectType {
    QMGR("QMGR"), //$NON-NLS-1$
    CHANNEL("CHANNEL"), //$NON-NLS-1$
    CHLAUTH("CHLAUTH"), //$NON-NLS-1$
    AUTHINFO("AUTHINFO"), //$NON-NLS-1$
    POLICY("POLICY"), //$NON-NLS-1$
    /** A running channel instance (DISPLAY CHSTATUS): read only. */
    CHSTATUS("CHSTATUS"); //$NON-NLS-1$

    private final String noun;

    MqObjectType(String noun) {
        this.noun = noun;
    }

    /** The MQSC noun: ALTER QMGR, DEFINE CHANNEL, SET CHLAUTH. */
    public String noun() {
        return noun;
    }
}
