package org.mqsec.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mqsec.cli.tests.CommandRun.mqsec;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.mqsec.cli.Mqsec;
import org.mqsec.testing.KeystoreFixtures;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;

/** {@code mqsec keystore list|show} run in-process on the fixtures, as a script would call them. */
class KeystoreCommandsTest {

    private static final KeystoreFixtures FIXTURES = KeystoreFixtures.get();



    private static String fixture(String name) {
        return FIXTURES.file(name).toString();
    }

    private static String passwordFile() {
        return fixture("password.txt"); //$NON-NLS-1$
    }

    @Test
    void listPrintsTheEditorsTable() {
        CommandRun result = mqsec("keystore", "list", fixture("java-default.p12"), "--password-file", passwordFile()); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
        assertEquals(Mqsec.OK, result.code(), result.err());
        String[] lines = result.out().split("\n"); //$NON-NLS-1$
        assertTrue(lines[0].contains("PKCS#12, 2 entries"), lines[0]); //$NON-NLS-1$
        assertTrue(lines[1].startsWith("Label"), lines[1]); //$NON-NLS-1$
        for (String header : List.of("Kind", "Subject CN", "Issuer CN", "Key", "Signature", "Valid from", "Valid to", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$
                "SHA-256 fingerprint")) { //$NON-NLS-1$
            assertTrue(lines[1].contains(header), header);
        }
        assertTrue(result.out().contains("app1  ") && result.out().contains("RSA 3072"), result.out()); //$NON-NLS-1$ //$NON-NLS-2$
        assertTrue(result.out().contains("mq test ca") && result.out().contains("Trusted certificate"), result.out()); //$NON-NLS-1$ //$NON-NLS-2$
        assertEquals(4, lines.length);
    }

    @Test
    void listJsonHasOneObjectPerEntryWithTheDocumentedFields() throws Exception {
        CommandRun result = mqsec("keystore", "list", fixture("openssl-trust.p12"), "--password-file", passwordFile(), "--json"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
        assertEquals(Mqsec.OK, result.code(), result.err());
        JsonObject root = result.json();
        assertEquals("pkcs12", root.get("format").getAsString()); //$NON-NLS-1$ //$NON-NLS-2$
        JsonArray entries = root.getAsJsonArray("entries"); //$NON-NLS-1$
        assertEquals(2, entries.size());
        List<String> subjects = new ArrayList<>();
        for (var element : entries) {
            JsonObject entry = element.getAsJsonObject();
            for (String field : List.of("alias", "kind", "subject", "issuer", "notBefore", "notAfter", "sha256", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$
                    "keyAlgorithm", "keySize")) { //$NON-NLS-1$ //$NON-NLS-2$
                assertTrue(entry.has(field) && !entry.get(field).isJsonNull(), field + " in " + entry); //$NON-NLS-1$
            }
            assertEquals("trusted-certificate", entry.get("kind").getAsString()); //$NON-NLS-1$ //$NON-NLS-2$
            assertEquals("RSA", entry.get("keyAlgorithm").getAsString()); //$NON-NLS-1$ //$NON-NLS-2$
            assertEquals(3072, entry.get("keySize").getAsInt()); //$NON-NLS-1$
            subjects.add(entry.get("subject").getAsString()); //$NON-NLS-1$
        }
        assertTrue(subjects.contains(KeystoreFixtures.CA_DN), subjects.toString());
        // the fingerprint is the one openssl computes
        String fingerprint = FIXTURES.openssl("x509", "-in", "ca.pem", "-noout", "-fingerprint", "-sha256"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$
        assertTrue(result.out().contains(fingerprint.substring(fingerprint.indexOf('=') + 1).trim()));
    }

    @Test
    void showPrintsDetailsChainAndPem() throws Exception {
        CommandRun result = mqsec("keystore", "show", fixture("openssl-default.p12"), "--alias", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
                KeystoreFixtures.SERVER_LABEL.toUpperCase(), "--password-file", passwordFile()); //$NON-NLS-1$
        assertEquals(Mqsec.OK, result.code(), result.err());
        assertTrue(result.out().contains("Subject: " + KeystoreFixtures.SERVER_DN), result.out()); //$NON-NLS-1$
        assertTrue(result.out().contains("Subject alternative names: DNS:qm1.example.com, IP:192.0.2.10"), result.out()); //$NON-NLS-1$
        assertTrue(result.out().contains("1. CN=QM1,OU=MQ,O=Example Ltd,C=GB (signed by the next certificate)"), result.out()); //$NON-NLS-1$
        assertTrue(result.out().contains("2. CN=MQ Test CA,O=Example Ltd,C=GB (self-signed root"), result.out()); //$NON-NLS-1$
        String pem = result.out().substring(result.out().indexOf("-----BEGIN CERTIFICATE-----")); //$NON-NLS-1$
        assertEquals(Files.readString(FIXTURES.file("server.pem")).trim(), pem.trim()); //$NON-NLS-1$
    }

    @Test
    void showJsonCarriesDetailsAndChain() {
        CommandRun result = mqsec("keystore", "show", fixture("bundle.pem"), "--alias", "QM1", "--json"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$
        assertEquals(Mqsec.OK, result.code(), result.err());
        JsonObject root = result.json();
        assertEquals("personal", root.get("kind").getAsString()); //$NON-NLS-1$ //$NON-NLS-2$
        JsonObject certificate = root.getAsJsonObject("certificate"); //$NON-NLS-1$
        assertEquals(KeystoreFixtures.SERVER_DN, certificate.get("subject").getAsString()); //$NON-NLS-1$
        assertEquals("serverAuth", certificate.getAsJsonArray("extendedKeyUsage").get(0).getAsString()); //$NON-NLS-1$ //$NON-NLS-2$
        assertTrue(certificate.get("pem").getAsString().startsWith("-----BEGIN CERTIFICATE-----")); //$NON-NLS-1$ //$NON-NLS-2$
        JsonArray chain = root.getAsJsonArray("chain"); //$NON-NLS-1$
        assertEquals("verified", chain.get(0).getAsJsonObject().get("verification").getAsString()); //$NON-NLS-1$ //$NON-NLS-2$
        assertEquals("self-signed", chain.get(1).getAsJsonObject().get("verification").getAsString()); //$NON-NLS-1$ //$NON-NLS-2$
    }

    @ParameterizedTest
    @CsvSource({
            "openssl-default.p12, wrong-password.txt, is not correct",
            "truncated.p12, password.txt, damaged or incomplete",
            "notes.p12, password.txt, is not a key repository",
            "empty.p12, password.txt, is empty",
            "key.kdb, password.txt, CMS key database",
            "missing.p12, password.txt, does not exist" })
    void badInputFailsWithTheSameMessageAsTheEditor(String file, String passwordFile, String phrase) throws Exception {
        Files.writeString(FIXTURES.file("wrong-password.txt"), "guess\n"); //$NON-NLS-1$ //$NON-NLS-2$
        CommandRun result = mqsec("keystore", "list", fixture(file), "--password-file", fixture(passwordFile)); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        assertEquals(Mqsec.FAILED, result.code());
        assertTrue(result.err().startsWith("mqsec: "), result.err()); //$NON-NLS-1$
        assertTrue(result.err().contains(phrase), result.err());
        assertFalse(result.err().contains("Exception") || result.err().contains("\tat "), "no stack trace: " + result.err()); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        assertEquals("", result.out()); //$NON-NLS-1$
    }

    @Test
    void passwordFromEnvironmentVariableAndForcedType() {
        // PATH is always set; it is not the password, so this proves the variable is what is used
        CommandRun wrong = mqsec("keystore", "list", fixture("store.jks"), "--password-env", "PATH"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
        assertEquals(Mqsec.FAILED, wrong.code());
        assertTrue(wrong.err().contains("is not correct"), wrong.err()); //$NON-NLS-1$
        CommandRun forced = mqsec("keystore", "list", fixture("openssl-default.p12"), "--type", "jks", "--password-file", passwordFile()); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$
        assertEquals(Mqsec.FAILED, forced.code());
        assertTrue(forced.err().contains("was to be read as JKS, but its content is PKCS#12"), forced.err()); //$NON-NLS-1$
        CommandRun pfx = mqsec("keystore", "list", fixture("server.pfx"), "--type", "pfx", "--password-file", passwordFile()); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$
        assertEquals(Mqsec.OK, pfx.code(), pfx.err());
    }

    @Test
    void weakProtectionIsWarnedOnStandardError() {
        CommandRun result = mqsec("keystore", "list", fixture("openssl-legacy.p12"), "--password-file", passwordFile()); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
        assertEquals(Mqsec.OK, result.code());
        assertTrue(result.err().contains("Warning: Weak protection"), result.err()); //$NON-NLS-1$
    }

    @ParameterizedTest
    @CsvSource({ "keystore list", "keystore frobnicate x", "keystore list a b", "keystore show x.p12", "keystore list x --colour red",
            "keystore list x --password-file", "frobnicate" })
    void usageErrorsExitTwoWithUsage(String line) {
        CommandRun result = mqsec(line.split(" ")); //$NON-NLS-1$
        assertEquals(Mqsec.USAGE, result.code(), result.err());
        assertTrue(result.err().contains("Usage: mqsec"), result.err()); //$NON-NLS-1$
    }

    @Test
    void unknownAliasListsTheLabelsThatExist() {
        CommandRun result = mqsec("keystore", "show", fixture("store.jks"), "--alias", "nobody", "--password-file", passwordFile()); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$
        assertEquals(Mqsec.FAILED, result.code());
        assertTrue(result.err().contains("no entry labelled 'nobody'"), result.err()); //$NON-NLS-1$
        assertTrue(result.err().contains("app1") && result.err().contains("mq test ca"), result.err()); //$NON-NLS-1$ //$NON-NLS-2$
    }

    @Test
    void passwordsAreNeverAcceptedOnTheCommandLine() {
        Path file = FIXTURES.file("store.jks"); //$NON-NLS-1$
        CommandRun result = mqsec("keystore", "list", file.toString(), "--password", KeystoreFixtures.PASSWORD); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        assertEquals(Mqsec.USAGE, result.code());
        assertFalse(result.err().contains(KeystoreFixtures.PASSWORD), "the password is not echoed"); //$NON-NLS-1$
    }
}
