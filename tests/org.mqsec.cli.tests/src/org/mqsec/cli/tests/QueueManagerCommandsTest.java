package org.mqsec.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mqsec.cli.tests.CommandRun.mqsec;

import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.mqsec.cli.Mqsec;
import org.mqsec.core.chlauth.ChlauthLint;
import org.mqsec.core.chlauth.ChlauthRecordSet;
import org.mqsec.core.plan.QueueManagerState;
import org.mqsec.qmgr.target.QueueManagerTargets;
import org.mqsec.testing.KeystoreFixtures;
import org.mqsec.testing.QueueManagerFixtures;
import org.mqsec.testing.SimulatedQueueManager;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.ibm.mq.constants.MQConstants;
import com.ibm.mq.headers.pcf.PCFMessage;

/**
 * mqsec qmgr and mqsec plan end to end: profiles from a JSON CCDT, a queue manager answering with
 * recorded replies built and decoded by IBM's PCF classes (no queue manager can run here) behind the
 * same connector as IBM's client, and IBM's client itself failing against a port nobody listens on.
 */
class QueueManagerCommandsTest {

    private static final String CCDT = """
            {"channel": [
              {"name": "ADMIN.SVRCONN", "type": "clientConnection",
               "clientConnection": {"connection": [{"host": "mq1.example.com", "port": 1414}], "queueManager": "QM1"},
               "transmissionSecurity": {"cipherSpecification": "ANY_TLS12_OR_HIGHER"}}
            ]}""";

    /** What the simulated connector was given, one entry per connection. */
    private final List<String> connections = new ArrayList<>();

    @AfterEach
    void ibmsClientAgain() {
        QueueManagerTargets.setConnector(null);
    }

    private static Path write(Path dir, String name, String text) throws Exception {
        Path file = dir.resolve(name);
        Files.writeString(file, text);
        return file;
    }

    /** A profiles file with QM1 (user mqadmin) and QM2, both reaching {@code qmgr}; returns the file. */
    private Path profiles(Path dir, SimulatedQueueManager qmgr) throws Exception {
        Path file = dir.resolve("profiles.json"); //$NON-NLS-1$
        CommandRun imported = mqsec("qmgr", "profiles", "--profiles", file.toString(), "--import-ccdt", write(dir, "ccdt.json", CCDT).toString()); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$
        assertEquals(Mqsec.OK, imported.code(), imported.out() + imported.err());
        String text = Files.readString(file).replace("\"userId\": \"\"", "\"userId\": \"mqadmin\"").replace("QM1 ADMIN.SVRCONN", "QM1"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
        Files.writeString(file, text);
        QueueManagerTargets.setConnector((profile, password, keyStorePassword, trustStorePassword) -> {
            connections.add(profile.name() + ":" + (password == null ? "" : new String(password))); //$NON-NLS-1$ //$NON-NLS-2$
            return qmgr;
        });
        return file;
    }

    private static QueueManagerState dump() {
        return QueueManagerFixtures.state();
    }

    @Test
    void profilesComeFromACcdtAndATestSaysWhoAnswered() throws Exception {
        Path dir = KeystoreFixtures.get().scratch("qmgr-test"); //$NON-NLS-1$
        Path file = profiles(dir, new SimulatedQueueManager(dump()));
        assertFalse(Files.readString(file).toLowerCase().contains("password"), "no password in the profiles file"); //$NON-NLS-1$ //$NON-NLS-2$
        CommandRun listed = mqsec("qmgr", "profiles", "--profiles", file.toString(), "--json"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
        assertEquals(Mqsec.OK, listed.code(), listed.err());
        JsonObject profile = listed.json().getAsJsonArray("profiles").get(0).getAsJsonObject(); //$NON-NLS-1$
        assertEquals("mq1.example.com(1414)", profile.getAsJsonArray("connections").get(0).getAsString()); //$NON-NLS-1$ //$NON-NLS-2$
        assertEquals(0, profile.getAsJsonArray("findings").size(), profile.toString()); //$NON-NLS-1$

        Path secret = write(dir, "password.txt", "s3cret\n"); //$NON-NLS-1$ //$NON-NLS-2$
        CommandRun test = mqsec("qmgr", "test", "QM1", "--profiles", file.toString(), "--password-file", secret.toString()); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$
        assertEquals(Mqsec.OK, test.code(), test.out() + test.err());
        assertTrue(test.out().startsWith("Connected to QM1 (platform UNIX"), test.out()); //$NON-NLS-1$
        assertEquals(List.of("QM1:s3cret"), connections, "the password from the file, and only it, reaches the connection"); //$NON-NLS-1$ //$NON-NLS-2$

        CommandRun unknown = mqsec("qmgr", "test", "--profiles", file.toString(), "--profile", "QM9", "--password-file", secret.toString()); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$
        assertEquals(Mqsec.FAILED, unknown.code());
        assertTrue(unknown.err().contains("no profile 'QM9'") && unknown.err().contains("The profiles there are: QM1"), unknown.err()); //$NON-NLS-1$ //$NON-NLS-2$
        CommandRun none = mqsec("qmgr", "test", "--profiles", file.toString()); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        assertEquals(Mqsec.USAGE, none.code());
        assertTrue(none.err().contains("--profile NAME"), none.err()); //$NON-NLS-1$
    }

    @Test
    void ibmsClientAgainstAClosedPortIsAReasonCodeInWordsNotAStackTrace() throws Exception {
        Path dir = KeystoreFixtures.get().scratch("qmgr-closed"); //$NON-NLS-1$
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        Path file = write(dir, "profiles.json", "{\"profiles\": [{\"name\": \"QM1\", \"connections\": [\"127.0.0.1(" + port //$NON-NLS-1$ //$NON-NLS-2$
                + ")\"], \"channel\": \"ADMIN.SVRCONN\", \"queueManager\": \"QM1\", \"timeoutSeconds\": 5}]}"); //$NON-NLS-1$
        CommandRun test = mqsec("qmgr", "test", "--profiles", file.toString(), "--profile", "QM1"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
        assertEquals(Mqsec.FAILED, test.code(), test.out() + test.err());
        assertTrue(test.err().contains("Warning: The channel has no CipherSpec"), test.err()); //$NON-NLS-1$
        assertTrue(test.err().contains("MQRC_HOST_NOT_AVAILABLE (2538)") && test.err().contains("listener"), test.err()); //$NON-NLS-1$ //$NON-NLS-2$
        assertFalse(test.err().contains("\tat "), test.err()); //$NON-NLS-1$
    }

    @Test
    void showReadsTheSameStateFromTheQueueManagerAndFromItsDump() throws Exception {
        Path dir = KeystoreFixtures.get().scratch("qmgr-show"); //$NON-NLS-1$
        Path file = profiles(dir, new SimulatedQueueManager(dump()));
        Path secret = write(dir, "password.txt", "s3cret"); //$NON-NLS-1$ //$NON-NLS-2$
        CommandRun live = mqsec("qmgr", "show", "--profiles", file.toString(), "--profile", "QM1", "--password-file", secret.toString(), "--json"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$
        assertEquals(Mqsec.OK, live.code(), live.err());
        CommandRun dumped = mqsec("qmgr", "show", "--dump", write(dir, "dump.mqsc", QueueManagerFixtures.DUMP).toString(), "--json"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
        assertEquals(Mqsec.OK, dumped.code(), dumped.err());
        for (String part : new String[] { "name", "queueManager", "channels", "chlauth" }) { //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
            assertEquals(dumped.json().get(part), live.json().get(part), part);
        }
        assertEquals(4, live.json().getAsJsonArray("chlauth").size()); //$NON-NLS-1$
        CommandRun text = mqsec("qmgr", "show", "--dump", dir.resolve("dump.mqsc").toString()); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
        assertTrue(text.out().contains("APP.SVRCONN CHLTYPE(SVRCONN) SSLCIPH(ANY_TLS12_OR_HIGHER)") && text.out().contains("CHLAUTH records: 4"), text.out());
        // the defaults and the APP.* range leave no back-stop: a lint warning, by its code in JSON
        assertTrue(live.json().getAsJsonArray("findings").toString().contains(ChlauthLint.NO_BACKSTOP), live.out()); //$NON-NLS-1$
        // a channel without TLS run as mqm, read from a dump: warnings with the plan's codes
        CommandRun open = mqsec("qmgr", "show", "--dump", write(dir, "open.mqsc", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
                "DEFINE CHANNEL('OPEN.SVRCONN') CHLTYPE(SVRCONN) MCAUSER('mqm')").toString(), "--json"); //$NON-NLS-1$ //$NON-NLS-2$
        List<String> codes = new ArrayList<>();
        open.json().getAsJsonArray("findings").forEach(f -> codes.add(f.getAsJsonObject().get("code").getAsString())); //$NON-NLS-1$ //$NON-NLS-2$
        assertEquals(List.of("PLAN_CHANNEL_WITHOUT_TLS", "PLAN_PRIVILEGED_MCAUSER"), codes, open.out()); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-1$ //$NON-NLS-2$
        CommandRun both = mqsec("qmgr", "show", "--dump", dir.resolve("dump.mqsc").toString(), "--profile", "QM1"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$
        assertEquals(Mqsec.USAGE, both.code());
    }

    @Test
    void aChlauthPlanIsComparedDryRunThenAppliedAndTheQueueManagerReadBackIsAsPlanned() throws Exception {
        Path dir = KeystoreFixtures.get().scratch("qmgr-apply"); //$NON-NLS-1$
        SimulatedQueueManager qmgr = new SimulatedQueueManager(dump());
        Path file = profiles(dir, qmgr);
        Path secret = write(dir, "password.txt", "s3cret"); //$NON-NLS-1$ //$NON-NLS-2$
        Path read = write(dir, "read.mqsc", QueueManagerFixtures.DUMP); //$NON-NLS-1$
        // the edited set: the APP.* range goes, a certificate map comes
        Path edited = write(dir, "edited.mqsc", String.join("\n", ChlauthRecordSet.QUEUE_MANAGER_DEFAULTS, //$NON-NLS-1$ //$NON-NLS-2$
                "SET CHLAUTH('APP.SVRCONN') TYPE(SSLPEERMAP) SSLPEER('CN=app1,O=Example') USERSRC(MAP) MCAUSER('app1')")); //$NON-NLS-1$
        Path plan = dir.resolve("plan.json"); //$NON-NLS-1$
        CommandRun planned = mqsec("chlauth", "plan", "--from", read.toString(), "--to", edited.toString(), "--out", plan.toString()); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$
        assertEquals(Mqsec.OK, planned.code(), planned.out() + planned.err());
        assertTrue(planned.out().contains("ACTION(REMOVE)") && planned.out().contains("ACTION(ADD)"), planned.out()); //$NON-NLS-1$ //$NON-NLS-2$
        assertTrue(Files.readString(plan).contains("\"queueManager\": \"QM1\""), "the dump names the queue manager"); //$NON-NLS-1$ //$NON-NLS-2$

        CommandRun pcf = mqsec("plan", "render", plan.toString(), "--format", "pcf"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
        assertEquals(Mqsec.OK, pcf.code(), pcf.err());
        assertTrue(pcf.out().contains("MQCMD_SET_CHLAUTH_REC (203)") && pcf.out().contains("MQIACF_ACTION (1086) = MQACT_REMOVE"), pcf.out()); //$NON-NLS-1$ //$NON-NLS-2$

        CommandRun diff = mqsec("plan", "diff", plan.toString(), "--dump", read.toString(), "--json");
        CommandRun live = mqsec("plan", "diff", plan.toString(), "--against", "QM1", "--profiles", file.toString(), "--password-file", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$
                secret.toString());
        assertEquals(Mqsec.OK, live.code(), live.err());
        assertTrue(live.out().contains("step 1: remove CHLAUTH ADDRESSMAP 'APP.*'") && live.out().contains("2 step(s) would change"), live.out()); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
        assertEquals(Mqsec.OK, diff.code(), diff.err());
        JsonArray changes = diff.json().getAsJsonArray("changes"); //$NON-NLS-1$
        assertEquals(List.of("REMOVED", "ADDED"), kinds(changes)); //$NON-NLS-1$ //$NON-NLS-2$

        CommandRun dryRun = mqsec("plan", "apply", plan.toString(), "--profiles", file.toString(), "--profile", "QM1", "--password-file", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$
                secret.toString(), "--dry-run", "--json"); //$NON-NLS-1$ //$NON-NLS-2$
        assertEquals(Mqsec.OK, dryRun.code(), dryRun.err());
        assertEquals(kinds(changes), kinds(dryRun.json().getAsJsonArray("changes"))); //$NON-NLS-1$
        assertTrue(qmgr.received().stream().allMatch(QueueManagerCommandsTest::inquiry), "a dry run sends only inquiries"); //$NON-NLS-1$

        CommandRun applied = mqsec("plan", "apply", plan.toString(), "--profiles", file.toString(), "--to", "QM1", "--password-file", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$
                secret.toString());
        assertEquals(Mqsec.OK, applied.code(), applied.out() + applied.err());
        assertTrue(applied.out().contains("step 1: DONE") && applied.out().contains("as planned"), applied.out()); //$NON-NLS-1$ //$NON-NLS-2$
        assertEquals(ChlauthRecordSet.read(Files.readString(edited)).records().stream().map(r -> r.toMqsc().toString()).sorted().toList(),
                qmgr.state().chlauth().stream().map(r -> r.toMqsc().toString()).sorted().toList());
        // applied again: ADD of a record the queue manager now has is refused by it (3337), in words
        CommandRun again = mqsec("plan", "apply", plan.toString(), "--profiles", file.toString(), "--profile", "QM1", "--password-file", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$
                secret.toString(), "--json"); //$NON-NLS-1$
        assertEquals(Mqsec.FAILED, again.code());
        JsonObject first = again.json().getAsJsonArray("steps").get(0).getAsJsonObject(); //$NON-NLS-1$
        assertEquals("FAILED", first.get("outcome").getAsString()); //$NON-NLS-1$ //$NON-NLS-2$
        assertEquals(MQConstants.MQRCCF_CHLAUTH_NOT_FOUND, first.get("reason").getAsInt(), first.toString()); //$NON-NLS-1$
        assertEquals("NOT_RUN", again.json().getAsJsonArray("steps").get(1).getAsJsonObject().get("outcome").getAsString()); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
    }

    @Test
    void aPlanForAnotherQueueManagerOrWithErrorsIsNotSent() throws Exception {
        Path dir = KeystoreFixtures.get().scratch("qmgr-refused"); //$NON-NLS-1$
        SimulatedQueueManager qmgr = new SimulatedQueueManager(dump());
        Path file = profiles(dir, qmgr);
        Path secret = write(dir, "password.txt", "s3cret"); //$NON-NLS-1$ //$NON-NLS-2$
        Path other = write(dir, "qm2.json", "{\"format\": \"mqsec-plan/1\", \"queueManager\": \"QM2\", \"steps\": [" //$NON-NLS-1$ //$NON-NLS-2$
                + "{\"type\": \"alter-qmgr\", \"attributes\": {\"CERTLABL\": \"qm2tls\"}}]}"); //$NON-NLS-1$
        CommandRun wrong = mqsec("plan", "apply", other.toString(), "--profiles", file.toString(), "--profile", "QM1", "--password-file", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$
                secret.toString());
        assertEquals(Mqsec.FAILED, wrong.code());
        assertTrue(wrong.err().contains("The plan is for QM2, but this is QM1"), wrong.err()); //$NON-NLS-1$
        assertTrue(qmgr.received().stream().allMatch(QueueManagerCommandsTest::inquiry));

        Path open = write(dir, "open.json", "{\"queueManager\": \"QM1\", \"steps\": [{\"type\": \"alter-qmgr\", " //$NON-NLS-1$ //$NON-NLS-2$
                + "\"attributes\": {\"CHLAUTH\": \"DISABLED\"}}, {\"type\": \"channel\", \"mode\": \"DEFINE\", \"name\": \"X\", " //$NON-NLS-1$
                + "\"channelType\": \"SVRCONN\", \"attributes\": {\"SSLCIPH\": \"NOT_A_CIPHER\"}}]}"); //$NON-NLS-1$
        CommandRun errors = mqsec("plan", "apply", open.toString(), "--profiles", file.toString(), "--profile", "QM1", "--password-file", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$
                secret.toString());
        assertEquals(Mqsec.FAILED, errors.code());
        assertTrue(errors.err().contains("nothing was sent"), errors.err()); //$NON-NLS-1$
        assertEquals(List.of("QM1:s3cret"), connections, "a plan with errors does not even connect"); //$NON-NLS-1$ //$NON-NLS-2$
        CommandRun render = mqsec("plan", "render", open.toString()); //$NON-NLS-1$ //$NON-NLS-2$
        assertEquals(Mqsec.FAILED, render.code());
        assertEquals("", render.out()); //$NON-NLS-1$
        CommandRun broken = mqsec("plan", "render", write(dir, "broken.json", "{\"steps\": [{\"type\": \"drop\"}]}").toString()); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
        assertEquals(Mqsec.FAILED, broken.code());
        assertTrue(broken.err().contains("step 1: \"type\" 'drop' is not one of"), broken.err()); //$NON-NLS-1$
    }

    private static boolean inquiry(PCFMessage command) {
        return MQConstants.lookup(command.getCommand(), "MQCMD_.*").startsWith("MQCMD_INQUIRE"); //$NON-NLS-1$ //$NON-NLS-2$
    }

    private static List<String> kinds(JsonArray changes) {
        List<String> kinds = new ArrayList<>();
        changes.forEach(c -> kinds.add(c.getAsJsonObject().get("change").getAsString())); //$NON-NLS-1$
        return kinds;
    }
}
