package org.mqsec.crypto.internal.keystore;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Writes files so that nothing is lost: the new content goes to a temporary file next to the target
 * (readable by the owner only), the previous file is kept as {@code <name>.bak}, then the temporary
 * file is renamed into place. If anything fails, the previous file is as it was.
 */
public final class AtomicFiles {

    private AtomicFiles() {
    }

    public static void write(Path target, byte[] content) throws IOException {
        Path absolute = target.toAbsolutePath();
        Path folder = absolute.getParent();
        Path temp = Files.createTempFile(folder, "." + absolute.getFileName(), ".tmp"); //$NON-NLS-1$ //$NON-NLS-2$
        try {
            Files.write(temp, content);
            if (Files.exists(absolute)) {
                Files.copy(absolute, folder.resolve(absolute.getFileName() + ".bak"), //$NON-NLS-1$
                        StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.COPY_ATTRIBUTES);
            }
            try {
                Files.move(temp, absolute, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, absolute, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temp);
        }
    }
}
