package org.mqsec.crypto.certificates;

import java.util.Optional;

/**
 * Key usage presets. A queue manager's certificate usually needs both TLS roles: it is the server
 * for incoming channels and the client for sender and cluster-sender channels.
 */
public enum CertificateProfile {
    TLS_SERVER("server", true, false), //$NON-NLS-1$
    TLS_CLIENT("client", false, true), //$NON-NLS-1$
    TLS_SERVER_AND_CLIENT("both", true, true), //$NON-NLS-1$
    CA("ca", false, false); //$NON-NLS-1$

    private final String id;
    private final boolean serverAuth;
    private final boolean clientAuth;

    CertificateProfile(String id, boolean serverAuth, boolean clientAuth) {
        this.id = id;
        this.serverAuth = serverAuth;
        this.clientAuth = clientAuth;
    }

    public String id() {
        return id;
    }

    public boolean serverAuth() {
        return serverAuth;
    }

    public boolean clientAuth() {
        return clientAuth;
    }

    public static Optional<CertificateProfile> fromId(String id) {
        for (CertificateProfile profile : values()) {
            if (profile.id.equalsIgnoreCase(id)) {
                return Optional.of(profile);
            }
        }
        return Optional.empty();
    }
}
