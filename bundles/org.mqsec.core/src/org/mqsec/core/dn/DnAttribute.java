package org.mqsec.core.dn;

import java.util.Locale;
import java.util.Optional;

/**
 * The attribute types IBM MQ accepts in distinguished names (SSLPEER filters, CHLAUTH SSLPEER and
 * SSLCERTI, AMS policies), with their X.500 object identifiers. Source: IBM MQ 9.3 "Distinguished
 * Names" (q049310_), summarised in shared/reference/mq-security.md section 7.1.
 */
public enum DnAttribute {
    SERIALNUMBER("2.5.4.5"), //$NON-NLS-1$
    MAIL("1.2.840.113549.1.9.1", "E"), //$NON-NLS-1$ //$NON-NLS-2$
    UID("0.9.2342.19200300.100.1.1", "USERID"), //$NON-NLS-1$ //$NON-NLS-2$
    CN("2.5.4.3"), //$NON-NLS-1$
    T("2.5.4.12"), //$NON-NLS-1$
    OU("2.5.4.11"), //$NON-NLS-1$
    DC("0.9.2342.19200300.100.1.25"), //$NON-NLS-1$
    O("2.5.4.10"), //$NON-NLS-1$
    STREET("2.5.4.9"), //$NON-NLS-1$
    L("2.5.4.7"), //$NON-NLS-1$
    ST("2.5.4.8", "SP", "S"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
    PC("2.5.4.17"), //$NON-NLS-1$
    C("2.5.4.6"), //$NON-NLS-1$
    UNSTRUCTUREDNAME("1.2.840.113549.1.9.2"), //$NON-NLS-1$
    UNSTRUCTUREDADDRESS("1.2.840.113549.1.9.8"), //$NON-NLS-1$
    DNQ("2.5.4.46"); //$NON-NLS-1$

    private final String oid;
    private final String[] aliases;

    DnAttribute(String oid, String... aliases) {
        this.oid = oid;
        this.aliases = aliases;
    }

    public String oid() {
        return oid;
    }

    /** Finds a type by the exact (upper-case) name MQ accepts, including E, USERID, SP and S. */
    public static Optional<DnAttribute> byName(String name) {
        for (DnAttribute attribute : values()) {
            if (attribute.name().equals(name)) {
                return Optional.of(attribute);
            }
            for (String alias : attribute.aliases) {
                if (alias.equals(name)) {
                    return Optional.of(attribute);
                }
            }
        }
        return Optional.empty();
    }

    /** The type MQ names with this OID. */
    public static Optional<DnAttribute> byOid(String oid) {
        for (DnAttribute attribute : values()) {
            if (attribute.oid.equals(oid)) {
                return Optional.of(attribute);
            }
        }
        return Optional.empty();
    }

    /** The accepted names, for messages. */
    public static String accepted() {
        StringBuilder names = new StringBuilder();
        for (DnAttribute attribute : values()) {
            names.append(names.length() == 0 ? "" : ", ").append(attribute.name()); //$NON-NLS-1$ //$NON-NLS-2$
            for (String alias : attribute.aliases) {
                names.append(", ").append(alias); //$NON-NLS-1$
            }
        }
        return names.toString().toUpperCase(Locale.ROOT);
    }
}
