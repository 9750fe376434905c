package org.mqsec.core.chlauth;

/** The six kinds of channel authentication record (IBM MQ SET CHLAUTH TYPE). */
public enum ChlauthType {
    BLOCKUSER, BLOCKADDR, SSLPEERMAP, ADDRESSMAP, USERMAP, QMGRMAP;

    /** Whether the record maps a connection to a user (as opposed to blocking a list). */
    public boolean isMapping() {
        return this == SSLPEERMAP || this == ADDRESSMAP || this == USERMAP || this == QMGRMAP;
    }
}
