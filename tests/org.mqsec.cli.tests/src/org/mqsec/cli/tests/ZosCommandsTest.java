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

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;

/**
 * {@code mqsec tls plan} for a z/OS queue manager and {@code mqsec zos racf|profiles|display-security}.
 * No z/OS system runs here: openssl stands in for RACF's CA, signing the client's request the way
 * the job's {@code RACDCERT GENCERT('request')} would, and the client's keystore is completed by the
 * commands {@code finish.sh} holds, then read by keytool.
 */
class ZosCommandsTest {

    private static final KeystoreFixtures FIXTURES = KeystoreFixtures.get();

    @Test
    void aZosPlanWritesTheRacfJobAndAClientKeystoreThatTheSignedReplyCompletes() throws Exception {
        Path dir = FIXTURES.scratch("zos-tls"); //$NON-NLS-1$
        Path specFile = dir.resolve("spec.json"); //$NON-NLS-1$
        Files.writeString(specFile, "{\"queueManager\": \"CSQ1\", \"platform\": \"ZOS\", \"host\": \"zos.example.com\", " //$NON-NLS-1$
                + "\"caDn\": \"CN=MQ CA CSQ1,OU=MQ,O=Example\", \"mutualTls\": true, \"clientDn\": \"CN=app1,OU=Payments,O=Example\", \"chinUser\": \"csq1chin\"}"); //$NON-NLS-1$
        Path password = dir.resolve("password"); //$NON-NLS-1$
        Files.writeString(password, KeystoreFixtures.PASSWORD + "\n"); //$NON-NLS-1$
        Path jobCard = dir.resolve("jobcard"); //$NON-NLS-1$
        Files.writeString(jobCard, "//CSQ1TLS JOB (1234),'MQ ADMIN',CLASS=A,\n//  MSGCLASS=X,NOTIFY=&SYSUID\n"); //$NON-NLS-1$
        Path out = dir.resolve("out"); //$NON-NLS-1$
        CommandRun plan = mqsec("tls", "plan", specFile.toString(), "--out", out.toString(), "--password-file", password.toString(), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
                "--jobcard", jobCard.toString()); //$NON-NLS-1$
        assertEquals(Mqsec.OK, plan.code(), plan.out() + plan.err());
        for (String file : List.of("server/racf.jcl", "server/qmgr.mqsc", "server/qmgr-plan.json", "server/next-steps.txt", "client/client.p12", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
                "client/client.csr", "client/finish.sh", "client/ccdt.json", "plan.json")) { //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
            assertTrue(Files.exists(out.resolve(file)), file + " in " + plan.out()); //$NON-NLS-1$
        }
        assertFalse(Files.exists(out.resolve("server/key.p12")), "the queue manager's key is made in RACF, not here"); //$NON-NLS-1$ //$NON-NLS-2$
        String job = Files.readString(out.resolve("server/racf.jcl")); //$NON-NLS-1$
        assertTrue(job.startsWith("//CSQ1TLS JOB (1234),'MQ ADMIN',CLASS=A,\n//  MSGCLASS=X,NOTIFY=&SYSUID\n"), job); //$NON-NLS-1$
        assertTrue(job.contains("RACDCERT ID(CSQ1CHIN) ADDRING(CSQ1RING)"), job); //$NON-NLS-1$
        job.lines().forEach(line -> assertTrue(line.length() <= 72, line));
        // the same job from the plan file, as mqsec zos racf writes it
        Path again = dir.resolve("again.jcl"); //$NON-NLS-1$
        CommandRun racf = mqsec("zos", "racf", out.resolve("server/qmgr-plan.json").toString(), "--jobcard", jobCard.toString(), "--out", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
                again.toString());
        assertEquals(Mqsec.OK, racf.code(), racf.err());
        assertEquals(job.lines().filter(l -> !l.startsWith("//*")).toList(), //$NON-NLS-1$
                Files.readString(again).lines().filter(l -> !l.startsWith("//*")).toList()); //$NON-NLS-1$

        // openssl as RACF's CA: it signs the uploaded request; the CA and the reply are "downloaded" beside finish.sh
        Path client = out.resolve("client"); //$NON-NLS-1$
        KeystoreFixtures.run(client, List.of("openssl", "req", "-x509", "-newkey", "rsa:3072", "-nodes", "-keyout", "racf-ca.key", "-out", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$ //$NON-NLS-9$
                "ca.pem", "-days", "30", "-subj", "/O=Example/OU=MQ/CN=MQ CA CSQ1")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
        KeystoreFixtures.run(client, List.of("openssl", "x509", "-req", "-in", "client.csr", "-CA", "ca.pem", "-CAkey", "racf-ca.key", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$ //$NON-NLS-9$
                "-CAcreateserial", "-days", "30", "-out", "client.crt")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
        // finish.sh runs as written under sh, with a stand-in "mqsec" on the PATH that records its arguments; each
        // recorded command is then run here (the password from a file instead of the variable the script exports)
        Path bin = Files.createDirectories(dir.resolve("bin")); //$NON-NLS-1$
        Path recorded = dir.resolve("recorded"); //$NON-NLS-1$
        Files.deleteIfExists(recorded);
        Path stub = bin.resolve("mqsec"); //$NON-NLS-1$
        Files.writeString(stub, "#!/bin/sh\n[ -n \"$MQSEC_PASSWORD\" ] || exit 3\nprintf '%s\\0' \"$@\" >> '" + recorded + "'\nprintf '\\n' >> '" //$NON-NLS-1$ //$NON-NLS-2$
                + recorded + "'\n"); //$NON-NLS-1$
        stub.toFile().setExecutable(true);
        ProcessBuilder sh = new ProcessBuilder("sh", client.resolve("finish.sh").toString()).redirectErrorStream(true); //$NON-NLS-1$ //$NON-NLS-2$
        sh.environment().put("PATH", bin + ":" + System.getenv("PATH")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        sh.environment().put("MQSEC_PASSWORD", KeystoreFixtures.PASSWORD); //$NON-NLS-1$
        Process process = sh.start();
        String output = new String(process.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        assertEquals(0, process.waitFor(), output);
        List<String> commands = Files.readAllLines(recorded).stream().filter(l -> !l.isEmpty()).toList();
        assertEquals(2, commands.size(), commands.toString());
        for (String command : commands) {
            List<String> words = new ArrayList<>(List.of(command.split("\0"))); //$NON-NLS-1$
            int env = words.indexOf("--password-env"); //$NON-NLS-1$
            assertEquals("MQSEC_PASSWORD", words.get(env + 1)); //$NON-NLS-1$
            words.set(env, "--password-file"); //$NON-NLS-1$
            words.set(env + 1, password.toString());
            for (int i = 0; i < words.size(); i++) {
                if (List.of("client.p12", "ca.pem", "client.crt").contains(words.get(i))) { // the script runs in its own folder //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                    words.set(i, client.resolve(words.get(i)).toString());
                }
            }
            CommandRun step = mqsec(words.toArray(String[]::new));
            assertEquals(Mqsec.OK, step.code(), command + ": " + step.out() + step.err());
        }
        // keytool reads the completed keystore: the client's key with the CA-signed certificate and its chain, and the CA trusted
        String listed = FIXTURES.keytool("-list", "-v", "-keystore", client.resolve("client.p12").toString(), "-storepass", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
                KeystoreFixtures.PASSWORD);
        assertTrue(listed.contains("Certificate chain length: 2"), listed); //$NON-NLS-1$
        assertTrue(listed.contains("Issuer: CN=MQ CA CSQ1, OU=MQ, O=Example"), listed); //$NON-NLS-1$
        assertTrue(listed.contains("trustedCertEntry"), listed); //$NON-NLS-1$
    }

    @Test
    void groupsBecomeAProfilesJobAndBadOnesAreRefusedWithTheirCodes() throws Exception {
        Path dir = FIXTURES.scratch("zos-profiles"); //$NON-NLS-1$
        Path groups = dir.resolve("groups.json"); //$NON-NLS-1$
        Files.writeString(groups, "{\"subsystem\": \"ZQS3\", \"connections\": {\"BATCH\": [\"MQSTC\", \"MQUSERS\"]}, " //$NON-NLS-1$
                + "\"queues\": [{\"profile\": \"SYSTEM.**\", \"ids\": [\"MQSTC\"], \"access\": \"UPDATE\"}], \"switchesOff\": [\"CONTEXT\"]}"); //$NON-NLS-1$
        CommandRun run = mqsec("zos", "profiles", groups.toString()); //$NON-NLS-1$ //$NON-NLS-2$
        assertEquals(Mqsec.OK, run.code(), run.err());
        assertTrue(run.out().contains("PERMIT ZQS3.BATCH CLASS(MQCONN) ID(MQSTC,MQUSERS) ACCESS(READ)"), run.out()); //$NON-NLS-1$
        assertTrue(run.err().contains("ZOS_SWITCH_TURNED_OFF"), run.err()); //$NON-NLS-1$
        Files.writeString(groups, "{\"subsystem\": \"ZQS3\", \"queues\": [{\"profile\": \"SYSTEM.**\", \"ids\": [\"MQ STC\"], \"access\": \"WRITE\"}]}"); //$NON-NLS-1$
        CommandRun bad = mqsec("zos", "profiles", groups.toString()); //$NON-NLS-1$ //$NON-NLS-2$
        assertEquals(Mqsec.FAILED, bad.code());
        assertTrue(bad.err().contains("ZOS_ACCESS") && bad.err().contains("ZOS_USER_ID"), bad.err()); //$NON-NLS-1$ //$NON-NLS-2$
        assertEquals("", bad.out()); //$NON-NLS-1$
        Files.writeString(groups, "{not json"); //$NON-NLS-1$
        CommandRun broken = mqsec("zos", "profiles", groups.toString()); //$NON-NLS-1$ //$NON-NLS-2$
        assertEquals(Mqsec.FAILED, broken.code());
        assertFalse(broken.err().contains("Exception"), broken.err()); //$NON-NLS-1$
    }

    @Test
    void displaySecurityIsReadIntoSwitchesAsTextAndJson() throws Exception {
        Path file = FIXTURES.scratch("zos-display").resolve("display.txt"); //$NON-NLS-1$ //$NON-NLS-2$
        Files.writeString(file, String.join("\n", "CSQH015I +CSQ1 Security timeout = 54 MINUTES", //$NON-NLS-1$ //$NON-NLS-2$
                "CSQH031I +CSQ1 CONNECTION: OFF, 'CSQ1.NO.CONNECT.CHECKS' found", //$NON-NLS-1$
                "CSQH034I +CSQ1 QUEUE: ON, 'CSQ1.NO.QUEUE.CHECKS' not found")); //$NON-NLS-1$
        CommandRun text = mqsec("zos", "display-security", file.toString()); //$NON-NLS-1$ //$NON-NLS-2$
        assertEquals(Mqsec.OK, text.code(), text.err());
        assertTrue(text.out().contains("CONNECTION") && text.out().contains("ZOS_SWITCH_OFF"), text.out()); //$NON-NLS-1$ //$NON-NLS-2$
        CommandRun json = mqsec("zos", "display-security", file.toString(), "--json"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        JsonArray switches = json.json().getAsJsonArray("switches"); //$NON-NLS-1$
        assertEquals(2, switches.size());
        JsonObject connection = switches.get(0).getAsJsonObject();
        assertFalse(connection.get("on").getAsBoolean()); //$NON-NLS-1$
        assertEquals("CSQ1.NO.CONNECT.CHECKS", connection.get("profile").getAsString()); //$NON-NLS-1$ //$NON-NLS-2$
        assertEquals(54, json.json().get("timeoutMinutes").getAsInt()); //$NON-NLS-1$
        Files.writeString(file, "CSQH031I +CSQ1 SUBSYSTEM: OFF, 'CSQ1.NO.SUBSYS.SECURITY' found"); //$NON-NLS-1$
        assertEquals(Mqsec.FAILED, mqsec("zos", "display-security", file.toString()).code(), "subsystem security off is an error"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        Files.writeString(file, "hello"); //$NON-NLS-1$
        CommandRun notOne = mqsec("zos", "display-security", file.toString()); //$NON-NLS-1$ //$NON-NLS-2$
        assertEquals(Mqsec.FAILED, notOne.code());
        assertTrue(notOne.err().contains("DISPLAY SECURITY"), notOne.err()); //$NON-NLS-1$
    }

    @Test
    void aPkcs12ExportHoldsItsPasswordOnlyWhenAskedForAndTheJobCardIsChecked() throws Exception {
        Path dir = FIXTURES.scratch("zos-export"); //$NON-NLS-1$
        Path plan = dir.resolve("plan.json"); //$NON-NLS-1$
        Files.writeString(plan, "{\"format\": \"mqsec-plan/1\", \"queueManager\": \"CSQ1\", \"platform\": \"ZOS\", \"steps\": [{\"type\": \"key-ring\", " //$NON-NLS-1$
                + "\"racdcert\": {\"action\": \"EXPORT\", \"owner\": \"CSQ1CHIN\", \"label\": \"ibmWebSphereMQCSQ1\", \"dataset\": \"CSQ1CHIN.QMGR.P12\", " //$NON-NLS-1$
                + "\"format\": \"PKCS12B64\"}}]}"); //$NON-NLS-1$
        CommandRun refused = mqsec("zos", "racf", plan.toString()); //$NON-NLS-1$ //$NON-NLS-2$
        assertEquals(Mqsec.FAILED, refused.code());
        assertTrue(refused.err().contains("--export-password"), refused.err()); //$NON-NLS-1$
        Path secret = dir.resolve("secret"); //$NON-NLS-1$
        Files.writeString(secret, "S3cret-export\n"); //$NON-NLS-1$
        Path job = dir.resolve("export.jcl"); //$NON-NLS-1$
        CommandRun asked = mqsec("zos", "racf", plan.toString(), "--export-password-file", secret.toString(), "--out", job.toString()); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
        assertEquals(Mqsec.OK, asked.code(), asked.err());
        assertTrue(Files.readString(job).contains("PASSWORD('S3cret-export')")); //$NON-NLS-1$
        assertFalse(asked.out().contains("S3cret"), "never echoed"); //$NON-NLS-1$ //$NON-NLS-2$
        Path card = dir.resolve("card"); //$NON-NLS-1$
        Files.writeString(card, "RACDCERT LIST\n"); //$NON-NLS-1$
        CommandRun badCard = mqsec("zos", "racf", plan.toString(), "--export-password-file", secret.toString(), "--jobcard", card.toString()); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
        assertEquals(Mqsec.FAILED, badCard.code());
        assertTrue(badCard.err().contains("JOB statement"), badCard.err()); //$NON-NLS-1$
        Path multiplatform = dir.resolve("mp.json"); //$NON-NLS-1$
        Files.writeString(multiplatform, Files.readString(plan).replace("\"ZOS\"", "\"MULTIPLATFORMS\"")); //$NON-NLS-1$ //$NON-NLS-2$
        CommandRun elsewhere = mqsec("zos", "racf", multiplatform.toString(), "--export-password-file", secret.toString()); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        assertEquals(Mqsec.FAILED, elsewhere.code());
        assertTrue(elsewhere.err().contains("PLAN_ZOS_ONLY"), elsewhere.err()); //$NON-NLS-1$
    }
}
