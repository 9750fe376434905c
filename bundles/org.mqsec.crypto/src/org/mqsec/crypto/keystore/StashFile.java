package org.mqsec.crypto.keystore;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

import org.mqsec.crypto.internal.keystore.AtomicFiles;

/**
 * The {@code .sth} stash file that {@code runmqakm -stash} writes next to a key repository, so the
 * queue manager can open it without a password: the password's bytes, each XORed with 0xF5, ended by
 * a zero byte (also XORed), in a 1,024-byte record. This "encoding" hides nothing; the stash must be
 * protected by file permissions like the repository itself (we write it readable by the owner only).
 * Format as read by the published unstash tools; not checked against GSKit itself here.
 */
public final class StashFile {

    private static final int MASK = 0xF5;
    private static final int LENGTH = 1024;

    private StashFile() {
    }

    /** {@code key.p12} -> {@code key.sth}, as GSKit names it. */
    public static Path besides(Path repository) {
        String name = repository.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return repository.resolveSibling((dot > 0 ? name.substring(0, dot) : name) + ".sth"); //$NON-NLS-1$
    }

    public static void write(Path stash, char[] password) throws IOException {
        byte[] record = encode(password);
        try {
            // never a backup: the old stash is the old password, trivially decoded. Versions before
            // 0.1 kept one; it goes now, for the same reason.
            AtomicFiles.write(stash, record, AtomicFiles.Options.NO_BACKUP);
            Files.deleteIfExists(AtomicFiles.backupOf(stash));
        } finally {
            Arrays.fill(record, (byte) 0);
        }
    }

    /** The stash record for {@code password} (the caller clears it). */
    public static byte[] encode(char[] password) throws IOException {
        java.nio.ByteBuffer encoded = StandardCharsets.UTF_8.encode(java.nio.CharBuffer.wrap(password));
        byte[] bytes = Arrays.copyOf(encoded.array(), encoded.limit());
        Arrays.fill(encoded.array(), (byte) 0);
        try {
            if (bytes.length >= LENGTH) {
                throw new IOException("password too long for a stash file"); //$NON-NLS-1$
            }
            byte[] record = new byte[LENGTH];
            Arrays.fill(record, (byte) MASK); // zeros after XOR: the terminator and padding
            for (int i = 0; i < bytes.length; i++) {
                record[i] = (byte) (bytes[i] ^ MASK);
            }
            return record;
        } finally {
            Arrays.fill(bytes, (byte) 0);
        }
    }

    public static char[] read(Path stash) throws IOException {
        byte[] record = Files.readAllBytes(stash);
        try {
            int length = 0;
            while (length < record.length && ((record[length] & 0xFF) ^ MASK) != 0) {
                record[length] ^= (byte) MASK;
                length++;
            }
            java.nio.CharBuffer chars = StandardCharsets.UTF_8.decode(java.nio.ByteBuffer.wrap(record, 0, length));
            char[] password = Arrays.copyOf(chars.array(), chars.limit());
            Arrays.fill(chars.array(), '\0');
            return password;
        } finally {
            Arrays.fill(record, (byte) 0);
        }
    }
}
