package org.mqsec.core.tls;

/** The protocol versions IBM MQ CipherSpecs belong to, oldest first. */
public enum TlsProtocol {
    SSL_3_0("SSL 3.0", "SSLv3"), //$NON-NLS-1$ //$NON-NLS-2$
    TLS_1_0("TLS 1.0", "TLSv1"), //$NON-NLS-1$ //$NON-NLS-2$
    TLS_1_2("TLS 1.2", "TLSv1.2"), //$NON-NLS-1$ //$NON-NLS-2$
    TLS_1_3("TLS 1.3", "TLSv1.3"); //$NON-NLS-1$ //$NON-NLS-2$

    private final String label;
    private final String javaName;

    TlsProtocol(String label, String javaName) {
        this.label = label;
        this.javaName = javaName;
    }

    /** As IBM's tables write it: "TLS 1.2". */
    public String label() {
        return label;
    }

    /** As JSSE and IBM's Java mapping table write it: "TLSv1.2". */
    public String javaName() {
        return javaName;
    }
}
