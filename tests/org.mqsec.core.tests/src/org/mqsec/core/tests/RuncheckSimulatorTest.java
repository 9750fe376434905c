package org.mqsec.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.mqsec.core.chlauth.ChlauthLint;
import org.mqsec.core.chlauth.ChlauthRecord;
import org.mqsec.core.chlauth.RuncheckSimulator;
import org.mqsec.core.chlauth.RuncheckSimulator.Connection;
import org.mqsec.core.chlauth.RuncheckSimulator.Decision;
import org.mqsec.core.chlauth.RuncheckSimulator.Result;
import org.mqsec.core.mqsc.MqscReader;

/** RUNCHECK offline, on scenarios from IBM's documentation (each test names its source). */
class RuncheckSimulatorTest {

    /** IBM MQ: the three records every new queue manager has (mq-security.md 2.6). */
    private static final String DEFAULTS = String.join("\n", //$NON-NLS-1$
            "SET CHLAUTH('SYSTEM.*') TYPE(ADDRESSMAP) ADDRESS('*') USERSRC(NOACCESS) WARN(NO)", //$NON-NLS-1$
            "SET CHLAUTH('*') TYPE(BLOCKUSER) USERLIST('*MQADMIN') WARN(NO)", //$NON-NLS-1$
            "SET CHLAUTH('SYSTEM.ADMIN.SVRCONN') TYPE(ADDRESSMAP) ADDRESS('*') USERSRC(CHANNEL) CHCKCLNT(ASQMGR)"); //$NON-NLS-1$

    private static RuncheckSimulator simulator(String... scripts) {
        List<ChlauthRecord> records = MqscReader.readScript(String.join("\n", scripts)).commands().stream() //$NON-NLS-1$
                .map(c -> ChlauthRecord.from(c).record()).toList();
        return new RuncheckSimulator(records, Set.of("mqm", "root")); //$NON-NLS-1$ //$NON-NLS-2$
    }

    private static Connection client(String channel, String address, String user) {
        return new Connection(channel, address, user, null, "", ""); //$NON-NLS-1$ //$NON-NLS-2$
    }

    @Test
    void newQueueManagerBlocksSystemChannelsButLetsExplorerInWithoutPrivilegedUsers() {
        // IBM: "Default rule to disable all SYSTEM channels", "...to allow MQ Explorer access",
        // "...to disallow privileged users"; SYSTEM.ADMIN.SVRCONN is more specific than SYSTEM.*
        RuncheckSimulator defaults = simulator(DEFAULTS);
        Decision system = defaults.evaluate(client("SYSTEM.DEF.SVRCONN", "192.0.2.10", "bob")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        assertEquals(Result.BLOCKED, system.result());
        assertEquals("SYSTEM.*", system.record().profile()); //$NON-NLS-1$

        Decision explorer = defaults.evaluate(client("SYSTEM.ADMIN.SVRCONN", "192.0.2.10", "mqadmin1")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        assertEquals(Result.ALLOWED, explorer.result());
        assertEquals("mqadmin1", explorer.mcaUser()); //$NON-NLS-1$
        assertTrue(explorer.explanation().stream().anyMatch(l -> l.contains("'SYSTEM.*'") && l.contains("less specific")), //$NON-NLS-1$ //$NON-NLS-2$
                explorer.explanation().toString());

        Decision privileged = defaults.evaluate(client("SYSTEM.ADMIN.SVRCONN", "192.0.2.10", "mqm")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        assertEquals(Result.BLOCKED, privileged.result());
        assertEquals(List.of("*MQADMIN"), privileged.record().userList()); //$NON-NLS-1$

        Decision application = defaults.evaluate(client("APP.SVRCONN", "192.0.2.10", "bob")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        assertEquals(Result.ALLOWED, application.result(), "without a back-stop, the asserted user is used"); //$NON-NLS-1$
        assertNull(application.record());
        assertEquals("bob", application.mcaUser()); //$NON-NLS-1$
    }

    @Test
    void aChannelsOwnBlockUserRecordOverridesTheMqadminRule() {
        // IBM "Creating new CHLAUTH rules for users": SET CHLAUTH('ADMIN.CHAN') TYPE(BLOCKUSER)
        // USERLIST('nobody') "Rule to override *MQADMIN blockuser on this channel"
        RuncheckSimulator simulator = simulator(DEFAULTS,
                "SET CHLAUTH('ADMIN.CHAN') TYPE(BLOCKUSER) USERLIST('nobody')", //$NON-NLS-1$
                "SET CHLAUTH('ADMIN.CHAN') TYPE(ADDRESSMAP) ADDRESS('192.0.2.*') USERSRC(CHANNEL)"); //$NON-NLS-1$
        assertEquals(Result.ALLOWED, simulator.evaluate(client("ADMIN.CHAN", "192.0.2.7", "mqm")).result()); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        assertEquals(Result.BLOCKED, simulator.evaluate(client("OTHER.CHAN", "192.0.2.7", "mqm")).result()); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
    }

    @Test
    void certificateMappingBeatsAddressMappingOnTheSameProfile() {
        // IBM "Interaction between channel authentication records": SSLPEERMAP > USERMAP/QMGRMAP > ADDRESSMAP
        RuncheckSimulator simulator = simulator(DEFAULTS,
                "SET CHLAUTH('APP.SVRCONN') TYPE(ADDRESSMAP) ADDRESS('*') USERSRC(NOACCESS)", //$NON-NLS-1$
                "SET CHLAUTH('APP.SVRCONN') TYPE(SSLPEERMAP) SSLPEER('CN=app1,O=Example Ltd') SSLCERTI('CN=MQ CA') USERSRC(MAP) MCAUSER('appuser')"); //$NON-NLS-1$
        Decision withCertificate = simulator.evaluate(new Connection("APP.SVRCONN", "192.0.2.10", "bob", null, //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                "CN=app1,OU=Payments,O=Example Ltd,C=GB", "CN=MQ CA,O=Example Ltd,C=GB")); //$NON-NLS-1$ //$NON-NLS-2$
        assertEquals(Result.ALLOWED, withCertificate.result());
        assertEquals("appuser", withCertificate.mcaUser()); //$NON-NLS-1$
        assertTrue(withCertificate.explanation().stream().anyMatch(l -> l.contains("ADDRESSMAP ranks below SSLPEERMAP")), //$NON-NLS-1$
                withCertificate.explanation().toString());

        Decision otherIssuer = simulator.evaluate(new Connection("APP.SVRCONN", "192.0.2.10", "bob", null, //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                "CN=app1,O=Example Ltd,C=GB", "CN=Rogue CA,O=Elsewhere")); //$NON-NLS-1$ //$NON-NLS-2$
        assertEquals(Result.BLOCKED, otherIssuer.result(), "SSLCERTI guards against a second trusted CA"); //$NON-NLS-1$
        Decision noCertificate = simulator.evaluate(client("APP.SVRCONN", "192.0.2.10", "bob")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        assertEquals(Result.BLOCKED, noCertificate.result());
    }

    @Test
    void blockedAddressesAreRefusedBeforeAnyChannelRecord() {
        // SET CHLAUTH('*') TYPE(BLOCKADDR) ADDRLIST(...): checked by the listener (mq-security.md 2.3)
        RuncheckSimulator simulator = simulator(DEFAULTS, "SET CHLAUTH('*') TYPE(BLOCKADDR) ADDRLIST('192.0.2.1-8','198.51.100.*')"); //$NON-NLS-1$
        assertEquals(Result.BLOCKED, simulator.evaluate(client("APP.SVRCONN", "192.0.2.5", "bob")).result()); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        assertEquals(Result.BLOCKED, simulator.evaluate(client("APP.SVRCONN", "198.51.100.77", "bob")).result()); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        assertEquals(Result.ALLOWED, simulator.evaluate(client("APP.SVRCONN", "192.0.2.9", "bob")).result()); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
    }

    @Test
    void addressPatternsMatchPartByPart() {
        // IBM "Generic IP addresses": '*' for a whole part or all remaining parts, ranges 'a-b'
        RuncheckSimulator simulator = simulator(
                "SET CHLAUTH('*') TYPE(BLOCKADDR) ADDRLIST('10.*.*.5','172.16-31.*','198.51.100','203.*.9')", //$NON-NLS-1$
                "SET CHLAUTH('APP.SVRCONN') TYPE(ADDRESSMAP) ADDRESS('*.example.com') USERSRC(MAP) MCAUSER('named')"); //$NON-NLS-1$
        assertEquals(Result.BLOCKED, simulator.evaluate(client("APP.SVRCONN", "10.200.3.5", "bob")).result()); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        assertEquals(Result.ALLOWED, simulator.evaluate(client("APP.SVRCONN", "10.200.3.6", "bob")).result()); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        assertEquals(Result.BLOCKED, simulator.evaluate(client("APP.SVRCONN", "172.31.0.1", "bob")).result()); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        assertEquals(Result.ALLOWED, simulator.evaluate(client("APP.SVRCONN", "172.32.0.1", "bob")).result()); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        // a '*' part stands for one or more parts: 203.*.9 is 203.x.y.9
        assertEquals(Result.BLOCKED, simulator.evaluate(client("APP.SVRCONN", "203.0.113.9", "bob")).result()); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        assertEquals(Result.ALLOWED, simulator.evaluate(client("APP.SVRCONN", "203.0.113.8", "bob")).result()); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        // three parts and no '*' (which MQ refuses) name no IPv4 address
        assertEquals(Result.ALLOWED, simulator.evaluate(client("APP.SVRCONN", "198.51.100.1", "bob")).result()); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        // a host name (REVDNS) is matched as a generic name, case-insensitively
        assertEquals("named", simulator.evaluate(client("APP.SVRCONN", "App1.Example.COM", "bob")).mcaUser()); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
        assertEquals("bob", simulator.evaluate(client("APP.SVRCONN", "app1.example.org", "bob")).mcaUser()); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
    }

    @Test
    void theExplanationWrittenLaterTellsTheSameDecision() {
        // evaluate() decides without text; explanation() works the same connection out again, with text
        RuncheckSimulator simulator = simulator(DEFAULTS,
                "SET CHLAUTH('APP.SVRCONN') TYPE(USERMAP) CLNTUSER('alice') USERSRC(MAP) MCAUSER('app1')"); //$NON-NLS-1$
        Decision decision = simulator.evaluate(client("APP.SVRCONN", "203.0.113.7", "alice")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        assertEquals("app1", decision.mcaUser()); //$NON-NLS-1$
        List<String> explanation = decision.explanation();
        assertTrue(explanation.get(explanation.size() - 1).contains("MCAUSER('app1')"), explanation.toString()); //$NON-NLS-1$
        assertTrue(explanation.stream().anyMatch(l -> l.startsWith("USERMAP 'APP.SVRCONN' CLNTUSER(alice): this record applies")), //$NON-NLS-1$
                explanation.toString());
        assertSame(explanation, decision.explanation(), "written once"); //$NON-NLS-1$
    }

    @Test
    void specificProfilesAndPatternsWin() {
        RuncheckSimulator simulator = simulator(
                "SET CHLAUTH('APP.*') TYPE(ADDRESSMAP) ADDRESS('*') USERSRC(MAP) MCAUSER('generic')", //$NON-NLS-1$
                "SET CHLAUTH('APP.SVRCONN') TYPE(ADDRESSMAP) ADDRESS('192.0.*') USERSRC(MAP) MCAUSER('wide')", //$NON-NLS-1$
                "SET CHLAUTH('APP.SVRCONN') TYPE(ADDRESSMAP) ADDRESS('192.0.2.1-20') USERSRC(MAP) MCAUSER('narrow')"); //$NON-NLS-1$
        assertEquals("narrow", simulator.evaluate(client("APP.SVRCONN", "192.0.2.6", "bob")).mcaUser()); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
        assertEquals("wide", simulator.evaluate(client("APP.SVRCONN", "192.0.9.6", "bob")).mcaUser()); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
        assertEquals("generic", simulator.evaluate(client("APP.SVRCONN", "203.0.113.1", "bob")).mcaUser()); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
        assertEquals("generic", simulator.evaluate(client("APP.OTHER", "192.0.2.6", "bob")).mcaUser()); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
    }

    @Test
    void lintFindsWhatLeavesAQueueManagerOpen() {
        List<ChlauthRecord> defaults = MqscReader.readScript(DEFAULTS).commands().stream()
                .map(c -> ChlauthRecord.from(c).record()).toList();
        List<org.mqsec.core.findings.Finding> onDefaults = ChlauthLint.lint(defaults, false, Set.of("mqm")); //$NON-NLS-1$
        assertEquals(1, onDefaults.size(), onDefaults.toString());
        assertTrue(onDefaults.get(0).message().contains("no back-stop"), onDefaults.toString()); //$NON-NLS-1$

        var risky = MqscReader.readScript(String.join("\n", //$NON-NLS-1$
                "ALTER QMGR CHLAUTH(DISABLED)", //$NON-NLS-1$
                "SET CHLAUTH('APP.SVRCONN') TYPE(SSLPEERMAP) SSLPEER('CN=app1') USERSRC(MAP) MCAUSER('mqm')", //$NON-NLS-1$
                "SET CHLAUTH('APP.SVRCONN') TYPE(ADDRESSMAP) ADDRESS('192.0.2.1-10') USERSRC(MAP) MCAUSER('app')", //$NON-NLS-1$
                "SET CHLAUTH('APP.SVRCONN') TYPE(ADDRESSMAP) ADDRESS('192.0.2.5-20') USERSRC(MAP) MCAUSER('app')", //$NON-NLS-1$
                "SET CHLAUTH('APP.SVRCONN') TYPE(ADDRESSMAP) ADDRESS('192.0.2.2-3') USERSRC(MAP) MCAUSER('app')", //$NON-NLS-1$
                "SET CHLAUTH('*') TYPE(BLOCKUSER) USERLIST('*MQADMIN') WARN(YES)", //$NON-NLS-1$
                "SET CHLAUTH('OPS.SVRCONN') TYPE(ADDRESSMAP) ADDRESS('*') USERSRC(CHANNEL)")).commands(); //$NON-NLS-1$
        List<ChlauthRecord> records = risky.stream().filter(c -> c.objectType().equals("CHLAUTH")) //$NON-NLS-1$
                .map(c -> ChlauthRecord.from(c).record()).toList();
        String all = ChlauthLint.lint(records, ChlauthLint.disabledIn(risky),
                Set.of("mqm")).toString(); //$NON-NLS-1$
        for (String expected : List.of("CHLAUTH(DISABLED)", "no back-stop", "SYSTEM.* channels are not blocked", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                "privileged user mqm", "has no SSLCERTI", "WARN(YES) only reports", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                "192.0.2.1-10 and 192.0.2.5-20 overlap", //$NON-NLS-1$
                "ADDRESSMAP 'OPS.SVRCONN' ADDRESS(*): USERSRC(CHANNEL) runs the connection as the channel's MCAUSER")) { //$NON-NLS-1$
            assertTrue(all.contains(expected), expected + " in " + all); //$NON-NLS-1$
        }
        assertTrue(!all.contains("192.0.2.2-3"), "a nested range is allowed: " + all); //$NON-NLS-1$ //$NON-NLS-2$
    }

    @Test
    void queueManagerChannelsUseQmgrMapAndOuOrderMatters() {
        // IBM: QMGRMAP does not apply to SVRCONN; repeated OU values match in order from the first
        RuncheckSimulator simulator = simulator(
                "SET CHLAUTH('QM2.TO.QM1') TYPE(QMGRMAP) QMNAME('QM2*') USERSRC(MAP) MCAUSER('qm2user')", //$NON-NLS-1$
                "SET CHLAUTH('SECURE.SVRCONN') TYPE(SSLPEERMAP) SSLPEER('CN=QMGR.*,OU=IBM,OU=WEBSPHERE') USERSRC(MAP) MCAUSER('peer')", //$NON-NLS-1$
                "SET CHLAUTH('SECURE.SVRCONN') TYPE(ADDRESSMAP) ADDRESS('*') USERSRC(NOACCESS)"); //$NON-NLS-1$
        Decision receiver = simulator.evaluate(new Connection("QM2.TO.QM1", "192.0.2.1", null, "QM2A", "", "")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
        assertEquals("qm2user", receiver.mcaUser()); //$NON-NLS-1$
        assertEquals(Result.ALLOWED, simulator.evaluate(new Connection("SECURE.SVRCONN", "192.0.2.1", "x", null, //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                "CN=QMGR.ONE,OU=IBM,OU=WEBSPHERE,O=X", "")).result()); //$NON-NLS-1$ //$NON-NLS-2$
        assertEquals(Result.BLOCKED, simulator.evaluate(new Connection("SECURE.SVRCONN", "192.0.2.1", "x", null, //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                "CN=QMGR.ONE,OU=WEBSPHERE,OU=IBM,O=X", "")).result()); //$NON-NLS-1$ //$NON-NLS-2$
    }
}
