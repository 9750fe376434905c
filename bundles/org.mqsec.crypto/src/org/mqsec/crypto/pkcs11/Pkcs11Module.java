package org.mqsec.crypto.pkcs11;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A PKCS#11 library an administrator uses: a name to choose it by, the library's path, and an
 * optional filter of the tokens to show (a label, "" for every token).
 */
public record Pkcs11Module(String name, String library, String tokenFilter) {

    /** Where Debian, Ubuntu and RHEL put the libraries administrators meet most often. */
    private static final List<Pkcs11Module> USUAL = List.of(
            new Pkcs11Module("SoftHSM2", "/usr/lib/softhsm/libsofthsm2.so", ""), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
            new Pkcs11Module("SoftHSM2", "/usr/lib/x86_64-linux-gnu/softhsm/libsofthsm2.so", ""), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
            new Pkcs11Module("SoftHSM2", "/usr/lib64/pkcs11/libsofthsm2.so", ""), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
            new Pkcs11Module("OpenSC", "/usr/lib/x86_64-linux-gnu/opensc-pkcs11.so", ""), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
            new Pkcs11Module("OpenSC", "/usr/lib64/opensc-pkcs11.so", ""), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
            new Pkcs11Module("p11-kit proxy", "/usr/lib/x86_64-linux-gnu/p11-kit-proxy.so", ""), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
            new Pkcs11Module("p11-kit proxy", "/usr/lib64/p11-kit-proxy.so", "")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$

    public Pkcs11Module {
        name = name == null ? "" : name.strip(); //$NON-NLS-1$
        library = library == null ? "" : library.strip(); //$NON-NLS-1$
        tokenFilter = tokenFilter == null ? "" : tokenFilter.strip(); //$NON-NLS-1$
    }

    /** The usual libraries that are installed on this machine, each once (links resolved). */
    public static List<Pkcs11Module> detected() {
        List<Pkcs11Module> found = new ArrayList<>();
        List<Path> seen = new ArrayList<>();
        for (Pkcs11Module module : USUAL) {
            Path path = Path.of(module.library());
            if (Files.isRegularFile(path)) {
                Path real;
                try {
                    real = path.toRealPath();
                } catch (java.io.IOException e) {
                    real = path;
                }
                if (!seen.contains(real)) {
                    seen.add(real);
                    found.add(module);
                }
            }
        }
        return found;
    }

    /** Whether a token with this label is one the filter lets through. */
    public boolean shows(String tokenLabel) {
        return tokenFilter.isEmpty() || tokenFilter.equals(tokenLabel);
    }
}
