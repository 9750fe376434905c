package org.mqsec.crypto.internal.keystore;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * Gives entries without a stored alias (PEM blocks, PKCS#12 bags without friendlyName) a readable,
 * unique one: the certificate's CN, else a numbered fallback; clashes get " (2)", " (3)"...
 */
final class UniqueAliases {

    private final Set<String> taken = new HashSet<>();

    /** Registers an alias the repository itself stores (kept as it is, even when it repeats). */
    String stored(String alias) {
        taken.add(alias.toLowerCase(Locale.ROOT));
        return alias;
    }

    String derived(String preferred, String fallbackPrefix, int number) {
        String base = preferred == null || preferred.isBlank() ? fallbackPrefix + number : preferred;
        String alias = base;
        for (int n = 2; !taken.add(alias.toLowerCase(Locale.ROOT)); n++) {
            alias = base + " (" + n + ')'; //$NON-NLS-1$
        }
        return alias;
    }
}
