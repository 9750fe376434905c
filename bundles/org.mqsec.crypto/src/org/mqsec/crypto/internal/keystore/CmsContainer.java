package org.mqsec.crypto.internal.keystore;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.mqsec.crypto.internal.Messages;
import org.mqsec.crypto.keystore.KeyRepositoryException;
import org.mqsec.crypto.keystore.KeyRepositoryException.Problem;

/**
 * The container of a GSKit CMS key database ({@code .kdb}), request database ({@code .rdb}) or
 * CRL database ({@code .crl}), as real files lay it out ({@code cms-kdb.md} section 1): a 48-byte
 * header (magic 37 48, version 3, 4 or 6, kind, type tag, slot size, record count, salt), a
 * password verifier, an integrity value over the header and every slot, then the records, each
 * in a slot of 5,000 bytes.
 * <p>
 * There is no key derivation: the verifier and the integrity value are keyed by the password's
 * bytes (v3 MD5 of the header and the password; v4 HMAC-SHA1; v6 HMAC-SHA384). v3's integrity
 * value is known only for an empty file, so a v3 file with records is checked by its verifier alone
 * and is not written.
 */
public final class CmsContainer {

    /** The slot size of every file seen; records must fit in it. */
    public static final int SLOT_SIZE = 5000;
    private static final int HEADER = 0x30;
    private static final int SALT_OFFSET = 0x18;
    private static final int SALT_LENGTH = 24;
    private static final int HASHES = 5;
    private static final int SHA1_LENGTH = 20;

    /** What a container holds, by its kind byte and type tag. */
    public enum Kind {
        KEYS(2, "X509KEY"), //$NON-NLS-1$
        REQUESTS(1, "X509KYP"), //$NON-NLS-1$
        CRLS(1, "X509CRL"); //$NON-NLS-1$

        final int code;
        final String tag;

        Kind(int code, String tag) {
            this.code = code;
            this.tag = tag;
        }
    }

    /**
     * One record slot.
     *
     * @param der    the record's DER (a SEQUENCE of number, content, label, flags)
     * @param hashes the five SHA-1 lookup values GSKit keeps after the label (empty on a record to write
     *               that has none, such as a request)
     */
    public record Slot(int number, byte[] der, String label, List<byte[]> hashes) {
    }

    private final byte[] content;
    private final int version;
    private final Kind kind;
    private final List<Slot> slots;

    private CmsContainer(byte[] content, int version, Kind kind, List<Slot> slots) {
        this.content = content;
        this.version = version;
        this.kind = kind;
        this.slots = slots;
    }

    /** Whether the bytes start as a CMS container does: 37 48, a known version and kind. */
    public static boolean looksLike(byte[] content) {
        return content.length >= 4 && (content[0] & 0xFF) == 0x37 && (content[1] & 0xFF) == 0x48
                && (content[2] == 3 || content[2] == 4 || content[2] == 6) && (content[3] == 1 || content[3] == 2);
    }

    /** The length of the verifier and of the integrity value for a version. */
    static int macLength(int version) {
        return switch (version) {
            case 3 -> 16;
            case 4 -> SHA1_LENGTH;
            case 6 -> 48;
            default -> throw new IllegalArgumentException(Integer.toString(version));
        };
    }

    /** Reads the layout; the password is checked later ({@link #opensWith}). */
    public static CmsContainer parse(RepositoryFile file) throws KeyRepositoryException {
        byte[] content = file.content();
        if (content.length >= 3 && (content[0] & 0xFF) == 0x37 && (content[1] & 0xFF) == 0x48 && content[2] != 3 && content[2] != 4
                && content[2] != 6) {
            throw new KeyRepositoryException(Problem.UNSUPPORTED_FORMAT,
                    Messages.bind(Messages.Cms_version, file.name(), content[2] & 0xFF), Messages.Advice_cmsVersion);
        }
        if (!looksLike(content) || content.length < HEADER) {
            throw damaged(file, Messages.Cms_notCms);
        }
        int version = content[2];
        ByteBuffer header = ByteBuffer.wrap(content);
        String tag = new String(content, 8, 8, StandardCharsets.US_ASCII);
        Kind kind = Arrays.stream(Kind.values()).filter(k -> (k.tag + '\0').equals(tag) && k.code == content[3]).findFirst()
                .orElseThrow(() -> damaged(file, Messages.Cms_notCms));
        int slotSize = header.getInt(0x10);
        int count = header.getInt(0x14);
        int mac = macLength(version);
        long expected = HEADER + 2L * mac + (long) count * slotSize;
        if (slotSize < 16 || count < 0 || content.length != expected) {
            throw damaged(file, Messages.bind(Messages.Cms_length, new Object[] { content.length, count, slotSize, expected }));
        }
        List<Slot> slots = new ArrayList<>(count);
        int first = HEADER + 2 * mac;
        for (int i = 0; i < count; i++) {
            slots.add(slot(file, ByteBuffer.wrap(content, first + i * slotSize, slotSize).slice(), i + 1));
        }
        return new CmsContainer(content, version, kind, slots);
    }

    private static Slot slot(RepositoryFile file, ByteBuffer slot, int index) throws KeyRepositoryException {
        try {
            slot.getInt(); // the slot type: 1 in every file seen
            int number = slot.getInt();
            byte[] der = new byte[slot.getInt()];
            slot.get(der);
            byte[] label = new byte[slot.getInt()];
            slot.get(label);
            slot.getInt(); // 0, or the record number in files gskkyman writes
            List<byte[]> hashes = new ArrayList<>(HASHES);
            for (int i = 0; i < HASHES; i++) {
                byte[] hash = new byte[slot.getInt()];
                slot.get(hash);
                hashes.add(hash);
            }
            return new Slot(number, der, new String(label, StandardCharsets.UTF_8), hashes);
        } catch (RuntimeException e) {
            throw damaged(file, Messages.bind(Messages.Cms_slot, index));
        }
    }

    static KeyRepositoryException damaged(RepositoryFile file, String what) {
        return new KeyRepositoryException(Problem.CORRUPT, Messages.bind(Messages.Cms_damaged, file.name(), what), Messages.Advice_cmsDamaged);
    }

    public int version() {
        return version;
    }

    public Kind kind() {
        return kind;
    }

    public byte[] salt() {
        return Arrays.copyOfRange(content, SALT_OFFSET, SALT_OFFSET + SALT_LENGTH);
    }

    public List<Slot> slots() {
        return slots;
    }

    /** Whether the password's bytes give the verifier the file holds. */
    public boolean opensWith(byte[] password) {
        int mac = macLength(version);
        byte[] verifier = verifier(version, Arrays.copyOf(content, HEADER), password);
        return MessageDigest.isEqual(verifier, Arrays.copyOfRange(content, HEADER, HEADER + mac));
    }

    /**
     * Whether the integrity value matches the content: empty when it cannot be known (v3 with
     * records, whose formula no one has found).
     */
    public Optional<Boolean> intact(byte[] password) {
        int mac = macLength(version);
        if (version == 3 && !slots.isEmpty()) {
            return Optional.empty();
        }
        byte[] integrity = integrity(version, content, password);
        return Optional.of(MessageDigest.isEqual(integrity, Arrays.copyOfRange(content, HEADER + mac, HEADER + 2 * mac)));
    }

    private static byte[] verifier(int version, byte[] header, byte[] password) {
        return version == 3 ? md5(header, password) : hmac(version, password, header, HEADER, HEADER);
    }

    /** Over the header, the verifier and every slot (everything but the integrity value itself). */
    private static byte[] integrity(int version, byte[] content, byte[] password) {
        int mac = macLength(version);
        if (version == 3) {
            return md5(Arrays.copyOf(content, HEADER + mac), password); // empty files only
        }
        return hmac(version, password, content, HEADER + mac, HEADER + 2 * mac);
    }

    /** An empty password keys the HMAC with one zero byte, as GSKit does. */
    private static byte[] hmacKey(byte[] password) {
        return password.length == 0 ? new byte[1] : password;
    }

    /** The version's HMAC of {@code data}, leaving out {@code data[skipFrom:skipTo]} (the integrity value). */
    private static byte[] hmac(int version, byte[] password, byte[] data, int skipFrom, int skipTo) {
        try {
            Mac hmac = Mac.getInstance(version == 4 ? "HmacSHA1" : "HmacSHA384"); //$NON-NLS-1$ //$NON-NLS-2$
            hmac.init(new SecretKeySpec(hmacKey(password), hmac.getAlgorithm()));
            hmac.update(data, 0, skipFrom);
            hmac.update(data, skipTo, data.length - skipTo);
            return hmac.doFinal();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] md5(byte[] data, byte[] password) {
        try {
            MessageDigest md5 = MessageDigest.getInstance("MD5"); //$NON-NLS-1$
            md5.update(data);
            md5.update(password);
            return md5.digest();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A salt as GSKit's C library writes one: 23 random non-zero bytes and a zero byte. */
    public static byte[] newSalt() {
        byte[] salt = new byte[SALT_LENGTH];
        SecureRandom random = new SecureRandom();
        for (int i = 0; i < SALT_LENGTH - 1; i++) {
            do {
                salt[i] = (byte) random.nextInt(256);
            } while (salt[i] == 0);
        }
        return salt;
    }

    /**
     * A container of version 4 or 6 with these records in this order (numbered 1..n as they come).
     *
     * @throws IllegalArgumentException for version 3 (its integrity value cannot be computed) or a
     *                                  record that does not fit a slot (callers check {@link #size})
     */
    public static byte[] write(int version, Kind kind, byte[] salt, List<Slot> records, byte[] password) {
        if (version != 4 && version != 6) {
            throw new IllegalArgumentException("CMS version " + version + " is not written"); //$NON-NLS-1$ //$NON-NLS-2$
        }
        int mac = macLength(version);
        ByteBuffer out = ByteBuffer.allocate(HEADER + 2 * mac + records.size() * SLOT_SIZE);
        out.put((byte) 0x37).put((byte) 0x48).put((byte) version).put((byte) kind.code).putInt(0);
        out.put((kind.tag + '\0').getBytes(StandardCharsets.US_ASCII));
        out.putInt(SLOT_SIZE).putInt(records.size());
        out.put(salt.length == SALT_LENGTH ? salt : newSalt());
        byte[] content = out.array();
        System.arraycopy(verifier(version, Arrays.copyOf(content, HEADER), password), 0, content, HEADER, mac);
        for (int i = 0; i < records.size(); i++) {
            byte[] slot = slotBytes(records.get(i));
            if (slot.length > SLOT_SIZE) {
                throw new IllegalArgumentException(records.get(i).label());
            }
            System.arraycopy(slot, 0, content, HEADER + 2 * mac + i * SLOT_SIZE, slot.length);
        }
        System.arraycopy(integrity(version, content, password), 0, content, HEADER + mac, mac);
        return content;
    }

    /** How many bytes of its slot a record takes; more than {@link #SLOT_SIZE} does not fit. */
    public static int size(Slot record) {
        return slotBytes(record).length;
    }

    private static byte[] slotBytes(Slot record) {
        byte[] label = record.label().getBytes(StandardCharsets.UTF_8);
        int length = 4 + 4 + 4 + record.der().length + 4 + label.length + 4;
        for (byte[] hash : record.hashes()) {
            length += 4 + hash.length;
        }
        ByteBuffer slot = ByteBuffer.allocate(length);
        slot.putInt(1).putInt(record.number()).putInt(record.der().length).put(record.der());
        slot.putInt(label.length).put(label).putInt(0);
        for (byte[] hash : record.hashes()) {
            slot.putInt(hash.length).put(hash);
        }
        return slot.array();
    }
}
