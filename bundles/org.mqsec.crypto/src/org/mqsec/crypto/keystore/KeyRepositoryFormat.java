package org.mqsec.crypto.keystore;

import java.util.Locale;
import java.util.Optional;

import org.mqsec.crypto.internal.Messages;

/** The kinds of key repository the workbench can read. */
public enum KeyRepositoryFormat {
    PKCS12("pkcs12", Messages.Format_pkcs12), //$NON-NLS-1$
    JKS("jks", Messages.Format_jks), //$NON-NLS-1$
    JCEKS("jceks", Messages.Format_jceks), //$NON-NLS-1$
    /** IBM GSKit CMS key database (.kdb), with its stash (.sth). */
    CMS("cms", Messages.Format_cms), //$NON-NLS-1$
    PEM("pem", Messages.Format_pem), //$NON-NLS-1$
    DER_CERTIFICATE("der", Messages.Format_der), //$NON-NLS-1$
    PKCS7("pkcs7", Messages.Format_pkcs7); //$NON-NLS-1$

    private final String id;
    private final String displayName;

    KeyRepositoryFormat(String id, String displayName) {
        this.id = id;
        this.displayName = displayName;
    }

    /** The short name used on the command line ({@code --type}). */
    public String id() {
        return id;
    }

    public String displayName() {
        return displayName;
    }

    /** Finds a format by its command-line name ({@code p12} and {@code pfx} are accepted for PKCS#12). */
    public static Optional<KeyRepositoryFormat> fromId(String id) {
        String wanted = id.toLowerCase(Locale.ROOT);
        if ("p12".equals(wanted) || "pfx".equals(wanted)) { //$NON-NLS-1$ //$NON-NLS-2$
            return Optional.of(PKCS12);
        }
        if ("kdb".equals(wanted)) { //$NON-NLS-1$
            return Optional.of(CMS);
        }
        for (KeyRepositoryFormat format : values()) {
            if (format.id.equals(wanted)) {
                return Optional.of(format);
            }
        }
        return Optional.empty();
    }
}
