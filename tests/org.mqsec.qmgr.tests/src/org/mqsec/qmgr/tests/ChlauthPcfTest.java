package org.mqsec.qmgr.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.mqsec.core.chlauth.ChlauthRecord;
import org.mqsec.core.findings.Finding;
import org.mqsec.core.mqsc.MqscReader;
import org.mqsec.qmgr.pcf.ChlauthPcf;
import org.mqsec.core.chlauth.ChlauthAction;

import com.ibm.mq.headers.pcf.PCFMessage;
import com.ibm.mq.headers.pcf.PCFParameter;

/**
 * Every Set/Inquire CHLAUTH message we build is written to bytes and decoded by IBM's own
 * {@link PCFMessage}, then checked against the parameter numbers IBM documents for Set Channel
 * Authentication Record (mq-security.md 4.4, read from the 9.4 jar; written here as literals so that
 * a wrong constant in our table cannot also be wrong in the test).
 */
class ChlauthPcfTest {

    // documented numbers
    private static final int MQCMD_SET_CHLAUTH_REC = 203;
    private static final int MQCMD_INQUIRE_CHLAUTH_RECS = 204;
    private static final int MQCFT_COMMAND = 1;
    private static final int MQCFT_RESPONSE = 2;
    private static final int CHANNEL_NAME = 3501;
    private static final int CHLAUTH_TYPE = 1352;
    private static final int ACTION = 1086;
    private static final int CONNECTION_NAME = 3506;
    private static final int CONNECTION_NAME_LIST = 3566;
    private static final int SSL_PEER_NAME = 3545;
    private static final int SSL_CERT_ISSUER_NAME = 2130;
    private static final int CLIENT_USER_ID = 3567;
    private static final int REMOTE_Q_MGR_NAME = 2017;
    private static final int USER_SOURCE = 1638;
    private static final int MCA_USER_ID = 3527;
    private static final int CHECK_CLIENT_BINDING = 258;
    private static final int WARNING = 1639;
    private static final int CHLAUTH_DESC = 2118;
    private static final int MCA_USER_ID_LIST = 3568;
    private static final int CHLAUTH_ATTRS = 1355;

    /** IBM's three default records, each other type, and values that try to escape their quotes. */
    static List<ChlauthRecord> records() {
        String script = String.join("\n", //$NON-NLS-1$
                "SET CHLAUTH('SYSTEM.ADMIN.SVRCONN') TYPE(ADDRESSMAP) ADDRESS('*') USERSRC(CHANNEL) CHCKCLNT(ASQMGR)", //$NON-NLS-1$
                "SET CHLAUTH('SYSTEM.*') TYPE(ADDRESSMAP) ADDRESS('*') USERSRC(NOACCESS) WARN(NO)", //$NON-NLS-1$
                "SET CHLAUTH('*') TYPE(BLOCKUSER) USERLIST('*MQADMIN') WARN(NO)", //$NON-NLS-1$
                "SET CHLAUTH('*') TYPE(BLOCKADDR) ADDRLIST('192.0.2.1-8','198.51.100.*') WARN(YES)", //$NON-NLS-1$
                "SET CHLAUTH('APP.SVRCONN') TYPE(SSLPEERMAP) SSLPEER('CN=O''Brien,OU=Pay,O=Example') " //$NON-NLS-1$
                        + "SSLCERTI('CN=Example CA,O=Example') USERSRC(MAP) MCAUSER('app1') CHCKCLNT(REQUIRED) DESCR('it''s ok)'' X(')", //$NON-NLS-1$
                "SET CHLAUTH('APP.*') TYPE(USERMAP) CLNTUSER('alice') ADDRESS('10.1.*') USERSRC(MAP) MCAUSER('app2') CHCKCLNT(REQDADM)", //$NON-NLS-1$
                "SET CHLAUTH('TO.QM1') TYPE(QMGRMAP) QMNAME('QM2*') USERSRC(MAP) MCAUSER('qmuser')"); //$NON-NLS-1$
        List<ChlauthRecord> records = new ArrayList<>();
        for (var command : MqscReader.readScript(script).commands()) {
            ChlauthRecord.Parsed parsed = ChlauthRecord.from(command);
            assertTrue(parsed.findings().isEmpty(), parsed.findings().toString());
            records.add(parsed.record());
        }
        return records;
    }

    private static PCFMessage decodedByIbm(PCFMessage message) throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        message.write(new DataOutputStream(bytes));
        return new PCFMessage(new DataInputStream(new ByteArrayInputStream(bytes.toByteArray())));
    }

    private static List<Integer> ids(PCFMessage message) {
        List<Integer> ids = new ArrayList<>();
        Enumeration<?> parameters = message.getParameters();
        while (parameters.hasMoreElements()) {
            ids.add(((PCFParameter) parameters.nextElement()).getParameter());
        }
        return ids;
    }

    @ParameterizedTest
    @MethodSource("records")
    void setDecodesWithIbmsClassesAndReadsBackToTheSameRecord(ChlauthRecord record) throws Exception {
        PCFMessage decoded = decodedByIbm(ChlauthPcf.set(record, ChlauthAction.REPLACE));
        assertEquals(MQCFT_COMMAND, decoded.getType());
        assertEquals(MQCMD_SET_CHLAUTH_REC, decoded.getCommand());
        List<Integer> ids = ids(decoded);
        assertEquals(List.of(CHANNEL_NAME, CHLAUTH_TYPE), ids.subList(0, 2), "ProfileName, then Type"); //$NON-NLS-1$
        assertEquals(ACTION, ids.get(ids.size() - 1));
        assertEquals(6, decoded.getIntParameterValue(ACTION), "MQACT_REPLACE"); //$NON-NLS-1$
        assertEquals(record.profile(), decoded.getStringParameterValue(CHANNEL_NAME));
        ChlauthRecord.Parsed back = ChlauthPcf.read(decoded);
        assertEquals(List.of(), back.findings());
        assertEquals(record, back.record());
    }

    @Test
    void parametersCarryTheDocumentedValues() throws Exception {
        List<ChlauthRecord> records = records();
        PCFMessage peer = decodedByIbm(ChlauthPcf.set(records.get(4), ChlauthAction.ADD));
        assertEquals(3, peer.getIntParameterValue(CHLAUTH_TYPE), "MQCAUT_SSLPEERMAP"); //$NON-NLS-1$
        assertEquals("CN=O'Brien,OU=Pay,O=Example", peer.getStringParameterValue(SSL_PEER_NAME)); //$NON-NLS-1$
        assertEquals("CN=Example CA,O=Example", peer.getStringParameterValue(SSL_CERT_ISSUER_NAME)); //$NON-NLS-1$
        assertEquals(0, peer.getIntParameterValue(USER_SOURCE), "MQUSRC_MAP"); //$NON-NLS-1$
        assertEquals("app1", peer.getStringParameterValue(MCA_USER_ID)); //$NON-NLS-1$
        assertEquals(3, peer.getIntParameterValue(CHECK_CLIENT_BINDING), "MQCHK_REQUIRED"); //$NON-NLS-1$
        assertEquals("it's ok)' X(", peer.getStringParameterValue(CHLAUTH_DESC)); //$NON-NLS-1$
        assertEquals(5, peer.getIntParameterValue(ACTION), "MQACT_ADD"); //$NON-NLS-1$

        PCFMessage noAccess = decodedByIbm(ChlauthPcf.set(records.get(1), ChlauthAction.REPLACE));
        assertEquals(4, noAccess.getIntParameterValue(CHLAUTH_TYPE), "MQCAUT_ADDRESSMAP"); //$NON-NLS-1$
        assertEquals("*", noAccess.getStringParameterValue(CONNECTION_NAME)); //$NON-NLS-1$
        assertEquals(1, noAccess.getIntParameterValue(USER_SOURCE), "MQUSRC_NOACCESS"); //$NON-NLS-1$
        assertEquals(0, noAccess.getIntParameterValue(WARNING), "MQWARN_NO"); //$NON-NLS-1$

        PCFMessage blockUser = decodedByIbm(ChlauthPcf.set(records.get(2), ChlauthAction.REPLACE));
        assertEquals(1, blockUser.getIntParameterValue(CHLAUTH_TYPE), "MQCAUT_BLOCKUSER"); //$NON-NLS-1$
        assertArrayEquals(new String[] { "*MQADMIN" }, blockUser.getStringListParameterValue(MCA_USER_ID_LIST)); //$NON-NLS-1$

        PCFMessage blockAddr = decodedByIbm(ChlauthPcf.set(records.get(3), ChlauthAction.REPLACE));
        assertEquals(2, blockAddr.getIntParameterValue(CHLAUTH_TYPE), "MQCAUT_BLOCKADDR"); //$NON-NLS-1$
        // MQCFSL has one string length for all items: IBM's class pads the shorter ones with blanks
        assertArrayEquals(new String[] { "192.0.2.1-8 ", "198.51.100.*" }, //$NON-NLS-1$ //$NON-NLS-2$
                blockAddr.getStringListParameterValue(CONNECTION_NAME_LIST));
        assertEquals(1, blockAddr.getIntParameterValue(WARNING), "MQWARN_YES"); //$NON-NLS-1$

        PCFMessage userMap = decodedByIbm(ChlauthPcf.set(records.get(5), ChlauthAction.REPLACE));
        assertEquals(5, userMap.getIntParameterValue(CHLAUTH_TYPE), "MQCAUT_USERMAP"); //$NON-NLS-1$
        assertEquals("alice", userMap.getStringParameterValue(CLIENT_USER_ID)); //$NON-NLS-1$
        assertEquals(2, userMap.getIntParameterValue(CHECK_CLIENT_BINDING), "MQCHK_REQUIRED_ADMIN"); //$NON-NLS-1$

        PCFMessage qmgrMap = decodedByIbm(ChlauthPcf.set(records.get(6), ChlauthAction.REPLACE));
        assertEquals(6, qmgrMap.getIntParameterValue(CHLAUTH_TYPE), "MQCAUT_QMGRMAP"); //$NON-NLS-1$
        assertEquals("QM2*", qmgrMap.getStringParameterValue(REMOTE_Q_MGR_NAME)); //$NON-NLS-1$

        PCFMessage channelUser = decodedByIbm(ChlauthPcf.set(records.get(0), ChlauthAction.REPLACE));
        assertEquals(2, channelUser.getIntParameterValue(USER_SOURCE), "MQUSRC_CHANNEL"); //$NON-NLS-1$
        assertEquals(4, channelUser.getIntParameterValue(CHECK_CLIENT_BINDING), "MQCHK_AS_Q_MGR"); //$NON-NLS-1$
    }

    @Test
    void removeNamesTheRecordAndRemoveAllOnlyTheProfileAndType() throws Exception {
        ChlauthRecord peer = records().get(4);
        PCFMessage remove = decodedByIbm(ChlauthPcf.set(peer, ChlauthAction.REMOVE));
        assertEquals(List.of(CHANNEL_NAME, CHLAUTH_TYPE, SSL_PEER_NAME, SSL_CERT_ISSUER_NAME, ACTION), ids(remove));
        assertEquals(7, remove.getIntParameterValue(ACTION), "MQACT_REMOVE"); //$NON-NLS-1$
        PCFMessage removeAll = decodedByIbm(ChlauthPcf.set(peer, ChlauthAction.REMOVEALL));
        assertEquals(List.of(CHANNEL_NAME, CHLAUTH_TYPE, ACTION), ids(removeAll));
        assertEquals(8, removeAll.getIntParameterValue(ACTION), "MQACT_REMOVEALL"); //$NON-NLS-1$
    }

    @Test
    void inquireAsksForEveryAttributeOfTheProfile() throws Exception {
        PCFMessage inquire = decodedByIbm(ChlauthPcf.inquire("APP.*")); //$NON-NLS-1$
        assertEquals(MQCMD_INQUIRE_CHLAUTH_RECS, inquire.getCommand());
        assertEquals("APP.*", inquire.getStringParameterValue(CHANNEL_NAME)); //$NON-NLS-1$
        assertArrayEquals(new int[] { 1009 }, inquire.getIntListParameterValue(CHLAUTH_ATTRS), "MQIACF_ALL"); //$NON-NLS-1$
    }

    /** A reply as a queue manager sends it: a response header, blank-padded strings, ALTDATE/ALTTIME. */
    @Test
    void aRecordedInquireReplyReadsIntoTheModel() throws Exception {
        PCFMessage reply = new PCFMessage(MQCFT_RESPONSE, MQCMD_INQUIRE_CHLAUTH_RECS, 1, true);
        reply.addParameter(CHANNEL_NAME, "SYSTEM.*            "); //$NON-NLS-1$
        reply.addParameter(CHLAUTH_TYPE, 4);
        reply.addParameter(CHLAUTH_DESC, "Default rule to disable all SYSTEM channels                     "); //$NON-NLS-1$
        reply.addParameter(2119, " "); // MQCA_CUSTOM
        reply.addParameter(CONNECTION_NAME, "*"); //$NON-NLS-1$
        reply.addParameter(USER_SOURCE, 1);
        reply.addParameter(WARNING, 0);
        reply.addParameter(2027, "2026-11-23"); // MQCA_ALTERATION_DATE //$NON-NLS-1$
        reply.addParameter(2028, "21.34.26"); // MQCA_ALTERATION_TIME //$NON-NLS-1$
        ChlauthRecord.Parsed parsed = ChlauthPcf.read(decodedByIbm(reply));
        assertEquals(List.of(), parsed.findings());
        ChlauthRecord expected = ChlauthRecord.from(MqscReader.readScript("SET CHLAUTH('SYSTEM.*') TYPE(ADDRESSMAP) ADDRESS('*') " //$NON-NLS-1$
                + "USERSRC(NOACCESS) DESCR('Default rule to disable all SYSTEM channels')").commands().get(0)).record(); //$NON-NLS-1$
        assertEquals(expected, parsed.record());
    }

    @Test
    void whatTheModelDoesNotKnowIsAFindingNotDropped() throws Exception {
        PCFMessage unknownType = new PCFMessage(MQCFT_RESPONSE, MQCMD_INQUIRE_CHLAUTH_RECS, 1, true);
        unknownType.addParameter(CHANNEL_NAME, "APP.SVRCONN"); //$NON-NLS-1$
        unknownType.addParameter(CHLAUTH_TYPE, 99);
        List<Finding> findings = ChlauthPcf.read(decodedByIbm(unknownType)).findings();
        assertTrue(findings.stream().anyMatch(f -> f.message().contains("99")), findings.toString()); //$NON-NLS-1$

        PCFMessage unknownParameter = new PCFMessage(MQCFT_RESPONSE, MQCMD_INQUIRE_CHLAUTH_RECS, 1, true);
        unknownParameter.addParameter(CHANNEL_NAME, "APP.SVRCONN"); //$NON-NLS-1$
        unknownParameter.addParameter(CHLAUTH_TYPE, 5);
        unknownParameter.addParameter(CLIENT_USER_ID, "alice"); //$NON-NLS-1$
        unknownParameter.addParameter(USER_SOURCE, 2);
        unknownParameter.addParameter(4242, "future attribute"); //$NON-NLS-1$
        ChlauthRecord.Parsed parsed = ChlauthPcf.read(decodedByIbm(unknownParameter));
        assertEquals("alice", parsed.record().clientUser()); //$NON-NLS-1$
        assertTrue(parsed.findings().stream().anyMatch(f -> f.message().contains("4242")), parsed.findings().toString()); //$NON-NLS-1$
    }
}
