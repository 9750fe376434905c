package org.mqsec.testing;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * CMS key databases and stash files written by IBM's own tools (GSKit C {@code gsk8capicmd}: version
 * 3; IBM Java {@code runmqckm}: version 4), taken from public repositories with their licences
 * ({@code cms/README.md}). Each test gets its own writable copy.
 */
public final class GskitFixtures {

    /** mq-golang-jms20 (EPL-2.0), gsk8capicmd: version 3, keys under the old-OID 3DES PBE. */
    public static final String GOLANG = "mq-golang-jms20"; //$NON-NLS-1$
    /** mq-helm (Apache-2.0), runmqckm: version 4, keys under PKCS#12 3DES; empty version 3 .rdb. */
    public static final String HELM = "mq-helm"; //$NON-NLS-1$

    /** Each database's password, as the fixtures' README gives them. */
    public static final Map<String, String> PASSWORDS = Map.of("anon-tls.kdb", "myKeystorePW", //$NON-NLS-1$ //$NON-NLS-2$
            "mutual-tls.kdb", "myMutualKeystorePW", "server.kdb", "password", "application.kdb", "password"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$

    private static final Map<String, List<String>> FILES = Map.of(GOLANG,
            List.of("anon-tls.kdb", "anon-tls.sth", "mutual-tls.kdb", "mutual-tls.sth"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
            HELM, List.of("application.kdb", "application.rdb", "application.sth", "server.kdb", "server.rdb", "server.sth")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$

    private GskitFixtures() {
    }

    /** A fresh writable copy of one folder's files; returns the folder. */
    public static Path copy(String folder, String scratchName) throws IOException {
        Path dir = KeystoreFixtures.get().scratch(scratchName);
        for (String file : FILES.get(folder)) {
            try (InputStream in = GskitFixtures.class.getResourceAsStream("/cms/" + folder + '/' + file)) { //$NON-NLS-1$
                if (in == null) {
                    throw new IOException("fixture missing from the bundle: cms/" + folder + '/' + file); //$NON-NLS-1$
                }
                Files.copy(in, dir.resolve(file));
            }
        }
        return dir;
    }

    /** Every key database: folder and file name. */
    public static List<String[]> databases() {
        return List.of(new String[] { GOLANG, "anon-tls.kdb" }, new String[] { GOLANG, "mutual-tls.kdb" }, //$NON-NLS-1$ //$NON-NLS-2$
                new String[] { HELM, "server.kdb" }, new String[] { HELM, "application.kdb" }); //$NON-NLS-1$ //$NON-NLS-2$
    }
}
