package org.mqsec.crypto.keystore;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Arrays;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.mqsec.crypto.internal.Messages;
import org.mqsec.crypto.internal.keystore.AtomicFiles;
import org.mqsec.crypto.internal.keystore.PasswordBytes;

/**
 * The {@code .sth} stash file beside a key repository ({@code runmqakm -stash}), from which a queue
 * manager or C client takes the repository's password. Both of GSKit's formats are read and
 * written (facts from real files: {@code ../shared/reference/cms-kdb.md} section 1.7):
 * <ul>
 * <li>{@link Format#V1}, 129 bytes: {@code password ‖ 0x00 ‖ pad}, every byte XORed with 0xF5, the pad
 * {@code pad[i] = i} as GSKit writes it. The only format GSKit before 8.0.50.69 reads.</li>
 * <li>{@link Format#V8}, 193 bytes, the default of later GSKit and of IBM's Java tools:
 * {@code A(32) ‖ B(32) ‖ C(129)} with {@code B = SHA-256(0x01 ‖ A)} and {@code C} the V1 buffer XORed
 * with a keystream that {@code SHA-256(A ‖ B)} seeds.</li>
 * </ul>
 * Neither hides anything from someone who can read the file: the stash is protected only by file
 * permissions, like the repository itself (we write it readable by the owner only, never with a
 * backup).
 */
public final class StashFile {

    /** GSKit's two stash formats. */
    public enum Format {
        /** 129 bytes, XOR only; for GSKit before 8.0.50.69. */
        V1,
        /** 193 bytes with an integrity value and a keystream; the default. */
        V8
    }

    private static final int MASK = 0xF5;
    private static final int V1_LENGTH = 129;
    private static final int V8_LENGTH = 193;
    private static final int HASH = 32;
    /** The longest password a stash holds, in bytes: the buffer keeps room for its terminator. */
    public static final int MAXIMUM_PASSWORD_BYTES = V1_LENGTH - 1;
    /** The fixed text GSKit's keystream is keyed with (128 ASCII characters). */
    private static final byte[] KEYSTREAM_TEXT = ("13EC6D5C885056915AB35FAD2BDDF39F40D7C57B8B4D28F66B61B75F391446FDA" //$NON-NLS-1$
            + "96751174DBD9713D02E0B38732E763501DBBB85EC60E437929ED2AA8981B36B").getBytes(StandardCharsets.US_ASCII); //$NON-NLS-1$
    /** The keystream's first state: the first Fibonacci numbers. */
    private static final byte[] KEYSTREAM_START = { 1, 1, 2, 3, 5, 8 };

    private StashFile() {
    }

    /** {@code key.p12} -> {@code key.sth}, as GSKit names it. */
    public static Path besides(Path repository) {
        String name = repository.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return repository.resolveSibling((dot > 0 ? name.substring(0, dot) : name) + ".sth"); //$NON-NLS-1$
    }

    /** Writes a stash in the default format ({@link Format#V8}). */
    public static void write(Path stash, char[] password) throws IOException {
        write(stash, password, Format.V8);
    }

    public static void write(Path stash, char[] password, Format format) throws IOException {
        byte[] record = encode(password, format);
        try {
            // never a backup: the old stash is the old password, trivially decoded. Versions before
            // 0.1 kept one; it goes now, for the same reason.
            AtomicFiles.write(stash, record, AtomicFiles.Options.NO_BACKUP);
            Files.deleteIfExists(AtomicFiles.backupOf(stash));
        } finally {
            Arrays.fill(record, (byte) 0);
        }
    }

    /** The stash for {@code password} in the default format (the caller clears it). */
    public static byte[] encode(char[] password) throws IOException {
        return encode(password, Format.V8);
    }

    /**
     * The stash for {@code password} (the caller clears it).
     *
     * @throws IOException when the password is longer than a stash holds or contains a NUL
     */
    public static byte[] encode(char[] password, Format format) throws IOException {
        byte[] bytes = PasswordBytes.utf8(password);
        byte[] buffer = new byte[V1_LENGTH];
        try {
            if (bytes.length > MAXIMUM_PASSWORD_BYTES) {
                throw new IOException(Messages.bind(Messages.Stash_tooLong, MAXIMUM_PASSWORD_BYTES));
            }
            for (int i = 0; i < V1_LENGTH; i++) {
                // the password, its terminator, then GSKit's pad (never 0 after the terminator: pad[i] = i)
                int plain = i < bytes.length ? bytes[i] : i == bytes.length ? 0 : i;
                if (i < bytes.length && plain == 0) {
                    throw new IOException(Messages.Stash_nul);
                }
                buffer[i] = (byte) (plain ^ MASK);
            }
            if (format == Format.V1) {
                return buffer.clone();
            }
            byte[] a = new byte[HASH];
            new SecureRandom().nextBytes(a);
            byte[] b = sha256(new byte[] { 1 }, a);
            byte[] stream = keystream(sha256(a, b), V1_LENGTH);
            byte[] record = new byte[V8_LENGTH];
            System.arraycopy(a, 0, record, 0, HASH);
            System.arraycopy(b, 0, record, HASH, HASH);
            for (int i = 0; i < V1_LENGTH; i++) {
                record[2 * HASH + i] = (byte) (buffer[i] ^ stream[i]);
            }
            Arrays.fill(stream, (byte) 0);
            return record;
        } finally {
            Arrays.fill(bytes, (byte) 0);
            Arrays.fill(buffer, (byte) 0);
        }
    }

    /** The format of the stash at {@code stash}, by its length. */
    public static Format formatOf(Path stash) throws IOException {
        long size = Files.size(stash);
        if (size == V1_LENGTH) {
            return Format.V1;
        }
        if (size == V8_LENGTH) {
            return Format.V8;
        }
        throw new IOException(Messages.bind(Messages.Stash_badLength, new Object[] { stash.getFileName(), size, V1_LENGTH, V8_LENGTH }));
    }

    /**
     * The password the stash holds (the caller clears it).
     *
     * @throws IOException when the file is not a stash of either format, or its integrity value does not match
     */
    public static char[] read(Path stash) throws IOException {
        byte[] record = Files.readAllBytes(stash);
        byte[] buffer = null;
        try {
            if (record.length == V1_LENGTH) {
                buffer = record.clone();
            } else if (record.length == V8_LENGTH) {
                byte[] a = Arrays.copyOfRange(record, 0, HASH);
                byte[] b = Arrays.copyOfRange(record, HASH, 2 * HASH);
                if (!MessageDigest.isEqual(b, sha256(new byte[] { 1 }, a))) {
                    throw new IOException(Messages.bind(Messages.Stash_damaged, stash.getFileName()));
                }
                byte[] stream = keystream(sha256(a, b), V1_LENGTH);
                buffer = new byte[V1_LENGTH];
                for (int i = 0; i < V1_LENGTH; i++) {
                    buffer[i] = (byte) (record[2 * HASH + i] ^ stream[i]);
                }
                Arrays.fill(stream, (byte) 0);
            } else {
                throw new IOException(Messages.bind(Messages.Stash_badLength,
                        new Object[] { stash.getFileName(), record.length, V1_LENGTH, V8_LENGTH }));
            }
            int length = 0;
            while (length < buffer.length && ((buffer[length] & 0xFF) ^ MASK) != 0) {
                buffer[length] ^= (byte) MASK;
                length++;
            }
            if (length == buffer.length) {
                throw new IOException(Messages.bind(Messages.Stash_damaged, stash.getFileName()));
            }
            java.nio.CharBuffer chars = StandardCharsets.UTF_8.decode(java.nio.ByteBuffer.wrap(buffer, 0, length));
            char[] password = Arrays.copyOf(chars.array(), chars.limit());
            Arrays.fill(chars.array(), '\0');
            return password;
        } finally {
            Arrays.fill(record, (byte) 0);
            if (buffer != null) {
                Arrays.fill(buffer, (byte) 0);
            }
        }
    }

    /**
     * GSKit's keystream: the key hashed with SHA-256 until its ninth byte is 3, then 64 times more;
     * that keys an HMAC-SHA256 of the fixed text, giving the seed; each 32-byte block is the seed's
     * HMAC of the state, and the state grows by the stream so far in front.
     */
    private static byte[] keystream(byte[] key, int length) {
        byte[] conditioned = key;
        while ((conditioned[8] & 0xFF) != 3) {
            conditioned = sha256(conditioned);
        }
        for (int i = 0; i < 64; i++) {
            conditioned = sha256(conditioned);
        }
        byte[] seed = hmac(conditioned, KEYSTREAM_TEXT);
        byte[] state = hmac(seed, KEYSTREAM_START);
        byte[] stream = new byte[(length + HASH - 1) / HASH * HASH];
        for (int done = 0; done < stream.length; done += HASH) {
            System.arraycopy(hmac(seed, state), 0, stream, done, HASH);
            byte[] grown = new byte[done + HASH + state.length];
            System.arraycopy(stream, 0, grown, 0, done + HASH);
            System.arraycopy(state, 0, grown, done + HASH, state.length);
            state = grown;
        }
        return Arrays.copyOf(stream, length);
    }

    private static byte[] sha256(byte[]... parts) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256"); //$NON-NLS-1$
            for (byte[] part : parts) {
                digest.update(part);
            }
            return digest.digest();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e); //$NON-NLS-1$
        }
    }

    private static byte[] hmac(byte[] key, byte[] data) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256"); //$NON-NLS-1$
            mac.init(new SecretKeySpec(key, "HmacSHA256")); //$NON-NLS-1$
            return mac.doFinal(data);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("every Java runtime has HmacSHA256", e); //$NON-NLS-1$
        }
    }
}
