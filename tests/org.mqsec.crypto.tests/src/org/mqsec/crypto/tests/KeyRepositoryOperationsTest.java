package org.mqsec.crypto.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.List;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.Test;
import org.mqsec.core.dn.DistinguishedName;
import org.mqsec.core.findings.Finding;
import org.mqsec.core.findings.Severity;
import org.mqsec.crypto.certificates.CertificateProfile;
import org.mqsec.crypto.certificates.CertificateTemplate;
import org.mqsec.crypto.certificates.KeyAlgorithm;
import org.mqsec.crypto.certificates.SignatureHash;
import org.mqsec.crypto.keystore.EditableKeyRepository;
import org.mqsec.crypto.keystore.EditableKeyRepository.Entry;
import org.mqsec.crypto.keystore.EditableKeyRepository.KeyEntry;
import org.mqsec.crypto.keystore.FileKeyRepositoryLocation;
import org.mqsec.crypto.keystore.KeyRepositoryException;
import org.mqsec.crypto.keystore.KeyRepositoryFormat;
import org.mqsec.crypto.keystore.Pkcs12Profile;
import org.mqsec.crypto.keystore.StashFile;
import org.mqsec.crypto.operations.CreateKeyRepositoryOperation;
import org.mqsec.crypto.operations.ExportEntryOperation;
import org.mqsec.crypto.operations.GenerateKeyOperation;
import org.mqsec.crypto.operations.ImportEntriesOperation;
import org.mqsec.testing.KeystoreFixtures;

/**
 * The key repository operations that the editor, the wizards and mqsec share: their refusals by
 * code before anything is touched, all-or-nothing changes, cancellation between steps, and files
 * that openssl and keytool read.
 */
class KeyRepositoryOperationsTest {

    private static final KeystoreFixtures FIXTURES = KeystoreFixtures.get();
    private static final char[] PASSWORD = KeystoreFixtures.PASSWORD.toCharArray();

    private static List<String> errorCodes(KeyRepositoryException refused) {
        return refused.findings().stream().filter(f -> f.severity() == Severity.ERROR).map(Finding::code).toList();
    }

    private static CertificateTemplate template(String dn, CertificateProfile profile) {
        return CertificateTemplate.typed(DistinguishedName.parse(dn), List.of(), profile, 365, SignatureHash.SHA256);
    }

    private static EditableKeyRepository serverRepository() throws KeyRepositoryException {
        return EditableKeyRepository.open(new FileKeyRepositoryLocation(FIXTURES.file("openssl-default.p12")), //$NON-NLS-1$
                request -> PASSWORD.clone(), new NullProgressMonitor());
    }

    @Test
    void createRefusesByCodeAndWritesNothing() throws Exception {
        Path dir = FIXTURES.scratch("operation-create"); //$NON-NLS-1$
        Path existing = dir.resolve("key.p12"); //$NON-NLS-1$
        Files.copy(FIXTURES.file("openssl-default.p12"), existing); //$NON-NLS-1$
        byte[] before = Files.readAllBytes(existing);
        KeyRepositoryException exists = assertThrows(KeyRepositoryException.class, () -> new CreateKeyRepositoryOperation(
                existing, KeyRepositoryFormat.PKCS12, Pkcs12Profile.MODERN, PASSWORD, true).run(null));
        assertEquals(List.of(CreateKeyRepositoryOperation.EXISTS), errorCodes(exists));
        assertArrayEquals(before, Files.readAllBytes(existing));
        assertFalse(Files.exists(StashFile.besides(existing)), "no stash beside a file that was not written"); //$NON-NLS-1$

        Path jks = dir.resolve("client.jks"); //$NON-NLS-1$
        KeyRepositoryException stash = assertThrows(KeyRepositoryException.class, () -> new CreateKeyRepositoryOperation(
                jks, KeyRepositoryFormat.JKS, Pkcs12Profile.MODERN, new char[0], true).run(null));
        assertEquals(List.of(CreateKeyRepositoryOperation.PASSWORD_EMPTY, CreateKeyRepositoryOperation.STASH_NOT_PKCS12),
                errorCodes(stash));
        assertFalse(Files.exists(jks));

        Path missing = dir.resolve("no-such-folder").resolve("key.p12"); //$NON-NLS-1$ //$NON-NLS-2$
        assertEquals(List.of(CreateKeyRepositoryOperation.NO_FOLDER), errorCodes(assertThrows(KeyRepositoryException.class,
                () -> new CreateKeyRepositoryOperation(missing, KeyRepositoryFormat.PKCS12, Pkcs12Profile.MODERN, PASSWORD,
                        false).run(null))));
    }

    @Test
    void createWritesAnEmptyRepositoryOpensslOpensAndAStashForIt() throws Exception {
        Path dir = FIXTURES.scratch("operation-create-ok"); //$NON-NLS-1$
        Path file = dir.resolve("qm1.p12"); //$NON-NLS-1$
        CreateKeyRepositoryOperation create = new CreateKeyRepositoryOperation(file, KeyRepositoryFormat.PKCS12,
                Pkcs12Profile.COMPATIBLE, "short".toCharArray(), true); //$NON-NLS-1$
        assertEquals(List.of(CreateKeyRepositoryOperation.PASSWORD_SHORT, CreateKeyRepositoryOperation.COMPATIBLE),
                create.warnings().stream().map(Finding::code).toList());
        create.run(new NullProgressMonitor());
        String info = KeystoreFixtures.run(dir, List.of("openssl", "pkcs12", "-in", "qm1.p12", "-info", "-noout", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$
                "-passin", "pass:short")); //$NON-NLS-1$ //$NON-NLS-2$
        assertTrue(info.contains("MAC: sha1"), "the compatible profile asked for: " + info); //$NON-NLS-1$ //$NON-NLS-2$
        assertTrue(Files.exists(StashFile.besides(file)));
    }

    @Test
    void aSignerThatIsNotACaAndATakenLabelAreRefusedBeforeAKeyIsMade() throws Exception {
        EditableKeyRepository repository = serverRepository();
        KeyEntry server = (KeyEntry) repository.require(KeystoreFixtures.SERVER_LABEL);
        List<Entry> before = repository.entries();
        GenerateKeyOperation notCa = new GenerateKeyOperation(repository, "key.p12", "app1", //$NON-NLS-1$ //$NON-NLS-2$
                template("CN=app1,O=Example", CertificateProfile.TLS_CLIENT), KeyAlgorithm.EC_P256, //$NON-NLS-1$
                new GenerateKeyOperation.Signer(server, "key.p12"), new SecureRandom()); //$NON-NLS-1$
        assertEquals(List.of(GenerateKeyOperation.SIGNER_NOT_CA), errorCodes(assertThrows(KeyRepositoryException.class,
                () -> notCa.run(null))));
        GenerateKeyOperation taken = new GenerateKeyOperation(repository, "key.p12", //$NON-NLS-1$
                KeystoreFixtures.SERVER_LABEL.toUpperCase(java.util.Locale.ROOT), template("CN=x", CertificateProfile.TLS_SERVER), //$NON-NLS-1$
                KeyAlgorithm.EC_P256, null, new SecureRandom());
        assertEquals(List.of(GenerateKeyOperation.LABEL_TAKEN), errorCodes(assertThrows(KeyRepositoryException.class,
                () -> taken.run(null))));
        assertEquals(before, repository.entries());
    }

    /** Cancelled once the key exists (generation itself cannot be interrupted): the key is dropped, not added. */
    @Test
    void aGenerationCancelledBetweenStepsAddsNothing() throws Exception {
        EditableKeyRepository repository = new EditableKeyRepository(KeyRepositoryFormat.PKCS12);
        NullProgressMonitor cancelOnProgress = new NullProgressMonitor() {
            @Override
            public void worked(int work) {
                setCanceled(true);
            }
        };
        KeyRepositoryException cancelled = assertThrows(KeyRepositoryException.class, () -> new GenerateKeyOperation(
                repository, "key.p12", "ca", template("CN=CA", CertificateProfile.CA), KeyAlgorithm.EC_P256, null, //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                new SecureRandom()).run(cancelOnProgress));
        assertEquals(KeyRepositoryException.Problem.CANCELLED, cancelled.problem());
        assertTrue(repository.entries().isEmpty());
    }

    /** One clash among the entries to import refuses all of them: nothing half-imported to save later. */
    @Test
    void anImportWithALabelClashAddsNothing() throws Exception {
        EditableKeyRepository target = new EditableKeyRepository(KeyRepositoryFormat.PKCS12);
        new GenerateKeyOperation(target, "key.p12", "mq test ca", template("CN=Other CA", CertificateProfile.CA), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                KeyAlgorithm.EC_P256, null, new SecureRandom()).run(null);
        List<Entry> before = target.entries();
        EditableKeyRepository source = EditableKeyRepository.open(new FileKeyRepositoryLocation(FIXTURES.file("store.jks")), //$NON-NLS-1$
                request -> PASSWORD.clone(), null);
        assertTrue(source.entries().size() > 1, "the source has more than the clashing entry"); //$NON-NLS-1$
        KeyRepositoryException refused = assertThrows(KeyRepositoryException.class,
                () -> new ImportEntriesOperation(target, source, "store.jks", null).run(null)); //$NON-NLS-1$
        assertEquals(List.of(GenerateKeyOperation.LABEL_TAKEN), errorCodes(refused));
        assertEquals(before, target.entries());
    }

    @Test
    void anExportedKeyIsAPkcs12KeytoolOpensWithTheNewPassword() throws Exception {
        Path dir = FIXTURES.scratch("operation-export-key"); //$NON-NLS-1$
        KeyEntry server = (KeyEntry) serverRepository().require(KeystoreFixtures.SERVER_LABEL);
        Path out = dir.resolve("server-only.p12"); //$NON-NLS-1$
        ExportEntryOperation.key("key.p12", KeyRepositoryFormat.PKCS12, server, out, Pkcs12Profile.MODERN, //$NON-NLS-1$
                "Export-Passw0rd".toCharArray()).run(null); //$NON-NLS-1$
        String listing = FIXTURES.keytool("-list", "-v", "-keystore", out.toString(), "-storepass", "Export-Passw0rd"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
        assertTrue(listing.contains("Entry type: PrivateKeyEntry") && listing.contains("Certificate chain length: 2"), listing); //$NON-NLS-1$ //$NON-NLS-2$
        KeyRepositoryException empty = assertThrows(KeyRepositoryException.class, () -> ExportEntryOperation.key("key.p12", //$NON-NLS-1$
                KeyRepositoryFormat.PKCS12, server, dir.resolve("none.p12"), Pkcs12Profile.MODERN, new char[0]).run(null)); //$NON-NLS-1$
        assertEquals(List.of(CreateKeyRepositoryOperation.PASSWORD_EMPTY), errorCodes(empty));
        assertFalse(Files.exists(dir.resolve("none.p12"))); //$NON-NLS-1$
    }
}
