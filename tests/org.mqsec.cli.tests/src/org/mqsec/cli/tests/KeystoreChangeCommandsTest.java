package org.mqsec.cli.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mqsec.cli.tests.CommandRun.mqsec;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.mqsec.cli.Mqsec;
import org.mqsec.testing.KeystoreFixtures;

import com.google.gson.JsonObject;

/**
 * The seed flow as an administrator scripts it: a local "MQ CA" signs the queue manager's and an
 * application's certificates; requests go out and replies come back; everything read by openssl.
 */
class KeystoreChangeCommandsTest {

    private static final KeystoreFixtures FIXTURES = KeystoreFixtures.get();



    private static CommandRun ok(String... args) {
        CommandRun result = mqsec(args);
        assertEquals(Mqsec.OK, result.code(), String.join(" ", args) + "\n" + result.err()); //$NON-NLS-1$ //$NON-NLS-2$
        return result;
    }

    private static String[] with(Path file, String... args) {
        List<String> all = new ArrayList<>(List.of("keystore")); //$NON-NLS-1$
        all.add(args[0]);
        all.add(file.toString());
        all.addAll(List.of(args).subList(1, args.length));
        all.add("--password-file"); //$NON-NLS-1$
        all.add(FIXTURES.file("password.txt").toString()); //$NON-NLS-1$
        return all.toArray(String[]::new);
    }

    private static Path fresh(String name) throws Exception {
        Path dir = FIXTURES.scratch("cli-" + name); //$NON-NLS-1$
        try (var files = Files.list(dir)) {
            for (Path f : files.toList()) {
                Files.delete(f);
            }
        }
        return dir;
    }

    @Test
    void localCaSignsAQueueManagerCertificateAndOpensslVerifiesIt() throws Exception {
        Path dir = fresh("ca-flow"); //$NON-NLS-1$
        Path ca = dir.resolve("ca.p12"); //$NON-NLS-1$
        Path qm = dir.resolve("qm1.p12"); //$NON-NLS-1$
        CommandRun created = ok(with(ca, "create", "--stash", "--json")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        assertEquals("pkcs12", created.json().get("format").getAsString()); //$NON-NLS-1$ //$NON-NLS-2$
        assertTrue(Files.exists(dir.resolve("ca.sth")), "stash next to the repository"); //$NON-NLS-1$ //$NON-NLS-2$
        ok(with(ca, "ca", "--alias", "MQ CA", "--dn", "CN=MQ CA,O=Example Ltd,C=GB", "--key", "ec-p384")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$
        ok(with(qm, "create")); //$NON-NLS-1$
        CommandRun generated = ok(with(qm, "genkey", "--alias", "ibmwebspheremqqm1", "--dn", "CN=QM1,OU=MQ,O=Example Ltd,C=GB", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
                "--san", "DNS:qm1.example.com,IP:192.0.2.10", "--signer", ca.toString(), "--signer-alias", "MQ CA", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
                "--signer-password-file", FIXTURES.file("password.txt").toString(), "--json", "--show-commands")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
        JsonObject entry = generated.json().getAsJsonObject("entry"); //$NON-NLS-1$
        assertEquals(2, entry.get("chainLength").getAsInt()); //$NON-NLS-1$
        // signed by a CA: request, signature and receive, as runmqakm does it in three steps
        var runmqakm = generated.json().getAsJsonObject("commands").getAsJsonArray("runmqakm"); //$NON-NLS-1$ //$NON-NLS-2$
        assertTrue(runmqakm.get(0).getAsString().startsWith("runmqakm -certreq -create -db '"), runmqakm.toString()); //$NON-NLS-1$
        assertTrue(runmqakm.get(1).getAsString().contains("-cert -sign") //$NON-NLS-1$
                && runmqakm.get(1).getAsString().contains("-label 'MQ CA'"), runmqakm.toString()); //$NON-NLS-1$
        assertTrue(runmqakm.get(2).getAsString().startsWith("runmqakm -cert -receive"), runmqakm.toString()); //$NON-NLS-1$
        CommandRun selfSigned = ok(with(qm, "genkey", "--alias", "self", "--dn", "CN=QM1 test,O=Example Ltd,C=GB", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
                "--san", "IP:192.0.2.10", "--json", "--show-commands")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
        String create = selfSigned.json().getAsJsonObject("commands").getAsJsonArray("runmqakm").get(0).getAsString(); //$NON-NLS-1$ //$NON-NLS-2$
        assertTrue(create.startsWith("runmqakm -cert -create -db '") && create.contains("-label 'self'") //$NON-NLS-1$ //$NON-NLS-2$
                && create.contains("-san_ipaddr '192.0.2.10'"), create); //$NON-NLS-1$
        assertFalse(generated.out().contains(KeystoreFixtures.PASSWORD), "no password in the equivalent commands"); //$NON-NLS-1$

        ok(with(ca, "export", "--alias", "MQ CA", "--out", dir.resolve("ca.pem").toString())); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
        ok(with(qm, "export", "--alias", "ibmwebspheremqqm1", "--out", dir.resolve("qm1.pem").toString())); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
        String verify = KeystoreFixtures.run(dir, List.of("openssl", "verify", "-CAfile", "ca.pem", "qm1.pem")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
        assertTrue(verify.contains("qm1.pem: OK"), verify); //$NON-NLS-1$
        ok(with(qm, "export", "--alias", "ibmwebspheremqqm1", "--format", "p7b", "--chain", "--out", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$
                dir.resolve("qm1.p7b").toString())); //$NON-NLS-1$
        String p7b = KeystoreFixtures.run(dir, List.of("openssl", "pkcs7", "-inform", "DER", "-in", "qm1.p7b", "-print_certs", "-noout")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$
        assertTrue(p7b.contains("CN = QM1") && p7b.contains("CN = MQ CA"), p7b); //$NON-NLS-1$ //$NON-NLS-2$
        ok(with(qm, "export", "--alias", "ibmwebspheremqqm1", "--format", "public-key", "--out", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$
                dir.resolve("qm1.pub").toString())); //$NON-NLS-1$
        assertTrue(KeystoreFixtures.run(dir, List.of("openssl", "pkey", "-pubin", "-in", "qm1.pub", "-noout", "-text")) //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$
                .contains("Public-Key: (3072 bit)")); //$NON-NLS-1$

        // a renewal request asks for what the certificate has, alternative names included (as the editor's does)
        ok(with(qm, "csr", "--alias", "ibmwebspheremqqm1", "--out", dir.resolve("renew.csr").toString())); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
        String request = KeystoreFixtures.run(dir, List.of("openssl", "req", "-in", "renew.csr", "-noout", "-text")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$
        assertTrue(request.contains("DNS:qm1.example.com") && request.contains("IP Address:192.0.2.10"), request); //$NON-NLS-1$ //$NON-NLS-2$
    }

    @Test
    void requestGoesToAnExternalCaAndTheReplyComesBack() throws Exception {
        Path dir = fresh("csr-flow"); //$NON-NLS-1$
        Path app = dir.resolve("app1.jks"); //$NON-NLS-1$
        ok(with(app, "create", "--type", "jks")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        ok(with(app, "genkey", "--alias", "app1", "--dn", "CN=app1,OU=Payments,O=Example Ltd,C=GB", "--usage", "client")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$
        ok(with(app, "csr", "--alias", "app1", "--out", dir.resolve("app1.csr").toString())); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
        KeystoreFixtures.run(dir, List.of("openssl", "x509", "-req", "-in", "app1.csr", "-CA", FIXTURES.file("ca.pem").toString(), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$
                "-CAkey", FIXTURES.file("ca.key").toString(), "-CAcreateserial", "-days", "30", "-out", "reply.pem")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$
        CommandRun incomplete = ok(with(app, "receive", "--reply", dir.resolve("reply.pem").toString())); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        assertTrue(incomplete.err().contains("does not reach a root"), incomplete.err()); //$NON-NLS-1$
        ok(with(app, "import", "--certificates", FIXTURES.file("ca.crt").toString())); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        CommandRun received = ok(with(app, "receive", "--reply", dir.resolve("reply.pem").toString(), "--json")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
        assertEquals(2, received.json().getAsJsonObject("entry").get("chainLength").getAsInt()); //$NON-NLS-1$ //$NON-NLS-2$
        String listing = FIXTURES.keytool("-list", "-v", "-keystore", app.toString(), "-storepass", KeystoreFixtures.PASSWORD); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
        assertTrue(listing.contains("Certificate chain length: 2") && listing.contains("Issuer: CN=MQ Test CA"), listing); //$NON-NLS-1$ //$NON-NLS-2$

        // a reply for someone else's key is refused and changes nothing
        byte[] before = Files.readAllBytes(app);
        CommandRun wrong = mqsec(with(app, "receive", "--reply", FIXTURES.file("server.pem").toString())); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        assertEquals(Mqsec.FAILED, wrong.code());
        assertTrue(wrong.err().contains("matches no key"), wrong.err()); //$NON-NLS-1$
        assertArrayEquals(before, Files.readAllBytes(app));
    }

    @Test
    void ourCaSignsAnOpensslRequest() throws Exception {
        Path dir = fresh("sign"); //$NON-NLS-1$
        Path ca = dir.resolve("ca.p12"); //$NON-NLS-1$
        ok(with(ca, "create")); //$NON-NLS-1$
        ok(with(ca, "ca", "--alias", "ca", "--dn", "CN=MQ CA,O=Example Ltd,C=GB")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
        CommandRun signed = ok(with(ca, "sign", "--alias", "ca", "--csr", FIXTURES.file("server.csr").toString(), "--out", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
                dir.resolve("server-signed.pem").toString(), "--usage", "server", "--days", "90")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
        assertTrue(signed.out().contains("Signed CN=QM1"), signed.out()); //$NON-NLS-1$
        ok(with(ca, "export", "--alias", "ca", "--out", dir.resolve("ca.pem").toString())); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
        String verify = KeystoreFixtures.run(dir, List.of("openssl", "verify", "-CAfile", "ca.pem", "server-signed.pem")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
        assertTrue(verify.contains("server-signed.pem: OK"), verify); //$NON-NLS-1$
    }

    @Test
    void convertPasswdRenameDeleteAndTheirRefusals() throws Exception {
        Path dir = fresh("manage"); //$NON-NLS-1$
        Path file = dir.resolve("key.p12"); //$NON-NLS-1$
        ok(with(file, "create", "--profile", "compatible")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        CommandRun kept = ok(with(file, "genkey", "--alias", "qm1", "--dn", "CN=QM1,O=Example Ltd,C=GB", "--key", "ec-p256", "--days", "30")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$ //$NON-NLS-9$
        assertTrue(kept.err().contains("keeps its compatible protection"), "keeping weak protection is said: " + kept.err()); //$NON-NLS-1$ //$NON-NLS-2$
        String created = KeystoreFixtures.run(dir, List.of("openssl", "pkcs12", "-in", "key.p12", "-info", "-noout", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$
                "-passin", "pass:" + KeystoreFixtures.PASSWORD)); //$NON-NLS-1$ //$NON-NLS-2$
        assertTrue(created.contains("MAC: sha1") && created.contains("3-KeyTripleDES") && !created.contains("AES"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                "a file created compatible stays compatible when changed: " + created); //$NON-NLS-1$
        ok(with(file, "import", "--certificates", FIXTURES.file("cabundle.pem").toString())); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        CommandRun bad = mqsec(with(file, "genkey", "--alias", "other", "--dn", "cn=QM2,EMAIL=x@example.com")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
        assertEquals(Mqsec.FAILED, bad.code());
        assertTrue(bad.err().contains("upper case") && bad.err().contains("MAIL="), bad.err()); //$NON-NLS-1$ //$NON-NLS-2$
        CommandRun taken = mqsec(with(file, "genkey", "--alias", "QM1", "--dn", "CN=QM1,O=X,C=GB")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
        assertTrue(taken.code() == Mqsec.FAILED && taken.err().contains("already an entry"), taken.err()); //$NON-NLS-1$

        Path jks = dir.resolve("key.jks"); //$NON-NLS-1$
        CommandRun converted = ok(with(file, "convert", "--to", "jks", "--out", jks.toString())); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
        assertTrue(converted.err().contains("Java clients only"), converted.err()); //$NON-NLS-1$
        assertEquals(3, FIXTURES.keytool("-list", "-keystore", jks.toString(), "-storepass", KeystoreFixtures.PASSWORD) //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
                .lines().filter(l -> l.contains("Entry,")).count()); //$NON-NLS-1$

        ok(with(file, "rename", "--alias", "qm1", "--to", "ibmwebspheremqqm1")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
        ok(with(file, "delete", "--alias", "Expiring Partner CA")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        Path newPassword = dir.resolve("new-password.txt"); //$NON-NLS-1$
        Files.writeString(newPassword, "N3w-Passw0rd\n"); //$NON-NLS-1$
        assertTrue(Files.exists(dir.resolve("key.p12.bak")), "changes keep the previous version"); //$NON-NLS-1$ //$NON-NLS-2$
        CommandRun passwd = ok(with(file, "passwd", "--new-password-file", newPassword.toString(), "--stash")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        assertTrue(passwd.out().contains("key.p12.bak") && passwd.out().contains("key.sth"), "says what was removed and updated: " //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                + passwd.out());
        String list = KeystoreFixtures.run(dir, List.of(KeystoreFixtures.keytool(), "-list", "-keystore", "key.p12", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                "-storepass", "N3w-Passw0rd")); //$NON-NLS-1$ //$NON-NLS-2$
        assertTrue(list.contains("ibmwebspheremqqm1,") && list.contains("mq test ca,") && !list.contains("expiring"), list); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        assertFalse(Files.exists(dir.resolve("key.p12.bak")), "the backup under the old password is removed"); //$NON-NLS-1$ //$NON-NLS-2$
        assertFalse(Files.exists(dir.resolve("key.sth.bak")), "no copy of the old stash"); //$NON-NLS-1$ //$NON-NLS-2$
        String info = KeystoreFixtures.run(dir, List.of("openssl", "pkcs12", "-in", "key.p12", "-info", "-noout", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$
                "-passin", "pass:N3w-Passw0rd")); //$NON-NLS-1$ //$NON-NLS-2$
        assertTrue(info.contains("MAC: sha1"), "a password change keeps the protection: " + info); //$NON-NLS-1$ //$NON-NLS-2$
        ok("keystore", "convert", file.toString(), "--to", "pkcs12", "--profile", "modern", "--out", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$
                dir.resolve("modern.p12").toString(), "--password-file", newPassword.toString()); //$NON-NLS-1$ //$NON-NLS-2$
        info = KeystoreFixtures.run(dir, List.of("openssl", "pkcs12", "-in", "modern.p12", "-info", "-noout", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$
                "-passin", "pass:N3w-Passw0rd")); //$NON-NLS-1$ //$NON-NLS-2$
        assertTrue(info.contains("MAC: sha256"), "the user chooses another protection with --profile: " + info); //$NON-NLS-1$ //$NON-NLS-2$

        CommandRun exists = mqsec(with(file, "create")); //$NON-NLS-1$
        assertTrue(exists.code() == Mqsec.FAILED && exists.err().contains("exists already"), exists.err()); //$NON-NLS-1$
    }

    /**
     * The request for an openssl-made key asks for exactly the certificate's subject, though MQ's
     * dialect cannot write it (an escaped comma, emailAddress, organizationIdentifier), and it is
     * signed with that subject; openssl compares the names.
     */
    @Test
    void aRequestAndItsCertificateKeepASubjectMqCannotWrite() throws Exception {
        Path dir = fresh("foreign-subject"); //$NON-NLS-1$
        String subject = "/CN=app2/O=Example, Inc./emailAddress=a@b.c/2.5.4.97=VATGB-123"; //$NON-NLS-1$
        KeystoreFixtures.run(dir, List.of("openssl", "req", "-x509", "-newkey", "rsa:3072", "-nodes", "-keyout", "app2.key", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$
                "-out", "app2.pem", "-days", "30", "-subj", subject)); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
        KeystoreFixtures.run(dir, List.of("openssl", "pkcs12", "-export", "-inkey", "app2.key", "-in", "app2.pem", "-name", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$
                "app2", "-passout", "pass:" + KeystoreFixtures.PASSWORD, "-out", "app2.p12")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
        ok(with(dir.resolve("app2.p12"), "csr", "--alias", "app2", "--out", dir.resolve("app2.csr").toString())); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$
        List<String> nameopt = List.of("-noout", "-subject", "-nameopt", "RFC2253,oid"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
        List<String> certificate = new ArrayList<>(List.of("openssl", "x509", "-in", "app2.pem")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
        certificate.addAll(nameopt);
        List<String> request = new ArrayList<>(List.of("openssl", "req", "-in", "app2.csr")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
        request.addAll(nameopt);
        String expected = KeystoreFixtures.run(dir, certificate).strip();
        assertEquals(expected, KeystoreFixtures.run(dir, request).strip());
        assertTrue(expected.contains("2.5.4.10=Example\\, Inc.") && expected.contains("2.5.4.97=VATGB-123"), expected); //$NON-NLS-1$ //$NON-NLS-2$

        Path ca = dir.resolve("ca.p12"); //$NON-NLS-1$
        ok(with(ca, "create")); //$NON-NLS-1$
        ok(with(ca, "ca", "--alias", "ca", "--dn", "CN=Signing CA,O=Example,C=GB")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$
        ok(with(ca, "sign", "--alias", "ca", "--csr", dir.resolve("app2.csr").toString(), "--out", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$
                dir.resolve("signed.pem").toString())); //$NON-NLS-1$
        List<String> signed = new ArrayList<>(List.of("openssl", "x509", "-in", "signed.pem")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
        signed.addAll(nameopt);
        assertEquals(expected, KeystoreFixtures.run(dir, signed).strip(), "the CA signs the subject the request asks for"); //$NON-NLS-1$
    }
}
