package org.mqsec.crypto.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.Signature;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.bouncycastle.asn1.x509.Certificate;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.Test;
import org.mqsec.crypto.internal.keystore.CmsRecord;
import org.mqsec.crypto.keystore.EditableKeyRepository;
import org.mqsec.crypto.keystore.EditableKeyRepository.Entry;
import org.mqsec.crypto.keystore.EditableKeyRepository.KeyEntry;
import org.mqsec.crypto.keystore.EntryKind;
import org.mqsec.crypto.keystore.FileKeyRepositoryLocation;
import org.mqsec.crypto.keystore.KeyRepository;
import org.mqsec.crypto.keystore.KeyRepositoryEntry;
import org.mqsec.crypto.keystore.KeyRepositoryException;
import org.mqsec.crypto.keystore.KeyRepositoryException.Problem;
import org.mqsec.crypto.keystore.KeyRepositoryFormat;
import org.mqsec.crypto.keystore.KeyRepositoryWriter;
import org.mqsec.crypto.keystore.PasswordSource;
import org.mqsec.crypto.keystore.Pkcs12Profile;
import org.mqsec.crypto.keystore.StashFile;
import org.mqsec.testing.GskitFixtures;
import org.mqsec.testing.KeystoreFixtures;

/**
 * CMS key databases read and written natively, checked against files IBM's own tools wrote (GSKit C
 * version 3, IBM Java version 4), against the layout {@code cms-kdb.md} gives from real files
 * (parsed here byte by byte, not with our reader), and against openssl reading our conversions.
 */
class CmsKeyDatabaseTest {

    private static final PasswordSource NO_PASSWORD = PasswordSource.NONE;

    private static KeyRepository open(Path file, PasswordSource passwords) throws KeyRepositoryException {
        return new FileKeyRepositoryLocation(file).open(passwords, new NullProgressMonitor());
    }

    private static EditableKeyRepository editable(Path file, PasswordSource passwords) throws KeyRepositoryException {
        return EditableKeyRepository.open(new FileKeyRepositoryLocation(file), passwords, new NullProgressMonitor());
    }

    private static PasswordSource password(String password) {
        return new RecordingPasswordSource(password);
    }

    private static List<String> labels(KeyRepository repository, EntryKind kind) {
        return repository.entries().stream().filter(e -> e.kind() == kind).map(KeyRepositoryEntry::alias).toList();
    }

    @Test
    void everyGskitDatabaseOpensWithItsStashAloneAndWithItsPasswordAlone() throws Exception {
        Path golang = GskitFixtures.copy(GskitFixtures.GOLANG, "cms-golang"); //$NON-NLS-1$
        Path helm = GskitFixtures.copy(GskitFixtures.HELM, "cms-helm"); //$NON-NLS-1$
        KeyRepository anon = open(golang.resolve("anon-tls.kdb"), NO_PASSWORD); //$NON-NLS-1$
        assertEquals(KeyRepositoryFormat.CMS, anon.format());
        assertEquals(List.of("DigiCertRootCA", "MyQMgrCert202112", "CN=R3,O=Let's Encrypt,C=US", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                "CN=ISRG Root X1,O=Internet Security Research Group,C=US"), labels(anon, EntryKind.TRUSTED_CERTIFICATE)); //$NON-NLS-1$
        KeyRepository mutual = open(golang.resolve("mutual-tls.kdb"), NO_PASSWORD); //$NON-NLS-1$
        assertEquals(List.of("SampleClientA"), labels(mutual, EntryKind.PERSONAL)); //$NON-NLS-1$
        assertEquals(4, labels(mutual, EntryKind.TRUSTED_CERTIFICATE).size());
        assertTrue(mutual.protection().contains("version 3"), mutual.protection()); //$NON-NLS-1$
        KeyRepository server = open(helm.resolve("server.kdb"), NO_PASSWORD); //$NON-NLS-1$
        assertEquals(List.of("1"), labels(server, EntryKind.PERSONAL)); //$NON-NLS-1$
        assertEquals(List.of("OU=app team1, CN=application1"), labels(server, EntryKind.TRUSTED_CERTIFICATE)); //$NON-NLS-1$
        assertEquals(List.of("aceclient"), labels(open(helm.resolve("application.kdb"), NO_PASSWORD), EntryKind.PERSONAL)); //$NON-NLS-1$

        // without the stash, the password alone opens each
        for (String[] database : GskitFixtures.databases()) {
            Path alone = KeystoreFixtures.get().scratch("cms-alone-" + database[1]).resolve(database[1]); //$NON-NLS-1$
            Files.copy((database[0].equals(GskitFixtures.GOLANG) ? golang : helm).resolve(database[1]), alone);
            assertEquals(Problem.PASSWORD_REQUIRED, FailureAssertions.fails(alone, NO_PASSWORD).problem());
            assertFalse(open(alone, password(GskitFixtures.PASSWORDS.get(database[1]))).entries().isEmpty(), database[1]);
            assertEquals(Problem.WRONG_PASSWORD, FailureAssertions.fails(alone, password("not it")).problem(), database[1]); //$NON-NLS-1$
        }
    }

    /** The DER of every PEM block of {@code type} in openssl's output. */
    private static java.util.Set<String> pemBlocks(String text, String type) {
        java.util.Set<String> blocks = new java.util.HashSet<>();
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("-----BEGIN " + type + "-----(.*?)-----END " + type + "-----", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                java.util.regex.Pattern.DOTALL).matcher(text);
        while (m.find()) {
            blocks.add(Arrays.toString(java.util.Base64.getMimeDecoder().decode(m.group(1))));
        }
        return blocks;
    }

    @Test
    void everyGskitDatabaseConvertedToPkcs12IsReadByOpensslWithTheSameCertificatesAndKeys() throws Exception {
        Path golang = GskitFixtures.copy(GskitFixtures.GOLANG, "cms-to-p12-golang"); //$NON-NLS-1$
        Path helm = GskitFixtures.copy(GskitFixtures.HELM, "cms-to-p12-helm"); //$NON-NLS-1$
        for (String[] database : GskitFixtures.databases()) {
            Path kdb = (database[0].equals(GskitFixtures.GOLANG) ? golang : helm).resolve(database[1]);
            EditableKeyRepository repository = editable(kdb, NO_PASSWORD);
            java.util.Set<String> certificates = new java.util.HashSet<>();
            java.util.Set<String> keys = new java.util.HashSet<>();
            for (EditableKeyRepository.Entry entry : repository.entries()) {
                if (entry instanceof KeyEntry key) {
                    keys.add(Arrays.toString(key.key().getEncoded()));
                    for (java.security.cert.X509Certificate certificate : key.chain()) {
                        certificates.add(Arrays.toString(certificate.getEncoded()));
                    }
                } else if (entry instanceof EditableKeyRepository.CertificateEntry trusted) {
                    certificates.add(Arrays.toString(trusted.certificate().getEncoded()));
                }
            }
            Path p12 = kdb.resolveSibling(database[1] + ".p12"); //$NON-NLS-1$
            String password = GskitFixtures.PASSWORDS.get(database[1]);
            KeyRepositoryWriter.save(repository, p12, KeyRepositoryFormat.PKCS12, Pkcs12Profile.MODERN, password.toCharArray());
            String out = KeystoreFixtures.run(kdb.getParent(), List.of("openssl", "pkcs12", "-in", p12.toString(), "-passin", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
                    "pass:" + password, "-nodes")); //$NON-NLS-1$ //$NON-NLS-2$
            assertEquals(certificates, pemBlocks(out, "CERTIFICATE"), database[1]); //$NON-NLS-1$
            assertEquals(keys, pemBlocks(out, "PRIVATE KEY"), database[1]); //$NON-NLS-1$
        }
    }

    @Test
    void privateKeysOfEveryEncryptionDecryptAndMatchTheirCertificates() throws Exception {
        Path golang = GskitFixtures.copy(GskitFixtures.GOLANG, "cms-keys-golang"); //$NON-NLS-1$
        Path helm = GskitFixtures.copy(GskitFixtures.HELM, "cms-keys-helm"); //$NON-NLS-1$
        // version 3: old-OID 3DES with the raw password; version 4: PKCS#12 3DES with a BMPString password
        for (Path file : List.of(golang.resolve("mutual-tls.kdb"), helm.resolve("server.kdb"), helm.resolve("application.kdb"))) { //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
            EditableKeyRepository repository = editable(file, NO_PASSWORD);
            KeyEntry key = repository.entries().stream().filter(KeyEntry.class::isInstance).map(KeyEntry.class::cast).findFirst().orElseThrow();
            Signature signer = Signature.getInstance("SHA256withRSA"); //$NON-NLS-1$
            signer.initSign(key.key());
            signer.update(file.toString().getBytes(StandardCharsets.UTF_8));
            byte[] signature = signer.sign();
            Signature verifier = Signature.getInstance("SHA256withRSA"); //$NON-NLS-1$
            verifier.initVerify(key.chain().get(0).getPublicKey());
            verifier.update(file.toString().getBytes(StandardCharsets.UTF_8));
            assertTrue(verifier.verify(signature), file.toString());
        }
    }

    /** The slots of a CMS file as the reference lays them out, parsed here without our reader. */
    private record RawSlot(int type, int number, byte[] der, String label, int trailer, List<byte[]> hashes) {
    }

    private static List<RawSlot> rawSlots(byte[] file) {
        ByteBuffer in = ByteBuffer.wrap(file);
        int mac = switch (file[2]) {
            case 3 -> 16;
            case 4 -> 20;
            default -> 48;
        };
        int slotSize = in.getInt(0x10);
        int count = in.getInt(0x14);
        assertEquals(0x30 + 2 * mac + count * slotSize, file.length, "length = 0x30 + 2M + count x slot"); //$NON-NLS-1$
        List<RawSlot> slots = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            ByteBuffer slot = ByteBuffer.wrap(file, 0x30 + 2 * mac + i * slotSize, slotSize).slice();
            int type = slot.getInt();
            int number = slot.getInt();
            byte[] der = new byte[slot.getInt()];
            slot.get(der);
            byte[] label = new byte[slot.getInt()];
            slot.get(label);
            int trailer = slot.getInt();
            List<byte[]> hashes = new ArrayList<>();
            for (int h = 0; h < 5; h++) {
                byte[] hash = new byte[slot.getInt()];
                slot.get(hash);
                hashes.add(hash);
            }
            while (slot.hasRemaining()) {
                assertEquals(0, slot.get(), "zero padding to the slot size"); //$NON-NLS-1$
            }
            slots.add(new RawSlot(type, number, der, new String(label, StandardCharsets.US_ASCII), trailer, hashes));
        }
        return slots;
    }

    @Test
    void ourLookupHashesAreTheOnesGskitWrote() throws Exception {
        Path golang = GskitFixtures.copy(GskitFixtures.GOLANG, "cms-hashes"); //$NON-NLS-1$
        for (RawSlot slot : rawSlots(Files.readAllBytes(golang.resolve("mutual-tls.kdb")))) { //$NON-NLS-1$
            CmsRecord record = CmsRecord.parse(slot.der());
            assertTrue(record.trusted() && !record.isDefault(), slot.label() + ": every GSKit C record is 03 02 07 80"); //$NON-NLS-1$
            List<byte[]> ours = CmsRecord.lookupHashes(record.certificate());
            for (int h = 0; h < 5; h++) {
                assertArrayEquals(slot.hashes().get(h), ours.get(h), slot.label() + " hash " + (h + 1)); //$NON-NLS-1$
            }
            // a GSKit record encodes back to the same bytes
            assertArrayEquals(slot.der(), record.encode(), slot.label());
        }
    }

    private static byte[] hmac(String algorithm, String password, byte[] data, int from, int length) throws Exception {
        Mac mac = Mac.getInstance(algorithm);
        mac.init(new SecretKeySpec(password.getBytes(StandardCharsets.US_ASCII), algorithm));
        mac.update(data, from, length);
        return mac.doFinal();
    }

    @Test
    void aVersion4FixtureWrittenBackKeepsItsRecordsAndOursFollowsTheLayout() throws Exception {
        Path helm = GskitFixtures.copy(GskitFixtures.HELM, "cms-roundtrip"); //$NON-NLS-1$
        Path file = helm.resolve("server.kdb"); //$NON-NLS-1$
        byte[] before = Files.readAllBytes(file);
        EditableKeyRepository repository = editable(file, NO_PASSWORD);
        KeyRepositoryWriter.save(repository, file, KeyRepositoryFormat.CMS, Pkcs12Profile.MODERN, "password".toCharArray()); //$NON-NLS-1$
        byte[] after = Files.readAllBytes(file);
        assertEquals(before.length, after.length);
        assertArrayEquals(Arrays.copyOf(before, 0x30), Arrays.copyOf(after, 0x30), "header with version 4 and the same salt"); //$NON-NLS-1$
        assertArrayEquals(hmac("HmacSHA1", "password", after, 0, 0x30), Arrays.copyOfRange(after, 0x30, 0x44), "verifier"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        Mac integrity = Mac.getInstance("HmacSHA1"); //$NON-NLS-1$
        integrity.init(new SecretKeySpec("password".getBytes(StandardCharsets.US_ASCII), "HmacSHA1")); //$NON-NLS-1$ //$NON-NLS-2$
        integrity.update(after, 0, 0x44);
        integrity.update(after, 0x58, after.length - 0x58);
        assertArrayEquals(integrity.doFinal(), Arrays.copyOfRange(after, 0x44, 0x58), "integrity over header, verifier and slots"); //$NON-NLS-1$
        List<RawSlot> old = rawSlots(before);
        List<RawSlot> written = rawSlots(after);
        for (int i = 0; i < old.size(); i++) {
            RawSlot was = old.get(i);
            RawSlot now = written.get(i);
            assertEquals(List.of(was.type(), was.number(), was.label(), was.trailer()), List.of(now.type(), now.number(), now.label(), now.trailer()));
            for (int h = 0; h < 5; h++) {
                assertArrayEquals(was.hashes().get(h), now.hashes().get(h));
            }
            CmsRecord oldRecord = CmsRecord.parse(was.der());
            CmsRecord newRecord = CmsRecord.parse(now.der());
            assertEquals(oldRecord.certificate(), newRecord.certificate());
            assertEquals(List.of(oldRecord.type(), oldRecord.number(), oldRecord.trusted(), oldRecord.isDefault()),
                    List.of(newRecord.type(), newRecord.number(), newRecord.trusted(), newRecord.isDefault()));
            if (oldRecord.key() == null) {
                assertArrayEquals(was.der(), now.der(), "a CA record is written back byte for byte"); //$NON-NLS-1$
            }
        }
        // the key, re-encrypted as version 4 expects, still opens with the password and is the same key
        EditableKeyRepository again = editable(file, NO_PASSWORD);
        assertEquals(keys(repository), keys(again));
    }

    @Test
    void theDefaultCertificateBitFollowsItsEntryWhenRenamedAndGoesWithItWhenRemoved() throws Exception {
        Path helm = GskitFixtures.copy(GskitFixtures.HELM, "cms-default-bit"); //$NON-NLS-1$
        Path file = helm.resolve("server.kdb"); //$NON-NLS-1$
        byte[] bytes = Files.readAllBytes(file);
        // GSKit's personal record made the default certificate (iKeyman's "Set as default"): flags 03 02 07 80 become 03 02 06 C0,
        // and the version 4 integrity value is computed again as GSKit does
        RawSlot personal = null;
        for (RawSlot slot : rawSlots(bytes)) {
            if (personal == null && CmsRecord.parse(slot.der()).key() != null) {
                personal = slot;
            }
        }
        int at = indexOf(bytes, personal.der()) + personal.der().length - 4;
        assertArrayEquals(new byte[] { 0x03, 0x02, 0x07, (byte) 0x80 }, Arrays.copyOfRange(bytes, at, at + 4), "GSKit's trusted-only flags"); //$NON-NLS-1$
        bytes[at + 2] = 0x06;
        bytes[at + 3] = (byte) 0xC0;
        Mac integrity = Mac.getInstance("HmacSHA1"); //$NON-NLS-1$
        integrity.init(new SecretKeySpec("password".getBytes(StandardCharsets.US_ASCII), "HmacSHA1")); //$NON-NLS-1$ //$NON-NLS-2$
        integrity.update(bytes, 0, 0x44);
        integrity.update(bytes, 0x58, bytes.length - 0x58);
        System.arraycopy(integrity.doFinal(), 0, bytes, 0x44, 20);
        Files.write(file, bytes);

        EditableKeyRepository repository = editable(file, NO_PASSWORD);
        assertEquals(Set.of(personal.label()), repository.cmsProfile().defaultLabels());
        repository.rename(personal.label(), "renamed"); //$NON-NLS-1$
        KeyRepositoryWriter.save(repository, file, KeyRepositoryFormat.CMS, Pkcs12Profile.MODERN, "password".toCharArray()); //$NON-NLS-1$
        for (RawSlot slot : rawSlots(Files.readAllBytes(file))) {
            assertEquals(slot.label().equals("renamed"), CmsRecord.parse(slot.der()).isDefault(), slot.label()); //$NON-NLS-1$
        }
        // a change that fails half-way puts the bit back with the entries
        EditableKeyRepository again = editable(file, NO_PASSWORD);
        assertThrows(KeyRepositoryException.class, () -> again.atomically(r -> {
            r.rename("renamed", "other"); //$NON-NLS-1$ //$NON-NLS-2$
            r.remove("no such label"); //$NON-NLS-1$
            return null;
        }));
        assertEquals(Set.of("renamed"), again.cmsProfile().defaultLabels()); //$NON-NLS-1$
        // removed, its bit goes with it: an entry added later under that label is not the default
        Entry removed = again.require("renamed"); //$NON-NLS-1$
        again.remove("renamed"); //$NON-NLS-1$
        again.add(removed);
        assertEquals(Set.of(), again.cmsProfile().defaultLabels());
    }

    private static int indexOf(byte[] data, byte[] part) {
        for (int i = 0; i + part.length <= data.length; i++) {
            if (Arrays.equals(data, i, i + part.length, part, 0, part.length)) {
                return i;
            }
        }
        throw new AssertionError("not found"); //$NON-NLS-1$
    }

    private static List<Integer> chains(EditableKeyRepository repository) {
        return repository.entries().stream().filter(KeyEntry.class::isInstance).map(e -> ((KeyEntry) e).chain().size()).toList();
    }

    private static List<String> keys(EditableKeyRepository repository) {
        return repository.entries().stream().filter(KeyEntry.class::isInstance)
                .map(e -> Arrays.toString(((KeyEntry) e).key().getEncoded())).toList();
    }

    @Test
    void aPkcs12ConvertedToCmsVersion6AndBackIsReadByOpenssl() throws Exception {
        KeystoreFixtures fixtures = KeystoreFixtures.get();
        Path dir = fixtures.scratch("cms-convert"); //$NON-NLS-1$
        EditableKeyRepository source = EditableKeyRepository.open(new FileKeyRepositoryLocation(fixtures.file("openssl-default.p12")), //$NON-NLS-1$
                password(KeystoreFixtures.PASSWORD), new NullProgressMonitor());
        Path kdb = dir.resolve("key.kdb"); //$NON-NLS-1$
        KeyRepositoryWriter.save(source, kdb, KeyRepositoryFormat.CMS, Pkcs12Profile.MODERN, KeystoreFixtures.PASSWORD.toCharArray());
        byte[] written = Files.readAllBytes(kdb);
        assertEquals(6, written[2], "new databases are version 6"); //$NON-NLS-1$
        assertEquals(2, written[3]);
        assertEquals("X509KEY\0", new String(written, 8, 8, StandardCharsets.US_ASCII)); //$NON-NLS-1$
        assertEquals(5000, ByteBuffer.wrap(written).getInt(0x10));
        assertArrayEquals(hmac("HmacSHA384", KeystoreFixtures.PASSWORD, written, 0, 0x30), Arrays.copyOfRange(written, 0x30, 0x60)); //$NON-NLS-1$
        for (RawSlot slot : rawSlots(written)) {
            assertEquals(1, slot.type());
            CmsRecord record = CmsRecord.parse(slot.der());
            assertEquals(slot.number(), record.number(), "the record number in the slot and in the record"); //$NON-NLS-1$
            assertEquals(slot.label(), record.label());
            assertTrue(record.trusted() && !record.isDefault(), slot.label());
            Certificate certificate = record.certificate();
            assertEquals(CmsRecord.lookupHashes(certificate).size(), slot.hashes().size());
            if (record.key() != null) {
                assertEquals("1.2.840.113549.1.5.13", record.key().getEncryptionAlgorithm().getAlgorithm().getId(), "PBES2"); //$NON-NLS-1$ //$NON-NLS-2$
            }
        }
        EditableKeyRepository cms = editable(kdb, password(KeystoreFixtures.PASSWORD));
        assertEquals(keys(source), keys(cms));
        // the chain, kept as separate CA records, is rebuilt for the personal certificate
        assertEquals(chains(source), chains(cms));
        assertTrue(chains(cms).get(0) > 1, chains(cms).toString());
        // the label rule of queue managers and C clients is explained when a label breaks it
        cms.rename(KeystoreFixtures.SERVER_LABEL, "ibmWebSphereMQQM1"); //$NON-NLS-1$
        KeyRepositoryWriter.save(cms, kdb, KeyRepositoryFormat.CMS, Pkcs12Profile.MODERN, KeystoreFixtures.PASSWORD.toCharArray());
        List<String> warnings = open(kdb, password(KeystoreFixtures.PASSWORD)).warnings();
        assertTrue(warnings.stream().anyMatch(w -> w.contains("\"ibmWebSphereMQQM1\"") && w.contains("\"ibmwebspheremqqm1\"")), warnings.toString()); //$NON-NLS-1$ //$NON-NLS-2$
        Path p12 = dir.resolve("back.p12"); //$NON-NLS-1$
        KeyRepositoryWriter.save(cms, p12, KeyRepositoryFormat.PKCS12, Pkcs12Profile.MODERN, KeystoreFixtures.PASSWORD.toCharArray());
        Path pass = dir.resolve("pass.txt"); //$NON-NLS-1$
        Files.writeString(pass, KeystoreFixtures.PASSWORD);
        String out = KeystoreFixtures.run(dir, List.of("openssl", "pkcs12", "-in", p12.toString(), "-passin", "file:" + pass, "-nodes")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$
        assertTrue(out.contains("-----BEGIN PRIVATE KEY-----") && out.contains("ibmWebSphereMQQM1"), out); //$NON-NLS-1$
    }

    @Test
    void gskitStashFilesDecodeAndOursInBothFormatsDecodeAgain() throws Exception {
        Path golang = GskitFixtures.copy(GskitFixtures.GOLANG, "cms-stash"); //$NON-NLS-1$
        assertEquals("myMutualKeystorePW", new String(StashFile.read(golang.resolve("mutual-tls.sth")))); //$NON-NLS-1$ //$NON-NLS-2$
        assertEquals(StashFile.Format.V8, StashFile.formatOf(golang.resolve("anon-tls.sth"))); //$NON-NLS-1$
        Path v1 = golang.resolve("v1.sth"); //$NON-NLS-1$
        StashFile.write(v1, "123".toCharArray(), StashFile.Format.V1); //$NON-NLS-1$
        byte[] bytes = Files.readAllBytes(v1);
        assertEquals(129, bytes.length);
        // as real v1 files: the password, a zero byte, then pad[i] = i, all XOR 0xF5
        byte[] plain = new byte[129];
        for (int i = 0; i < 129; i++) {
            plain[i] = (byte) (bytes[i] ^ 0xF5);
        }
        assertEquals("123", new String(plain, 0, 3, StandardCharsets.US_ASCII)); //$NON-NLS-1$
        assertEquals(0, plain[3]);
        assertEquals(4, plain[4]);
        assertEquals(128, plain[128] & 0xFF);
        Path v8 = golang.resolve("v8.sth"); //$NON-NLS-1$
        StashFile.write(v8, "myMutualKeystorePW".toCharArray()); //$NON-NLS-1$
        assertEquals(193, Files.size(v8));
        assertEquals("myMutualKeystorePW", new String(StashFile.read(v8))); //$NON-NLS-1$
        assertEquals("123", new String(StashFile.read(v1))); //$NON-NLS-1$
        assertThrows(java.io.IOException.class, () -> StashFile.write(v1, "x".repeat(129).toCharArray())); //$NON-NLS-1$
    }

    @Test
    void badDatabasesAreToldInWordsAndNothingIsWritten() throws Exception {
        Path helm = GskitFixtures.copy(GskitFixtures.HELM, "cms-bad"); //$NON-NLS-1$
        byte[] good = Files.readAllBytes(helm.resolve("server.kdb")); //$NON-NLS-1$
        Path dir = KeystoreFixtures.get().scratch("cms-bad-files"); //$NON-NLS-1$
        Path truncated = dir.resolve("truncated.kdb"); //$NON-NLS-1$
        Files.write(truncated, Arrays.copyOf(good, good.length - 100));
        assertEquals(Problem.CORRUPT, FailureAssertions.fails(truncated, password("password")).problem()); //$NON-NLS-1$
        Path version = dir.resolve("version.kdb"); //$NON-NLS-1$
        byte[] five = good.clone();
        five[2] = 5;
        Files.write(version, five);
        KeyRepositoryException unknown = FailureAssertions.fails(version, password("password")); //$NON-NLS-1$
        assertEquals(Problem.UNSUPPORTED_FORMAT, unknown.problem());
        assertTrue(unknown.getMessage().contains("version 5"), unknown.getMessage()); //$NON-NLS-1$
        Path altered = dir.resolve("altered.kdb"); //$NON-NLS-1$
        byte[] changed = good.clone();
        changed[good.length - 1] = 1; // in the last slot's padding: only the integrity value notices
        Files.write(altered, changed);
        KeyRepositoryException damaged = FailureAssertions.fails(altered, password("password")); //$NON-NLS-1$
        assertEquals(Problem.CORRUPT, damaged.problem());
        assertTrue(damaged.getMessage().contains("integrity"), damaged.getMessage()); //$NON-NLS-1$
        // a stash of another database: said to be the stash's fault
        Files.copy(helm.resolve("server.kdb"), dir.resolve("other.kdb")); //$NON-NLS-1$ //$NON-NLS-2$
        StashFile.write(dir.resolve("other.sth"), "not the password".toCharArray()); //$NON-NLS-1$ //$NON-NLS-2$
        KeyRepositoryException stash = FailureAssertions.fails(dir.resolve("other.kdb"), NO_PASSWORD); //$NON-NLS-1$
        assertTrue(stash.getMessage().contains("other.sth"), stash.getMessage()); //$NON-NLS-1$
        // the request database is not taken for the key database
        KeyRepositoryException rdb = FailureAssertions.fails(helm.resolve("server.rdb"), password("password")); //$NON-NLS-1$ //$NON-NLS-2$
        assertTrue(rdb.getMessage().contains("request database"), rdb.getMessage()); //$NON-NLS-1$
        assertArrayEquals(good, Files.readAllBytes(helm.resolve("server.kdb"))); //$NON-NLS-1$
    }

    /**
     * The encryptions no fixture here has (z/OS gskkyman's PBES1 MD5-DES, PBES2 with another PRF and
     * cipher): keys openssl encrypted, put into a version 4 record, decrypt to the key openssl holds.
     */
    @Test
    void keysOpensslEncryptedAsZosAndPbes2DecryptFromARecord() throws Exception {
        Path dir = KeystoreFixtures.get().scratch("cms-openssl-keys"); //$NON-NLS-1$
        KeystoreFixtures.run(dir, List.of("openssl", "req", "-x509", "-newkey", "rsa:2048", "-keyout", "key.pem", "-nodes", "-out", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$ //$NON-NLS-9$
                "cert.der", "-outform", "DER", "-subj", "/CN=zos", "-days", "2")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$
        KeystoreFixtures.run(dir, List.of("openssl", "pkcs8", "-topk8", "-nocrypt", "-in", "key.pem", "-outform", "DER", "-out", "plain.der")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$ //$NON-NLS-9$ //$NON-NLS-10$
        KeystoreFixtures.run(dir, List.of("openssl", "pkcs8", "-topk8", "-in", "key.pem", "-outform", "DER", "-v1", "PBE-MD5-DES", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$ //$NON-NLS-9$
                "-passout", "pass:password", "-out", "md5des.der", "-provider", "legacy", "-provider", "default")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$
        KeystoreFixtures.run(dir, List.of("openssl", "pkcs8", "-topk8", "-in", "key.pem", "-outform", "DER", "-v2", "aes-128-cbc", "-v2prf", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$ //$NON-NLS-9$ //$NON-NLS-10$
                "hmacWithSHA256", "-passout", "pass:password", "-out", "pbes2.der")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
        Certificate certificate = Certificate.getInstance(Files.readAllBytes(dir.resolve("cert.der"))); //$NON-NLS-1$
        for (String encrypted : List.of("md5des.der", "pbes2.der")) { //$NON-NLS-1$ //$NON-NLS-2$
            org.bouncycastle.asn1.pkcs.EncryptedPrivateKeyInfo key = org.bouncycastle.asn1.pkcs.EncryptedPrivateKeyInfo
                    .getInstance(Files.readAllBytes(dir.resolve(encrypted)));
            CmsRecord record = new CmsRecord(1, CmsRecord.Type.PERSONAL, certificate, null, key, "zos", true, false); //$NON-NLS-1$
            byte[] database = org.mqsec.crypto.internal.keystore.CmsContainer.write(4, org.mqsec.crypto.internal.keystore.CmsContainer.Kind.KEYS,
                    org.mqsec.crypto.internal.keystore.CmsContainer.newSalt(), List.of(record.slot()), "password".getBytes(StandardCharsets.US_ASCII)); //$NON-NLS-1$
            Path file = dir.resolve(encrypted + ".kdb"); //$NON-NLS-1$
            Files.write(file, database);
            EditableKeyRepository repository = editable(file, password("password")); //$NON-NLS-1$
            assertEquals(List.of(Arrays.toString(Files.readAllBytes(dir.resolve("plain.der")))), keys(repository), encrypted); //$NON-NLS-1$
        }
    }

    /** A self-signed certificate with a {@code padding}-byte private extension: a record that does not fit a slot. */
    private static java.security.cert.X509Certificate bulky(int padding) throws Exception {
        java.security.KeyPair keys = org.mqsec.crypto.certificates.KeyAlgorithm.EC_P256.generate(new java.security.SecureRandom());
        org.bouncycastle.asn1.x500.X500Name name = new org.bouncycastle.asn1.x500.X500Name("CN=Bulky,O=Example"); //$NON-NLS-1$
        java.util.Date now = new java.util.Date();
        var builder = new org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder(name, java.math.BigInteger.TEN, now,
                new java.util.Date(now.getTime() + 86_400_000L), name, keys.getPublic());
        builder.addExtension(new org.bouncycastle.asn1.ASN1ObjectIdentifier("1.3.6.1.4.1.99999.1"), false, new byte[padding]); //$NON-NLS-1$
        return new org.bouncycastle.cert.jcajce.JcaX509CertificateConverter().getCertificate(builder
                .build(new org.bouncycastle.operator.jcajce.JcaContentSignerBuilder("SHA256withECDSA").build(keys.getPrivate()))); //$NON-NLS-1$
    }

    @Test
    void gskitRulesAreKeptWhenWritingARecordTooLargeAndADuplicateKeyAreRefusedAndNothingIsWritten() throws Exception {
        Path helm = GskitFixtures.copy(GskitFixtures.HELM, "cms-rules"); //$NON-NLS-1$
        Path file = helm.resolve("server.kdb"); //$NON-NLS-1$
        byte[] before = Files.readAllBytes(file);
        char[] password = "password".toCharArray(); //$NON-NLS-1$
        EditableKeyRepository large = editable(file, NO_PASSWORD);
        large.add(new EditableKeyRepository.CertificateEntry("bulky", bulky(6000))); //$NON-NLS-1$
        KeyRepositoryException tooLarge = assertThrows(KeyRepositoryException.class,
                () -> KeyRepositoryWriter.save(large, file, KeyRepositoryFormat.CMS, Pkcs12Profile.MODERN, password));
        assertEquals(Problem.REFUSED, tooLarge.problem());
        assertTrue(tooLarge.getMessage().contains("\"bulky\"") && tooLarge.getMessage().contains("5000"), tooLarge.getMessage()); //$NON-NLS-1$ //$NON-NLS-2$
        EditableKeyRepository twice = editable(file, NO_PASSWORD);
        KeyEntry key = twice.entries().stream().filter(KeyEntry.class::isInstance).map(KeyEntry.class::cast).findFirst().orElseThrow();
        twice.add(key.withAlias("same key again")); //$NON-NLS-1$
        KeyRepositoryException duplicate = assertThrows(KeyRepositoryException.class,
                () -> KeyRepositoryWriter.save(twice, file, KeyRepositoryFormat.CMS, Pkcs12Profile.MODERN, password));
        assertEquals(Problem.REFUSED, duplicate.problem());
        assertTrue(duplicate.getMessage().contains("104"), duplicate.getMessage()); //$NON-NLS-1$
        assertArrayEquals(before, Files.readAllBytes(file), "nothing written"); //$NON-NLS-1$
    }

    @Test
    void aRecordLongerThanItsSlotIsADamagedFile() throws Exception {
        Path helm = GskitFixtures.copy(GskitFixtures.HELM, "cms-long-record"); //$NON-NLS-1$
        byte[] file = Files.readAllBytes(helm.resolve("server.kdb")); //$NON-NLS-1$
        ByteBuffer.wrap(file).putInt(0x58 + 8, 6000); // the first record's DER length, beyond its 5,000-byte slot
        Path damaged = helm.resolve("long.kdb"); //$NON-NLS-1$
        Files.write(damaged, file);
        KeyRepositoryException e = FailureAssertions.fails(damaged, password("password")); //$NON-NLS-1$
        assertEquals(Problem.CORRUPT, e.problem());
        assertTrue(e.getMessage().contains("slot 1"), e.getMessage()); //$NON-NLS-1$
    }

    @Test
    void aVersion3DatabaseIsSavedOnlyAsVersion4AfterTheUserAgrees() throws Exception {
        Path golang = GskitFixtures.copy(GskitFixtures.GOLANG, "cms-v3"); //$NON-NLS-1$
        Path file = golang.resolve("mutual-tls.kdb"); //$NON-NLS-1$
        byte[] before = Files.readAllBytes(file);
        EditableKeyRepository repository = editable(file, NO_PASSWORD);
        char[] password = "myMutualKeystorePW".toCharArray(); //$NON-NLS-1$
        KeyRepositoryException refused = assertThrows(KeyRepositoryException.class,
                () -> KeyRepositoryWriter.save(repository, file, KeyRepositoryFormat.CMS, Pkcs12Profile.MODERN, password));
        assertEquals(Problem.REFUSED, refused.problem());
        assertArrayEquals(before, Files.readAllBytes(file), "nothing written"); //$NON-NLS-1$
        repository.upgradeCms();
        KeyRepositoryWriter.save(repository, file, KeyRepositoryFormat.CMS, Pkcs12Profile.MODERN, password);
        byte[] after = Files.readAllBytes(file);
        assertEquals(4, after[2]);
        assertEquals(keys(repository), keys(editable(file, NO_PASSWORD)));
    }
}
