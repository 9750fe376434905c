package org.mqsec.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.mqsec.core.chlauth.ChlauthRecordSet;
import org.mqsec.core.findings.Finding;
import org.mqsec.core.mqsc.MqscCommand;
import org.mqsec.core.mqsc.MqscReader;
import org.mqsec.core.tls.QueueManagerPlatform;
import org.mqsec.core.tls.TlsChannelPlan;
import org.mqsec.core.tls.TlsChannelRules;
import org.mqsec.core.tls.TlsChannelSpec;

/** The TLS channel plan's MQSC (golden, quoting included) and the rules that prove the two ends fit. */
class TlsChannelPlanTest {

    private static TlsChannelSpec spec(String channel, String clientDn, String sslPeer, String cipher, String serverKey,
            String description, String mcaUser) {
        return new TlsChannelSpec("QM1", QueueManagerPlatform.MULTIPLATFORMS, "mq.example.com", 1414, serverKey, null, null, null, //$NON-NLS-1$ //$NON-NLS-2$
                null, false, null, true, null, null, clientDn, null, null, cipher, null, channel, null, sslPeer, mcaUser, 0, 0, 0,
                description, "app1", null, false, null, null, null, null).withDefaults(); //$NON-NLS-1$
    }

    private static String messages(List<Finding> findings) {
        return findings.toString();
    }

    @Test
    void theMqscIsExactlyWhatAnAdministratorWouldWriteWithEveryValueQuoted() {
        TlsChannelSpec spec = spec("PAY.SVRCONN", "CN=O'Brien app,OU=Pay,O=Example", null, null, null, //$NON-NLS-1$ //$NON-NLS-2$
                "x') MCAUSER('mqm') DESCR('", "nobody"); //$NON-NLS-1$ //$NON-NLS-2$
        String expected = String.join("\n", //$NON-NLS-1$
                "* TLS channel PAY.SVRCONN on QM1: run with runmqsc QM1", //$NON-NLS-1$
                "ALTER QMGR SSLKEYR('/var/mqm/qmgrs/QM1/ssl/key')", //$NON-NLS-1$
                "DEFINE CHANNEL('PAY.SVRCONN') CHLTYPE(SVRCONN) TRPTYPE(TCP) SSLCIPH(ANY_TLS12_OR_HIGHER) SSLCAUTH(REQUIRED)" //$NON-NLS-1$
                        + " SSLPEER('CN=O''Brien app,OU=Pay,O=Example') MCAUSER('nobody') MAXINST(100) MAXINSTC(20) SHARECNV(10)" //$NON-NLS-1$
                        + " DESCR('x'') MCAUSER(''mqm'') DESCR(''') REPLACE", //$NON-NLS-1$
                "SET CHLAUTH('PAY.SVRCONN') TYPE(SSLPEERMAP) SSLPEER('CN=O''Brien app,OU=Pay,O=Example')" //$NON-NLS-1$
                        + " SSLCERTI('CN=QM1 TLS CA,OU=MQ,O=Example') USERSRC(MAP) MCAUSER('app1') CHCKCLNT(ASQMGR)" //$NON-NLS-1$
                        + " DESCR('TLS client app1') ACTION(REPLACE)", //$NON-NLS-1$
                "REFRESH SECURITY TYPE(SSL)", ""); //$NON-NLS-1$ //$NON-NLS-2$
        String mqsc = TlsChannelPlan.mqsc(spec);
        assertEquals(expected, mqsc);
        // read back: the hostile description stayed one value, the DN kept its apostrophe and case
        List<MqscCommand> commands = MqscReader.readScript(mqsc).commands();
        assertEquals(List.of(), MqscReader.readScript(mqsc).problems());
        MqscCommand channel = commands.get(1);
        assertEquals("x') MCAUSER('mqm') DESCR('", channel.value("DESCR").orElseThrow()); //$NON-NLS-1$ //$NON-NLS-2$
        assertEquals("nobody", channel.value("MCAUSER").orElseThrow()); //$NON-NLS-1$ //$NON-NLS-2$
        assertEquals("CN=O'Brien app,OU=Pay,O=Example", channel.value("SSLPEER").orElseThrow()); //$NON-NLS-1$ //$NON-NLS-2$
        ChlauthRecordSet records = ChlauthRecordSet.read(mqsc);
        assertEquals(1, records.records().size());
        assertEquals(List.of(), records.problems());
    }

    @Test
    void aSoundSpecHasNoErrorsAndTheClientIsMappedAsPlanned() {
        List<Finding> findings = TlsChannelRules.check(spec("APP1.SVRCONN", "CN=app1,O=Example", null, null, null, "", "nobody")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
        assertTrue(!Finding.hasErrors(findings), messages(findings));
    }

    @Test
    void whatWouldBreakTheChannelIsFoundBeforeAnythingIsMade() {
        assertTrue(messages(TlsChannelRules.check(spec("APP1.SVRCONN.TOO.LONG.NAME", "CN=app1,O=Example", null, null, null, "", "nobody"))) //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
                .contains("must have 1 to 20 characters")); //$NON-NLS-1$
        assertTrue(messages(TlsChannelRules.check(spec("APP 1", "CN=app1,O=Example", null, null, null, "", "nobody"))) //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
                .contains("The channel name 'APP 1' must have 1 to 20 characters from A-Z, a-z, 0-9, '.', '/', '_' and '%'.")); //$NON-NLS-1$
        assertTrue(messages(TlsChannelRules.check(spec("APP1.SVRCONN", "CN=app1,O=Example", null, "ECDHE_ECDSA_AES_128_GCM_SHA256", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                "rsa3072", "", "nobody"))).contains("needs a certificate with an EC key")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
        assertTrue(messages(TlsChannelRules.check(spec("APP1.SVRCONN", "CN=app1,O=Example", "CN=app2,O=Example", null, null, "", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
                "nobody"))).contains("does not match the channel's SSLPEER")); //$NON-NLS-1$ //$NON-NLS-2$
        assertTrue(messages(TlsChannelRules.check(spec("APP1.SVRCONN", "CN=app1,O=Example", null, null, null, "", "mqm"))) //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
                .contains("'mqm' is a privileged user")); //$NON-NLS-1$
        assertTrue(messages(TlsChannelRules.check(spec("APP1.SVRCONN", "CN=app1,O=Example", null, "TLS_RSA_WITH_AES_128_CBC_SHA", null, "", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
                "nobody"))).contains("AllowTLSV1=Y")); //$NON-NLS-1$ //$NON-NLS-2$
        // a malformed SSLPEER is MQ's error before it is ours
        assertTrue(Finding.hasErrors(TlsChannelRules.check(spec("APP1.SVRCONN", "CN=app1,O=Example", "CN=app1,O", null, null, "", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
                "nobody")))); //$NON-NLS-1$
    }
}
