package org.mqsec.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mqsec.cli.tests.CommandRun.mqsec;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.mqsec.cli.Mqsec;
import org.mqsec.testing.GskitFixtures;
import org.mqsec.testing.KeystoreFixtures;

/**
 * {@code mqsec keystore} on CMS key databases: GSKit-written ones opened with their stash alone, as
 * {@code runmqakm -stashed} does; created with a stash; converted both ways, openssl reading the
 * PKCS#12 we write; a version 3 database changed only with --upgrade-cms.
 */
class CmsCommandsTest {

    private static CommandRun ok(String... args) {
        CommandRun result = mqsec(args);
        assertEquals(Mqsec.OK, result.code(), String.join(" ", args) + "\n" + result.err()); //$NON-NLS-1$ //$NON-NLS-2$
        return result;
    }

    @Test
    void aGskitDatabaseIsListedWithItsStashAndConvertedBothWays() throws Exception {
        Path helm = GskitFixtures.copy(GskitFixtures.HELM, "cli-cms-helm"); //$NON-NLS-1$
        CommandRun listed = ok("keystore", "list", helm.resolve("application.kdb").toString()); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        assertTrue(listed.out().contains("aceclient") && listed.out().contains("CMS key database"), listed.out()); //$NON-NLS-1$ //$NON-NLS-2$

        Path p12 = helm.resolve("application.p12"); //$NON-NLS-1$
        ok("keystore", "convert", helm.resolve("application.kdb").toString(), "--to", "pkcs12", "--out", p12.toString()); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$
        String openssl = KeystoreFixtures.run(helm, List.of("openssl", "pkcs12", "-in", p12.toString(), "-passin", "pass:password", "-nodes")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$
        assertTrue(openssl.contains("friendlyName: aceclient") && openssl.contains("-----BEGIN PRIVATE KEY-----"), openssl); //$NON-NLS-1$ //$NON-NLS-2$

        Path password = helm.resolve("password.txt"); //$NON-NLS-1$
        Files.writeString(password, "password\n"); //$NON-NLS-1$
        Path back = helm.resolve("back.kdb"); //$NON-NLS-1$
        ok("keystore", "convert", p12.toString(), "--to", "cms", "--out", back.toString(), "--password-file", password.toString()); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$
        byte[] kdb = Files.readAllBytes(back);
        assertEquals(List.of(0x37, 0x48, 6, 2), List.of(kdb[0] & 0xFF, kdb[1] & 0xFF, (int) kdb[2], (int) kdb[3]), "a version 6 key database"); //$NON-NLS-1$
        CommandRun again = ok("keystore", "list", back.toString(), "--password-file", password.toString()); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
        assertTrue(again.out().contains("aceclient"), again.out()); //$NON-NLS-1$
    }

    @Test
    void aNewCmsDatabaseWithAStashOpensWithoutAPassword() throws Exception {
        Path dir = KeystoreFixtures.get().scratch("cli-cms-create"); //$NON-NLS-1$
        Path file = dir.resolve("key.kdb"); //$NON-NLS-1$
        ok("keystore", "create", file.toString(), "--type", "cms", "--stash", "--password-file", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$
                KeystoreFixtures.get().file("password.txt").toString()); //$NON-NLS-1$
        assertEquals(193, Files.size(dir.resolve("key.sth")), "GSKit's current stash format"); //$NON-NLS-1$ //$NON-NLS-2$
        ok("keystore", "genkey", file.toString(), "--alias", "ibmwebspheremqqm1", "--dn", "CN=QM1,O=Example Ltd,C=GB", "--key", "ec-p256"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$ //$NON-NLS-9$
        CommandRun listed = ok("keystore", "list", file.toString()); //$NON-NLS-1$ //$NON-NLS-2$
        assertTrue(listed.out().contains("ibmwebspheremqqm1"), listed.out()); //$NON-NLS-1$
    }

    @Test
    void aGskitDatabaseIsRenamedExportedAndGetsANewPasswordWithItsStashInItsOwnFormat() throws Exception {
        Path helm = GskitFixtures.copy(GskitFixtures.HELM, "cli-cms-passwd"); //$NON-NLS-1$
        String file = helm.resolve("server.kdb").toString(); //$NON-NLS-1$
        ok("keystore", "rename", file, "--alias", "1", "--to", "ibmwebspheremqqm1"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$
        Path pem = helm.resolve("qm1.pem"); //$NON-NLS-1$
        ok("keystore", "export", file, "--alias", "ibmwebspheremqqm1", "--out", pem.toString()); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
        assertTrue(KeystoreFixtures.run(helm, List.of("openssl", "x509", "-in", pem.toString(), "-noout", "-subject")).contains("subject=")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$
        // a 129-byte stash stays 129 bytes when the password changes (older GSKit reads only that)
        org.mqsec.crypto.keystore.StashFile.write(helm.resolve("server.sth"), "password".toCharArray(), //$NON-NLS-1$ //$NON-NLS-2$
                org.mqsec.crypto.keystore.StashFile.Format.V1);
        Path newPassword = helm.resolve("new.txt"); //$NON-NLS-1$
        Files.writeString(newPassword, "N3w-Passw0rd-for-QM1\n"); //$NON-NLS-1$
        ok("keystore", "passwd", file, "--new-password-file", newPassword.toString()); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        assertEquals(129, Files.size(helm.resolve("server.sth"))); //$NON-NLS-1$
        assertEquals(4, Files.readAllBytes(helm.resolve("server.kdb"))[2], "the version is kept"); //$NON-NLS-1$ //$NON-NLS-2$
        CommandRun listed = ok("keystore", "list", file); //$NON-NLS-1$ //$NON-NLS-2$
        assertTrue(listed.out().contains("ibmwebspheremqqm1"), listed.out()); //$NON-NLS-1$
        // a PKCS#12 under a .kdb name, as runmqakm -type pkcs12 users make them, opens as PKCS#12
        Path named = helm.resolve("pkcs12.kdb"); //$NON-NLS-1$
        Files.copy(KeystoreFixtures.get().file("openssl-default.p12"), named); //$NON-NLS-1$
        CommandRun p12 = ok("keystore", "list", named.toString(), "--password-file", KeystoreFixtures.get().file("password.txt").toString(), "--json"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
        assertEquals("pkcs12", p12.json().get("format").getAsString(), p12.out()); //$NON-NLS-1$ //$NON-NLS-2$
    }

    @Test
    void aVersion3DatabaseIsChangedOnlyWithUpgradeCms() throws Exception {
        Path golang = GskitFixtures.copy(GskitFixtures.GOLANG, "cli-cms-v3"); //$NON-NLS-1$
        String file = golang.resolve("anon-tls.kdb").toString(); //$NON-NLS-1$
        byte[] before = Files.readAllBytes(golang.resolve("anon-tls.kdb")); //$NON-NLS-1$
        CommandRun refused = mqsec("keystore", "delete", file, "--alias", "DigiCertRootCA"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
        assertEquals(Mqsec.FAILED, refused.code());
        assertTrue(refused.err().contains("--upgrade-cms"), refused.err()); //$NON-NLS-1$
        assertTrue(java.util.Arrays.equals(before, Files.readAllBytes(golang.resolve("anon-tls.kdb"))), "nothing written"); //$NON-NLS-1$ //$NON-NLS-2$
        CommandRun upgraded = ok("keystore", "delete", file, "--alias", "DigiCertRootCA", "--upgrade-cms"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
        assertTrue(upgraded.err().contains("version 4"), upgraded.err()); //$NON-NLS-1$
        assertEquals(4, Files.readAllBytes(golang.resolve("anon-tls.kdb"))[2]); //$NON-NLS-1$
        CommandRun listed = ok("keystore", "list", file); //$NON-NLS-1$ //$NON-NLS-2$
        assertTrue(!listed.out().contains("DigiCertRootCA") && listed.out().contains("MyQMgrCert202112"), listed.out()); //$NON-NLS-1$ //$NON-NLS-2$
    }
}
