package org.mqsec.crypto.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.Test;
import org.mqsec.crypto.keystore.EditableKeyRepository;
import org.mqsec.crypto.keystore.FileKeyRepositoryLocation;
import org.mqsec.crypto.keystore.KeyRepositoryException;
import org.mqsec.crypto.keystore.KeyRepositoryFormat;
import org.mqsec.crypto.keystore.KeyRepositoryWriter;
import org.mqsec.crypto.keystore.Pkcs12Profile;
import org.mqsec.crypto.keystore.StashFile;
import org.mqsec.crypto.operations.ChangePasswordOperation;
import org.mqsec.testing.KeystoreFixtures;

/**
 * Saving a queue manager's key repository must not take its TLS down: owner, group, mode and ACL
 * kept (read back with stat and getfacl), links written through, a change made on disk meanwhile
 * never overwritten silently, the protection the file had kept, no stash backups, nothing left
 * under a password the user has just replaced. Every file is read back by openssl or keytool.
 */
class SavingKeyRepositoriesTest {

    private static final KeystoreFixtures FIXTURES = KeystoreFixtures.get();
    private static final char[] PASSWORD = KeystoreFixtures.PASSWORD.toCharArray();
    private static final String NEW_PASSWORD = "N3w-Passw0rd"; //$NON-NLS-1$

    private static Path copy(String fixture, Path dir, String name) throws Exception {
        return Files.copy(FIXTURES.file(fixture), dir.resolve(name));
    }

    private static EditableKeyRepository open(Path file) throws KeyRepositoryException {
        return EditableKeyRepository.open(new FileKeyRepositoryLocation(file),
                request -> request.failedTries() == 0 ? PASSWORD.clone() : null, new NullProgressMonitor());
    }

    private static void save(EditableKeyRepository repository, Path file) throws KeyRepositoryException {
        KeyRepositoryWriter.save(repository, file, repository.format(), repository.profile(), PASSWORD);
    }

    private static String sh(Path dir, String... command) throws Exception {
        return KeystoreFixtures.run(dir, List.of(command)).strip();
    }

    private static boolean opensslOpens(Path file, String password) throws Exception {
        Process process = new ProcessBuilder("openssl", "pkcs12", "-in", file.toString(), "-noout", "-passin", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
                "pass:" + password).redirectErrorStream(true).start(); //$NON-NLS-1$
        process.getInputStream().readAllBytes();
        return process.waitFor() == 0;
    }

    private static String opensslInfo(Path file, String password) throws Exception {
        return sh(file.getParent(), "openssl", "pkcs12", "-in", file.toString(), "-info", "-noout", "-passin", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$
                "pass:" + password); //$NON-NLS-1$
    }

    private static boolean root() throws Exception {
        return "0".equals(sh(Path.of("."), "id", "-u")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
    }

    @Test
    void ownerGroupModeAndAclOfAQueueManagersRepositorySurviveASave() throws Exception {
        assumeTrue(root(), "giving a file to another owner needs root, as on the queue manager's machine"); //$NON-NLS-1$
        Path dir = FIXTURES.scratch("save-owner"); //$NON-NLS-1$
        Path file = copy("openssl-default.p12", dir, "key.p12"); //$NON-NLS-1$ //$NON-NLS-2$
        // as the queue manager's files are: another user (mqm here is nobody), group-readable, with an ACL entry
        sh(dir, "chown", "65534:65534", "key.p12"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        sh(dir, "chmod", "0640", "key.p12"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        sh(dir, "setfacl", "-m", "u:daemon:r", "key.p12"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$

        EditableKeyRepository repository = open(file);
        repository.rename(KeystoreFixtures.SERVER_LABEL, "renamed"); //$NON-NLS-1$
        save(repository, file);

        assertEquals("65534:65534 640", sh(dir, "stat", "-c", "%u:%g %a", "key.p12")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$
        assertTrue(sh(dir, "getfacl", "-p", "key.p12").contains("user:daemon:r--"), "the ACL entry is kept"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
        assertTrue(opensslInfo(file, KeystoreFixtures.PASSWORD).contains("MAC:"), "openssl reads the saved file"); //$NON-NLS-1$ //$NON-NLS-2$
        assertTrue(FIXTURES.keytool("-list", "-keystore", file.toString(), "-storepass", KeystoreFixtures.PASSWORD) //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                .contains("renamed,")); //$NON-NLS-1$
        // the backup is the old file itself, with the same owner and mode
        assertEquals("65534:65534 640", sh(dir, "stat", "-c", "%u:%g %a", "key.p12.bak")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$
        assertArrayEquals(Files.readAllBytes(FIXTURES.file("openssl-default.p12")), Files.readAllBytes(dir.resolve("key.p12.bak"))); //$NON-NLS-1$ //$NON-NLS-2$
        try (var files = Files.list(dir)) {
            assertEquals(List.of("key.p12", "key.p12.bak"), files.map(f -> f.getFileName().toString()).sorted().toList(), //$NON-NLS-1$ //$NON-NLS-2$
                    "no temporary file is left"); //$NON-NLS-1$
        }
    }

    @Test
    void aLinkToTheRepositoryIsWrittenThroughAndStaysALink() throws Exception {
        Path dir = FIXTURES.scratch("save-link"); //$NON-NLS-1$
        Path real = Files.createDirectories(dir.resolve("real")); //$NON-NLS-1$
        copy("openssl-default.p12", real, "key.p12"); //$NON-NLS-1$ //$NON-NLS-2$
        Path link = Files.createSymbolicLink(dir.resolve("key.p12"), Path.of("real", "key.p12")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$

        EditableKeyRepository repository = open(link);
        repository.rename(KeystoreFixtures.SERVER_LABEL, "through-the-link"); //$NON-NLS-1$
        save(repository, link);

        assertTrue(Files.isSymbolicLink(link), "the link is still a link"); //$NON-NLS-1$
        assertTrue(FIXTURES.keytool("-list", "-keystore", real.resolve("key.p12").toString(), "-storepass", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
                KeystoreFixtures.PASSWORD).contains("through-the-link,"), "the link's target holds the change"); //$NON-NLS-1$ //$NON-NLS-2$
        assertTrue(Files.exists(real.resolve("key.p12.bak")), "the backup is beside the real file"); //$NON-NLS-1$ //$NON-NLS-2$
        assertFalse(Files.exists(dir.resolve("key.p12.bak")), "not beside the link"); //$NON-NLS-1$ //$NON-NLS-2$
    }

    /**
     * A save killed half-way leaves its temporary copy of the repository (keys included) beside the
     * file; the next save removes those of processes that are gone, not those of a save running now.
     */
    @Test
    void theNextSaveRemovesWhatAKilledSaveLeftBehind() throws Exception {
        Path dir = FIXTURES.scratch("save-leftovers"); //$NON-NLS-1$
        Path file = copy("openssl-default.p12", dir, "key.p12"); //$NON-NLS-1$ //$NON-NLS-2$
        Process gone = new ProcessBuilder("true").start(); //$NON-NLS-1$
        gone.waitFor();
        Path killed = Files.write(dir.resolve(".key.p12." + gone.pid() + ".123456.tmp"), Files.readAllBytes(file)); //$NON-NLS-1$ //$NON-NLS-2$
        Path killedBackup = Files.write(dir.resolve(".key.p12." + gone.pid() + ".bak.99.tmp"), new byte[] { 1 }); //$NON-NLS-1$ //$NON-NLS-2$
        Process running = new ProcessBuilder("sleep", "60").start(); //$NON-NLS-1$ //$NON-NLS-2$
        try {
            Path live = Files.write(dir.resolve(".key.p12." + running.pid() + ".654321.tmp"), new byte[] { 2 }); //$NON-NLS-1$ //$NON-NLS-2$
            Path other = Files.write(dir.resolve(".other.p12." + gone.pid() + ".1.tmp"), new byte[] { 3 }); //$NON-NLS-1$ //$NON-NLS-2$

            EditableKeyRepository repository = open(file);
            repository.rename(KeystoreFixtures.SERVER_LABEL, "after-a-kill"); //$NON-NLS-1$
            save(repository, file);

            assertFalse(Files.exists(killed), "the killed save's copy is gone"); //$NON-NLS-1$
            assertFalse(Files.exists(killedBackup));
            assertTrue(Files.exists(live), "a save still running keeps its file"); //$NON-NLS-1$
            assertTrue(Files.exists(other), "another repository's files are not touched"); //$NON-NLS-1$
        } finally {
            running.destroy();
        }
    }

    @Test
    void aChangeMadeOnDiskSinceTheFileWasReadIsNotOverwrittenUnlessTheUserSaysSo() throws Exception {
        Path dir = FIXTURES.scratch("save-changed"); //$NON-NLS-1$
        Path file = copy("java-default.p12", dir, "key.p12"); //$NON-NLS-1$ //$NON-NLS-2$
        EditableKeyRepository repository = open(file);
        // meanwhile an administrator renames an entry with keytool
        FIXTURES.keytool("-changealias", "-alias", "app1", "-destalias", "by-keytool", "-keystore", file.toString(), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$
                "-storepass", KeystoreFixtures.PASSWORD); //$NON-NLS-1$
        byte[] keytools = Files.readAllBytes(file);
        repository.remove("mq test ca"); //$NON-NLS-1$

        KeyRepositoryException refused = assertThrows(KeyRepositoryException.class, () -> save(repository, file));
        assertEquals(KeyRepositoryException.Problem.CHANGED_ON_DISK, refused.problem());
        assertArrayEquals(keytools, Files.readAllBytes(file), "keytool's change is still there"); //$NON-NLS-1$
        assertFalse(Files.exists(dir.resolve("key.p12.bak")), "nothing was written, not even a backup"); //$NON-NLS-1$ //$NON-NLS-2$

        KeyRepositoryWriter.save(repository, file, repository.format(), repository.profile(), PASSWORD,
                new KeyRepositoryWriter.SaveOptions(true, true));
        String list = FIXTURES.keytool("-list", "-keystore", file.toString(), "-storepass", KeystoreFixtures.PASSWORD); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        assertTrue(list.contains("app1,") && !list.contains("mq test ca"), list); //$NON-NLS-1$ //$NON-NLS-2$
        // the saved version is now the one a further save expects
        repository.rename("app1", "app2"); //$NON-NLS-1$ //$NON-NLS-2$
        save(repository, file);
    }

    @Test
    void aCompatibleFileStaysCompatibleAndAModernOneModern() throws Exception {
        Path dir = FIXTURES.scratch("save-profile"); //$NON-NLS-1$
        Path legacy = copy("openssl-legacy.p12", dir, "legacy.p12"); //$NON-NLS-1$ //$NON-NLS-2$
        EditableKeyRepository repository = open(legacy);
        assertEquals(Pkcs12Profile.COMPATIBLE, repository.profile());
        repository.rename(KeystoreFixtures.SERVER_LABEL, "renamed"); //$NON-NLS-1$
        save(repository, legacy);
        String info = opensslInfo(legacy, KeystoreFixtures.PASSWORD);
        assertTrue(info.contains("MAC: sha1") && info.contains("pbeWithSHA1And3-KeyTripleDES-CBC") //$NON-NLS-1$ //$NON-NLS-2$
                && !info.contains("AES"), info); //$NON-NLS-1$

        Path modern = copy("java-default.p12", dir, "modern.p12"); //$NON-NLS-1$ //$NON-NLS-2$
        EditableKeyRepository java = open(modern);
        assertEquals(Pkcs12Profile.MODERN, java.profile());
        java.rename("app1", "renamed"); //$NON-NLS-1$ //$NON-NLS-2$
        save(java, modern);
        info = opensslInfo(modern, KeystoreFixtures.PASSWORD);
        assertTrue(info.contains("MAC: sha256") && info.contains("AES-256-CBC"), info); //$NON-NLS-1$ //$NON-NLS-2$
    }

    @Test
    void theStashFileIsNeverBackedUp() throws Exception {
        Path dir = FIXTURES.scratch("save-stash"); //$NON-NLS-1$
        Path stash = dir.resolve("key.sth"); //$NON-NLS-1$
        Files.write(dir.resolve("key.sth.bak"), new byte[] { 1, 2, 3 }); // what earlier versions left //$NON-NLS-1$
        StashFile.write(stash, "first".toCharArray()); //$NON-NLS-1$
        StashFile.write(stash, "second".toCharArray()); //$NON-NLS-1$
        assertEquals("second", new String(StashFile.read(stash))); //$NON-NLS-1$
        assertFalse(Files.exists(dir.resolve("key.sth.bak")), "no copy of an old password is left"); //$NON-NLS-1$ //$NON-NLS-2$
    }

    @Test
    void aPasswordChangeLeavesNothingProtectedByTheOldPassword() throws Exception {
        Path dir = FIXTURES.scratch("save-passwd"); //$NON-NLS-1$
        Path file = copy("openssl-default.p12", dir, "key.p12"); //$NON-NLS-1$ //$NON-NLS-2$
        StashFile.write(StashFile.besides(file), PASSWORD);
        EditableKeyRepository repository = open(file);
        repository.rename(KeystoreFixtures.SERVER_LABEL, "renamed"); //$NON-NLS-1$
        save(repository, file); // leaves key.p12.bak under the old password
        assertTrue(opensslOpens(dir.resolve("key.p12.bak"), KeystoreFixtures.PASSWORD)); //$NON-NLS-1$

        ChangePasswordOperation.Result result = new ChangePasswordOperation(repository, file, PASSWORD,
                NEW_PASSWORD.toCharArray(), false, false).run(null);

        assertTrue(opensslOpens(file, NEW_PASSWORD), "the repository opens with the new password"); //$NON-NLS-1$
        assertFalse(opensslOpens(file, KeystoreFixtures.PASSWORD));
        assertFalse(Files.exists(dir.resolve("key.p12.bak")), "the old password's backup is gone"); //$NON-NLS-1$ //$NON-NLS-2$
        assertFalse(Files.exists(dir.resolve("key.sth.bak")), "no old stash is kept"); //$NON-NLS-1$ //$NON-NLS-2$
        assertEquals(NEW_PASSWORD, new String(StashFile.read(dir.resolve("key.sth")))); //$NON-NLS-1$
        assertEquals(dir.resolve("key.p12.bak"), result.backupRemoved()); //$NON-NLS-1$
        assertEquals(dir.resolve("key.sth"), result.stash()); //$NON-NLS-1$
        assertEquals(2, result.report().size(), result.report().toString());
    }

    /**
     * The new repository and the new stash are both written before either is renamed into place:
     * a stash that cannot be written (here a link into a folder that does not exist) stops the
     * change before the repository is under the new password.
     */
    @Test
    void aStashThatCannotBeWrittenStopsThePasswordChangeBeforeTheRepositoryChanges() throws Exception {
        Path dir = FIXTURES.scratch("save-passwd-stash-fails"); //$NON-NLS-1$
        Path file = copy("openssl-default.p12", dir, "key.p12"); //$NON-NLS-1$ //$NON-NLS-2$
        Files.createSymbolicLink(dir.resolve("key.sth"), dir.resolve("no-such-folder").resolve("key.sth")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        byte[] before = Files.readAllBytes(file);
        EditableKeyRepository repository = open(file);

        KeyRepositoryException failed = assertThrows(KeyRepositoryException.class,
                () -> new ChangePasswordOperation(repository, file, PASSWORD, NEW_PASSWORD.toCharArray(), true, false).run(null));

        assertEquals(KeyRepositoryException.Problem.WRITE_FAILED, failed.problem(), failed.getMessage());
        assertArrayEquals(before, Files.readAllBytes(file), "the repository is as it was");
        assertTrue(opensslOpens(file, KeystoreFixtures.PASSWORD), "and opens with the old password"); //$NON-NLS-1$
        try (var leftovers = Files.list(dir)) {
            assertEquals(List.of("key.p12", "key.sth"), leftovers.map(p -> p.getFileName().toString()).sorted().toList(), //$NON-NLS-1$ //$NON-NLS-2$
                    "no staged copy is left beside it"); //$NON-NLS-1$
        }
    }

    @Test
    void aKeptBackupIsReEncryptedUnderTheNewPassword() throws Exception {
        Path dir = FIXTURES.scratch("save-passwd-keep"); //$NON-NLS-1$
        Path file = copy("openssl-default.p12", dir, "key.p12"); //$NON-NLS-1$ //$NON-NLS-2$
        EditableKeyRepository repository = open(file);
        repository.rename(KeystoreFixtures.SERVER_LABEL, "unsaved-rename"); //$NON-NLS-1$

        ChangePasswordOperation.Result result = new ChangePasswordOperation(repository, file, PASSWORD,
                NEW_PASSWORD.toCharArray(), false, true).run(null);

        Path backup = dir.resolve("key.p12.bak"); //$NON-NLS-1$
        assertEquals(backup, result.backupKept());
        assertTrue(opensslOpens(backup, NEW_PASSWORD), "the kept version opens with the new password"); //$NON-NLS-1$
        assertFalse(opensslOpens(backup, KeystoreFixtures.PASSWORD), "and not with the old one"); //$NON-NLS-1$
        String previous = FIXTURES.keytool("-list", "-keystore", backup.toString(), "-storepass", NEW_PASSWORD); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        assertTrue(previous.contains(KeystoreFixtures.SERVER_LABEL + ","), "it is the version that was on disk: " + previous); //$NON-NLS-1$ //$NON-NLS-2$
        assertTrue(FIXTURES.keytool("-list", "-keystore", file.toString(), "-storepass", NEW_PASSWORD) //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                .contains("unsaved-rename,"), "the repository has the unsaved change"); //$NON-NLS-1$ //$NON-NLS-2$
        assertFalse(Files.exists(dir.resolve("key.sth")), "no stash was asked for"); //$NON-NLS-1$ //$NON-NLS-2$
    }

    @Test
    void aChangeThatFailsHalfWayLeavesTheRepositoryAsItWas() throws Exception {
        Path dir = FIXTURES.scratch("save-atomic-change"); //$NON-NLS-1$
        Path file = copy("java-default.p12", dir, "key.p12"); //$NON-NLS-1$ //$NON-NLS-2$
        byte[] before = Files.readAllBytes(file);
        EditableKeyRepository target = open(file);
        List<EditableKeyRepository.Entry> entries = target.entries();
        EditableKeyRepository source = open(copy("store.jks", dir, "other.jks")); //$NON-NLS-1$ //$NON-NLS-2$
        // store.jks holds "app1" and "mq test ca" as key.p12 does: the import stops at the first
        KeyRepositoryException refused = assertThrows(KeyRepositoryException.class, () -> target.atomically(r -> {
            r.add(new EditableKeyRepository.CertificateEntry("added first", //$NON-NLS-1$
                    ((EditableKeyRepository.CertificateEntry) source.require("mq test ca")).certificate())); //$NON-NLS-1$
            for (EditableKeyRepository.Entry entry : source.entries()) {
                r.add(entry);
            }
            return null;
        }));
        assertEquals(KeyRepositoryException.Problem.REFUSED, refused.problem());
        assertEquals(entries, target.entries(), "nothing of the failed import stays to be saved"); //$NON-NLS-1$
        assertArrayEquals(before, Files.readAllBytes(file));
    }

    @Test
    void aNewFileIsReadableByItsOwnerOnly() throws Exception {
        Path dir = FIXTURES.scratch("save-new"); //$NON-NLS-1$
        Path file = dir.resolve("new.p12"); //$NON-NLS-1$
        KeyRepositoryWriter.save(new EditableKeyRepository(KeyRepositoryFormat.PKCS12), file, KeyRepositoryFormat.PKCS12,
                Pkcs12Profile.MODERN, PASSWORD);
        assertEquals("600", sh(dir, "stat", "-c", "%a", "new.p12")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
        assertTrue(opensslOpens(file, KeystoreFixtures.PASSWORD));
    }
}
