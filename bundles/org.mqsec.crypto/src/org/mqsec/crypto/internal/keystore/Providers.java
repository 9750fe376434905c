package org.mqsec.crypto.internal.keystore;

import java.security.Provider;

import org.bouncycastle.jce.provider.BouncyCastleProvider;

/**
 * One Bouncy Castle provider instance for the whole bundle, used explicitly rather than installed
 * into the JVM-wide provider list (which inside MQ Explorer belongs to the host application).
 */
public final class Providers {

    private static final class Holder {
        static final Provider BC = new BouncyCastleProvider();
    }

    private Providers() {
    }

    public static Provider bouncyCastle() {
        return Holder.BC;
    }
}
