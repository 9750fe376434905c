package org.mqsec.core.config;

import java.nio.file.Path;

/**
 * Where the settings the workbench and mqsec share are kept (connection profiles, PKCS#11 modules):
 * a file a system property names, else {@code $XDG_CONFIG_HOME/mqsec/NAME} (~/.config by default).
 */
public final class SettingsFiles {

    private SettingsFiles() {
    }

    /** @param property the system property that moves the file (tests, several installations) */
    public static Path file(String property, String name) {
        String named = System.getProperty(property);
        if (named != null && !named.isBlank()) {
            return Path.of(named);
        }
        String config = System.getenv("XDG_CONFIG_HOME"); //$NON-NLS-1$
        Path base = config != null && !config.isBlank() ? Path.of(config) : Path.of(System.getProperty("user.home"), ".config"); //$NON-NLS-1$ //$NON-NLS-2$
        return base.resolve("mqsec").resolve(name); //$NON-NLS-1$
    }
}
