package org.mqsec.cli.internal;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.util.jar.Manifest;

import org.eclipse.osgi.util.NLS;

import picocli.CommandLine.IVersionProvider;

/** The version every command prints with --version: the bundle's, from its manifest. */
final class MqsecVersion implements IVersionProvider {

    @Override
    public String[] getVersion() {
        return new String[] { NLS.bind(Messages.Version_text, bundleVersion(), System.getProperty("java.version")) }; //$NON-NLS-1$
    }

    /** Bundle-Version of the jar (or, run from the classes folder, of the bundle's own manifest). */
    static String bundleVersion() {
        try {
            URL location = MqsecVersion.class.getProtectionDomain().getCodeSource().getLocation();
            URL manifest = location.getPath().endsWith(".jar") //$NON-NLS-1$
                    ? new URL("jar:" + location + "!/META-INF/MANIFEST.MF") //$NON-NLS-1$ //$NON-NLS-2$
                    : new URL(location, "../../META-INF/MANIFEST.MF"); //$NON-NLS-1$
            try (InputStream in = manifest.openStream()) {
                String version = new Manifest(in).getMainAttributes().getValue("Bundle-Version"); //$NON-NLS-1$
                return version == null ? Messages.Version_unknown : version;
            }
        } catch (IOException | RuntimeException e) {
            return Messages.Version_unknown;
        }
    }
}
