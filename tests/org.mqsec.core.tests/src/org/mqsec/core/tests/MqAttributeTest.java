package org.mqsec.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.mqsec.core.chlauth.ChlauthRecord;
import org.mqsec.core.findings.Finding;
import org.mqsec.core.mqsc.MqAttribute;
import org.mqsec.core.mqsc.MqscCommand;
import org.mqsec.core.mqsc.MqscReader;
import org.mqsec.core.mqsc.RefusedValueException;
import org.mqsec.core.tls.QueueManagerPlatform;
import org.mqsec.core.tls.TlsChannelPlan;
import org.mqsec.core.tls.TlsChannelRules;
import org.mqsec.core.tls.TlsChannelSpec;

/**
 * Every MQ string value against MQ's length and character rules, in one table: a value with a line
 * break must never become a second MQSC command, and a value MQ would refuse is a finding that names
 * its field. Findings are matched by code and field, not by their words.
 */
class MqAttributeTest {

    private static final String INJECTION = "x\nALTER QMGR CHLAUTH(DISABLED)\n"; //$NON-NLS-1$

    private static TlsChannelSpec spec(String description, String host, String mcaUser, String clientLabel) {
        return new TlsChannelSpec("QM1", QueueManagerPlatform.MULTIPLATFORMS, host, 1414, null, null, null, //$NON-NLS-1$
                "CN=QM1 TLS CA,OU=MQ,O=Example", null, false, null, true, null, null, null, null, clientLabel, null, null, //$NON-NLS-1$
                "APP1.SVRCONN", null, null, mcaUser, 0, 0, 0, description, "app1", null, false, null, null, null, null, null, 0, null) //$NON-NLS-1$ //$NON-NLS-2$
                .withDefaults();
    }

    private static List<String> codes(List<Finding> findings, String field) {
        return findings.stream().filter(f -> f.field().equals(field)).map(Finding::code).toList();
    }

    @Test
    void aDescriptionWithALineBreakIsAFindingAndNeverACommand() {
        TlsChannelSpec spec = spec(INJECTION, null, null, null);
        List<Finding> findings = TlsChannelRules.check(spec);
        assertEquals(List.of(MqAttribute.CONTROL_CHARACTER), codes(findings, "DESCR"), findings.toString()); //$NON-NLS-1$
        assertTrue(Finding.hasErrors(findings));
        RefusedValueException refused = assertThrows(RefusedValueException.class, () -> TlsChannelPlan.mqsc(spec));
        assertEquals("DESCR", refused.field()); //$NON-NLS-1$
        // and had the script been written, runmqsc would have read two commands: the writer is the last guard
        assertThrows(RefusedValueException.class, () -> MqscCommand.of("DEFINE", "CHANNEL", "A").string("DESCR", INJECTION)); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
        assertThrows(RefusedValueException.class, () -> MqscCommand.of("DEFINE", "CHANNEL", "A\nB")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
    }

    @ParameterizedTest
    @ValueSource(strings = { "a\rb", "tab\there", "nul\u0000", "del\u007f", "c1\u0085", "end\n" })
    void everyControlCharacterIsRefused(String value) {
        assertEquals(List.of(MqAttribute.CONTROL_CHARACTER), MqAttribute.CHANNEL_DESCR
                .check(value, QueueManagerPlatform.MULTIPLATFORMS, "test").stream().map(Finding::code).toList()); //$NON-NLS-1$
    }

    @Test
    void hostsAndLabelsThatGoIntoIniAndPropertiesFilesAreChecked() {
        List<Finding> findings = TlsChannelRules.check(spec(null, "mq.example.com\nSSLCipherSuite=NULL", null, //$NON-NLS-1$
                "label\nCertificateLabel=other")); //$NON-NLS-1$
        assertEquals(List.of(TlsChannelRules.HOST_CODE), codes(findings, "host"), findings.toString()); //$NON-NLS-1$
        assertEquals(List.of(MqAttribute.CONTROL_CHARACTER), codes(findings, "CERTLABL"), findings.toString()); //$NON-NLS-1$
        assertThrows(RefusedValueException.class, () -> TlsChannelPlan.javaProperties(spec(null, "a\nb", null, null))); //$NON-NLS-1$
        assertThrows(RefusedValueException.class, () -> TlsChannelPlan.mqclientIni(spec(null, null, null, "a\nb"))); //$NON-NLS-1$
        // IPv6 and ordinary host names are fine
        assertTrue(codes(TlsChannelRules.check(spec(null, "[2001:db8::1]", null, null)), "host").isEmpty()); //$NON-NLS-1$ //$NON-NLS-2$
    }

    @Test
    void lengthsArePerAttributeAndPlatform() {
        String descr = "d".repeat(65); //$NON-NLS-1$
        assertEquals(List.of(MqAttribute.TOO_LONG), codes(TlsChannelRules.check(spec(descr, null, null, null)), "DESCR")); //$NON-NLS-1$
        assertTrue(codes(TlsChannelRules.check(spec(descr.substring(1), null, null, null)), "DESCR").isEmpty()); //$NON-NLS-1$
        String peer = "CN=" + "p".repeat(300); //$NON-NLS-1$ //$NON-NLS-2$
        assertTrue(MqAttribute.CHANNEL_SSLPEER.check(peer, QueueManagerPlatform.MULTIPLATFORMS, "x").isEmpty()); //$NON-NLS-1$
        assertEquals(MqAttribute.TOO_LONG, MqAttribute.CHANNEL_SSLPEER.check(peer, QueueManagerPlatform.ZOS, "x").get(0).code(), //$NON-NLS-1$
                "z/OS channels take 256 characters of SSLPEER"); //$NON-NLS-1$
        assertEquals(MqAttribute.TOO_LONG, MqAttribute.MCAUSER.check("u".repeat(13), QueueManagerPlatform.ZOS, "x").get(0).code()); //$NON-NLS-1$ //$NON-NLS-2$
        assertEquals(MqAttribute.TOO_LONG, MqAttribute.MCAUSER.check("u".repeat(65), QueueManagerPlatform.MULTIPLATFORMS, "x") //$NON-NLS-1$ //$NON-NLS-2$
                .get(0).code());
        assertEquals(MqAttribute.BAD_CHARACTERS, MqAttribute.CHANNEL_NAME.check("APP 1", QueueManagerPlatform.MULTIPLATFORMS, "x") //$NON-NLS-1$ //$NON-NLS-2$
                .get(0).code());
        assertTrue(MqAttribute.CHLAUTH_PROFILE.check("APP.*", QueueManagerPlatform.MULTIPLATFORMS, "x").isEmpty(), //$NON-NLS-1$ //$NON-NLS-2$
                "a CHLAUTH profile may be generic"); //$NON-NLS-1$
    }

    @Test
    void chlauthRecordsReadFromAFileAreCheckedByTheSameTable() {
        String script = "SET CHLAUTH('APP1.SVRCONN') TYPE(ADDRESSMAP) ADDRESS('*') USERSRC(NOACCESS) DESCR('tab\there') " //$NON-NLS-1$
                + "CUSTOM('" + "c".repeat(129) + "')\n"; //$NON-NLS-1$ //$NON-NLS-2$
        MqscReader.Result read = MqscReader.readScript(script);
        assertEquals(List.of(), read.problems());
        ChlauthRecord.Parsed parsed = ChlauthRecord.from(read.commands().get(0));
        assertEquals(List.of(MqAttribute.CONTROL_CHARACTER), codes(parsed.findings(), "DESCR"), parsed.findings().toString()); //$NON-NLS-1$
        assertEquals(List.of(MqAttribute.TOO_LONG), codes(parsed.findings(), "CUSTOM"), parsed.findings().toString()); //$NON-NLS-1$
        assertFalse(parsed.findings().isEmpty());
        // a command read with a control character is never written back out
        assertThrows(RefusedValueException.class, () -> read.commands().get(0).toString());
    }
}
