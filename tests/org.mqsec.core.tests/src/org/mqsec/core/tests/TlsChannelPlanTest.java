package org.mqsec.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.mqsec.core.chlauth.ChlauthRecordSet;
import org.mqsec.core.findings.Finding;
import org.mqsec.core.mqsc.MqscCommand;
import org.mqsec.core.mqsc.MqscReader;
import org.mqsec.core.findings.Severity;
import org.mqsec.core.tls.CertificateKeyType;
import org.mqsec.core.tls.ExistingIdentity;
import org.mqsec.core.tls.QueueManagerPlatform;
import org.mqsec.core.tls.TlsChannelPlan;
import org.mqsec.core.tls.TlsChannelRules;
import org.mqsec.core.tls.TlsChannelSpec;

/** The TLS channel plan's MQSC (golden, quoting included) and the rules that prove the two ends fit. */
class TlsChannelPlanTest {

    private static TlsChannelSpec spec(String channel, String clientDn, String sslPeer, String cipher, String serverKey,
            String description, String mcaUser) {
        return new TlsChannelSpec("QM1", QueueManagerPlatform.MULTIPLATFORMS, "mq.example.com", 1414, serverKey, null, null, //$NON-NLS-1$ //$NON-NLS-2$
                "CN=QM1 TLS CA,OU=MQ,O=Example", //$NON-NLS-1$
                null, false, null, true, null, null, clientDn, null, null, cipher, null, channel, null, sslPeer, mcaUser, 0, 0, 0,
                description, "app1", null, false, null, null, null, null, null, 0, null).withDefaults(); //$NON-NLS-1$
    }

    @Test
    void eachPlanGivesItsCaANameOfItsOwnUnlessTheUserNamesOne() {
        String one = TlsChannelSpec.defaults().caDn();
        String other = TlsChannelSpec.defaults().caDn();
        assertTrue(one.matches("CN=QM1 TLS CA [0-9a-f]{8},OU=MQ,O=Example"), one); //$NON-NLS-1$
        assertNotEquals(one, other);
        assertEquals("CN=QM1 TLS CA,OU=MQ,O=Example", spec(null, null, null, null, null, null, null).caDn(), //$NON-NLS-1$
                "a name given is kept"); //$NON-NLS-1$
    }

    private static String messages(List<Finding> findings) {
        return findings.toString();
    }

    @Test
    void theMqscIsExactlyWhatAnAdministratorWouldWriteWithEveryValueQuoted() {
        TlsChannelSpec spec = spec("PAY.SVRCONN", "CN=O'Brien app,OU=Pay,O=Example", null, null, null, //$NON-NLS-1$ //$NON-NLS-2$
                "x') MCAUSER('mqm') DESCR('", "nobody"); //$NON-NLS-1$ //$NON-NLS-2$
        // as an administrator would write it: every string quoted, long commands continued with '+'
        String expected = String.join("\n", //$NON-NLS-1$
                "* Plan for QM1 (MQ Security Workbench): runmqsc QM1 < this file", //$NON-NLS-1$
                "* Step 1: Alter queue manager: SSLKEYR", //$NON-NLS-1$
                "ALTER QMGR SSLKEYR('/var/mqm/qmgrs/QM1/ssl/key')", //$NON-NLS-1$
                "* Step 2: Define channel PAY.SVRCONN (SVRCONN)", //$NON-NLS-1$
                "DEFINE CHANNEL('PAY.SVRCONN') CHLTYPE(SVRCONN) TRPTYPE(TCP) +", //$NON-NLS-1$
                "   SSLCIPH('ANY_TLS12_OR_HIGHER') SSLCAUTH(REQUIRED) +", //$NON-NLS-1$
                "   SSLPEER('CN=O''Brien app,OU=Pay,O=Example') MCAUSER('nobody') MAXINST(100) +", //$NON-NLS-1$
                "   MAXINSTC(20) SHARECNV(10) DESCR('x'') MCAUSER(''mqm'') DESCR(''') REPLACE", //$NON-NLS-1$
                "* Step 3: Set CHLAUTH record SSLPEERMAP 'PAY.SVRCONN' SSLPEER(CN=O'Brien", //$NON-NLS-1$
                "* app,OU=Pay,O=Example)", //$NON-NLS-1$
                "SET CHLAUTH('PAY.SVRCONN') TYPE(SSLPEERMAP) +", //$NON-NLS-1$
                "   SSLPEER('CN=O''Brien app,OU=Pay,O=Example') +", //$NON-NLS-1$
                "   SSLCERTI('CN=QM1 TLS CA,OU=MQ,O=Example') USERSRC(MAP) MCAUSER('app1') +", //$NON-NLS-1$
                "   CHCKCLNT(ASQMGR) DESCR('TLS client app1') ACTION(REPLACE)", //$NON-NLS-1$
                "* Step 4: Refresh security TYPE(SSL)", //$NON-NLS-1$
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

    private static ExistingIdentity identity(String file, String subject, String issuer, CertificateKeyType key, int bits, List<String> held,
            List<String> trusted) {
        return new ExistingIdentity(file, "cert", subject, issuer, key, bits, held, trusted); //$NON-NLS-1$
    }

    private static TlsChannelSpec existing(ExistingIdentity server, ExistingIdentity client) {
        TlsChannelSpec spec = spec("APP1.SVRCONN", null, null, null, null, "", "nobody"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        return new TlsChannelSpec(spec.queueManager(), spec.platform(), spec.host(), spec.port(), null, null, null, null, "cert", true, //$NON-NLS-1$
                null, true, null, null, null, null, null, null, null, spec.channel(), null, null, "nobody", 0, 0, 0, "", "app1", null, false, //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                server == null ? null : server.repository(), client == null ? null : client.repository(), server, client, null, 0, null).withDefaults();
    }

    @Test
    void existingCertificatesGiveTheirDnsAndKeysAndEachEndMustTrustTheOthersIssuer() {
        ExistingIdentity server = identity("/mq/qm1.p12", "CN=qm1,O=Example", "CN=Corp CA,O=Example", CertificateKeyType.EC, 256, //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                List.of("CN=qm1,O=Example", "CN=Corp CA,O=Example"), List.of("cn=corp ca, o=example")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        // with a new client: the client takes the server's DN and key from the file, and the server's copy gets the new CA
        TlsChannelSpec newClient = existing(server, null);
        assertEquals("CN=qm1,O=Example", newClient.serverDn()); //$NON-NLS-1$
        assertEquals("ec-p256", newClient.serverKey()); //$NON-NLS-1$
        List<Finding> findings = TlsChannelRules.check(newClient);
        assertTrue(findings.stream().noneMatch(f -> f.severity() == Severity.ERROR), messages(findings));
        assertTrue(messages(findings).contains("The copy of /mq/qm1.p12 in the output folder gets the certificate of CN=QM1 TLS CA"), //$NON-NLS-1$
                messages(findings));

        // an existing client issued by a partner CA: its DN, issuer and key decide SSLPEER, the SSLPEERMAP record and the CipherSpec
        ExistingIdentity partner = identity("/apps/app9.p12", "CN=app9,O=Partner", "CN=Partner CA,O=Partner", CertificateKeyType.RSA, 2048, //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                List.of("CN=app9,O=Partner"), List.of()); //$NON-NLS-1$
        TlsChannelSpec both = existing(server, partner);
        assertEquals("CN=app9,O=Partner", both.sslPeer()); //$NON-NLS-1$
        assertEquals("CN=Partner CA,O=Partner", TlsChannelPlan.peerMapRecord(both).sslCertIssuer()); //$NON-NLS-1$
        String all = messages(TlsChannelRules.check(both));
        assertTrue(all.contains("The queue manager's key repository does not trust CN=Partner CA,O=Partner, the issuer of the client's certificate"), all); //$NON-NLS-1$
        assertTrue(all.contains("'cert' in /apps/app9.p12 is issued by CN=Partner CA,O=Partner, whose certificate that file does not hold"), all); //$NON-NLS-1$
        assertTrue(all.contains("has a RSA 2048-bit key, weaker than RSA 3072"), all); //$NON-NLS-1$
        // the other way round the plan can mend it: the queue manager's file holds its CA, which the client's copy gets
        assertTrue(all.contains("The copy of /apps/app9.p12 in the output folder gets the certificate of CN=Corp CA,O=Example added"), all); //$NON-NLS-1$
        assertTrue(!messages(TlsChannelRules.cipherSpecs(both)).contains("needs a certificate"), "ANY_TLS12_OR_HIGHER suits both keys"); //$NON-NLS-1$ //$NON-NLS-2$
        // ...but a CipherSpec for EC keys does not suit the partner's RSA key
        TlsChannelSpec ecdsa = new TlsChannelSpec(both.queueManager(), both.platform(), both.host(), both.port(), null, null, null, null, "cert", //$NON-NLS-1$
                true, null, true, null, null, null, null, null, "ECDHE_ECDSA_AES_128_GCM_SHA256", null, both.channel(), null, null, "nobody", 0, 0, //$NON-NLS-1$ //$NON-NLS-2$
                0, "", "app1", null, false, both.serverRepository(), both.clientRepository(), server, partner, null, 0, null).withDefaults(); //$NON-NLS-1$ //$NON-NLS-2$
        assertTrue(messages(TlsChannelRules.cipherSpecs(ecdsa)).contains("the client's certificate"), messages(TlsChannelRules.cipherSpecs(ecdsa))); //$NON-NLS-1$

        // the client's file holds its CA, and the server already trusts it: nothing to add, nothing lacking on that side
        ExistingIdentity trusted = identity("/apps/app9.p12", "CN=app9,O=Partner", "CN=Partner CA,O=Partner", CertificateKeyType.RSA, 3072, //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                List.of("CN=app9,O=Partner", "CN=Partner CA,O=Partner", "CN=Corp CA,O=Example"), List.of("CN=Corp CA,O=Example")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
        ExistingIdentity serverTrustingPartner = identity("/mq/qm1.p12", "CN=qm1,O=Example", "CN=Corp CA,O=Example", CertificateKeyType.EC, //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                256, List.of("CN=qm1,O=Example", "CN=Corp CA,O=Example", "CN=Partner CA,O=Partner"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                List.of("CN=Corp CA,O=Example", "CN=Partner CA,O=Partner")); //$NON-NLS-1$ //$NON-NLS-2$
        assertEquals(List.of(), TlsChannelRules.trust(existing(serverTrustingPartner, trusted)));

        // a named repository that was not read cannot be checked
        TlsChannelSpec unread = existing(null, null);
        unread = new TlsChannelSpec(unread.queueManager(), unread.platform(), unread.host(), unread.port(), null, null, null, null, null, false,
                null, true, null, null, null, null, null, null, null, unread.channel(), null, null, "nobody", 0, 0, 0, "", "app1", null, false, //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                "/mq/unread.p12", null, null, null, null, 0, null).withDefaults(); //$NON-NLS-1$
        assertTrue(messages(TlsChannelRules.serverIdentity(unread)).contains("The key repository /mq/unread.p12 has not been read"), //$NON-NLS-1$
                messages(TlsChannelRules.serverIdentity(unread)));
    }
}
