package org.mqsec.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mqsec.cli.tests.CommandRun.mqsec;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.mqsec.cli.Mqsec;
import org.mqsec.testing.KeystoreFixtures;

import com.google.gson.JsonObject;

/** mqsec chlauth runcheck on the output administrators already have: DISPLAY CHLAUTH(*) ALL. */
class ChlauthCommandsTest {

    private static final String DISPLAY = String.join("\n", //$NON-NLS-1$
            "     1 : DISPLAY CHLAUTH(*) ALL", //$NON-NLS-1$
            "AMQ8878I: Display channel authentication record details.", //$NON-NLS-1$
            "   CHLAUTH(APP.SVRCONN)                    TYPE(SSLPEERMAP)", //$NON-NLS-1$
            "   DESCR(Payments application)             CUSTOM( )", //$NON-NLS-1$
            "   SSLPEER(CN=app1,O=Example Ltd)          SSLCERTI(CN=MQ CA)", //$NON-NLS-1$
            "   ADDRESS(*)                              USERSRC(MAP)", //$NON-NLS-1$
            "   MCAUSER(appuser)                        CHCKCLNT(ASQMGR)", //$NON-NLS-1$
            "AMQ8878I: Display channel authentication record details.", //$NON-NLS-1$
            "   CHLAUTH(*)                              TYPE(ADDRESSMAP)", //$NON-NLS-1$
            "   DESCR(Back-stop rule - Blocks everyone) CUSTOM( )", //$NON-NLS-1$
            "   ADDRESS(*)                              USERSRC(NOACCESS)", //$NON-NLS-1$
            "   WARN(NO)", //$NON-NLS-1$
            "AMQ8878I: Display channel authentication record details.", //$NON-NLS-1$
            "   CHLAUTH(*)                              TYPE(BLOCKUSER)", //$NON-NLS-1$
            "   DESCR(Default rule to disallow privileged users)", //$NON-NLS-1$
            "   CUSTOM( )                               USERLIST(*MQADMIN)", //$NON-NLS-1$
            "   WARN(NO)", //$NON-NLS-1$
            "One MQSC command read."); //$NON-NLS-1$

    private static Path records(String name, String text) throws Exception {
        Path file = KeystoreFixtures.get().scratch("chlauth").resolve(name); //$NON-NLS-1$
        Files.writeString(file, text);
        return file;
    }

    @Test
    void certificateHolderRunsAsTheMappedUserAndEveryoneElseIsBlocked() throws Exception {
        Path file = records("display.txt", DISPLAY); //$NON-NLS-1$
        CommandRun allowed = mqsec("chlauth", "runcheck", "--records", file.toString(), "--channel", "APP.SVRCONN", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
                "--address", "192.0.2.10", "--user", "bob", "--peer", "CN=app1,OU=Pay,O=Example Ltd,C=GB", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$
                "--issuer", "CN=MQ CA,O=Example Ltd,C=GB", "--json"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        assertEquals(Mqsec.OK, allowed.code(), allowed.err());
        JsonObject json = allowed.json();
        assertEquals("ALLOWED", json.get("result").getAsString()); //$NON-NLS-1$ //$NON-NLS-2$
        assertEquals("appuser", json.get("mcauser").getAsString()); //$NON-NLS-1$ //$NON-NLS-2$
        assertTrue(json.get("record").getAsString().startsWith("SET CHLAUTH('APP.SVRCONN') TYPE(SSLPEERMAP) SSLPEER('CN=app1,O=Example Ltd')"), //$NON-NLS-1$ //$NON-NLS-2$
                json.get("record").getAsString()); //$NON-NLS-1$
        assertTrue(json.getAsJsonArray("explanation").toString().contains("less specific"), json.toString()); //$NON-NLS-1$ //$NON-NLS-2$

        CommandRun blocked = mqsec("chlauth", "runcheck", "--records", file.toString(), "--channel", "APP.SVRCONN", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
                "--address", "192.0.2.10", "--user", "bob"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
        assertEquals(Mqsec.OK, blocked.code());
        assertTrue(blocked.out().startsWith("Result: BLOCKED"), blocked.out()); //$NON-NLS-1$
        assertTrue(blocked.out().contains("Back-stop"), "the applying record is shown as MQSC: " + blocked.out()); //$NON-NLS-1$ //$NON-NLS-2$
    }

    @Test
    void lintPassesTheBackstoppedSetAndFailsAnOpenOne() throws Exception {
        CommandRun clean = mqsec("chlauth", "lint", records("lint-ok.txt", DISPLAY).toString(), "--json"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
        assertEquals(Mqsec.OK, clean.code(), clean.out() + clean.err());
        assertEquals(3, clean.json().get("records").getAsInt()); //$NON-NLS-1$
        Path open = records("lint-open.mqsc", //$NON-NLS-1$
                "SET CHLAUTH('APP.SVRCONN') TYPE(ADDRESSMAP) ADDRESS('*') USERSRC(MAP) MCAUSER('mqm')"); //$NON-NLS-1$
        CommandRun findings = mqsec("chlauth", "lint", open.toString()); //$NON-NLS-1$ //$NON-NLS-2$
        assertEquals(Mqsec.FAILED, findings.code(), "an error finding fails the command"); //$NON-NLS-1$
        assertTrue(findings.out().contains("error:") && findings.out().contains("privileged user mqm"), findings.out()); //$NON-NLS-1$ //$NON-NLS-2$
    }

    @Test
    void brokenRecordsAreReportedByLineAndRuncheckRefuses() throws Exception {
        Path file = records("broken.mqsc", String.join("\n", //$NON-NLS-1$ //$NON-NLS-2$
                "SET CHLAUTH('APP.*') TYPE(USERMAP) CLNTUSER('bob') USERSRC(MAP)", //$NON-NLS-1$
                "SET CHLAUTH('APP.*') TYPE(ADDRESSMAP) ADDRESS('*') USERSRC(MAP) MCAUSER('app"));  //$NON-NLS-1$
        CommandRun run = mqsec("chlauth", "runcheck", "--records", file.toString(), "--channel", "APP.SVRCONN", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
                "--address", "192.0.2.10", "--user", "bob"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
        assertEquals(Mqsec.FAILED, run.code());
        assertTrue(run.err().contains("line 1, CHLAUTH(APP.*): USERSRC(MAP) needs MCAUSER"), run.err()); //$NON-NLS-1$
        assertTrue(run.err().contains("Line 2:") && run.err().contains("not closed"), run.err()); //$NON-NLS-1$ //$NON-NLS-2$
    }

    @Test
    void genericChannelNamesAndBothUserAndQmnameAreUsageErrors() throws Exception {
        Path file = records("display2.txt", DISPLAY); //$NON-NLS-1$
        assertEquals(Mqsec.USAGE, mqsec("chlauth", "runcheck", "--records", file.toString(), "--channel", "APP.*", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
                "--address", "192.0.2.10").code()); //$NON-NLS-1$ //$NON-NLS-2$
        assertEquals(Mqsec.USAGE, mqsec("chlauth", "runcheck", "--records", file.toString(), "--channel", "APP.SVRCONN", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
                "--address", "192.0.2.10", "--user", "bob", "--qmname", "QM2").code()); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$
    }
}
