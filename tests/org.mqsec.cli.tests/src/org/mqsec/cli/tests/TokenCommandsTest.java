package org.mqsec.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mqsec.cli.tests.CommandRun.mqsec;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.mqsec.cli.Mqsec;
import org.mqsec.testing.SoftHsm;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;

/** mqsec token on a SoftHSM2 token that pkcs11-tool and openssl filled. */
class TokenCommandsTest {

    private static SoftHsm hsm;
    private static Path pinFile;

    @BeforeAll
    static void token() throws Exception {
        Assumptions.assumeTrue(SoftHsm.available(), "SoftHSM2 is not installed"); //$NON-NLS-1$
        hsm = SoftHsm.get();
        pinFile = hsm.dir().resolve("pin.txt"); //$NON-NLS-1$
        Files.writeString(pinFile, SoftHsm.PIN + "\n"); //$NON-NLS-1$
    }

    @Test
    void theModulesAndTheirTokensAreListed() {
        CommandRun modules = mqsec("token", "modules", "--json"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        assertEquals(Mqsec.OK, modules.code(), modules.out() + modules.err());
        JsonObject softhsm = find(modules.json().getAsJsonArray("modules"), "library", SoftHsm.LIBRARY); //$NON-NLS-1$ //$NON-NLS-2$
        assertEquals("SoftHSM2", softhsm.get("name").getAsString()); //$NON-NLS-1$ //$NON-NLS-2$
        JsonObject token = find(softhsm.getAsJsonArray("tokens"), "label", SoftHsm.TOKEN); //$NON-NLS-1$ //$NON-NLS-2$
        assertTrue(token.get("loginRequired").getAsBoolean()); //$NON-NLS-1$

        CommandRun slots = mqsec("token", "list", "--module", SoftHsm.LIBRARY); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        assertEquals(Mqsec.OK, slots.code(), slots.err());
        assertTrue(slots.out().contains(SoftHsm.TOKEN + ": SoftHSM project SoftHSM v2") && slots.out().contains("a token that is not initialised"), //$NON-NLS-1$ //$NON-NLS-2$
                slots.out());
    }

    @Test
    void listWithAPinShowsEveryObjectPkcs11ToolShowsAndMarksWhatJavaWouldHide() throws Exception {
        CommandRun list = mqsec("token", "list", "--module", "SoftHSM2", "--token", SoftHsm.TOKEN, "--pin-file", pinFile.toString(), "--json"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$
        assertEquals(Mqsec.OK, list.code(), list.out() + list.err());
        JsonObject json = list.json();
        assertTrue(json.get("loggedIn").getAsBoolean()); //$NON-NLS-1$
        int theirs = hsm.tool("--list-objects").split("(?m)^(Private Key|Public Key|Secret Key|Certificate|Data) Object", -1).length - 1; //$NON-NLS-1$ //$NON-NLS-2$
        assertEquals(theirs, json.getAsJsonArray("objects").size(), json.toString()); //$NON-NLS-1$
        JsonObject ecKey = find(json.getAsJsonArray("objects"), "label", "ec-key"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        assertEquals("P-256", ecKey.get("curve").getAsString()); //$NON-NLS-1$ //$NON-NLS-2$
        List<String> hidden = new ArrayList<>();
        for (JsonElement entry : json.getAsJsonArray("entries")) { //$NON-NLS-1$
            if (!entry.getAsJsonObject().get("visibleToJavaKeyStore").getAsBoolean()) { //$NON-NLS-1$
                hidden.add(entry.getAsJsonObject().get("label").getAsString()); //$NON-NLS-1$
            }
        }
        assertEquals(List.of("ec-key", "external-ca", "lonely-pub"), hidden.stream().sorted().toList()); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$

        CommandRun table = mqsec("token", "list", "--module", SoftHsm.LIBRARY, "--token", SoftHsm.TOKEN); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
        assertEquals(Mqsec.OK, table.code(), table.err());
        assertTrue(table.out().contains("public objects only") && !table.out().contains("KEY_WITHOUT_CERTIFICATE"), table.out()); //$NON-NLS-1$ //$NON-NLS-2$
    }

    @Test
    void showGivesWhatMqNeedsToUseTheKeyWithThePinAsAPlaceholder() {
        CommandRun show = mqsec("token", "show", "--module", SoftHsm.LIBRARY, "--token", SoftHsm.TOKEN, "--pin-file", pinFile.toString(), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$
                "--label", "app-key"); //$NON-NLS-1$ //$NON-NLS-2$
        assertEquals(Mqsec.OK, show.code(), show.out() + show.err());
        assertTrue(show.out().contains("ALTER QMGR SSLCRYP('GSK_PKCS11=" + SoftHsm.LIBRARY + ";" + SoftHsm.TOKEN //$NON-NLS-1$ //$NON-NLS-2$
                + ";<token PIN>;SYMMETRIC_CIPHER_OFF;') CERTLABL('app-key')"), show.out()); //$NON-NLS-1$
        assertTrue(show.out().contains("pkcs11.token = " + SoftHsm.TOKEN) && show.out().contains("pkcs11.certificate = app-key"), show.out()); //$NON-NLS-1$ //$NON-NLS-2$
        assertFalse(show.out().contains(SoftHsm.PIN), "no PIN unless asked for"); //$NON-NLS-1$

        CommandRun orphan = mqsec("token", "show", "--module", SoftHsm.LIBRARY, "--token", SoftHsm.TOKEN, "--pin-file", pinFile.toString(), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$
                "--id", "02"); //$NON-NLS-1$ //$NON-NLS-2$
        assertEquals(Mqsec.OK, orphan.code(), orphan.err());
        assertTrue(orphan.out().startsWith("KEY_WITHOUT_CERTIFICATE ec-key") && orphan.out().contains("has no certificate yet"), orphan.out()); //$NON-NLS-1$ //$NON-NLS-2$
    }

    @Test
    void aWrongPinAnUnknownTokenAndAMissingLibraryEndWithWordsAndExitOne() throws Exception {
        Path wrong = hsm.dir().resolve("wrong-pin.txt"); //$NON-NLS-1$
        Files.writeString(wrong, "999999\n"); //$NON-NLS-1$
        CommandRun refused = mqsec("token", "list", "--module", SoftHsm.LIBRARY, "--token", SoftHsm.TOKEN, "--pin-file", wrong.toString()); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$
        assertEquals(Mqsec.FAILED, refused.code());
        assertTrue(refused.err().contains("The PIN for token mqsec-test is not correct"), refused.err()); //$NON-NLS-1$
        CommandRun unknown = mqsec("token", "list", "--module", SoftHsm.LIBRARY, "--token", "nothing-here"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
        assertEquals(Mqsec.FAILED, unknown.code());
        assertTrue(unknown.err().contains("There is no token nothing-here") && unknown.err().contains(SoftHsm.TOKEN), unknown.err()); //$NON-NLS-1$
        CommandRun missing = mqsec("token", "list", "--module", "/opt/nowhere/libnope.so"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
        assertEquals(Mqsec.FAILED, missing.code());
        assertTrue(missing.err().contains("does not exist"), missing.err()); //$NON-NLS-1$
        CommandRun noName = mqsec("token", "list", "--module", "NoSuchHsm"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
        assertEquals(Mqsec.FAILED, noName.code());
        assertTrue(noName.err().contains("No PKCS#11 module is called 'NoSuchHsm'") && noName.err().contains("SoftHSM2"), noName.err()); //$NON-NLS-1$ //$NON-NLS-2$
    }

    @Test
    void aKeyIsGeneratedOnTheTokenItsRequestSignedByOurCaAndTheReplyWrittenBesideIt() throws Exception {
        String[] work = { "--module", SoftHsm.LIBRARY, "--token", SoftHsm.WORK_TOKEN, "--pin-file", pinFile.toString() }; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
        CommandRun genkey = mqsec(args(work, "token", "genkey", "--label", "qm2", "--key", "ec-p256")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$
        assertEquals(Mqsec.OK, genkey.code(), genkey.out() + genkey.err());
        assertTrue(genkey.out().contains("never leaves the token"), genkey.out()); //$NON-NLS-1$
        Path csr = hsm.dir().resolve("qm2.csr"); //$NON-NLS-1$
        CommandRun request = mqsec(args(work, "token", "csr", "--label", "qm2", "--dn", "CN=qm2,O=Example", "--out", csr.toString())); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$
        assertEquals(Mqsec.OK, request.code(), request.out() + request.err());
        assertTrue(hsm.run("openssl", "req", "-in", csr.toString(), "-verify", "-noout").contains("verify OK")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$

        // a CA made with openssl signs it; the reply and the CA go to the token
        hsm.run("openssl", "req", "-x509", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:P-256", "-nodes", "-keyout", "cli-ca.key", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$ //$NON-NLS-9$ //$NON-NLS-10$
                "-out", "cli-ca.pem", "-days", "30", "-subj", "/O=Example/CN=CLI Test CA"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$
        hsm.run("openssl", "x509", "-req", "-in", csr.toString(), "-CA", "cli-ca.pem", "-CAkey", "cli-ca.key", "-CAcreateserial", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$ //$NON-NLS-9$
                "-days", "20", "-out", "qm2.pem"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
        Files.writeString(hsm.dir().resolve("qm2-chain.pem"), Files.readString(hsm.dir().resolve("qm2.pem")) //$NON-NLS-1$ //$NON-NLS-2$
                + Files.readString(hsm.dir().resolve("cli-ca.pem"))); //$NON-NLS-1$
        CommandRun imported = mqsec(args(work, "token", "import-cert", "--certificates", hsm.dir().resolve("qm2-chain.pem").toString())); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
        assertEquals(Mqsec.OK, imported.code(), imported.out() + imported.err());
        assertTrue(imported.out().contains("2 certificate(s) written to the token: qm2, CLI Test CA"), imported.out()); //$NON-NLS-1$
        CommandRun shown = mqsec(args(work, "token", "show", "--label", "qm2")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
        assertTrue(shown.out().startsWith("KEY_AND_CERTIFICATE qm2") && shown.out().contains("CERTLABL('qm2')"), shown.out()); //$NON-NLS-1$ //$NON-NLS-2$

        // the certificate leaves the token as openssl reads it; the public key too; the private key never
        Path exported = hsm.dir().resolve("qm2-exported.pem"); //$NON-NLS-1$
        CommandRun export = mqsec(args(work, "token", "export", "--label", "qm2", "--out", exported.toString())); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
        assertEquals(Mqsec.OK, export.code(), export.out() + export.err());
        assertTrue(hsm.run("openssl", "x509", "-in", exported.toString(), "-noout", "-subject").contains("CN = qm2"), "openssl reads it"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$
        Path key = hsm.dir().resolve("qm2-public.pem"); //$NON-NLS-1$
        assertEquals(Mqsec.OK, mqsec(args(work, "token", "export", "--label", "qm2", "--out", key.toString(), "--public-key")).code()); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$
        assertTrue(hsm.run("openssl", "pkey", "-pubin", "-in", key.toString(), "-noout", "-text").contains("ASN1 OID: prime256v1")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$

        CommandRun deleted = mqsec(args(work, "token", "delete", "--label", "qm2")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
        assertEquals(Mqsec.OK, deleted.code(), deleted.err());
        assertTrue(deleted.out().contains("3 object(s) labelled 'qm2' deleted"), deleted.out()); //$NON-NLS-1$
        mqsec(args(work, "token", "delete", "--label", "CLI Test CA")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
        assertFalse(hsm.toolOn(SoftHsm.WORK_TOKEN, "--list-objects").contains("qm2")); //$NON-NLS-1$ //$NON-NLS-2$
    }

    @Test
    void thePinIsChangedFromFilesAndNeverTakenFromTheCommandLine() throws Exception {
        Path newPin = hsm.dir().resolve("new-pin.txt"); //$NON-NLS-1$
        Files.writeString(newPin, "112233\n"); //$NON-NLS-1$
        String[] work = { "--module", SoftHsm.LIBRARY, "--token", SoftHsm.WORK_TOKEN }; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
        CommandRun changed = mqsec(args(work, "token", "passwd", "--pin-file", pinFile.toString(), "--new-pin-file", newPin.toString())); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
        assertEquals(Mqsec.OK, changed.code(), changed.out() + changed.err());
        hsm.run("pkcs11-tool", "--module", SoftHsm.LIBRARY, "--token-label", SoftHsm.WORK_TOKEN, "--login", "--pin", "112233", "--list-objects"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$
        CommandRun back = mqsec(args(work, "token", "passwd", "--pin-file", newPin.toString(), "--new-pin-file", pinFile.toString())); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
        assertEquals(Mqsec.OK, back.code(), back.out() + back.err());
        CommandRun onTheLine = mqsec(args(work, "token", "passwd", "--pin", SoftHsm.PIN)); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        assertEquals(Mqsec.USAGE, onTheLine.code());
        assertFalse(onTheLine.err().contains(SoftHsm.PIN), "the word is not echoed: " + onTheLine.err()); //$NON-NLS-1$
    }

    /** The command words first, then the options they share. */
    private static String[] args(String[] shared, String... command) {
        String[] all = new String[command.length + shared.length];
        System.arraycopy(command, 0, all, 0, command.length);
        System.arraycopy(shared, 0, all, command.length, shared.length);
        return all;
    }

    private static JsonObject find(JsonArray array, String member, String value) {
        for (JsonElement element : array) {
            if (value.equals(element.getAsJsonObject().get(member).getAsString())) {
                return element.getAsJsonObject();
            }
        }
        throw new AssertionError(member + "=" + value + " not in " + array); //$NON-NLS-1$ //$NON-NLS-2$
    }
}
