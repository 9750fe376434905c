package org.mqsec.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.mqsec.core.chlauth.ChlauthRecord;
import org.mqsec.core.chlauth.ChlauthRecordSet;
import org.mqsec.core.chlauth.ChlauthType;
import org.mqsec.core.findings.Finding;
import org.mqsec.core.mqsc.MqscCommand;
import org.mqsec.core.mqsc.MqscReader;

/** MQSC in and out, and CHLAUTH records read from what runmqsc and dmpmqcfg print. */
class MqscAndChlauthTest {

    /** The three records of a new queue manager, as IBM documents them (mq-security.md 2.6). */
    private static final String DEFAULT_RECORDS_SCRIPT = String.join("\n", //$NON-NLS-1$
            "* dmpmqcfg -m QM1 -x chlauth", //$NON-NLS-1$
            "SET CHLAUTH('SYSTEM.*') TYPE(ADDRESSMAP) ADDRESS('*') USERSRC(NOACCESS) WARN(NO) -", //$NON-NLS-1$
            "DESCR('Default rule to disable all SYSTEM channels')", //$NON-NLS-1$
            "SET CHLAUTH('*') TYPE(BLOCKUSER) USERLIST('*MQADMIN') WARN(NO) +", //$NON-NLS-1$
            "      DESCR('Default rule to disallow privileged users')", //$NON-NLS-1$
            "SET CHLAUTH('SYSTEM.ADMIN.SVRCONN') TYPE(ADDRESSMAP) ADDRESS('*') USERSRC(CHANNEL) CHCKCLNT(ASQMGR) DESCR('Default rule to allow MQ Explorer access');", //$NON-NLS-1$
            ""); //$NON-NLS-1$

    /** The same records as runmqsc's DISPLAY CHLAUTH(*) ALL prints them. */
    private static final String DEFAULT_RECORDS_DISPLAY = String.join("\n", //$NON-NLS-1$
            "     1 : DISPLAY CHLAUTH(*) ALL", //$NON-NLS-1$
            "AMQ8878I: Display channel authentication record details.", //$NON-NLS-1$
            "   CHLAUTH(SYSTEM.ADMIN.SVRCONN)           TYPE(ADDRESSMAP)", //$NON-NLS-1$
            "   DESCR(Default rule to allow MQ Explorer access)", //$NON-NLS-1$
            "   CUSTOM( )                               ADDRESS(*)", //$NON-NLS-1$
            "   USERSRC(CHANNEL)                        CHCKCLNT(ASQMGR)", //$NON-NLS-1$
            "   ALTDATE(2026-11-01)                     ALTTIME(10.00.00)", //$NON-NLS-1$
            "AMQ8878I: Display channel authentication record details.", //$NON-NLS-1$
            "   CHLAUTH(SYSTEM.*)                       TYPE(ADDRESSMAP)", //$NON-NLS-1$
            "   DESCR(Default rule to disable all SYSTEM channels)", //$NON-NLS-1$
            "   CUSTOM( )                               ADDRESS(*)", //$NON-NLS-1$
            "   USERSRC(NOACCESS)                       WARN(NO)", //$NON-NLS-1$
            "   ALTDATE(2026-11-01)                     ALTTIME(10.00.00)", //$NON-NLS-1$
            "AMQ8878I: Display channel authentication record details.", //$NON-NLS-1$
            "   CHLAUTH(*)                              TYPE(BLOCKUSER)", //$NON-NLS-1$
            "   DESCR(Default rule to disallow privileged users)", //$NON-NLS-1$
            "   CUSTOM( )                               USERLIST(*MQADMIN)", //$NON-NLS-1$
            "   WARN(NO)                                ALTDATE(2026-11-01)", //$NON-NLS-1$
            "   ALTTIME(10.00.00)", //$NON-NLS-1$
            "One MQSC command read.", //$NON-NLS-1$
            "No commands have a syntax error.", //$NON-NLS-1$
            "All valid MQSC commands were processed."); //$NON-NLS-1$

    private static List<ChlauthRecord> records(MqscReader.Result result) {
        assertEquals(List.of(), result.problems());
        return result.commands().stream().map(ChlauthRecord::from).map(parsed -> {
            assertEquals(List.of(), parsed.findings(), "findings for " + parsed.record()); //$NON-NLS-1$
            return parsed.record();
        }).toList();
    }

    @Test
    void scriptAndDisplayOfTheDefaultRecordsGiveTheSameRecords() {
        List<ChlauthRecord> fromScript = records(MqscReader.readScript(DEFAULT_RECORDS_SCRIPT));
        List<ChlauthRecord> fromDisplay = records(MqscReader.readDisplay(DEFAULT_RECORDS_DISPLAY, "CHLAUTH")); //$NON-NLS-1$
        assertEquals(3, fromScript.size());
        assertEquals(3, fromDisplay.size());
        assertTrue(fromDisplay.containsAll(fromScript) && fromScript.containsAll(fromDisplay),
                fromScript + "\n" + fromDisplay); //$NON-NLS-1$
        ChlauthRecord admin = fromScript.get(2);
        assertEquals("SYSTEM.ADMIN.SVRCONN", admin.profile()); //$NON-NLS-1$
        assertEquals(ChlauthType.ADDRESSMAP, admin.type());
        assertEquals("CHANNEL", admin.userSource()); //$NON-NLS-1$
        assertEquals(List.of("*MQADMIN"), fromScript.get(1).userList()); //$NON-NLS-1$
    }

    @Test
    void exportedMqscReadsBackToTheSameRecords() {
        List<ChlauthRecord> records = records(MqscReader.readScript(DEFAULT_RECORDS_SCRIPT));
        String exported = String.join("\n", records.stream().map(r -> r.toMqsc().toString()).toList()); //$NON-NLS-1$
        assertTrue(exported.contains("SET CHLAUTH('SYSTEM.*') TYPE(ADDRESSMAP) ADDRESS('*') USERSRC(NOACCESS) WARN(NO) " //$NON-NLS-1$
                + "DESCR('Default rule to disable all SYSTEM channels') ACTION(REPLACE)"), exported); //$NON-NLS-1$
        assertEquals(records, records(MqscReader.readScript(exported)));
    }

    @ParameterizedTest
    @ValueSource(strings = { "Bob's rule", "') ACTION(REMOVEALL) DESCR('", "''", "a'b''c'''", "CN=O'Brien,O=X", "x) y(z" })
    void nothingBreaksOutOfAQuotedValue(String hostile) {
        MqscCommand command = MqscCommand.of("SET", "CHLAUTH", "APP.SVRCONN").keyword("TYPE", "USERMAP") //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
                .string("CLNTUSER", "bob").keyword("USERSRC", "MAP").string("MCAUSER", "app").string("DESCR", hostile); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$
        MqscReader.Result read = MqscReader.readScript(command.toString());
        assertEquals(List.of(), read.problems());
        assertEquals(1, read.commands().size());
        MqscCommand back = read.commands().get(0);
        assertEquals(hostile, back.value("DESCR").orElseThrow()); //$NON-NLS-1$
        assertFalse(back.parameters().containsKey("ACTION"), "no injected keyword: " + command); //$NON-NLS-1$ //$NON-NLS-2$
        assertEquals("bob", back.value("CLNTUSER").orElseThrow(), "quoted values keep their case"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
    }

    @Test
    void unquotedValuesFoldToUpperCaseAsRunmqscDoes() {
        MqscCommand command = MqscReader.readScript("set chlauth(app.*) type(usermap) clntuser(bob) usersrc(map) mcauser(app)") //$NON-NLS-1$
                .commands().get(0);
        assertEquals("APP.*", command.name()); //$NON-NLS-1$
        assertEquals("BOB", command.value("CLNTUSER").orElseThrow()); //$NON-NLS-1$ //$NON-NLS-2$
    }

    @Test
    void aRecordSetRecognisesTheQueueManagerDefaultsFromEitherSource() {
        for (String source : List.of(DEFAULT_RECORDS_SCRIPT, DEFAULT_RECORDS_DISPLAY)) {
            ChlauthRecordSet set = ChlauthRecordSet.read(source);
            assertEquals(List.of(), set.problems());
            assertEquals(3, set.records().size());
            assertTrue(set.records().stream().allMatch(ChlauthRecordSet::isQueueManagerDefault), set.toMqsc());
            assertEquals(set.records(), ChlauthRecordSet.read(set.toMqsc()).records(), "export then import"); //$NON-NLS-1$
        }
        ChlauthRecord changed = ChlauthRecordSet.read(DEFAULT_RECORDS_SCRIPT.replace("USERSRC(NOACCESS) WARN(NO)", //$NON-NLS-1$
                "USERSRC(NOACCESS) WARN(YES)")).records().get(0); //$NON-NLS-1$
        assertFalse(ChlauthRecordSet.isQueueManagerDefault(changed), "a default that warns only is not the default"); //$NON-NLS-1$
    }

    @Test
    void aRecordSetKeepsWhatItCannotReadAsProblemsByLine() {
        ChlauthRecordSet set = ChlauthRecordSet.read(String.join("\n", //$NON-NLS-1$
                "DEFINE QLOCAL('APP.Q')", // dmpmqcfg dumps hold other objects: skipped, not a problem //$NON-NLS-1$
                "ALTER QMGR CHLAUTH(DISABLED)", //$NON-NLS-1$
                "SET CHLAUTH('APP.SVRCONN') TYPE(USERMAP) CLNTUSER('alice') USERSRC(MAP)", //$NON-NLS-1$
                "SET CHLAUTH('B') TYPE(BLOCKUSER) USERLIST('unclosed)")); //$NON-NLS-1$
        assertTrue(set.chlauthDisabled());
        assertEquals(1, set.records().size(), "the record MQ would refuse is kept to be mended"); //$NON-NLS-1$
        assertTrue(set.problems().stream().anyMatch(f -> f.message().contains("line 3") && f.message().contains("MCAUSER")), //$NON-NLS-1$ //$NON-NLS-2$
                set.problems().toString());
        assertTrue(set.problems().stream().anyMatch(f -> f.message().startsWith("Line 4:")), set.problems().toString()); //$NON-NLS-1$
    }

    /** IBM "Generic IP addresses": the forms MQ refuses (MQRCCF_IPADDR_ERROR / RANGE_ERROR), each with its reason. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = { "192.0*|'*' must be a whole part, not part of 0*", "192.0.*.*|next to another '*'", //$NON-NLS-1$ //$NON-NLS-2$
            "192.0.2.300|not a number from 0 to 255", "192.0.2.9-3|from a lower to a higher number", //$NON-NLS-1$ //$NON-NLS-2$
            "192.0.2|four parts", "192.0.2.1.5|four parts", "192..2.1|nothing between them" }) //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
    void addressPatternsMqRefusesAreFound(String pattern, String reason) {
        for (String script : List.of("SET CHLAUTH('APP.SVRCONN') TYPE(ADDRESSMAP) ADDRESS('" + pattern + "') USERSRC(NOACCESS)", //$NON-NLS-1$ //$NON-NLS-2$
                "SET CHLAUTH('*') TYPE(BLOCKADDR) ADDRLIST('10.0.0.1','" + pattern + "')")) { //$NON-NLS-1$ //$NON-NLS-2$
            List<Finding> findings = ChlauthRecord.from(MqscReader.readScript(script).commands().get(0)).findings();
            assertTrue(findings.stream().anyMatch(f -> f.message().contains("(" + pattern + ") is not a generic IP address") //$NON-NLS-1$ //$NON-NLS-2$
                    && f.message().contains(reason)), pattern + ": " + findings); //$NON-NLS-1$
        }
    }

    @ParameterizedTest
    @ValueSource(strings = { "*", "192.0.2.7", "192.0.2.*", "192.0.*", "192.0.*.2", "192.*.2", "192.0.2.1-8", "192.0.*.1-8", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$
            "*.example.com", "2001:DB8:0:0:0:0:0:*" }) //$NON-NLS-1$ //$NON-NLS-2$
    void addressPatternsIbmDocumentsAreAccepted(String pattern) {
        String script = "SET CHLAUTH('APP.SVRCONN') TYPE(ADDRESSMAP) ADDRESS('" + pattern + "') USERSRC(NOACCESS)"; //$NON-NLS-1$ //$NON-NLS-2$
        assertEquals(List.of(), ChlauthRecord.from(MqscReader.readScript(script).commands().get(0)).findings());
    }

    @Test
    void brokenInputIsReportedByLineNotDropped() {
        String text = String.join("\n", "SET CHLAUTH('A') TYPE(BLOCKUSER) USERLIST('x')", //$NON-NLS-1$ //$NON-NLS-2$
                "SET CHLAUTH('B') TYPE(BLOCKUSER) USERLIST('unclosed)", //$NON-NLS-1$
                "SET CHLAUTH('C') TYPE(ADDRESSMAP) ADDRESS('*') USERSRC(MAP) MCAUSER('app') COLOUR(RED)", //$NON-NLS-1$
                "SET CHLAUTH('D') TYPE(USERMAP) -"); //$NON-NLS-1$
        MqscReader.Result read = MqscReader.readScript(text);
        assertEquals(2, read.commands().size());
        assertTrue(read.problems().stream().anyMatch(p -> p.startsWith("Line 2:") && p.contains("not closed")), read.problems().toString()); //$NON-NLS-1$ //$NON-NLS-2$
        assertTrue(read.problems().stream().anyMatch(p -> p.startsWith("Line 4:") && p.contains("never finished")), read.problems().toString()); //$NON-NLS-1$ //$NON-NLS-2$
        List<Finding> unknown = ChlauthRecord.from(read.commands().get(1)).findings();
        assertTrue(unknown.stream().anyMatch(f -> f.message().contains("COLOUR is not a CHLAUTH attribute")), unknown.toString()); //$NON-NLS-1$
    }

    @Test
    void recordsMqWouldRefuseAreFound() {
        String text = String.join("\n", //$NON-NLS-1$
                "SET CHLAUTH('APP.*') TYPE(BLOCKADDR) ADDRLIST('192.0.2.*')", //$NON-NLS-1$
                "SET CHLAUTH('APP.SVRCONN') TYPE(SSLPEERMAP) SSLPEER('CN=app1') USERSRC(MAP)", //$NON-NLS-1$
                "SET CHLAUTH('APP.SVRCONN') TYPE(ADDRESSMAP) USERSRC(CHANNEL)", //$NON-NLS-1$
                "SET CHLAUTH('APP.SVRCONN') TYPE(USERMAP) CLNTUSER('bob') QMNAME('QM2') USERSRC(MAP) MCAUSER('averylongusername')"); //$NON-NLS-1$
        List<List<Finding>> findings = MqscReader.readScript(text).commands().stream()
                .map(c -> ChlauthRecord.from(c).findings()).toList();
        assertTrue(findings.get(0).stream().anyMatch(f -> f.message().contains("must use the profile '*'")), findings.get(0).toString()); //$NON-NLS-1$
        assertTrue(findings.get(1).stream().anyMatch(f -> f.message().contains("USERSRC(MAP) needs MCAUSER")), findings.get(1).toString()); //$NON-NLS-1$
        assertTrue(findings.get(2).stream().anyMatch(f -> f.message().contains("TYPE(ADDRESSMAP) needs ADDRESS")), findings.get(2).toString()); //$NON-NLS-1$
        assertTrue(findings.get(3).stream().anyMatch(f -> f.message().contains("QMNAME does not belong to TYPE(USERMAP)")), findings.get(3).toString()); //$NON-NLS-1$
        assertTrue(findings.get(3).stream().anyMatch(f -> f.message().contains("limit on Linux and UNIX")), findings.get(3).toString()); //$NON-NLS-1$
        assertTrue(findings.get(0).stream().allMatch(f -> f.message().startsWith("line 1, CHLAUTH(APP.*)")), findings.get(0).toString()); //$NON-NLS-1$
    }
}
