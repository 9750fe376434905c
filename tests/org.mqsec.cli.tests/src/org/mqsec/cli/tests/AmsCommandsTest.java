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
import org.mqsec.cli.Mqsec;
import org.mqsec.testing.KeystoreFixtures;

import com.google.gson.JsonObject;

/**
 * {@code mqsec ams render} and {@code parse}: a policy written as SET POLICY, setmqspl and a plan
 * whose PCF rendering names IBM's parameters; what is written read back; findings by code.
 */
class AmsCommandsTest {

    private static final String RECIPIENT = "CN=app1,O=Example Ltd,C=GB"; //$NON-NLS-1$

    @Test
    void aPolicyIsRenderedEveryWayAndEachReadsBackAsTheSamePolicy() throws Exception {
        Path dir = KeystoreFixtures.get().scratch("cli-ams"); //$NON-NLS-1$
        List<String> policy = List.of("--name", "PAY.Q", "--qmgr", "QM1", "--sign", "SHA256", "--encrypt", "AES256", "--signer", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$ //$NON-NLS-9$
                "CN=putter,O=Example Ltd", "--recipient", RECIPIENT); //$NON-NLS-1$ //$NON-NLS-2$
        List<JsonObject> parsed = new ArrayList<>();
        for (String format : List.of("mqsc", "setmqspl", "csq0util")) { //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
            List<String> words = new ArrayList<>(List.of("ams", "render")); //$NON-NLS-1$ //$NON-NLS-2$
            words.addAll(policy);
            words.addAll(List.of("--format", format)); //$NON-NLS-1$
            CommandRun rendered = mqsec(words.toArray(String[]::new));
            assertEquals(Mqsec.OK, rendered.code(), rendered.err());
            Path file = dir.resolve(format + ".txt"); //$NON-NLS-1$
            Files.writeString(file, rendered.out());
            CommandRun read = mqsec("ams", "parse", file.toString(), "--json"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
            assertEquals(Mqsec.OK, read.code(), read.err());
            parsed.add(read.json().getAsJsonArray("policies").get(0).getAsJsonObject()); //$NON-NLS-1$
        }
        assertEquals(parsed.get(0), parsed.get(1));
        assertEquals(parsed.get(0), parsed.get(2));
        assertEquals("PRIVACY", parsed.get(0).get("protection").getAsString()); //$NON-NLS-1$ //$NON-NLS-2$

        List<String> words = new ArrayList<>(List.of("ams", "render")); //$NON-NLS-1$ //$NON-NLS-2$
        words.addAll(policy);
        words.addAll(List.of("--format", "plan", "--out", dir.resolve("plan.json").toString())); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        assertEquals(Mqsec.OK, mqsec(words.toArray(String[]::new)).code());
        CommandRun pcf = mqsec("plan", "render", dir.resolve("plan.json").toString(), "--format", "pcf"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
        assertEquals(Mqsec.OK, pcf.code(), pcf.err());
        assertTrue(pcf.out().contains("MQCMD_CHANGE_PROT_POLICY (208)") && pcf.out().contains("MQCA_RECIPIENT_DN (2114)") //$NON-NLS-1$ //$NON-NLS-2$
                && pcf.out().contains("MQIA_SIGNATURE_ALGORITHM (236)"), pcf.out()); //$NON-NLS-1$
    }

    @Test
    void anEncryptingPolicyWithoutRecipientIsRefusedAndWeakOnesAreFlaggedByCode() throws Exception {
        CommandRun refused = mqsec("ams", "render", "--name", "PAY.Q", "--encrypt", "AES256"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$
        assertEquals(Mqsec.FAILED, refused.code());
        assertTrue(refused.err().contains("at least one recipient") && refused.out().isEmpty(), refused.err()); //$NON-NLS-1$
        Path dir = KeystoreFixtures.get().scratch("cli-ams-parse"); //$NON-NLS-1$
        Path dump = dir.resolve("policies.mqsc"); //$NON-NLS-1$
        Files.writeString(dump, "SET POLICY('OLD.Q') SIGNALG(MD5) ENCALG(3DES) RECIP('CN=app1,O=Example') ENFORCE KEYREUSE(DISABLED)\n"); //$NON-NLS-1$
        CommandRun parsed = mqsec("ams", "parse", dump.toString(), "--json"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        assertEquals(Mqsec.OK, parsed.code(), parsed.err());
        String findings = parsed.json().getAsJsonArray("policies").get(0).getAsJsonObject().getAsJsonArray("findings").toString(); //$NON-NLS-1$ //$NON-NLS-2$
        assertTrue(findings.contains("PLAN_WEAK_POLICY_ALGORITHM"), findings); //$NON-NLS-1$
        Files.writeString(dump, "setmqspl -m QM1 -p PAY.Q -s SHA256 -z\n"); //$NON-NLS-1$
        CommandRun bad = mqsec("ams", "parse", dump.toString()); //$NON-NLS-1$ //$NON-NLS-2$
        assertEquals(Mqsec.FAILED, bad.code());
        assertTrue(bad.err().contains("Line 1") && !bad.err().contains("Exception"), bad.err()); //$NON-NLS-1$ //$NON-NLS-2$
        assertFalse(bad.err().contains("\tat "), bad.err()); //$NON-NLS-1$
    }

    @Test
    void aKeystoreConfIsWrittenForEachClientAndReadAsEachClientReadsIt() throws Exception {
        CommandRun c = mqsec("ams", "conf", "--client", "c", "--keystore", "/home/app/.mqs/app.kdb", "--certificate", "app"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$
        assertEquals(Mqsec.OK, c.code(), c.err());
        assertEquals("cms.keystore = /home/app/.mqs/app\ncms.certificate = app\n", c.out()); //$NON-NLS-1$
        Path conf = KeystoreFixtures.get().scratch("cli-ams-conf").resolve("keystore.conf"); //$NON-NLS-1$ //$NON-NLS-2$
        Files.writeString(conf, c.out());
        CommandRun asC = mqsec("ams", "conf", "--client", "c", "--read", conf.toString()); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
        assertEquals(Mqsec.OK, asC.code(), asC.out() + asC.err());
        assertTrue(asC.out().contains("cms keystore /home/app/.mqs/app"), asC.out()); //$NON-NLS-1$
        CommandRun asJava = mqsec("ams", "conf", "--client", "java", "--read", conf.toString()); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
        assertEquals(Mqsec.FAILED, asJava.code());
        assertTrue(asJava.out().contains("AMS1040"), asJava.out()); //$NON-NLS-1$
        CommandRun java = mqsec("ams", "conf", "--client", "java", "--keystore", "/home/app/app.p12", "--certificate", "app"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$
        assertTrue(java.out().startsWith("jks.keystore = /home/app/app.p12") && java.out().contains("<key repository password>"), java.out()); //$NON-NLS-1$ //$NON-NLS-2$
    }

    @Test
    void aPairOfSidesIsCheckedFromTheirKeystoreConfsKeystoresAndPolicies() throws Exception {
        Path dir = KeystoreFixtures.get().scratch("cli-ams-check"); //$NON-NLS-1$
        KeystoreFixtures fixtures = KeystoreFixtures.get();
        fixtures.amsIdentities(dir, "alice", "bob"); //$NON-NLS-1$ //$NON-NLS-2$
        String privacy = "{\"name\": \"PAY.Q\", \"signatureAlgorithm\": \"SHA256\", \"encryptionAlgorithm\": \"%s\", \"recipients\": [\"CN=bob,O=Example\"]}"; //$NON-NLS-1$
        Path putter = dir.resolve("putter.json"); //$NON-NLS-1$
        Path getter = dir.resolve("getter.json"); //$NON-NLS-1$
        Files.writeString(putter, "{\"client\": \"java\", \"keystoreConf\": \"" + dir.resolve("alice.conf") + "\", \"policy\": " //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                + String.format(privacy, "AES128") + "}"); //$NON-NLS-1$ //$NON-NLS-2$
        Files.writeString(getter, "{\"client\": \"java\", \"keystoreConf\": \"" + dir.resolve("bob.conf") + "\", \"policy\": " //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                + String.format(privacy, "AES128") + "}"); //$NON-NLS-1$ //$NON-NLS-2$
        CommandRun accepted = mqsec("ams", "check", putter.toString(), getter.toString(), "--json"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        assertEquals(Mqsec.OK, accepted.code(), accepted.out() + accepted.err());
        assertEquals("ACCEPTED", accepted.json().get("outcome").getAsString()); //$NON-NLS-1$ //$NON-NLS-2$
        Files.writeString(getter, Files.readString(getter).replace("AES128", "AES256")); //$NON-NLS-1$ //$NON-NLS-2$
        CommandRun weaker = mqsec("ams", "check", putter.toString(), getter.toString(), "--json"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        assertEquals(Mqsec.FAILED, weaker.code());
        assertEquals("AMS_CHECK_ENCRYPTION_WEAKER", weaker.json().get("code").getAsString(), weaker.out()); //$NON-NLS-1$ //$NON-NLS-2$
        CommandRun bad = mqsec("ams", "check", putter.toString(), dir.resolve("alice.conf").toString()); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        assertEquals(Mqsec.FAILED, bad.code());
        assertTrue(bad.err().contains("alice.conf") && !bad.err().contains("\tat "), bad.err()); //$NON-NLS-1$ //$NON-NLS-2$
    }

    @Test
    void whatIsNotAProtectedMessageIsSaidInWords() throws Exception {
        Path file = KeystoreFixtures.get().scratch("cli-ams-inspect").resolve("plain.bin"); //$NON-NLS-1$ //$NON-NLS-2$
        Files.writeString(file, "just text"); //$NON-NLS-1$
        CommandRun run = mqsec("ams", "inspect", file.toString()); //$NON-NLS-1$ //$NON-NLS-2$
        assertEquals(Mqsec.FAILED, run.code());
        assertTrue(run.err().contains("not an AMS-protected message") && !run.err().contains("\tat "), run.err()); //$NON-NLS-1$ //$NON-NLS-2$
    }
}
