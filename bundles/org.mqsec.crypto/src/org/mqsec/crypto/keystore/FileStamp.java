package org.mqsec.crypto.keystore;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;

/**
 * What a file held when it was read: the SHA-256 of its bytes. A save compares it with the file on
 * disk just before replacing it, so that a change made meanwhile by another tool, an administrator
 * or a second editor is never silently overwritten. Content, not the modification time, because
 * times are coarse on some file systems and restored by backup tools.
 */
public final class FileStamp {

    /** A file that did not exist when it was looked at. */
    public static final FileStamp ABSENT = new FileStamp(null);

    private final byte[] sha256;

    private FileStamp(byte[] sha256) {
        this.sha256 = sha256;
    }

    public static FileStamp of(byte[] content) {
        return new FileStamp(digest(content));
    }

    /** The file as it is now; {@link #ABSENT} when there is none. */
    public static FileStamp read(Path file) throws IOException {
        try {
            return of(Files.readAllBytes(file));
        } catch (NoSuchFileException e) {
            return ABSENT;
        }
    }

    /** Whether {@code file} still holds what this stamp saw. */
    public boolean matches(Path file) throws IOException {
        return equals(read(file));
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof FileStamp stamp && Arrays.equals(sha256, stamp.sha256);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(sha256);
    }

    @Override
    public String toString() {
        return sha256 == null ? "absent" : java.util.HexFormat.of().formatHex(sha256); //$NON-NLS-1$
    }

    private static byte[] digest(byte[] content) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(content); //$NON-NLS-1$
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e); // every Java platform has SHA-256
        }
    }
}
