package org.mqsec.qmgr.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.mqsec.core.chlauth.ChlauthAction;
import org.mqsec.core.chlauth.ChlauthRecordSet;
import org.mqsec.core.mqsc.MqField;
import org.mqsec.core.mqsc.MqObjectType;
import org.mqsec.core.mqsc.MqSchema;
import org.mqsec.core.plan.AlterQueueManager;
import org.mqsec.core.plan.Attributes;
import org.mqsec.core.plan.ChannelStep;
import org.mqsec.core.plan.ChlauthStep;
import org.mqsec.core.plan.KeyRepositoryStep;
import org.mqsec.core.plan.MqObject;
import org.mqsec.core.plan.Plan;
import org.mqsec.core.plan.PolicyStep;
import org.mqsec.core.plan.RefreshSecurity;
import org.mqsec.core.tls.QueueManagerPlatform;
import org.mqsec.core.plan.PlanFile;
import org.mqsec.qmgr.pcf.PlanPcf;

import com.ibm.mq.headers.pcf.MQCFIL;
import com.ibm.mq.headers.pcf.PCFMessage;
import com.ibm.mq.headers.pcf.PCFParameter;

/**
 * Every PCF command a plan becomes, written to bytes and decoded again by IBM's {@code PCFMessage},
 * against the parameters IBM documents for the command (numbers from the PCF reference,
 * shared/reference/mq-security.md 4, not from our own table), and the schema's numbers against the
 * constants of those names in the IBM MQ classes.
 */
class PlanPcfTest {

    static PCFMessage decoded(PCFMessage message) throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        message.write(new DataOutputStream(bytes));
        return new PCFMessage(new DataInputStream(new ByteArrayInputStream(bytes.toByteArray())));
    }

    static List<Integer> ids(PCFMessage message) {
        List<Integer> ids = new ArrayList<>();
        Enumeration<?> parameters = message.getParameters();
        while (parameters.hasMoreElements()) {
            ids.add(((PCFParameter) parameters.nextElement()).getParameter());
        }
        return ids;
    }

    @Test
    void everySchemaNumberIsTheIbmConstantOfItsName() throws ReflectiveOperationException {
        for (MqObjectType type : MqObjectType.values()) {
            for (MqField field : MqSchema.fields(type)) {
                assertEquals(com.ibm.mq.constants.MQConstants.class.getField(field.pcfConstant()).getInt(null), field.pcfParameter(),
                        type + " " + field.keyword()); //$NON-NLS-1$
                for (MqField.Value value : field.values()) {
                    assertEquals(com.ibm.mq.constants.MQConstants.class.getField(value.constant()).getInt(null), value.number(),
                            type + " " + field.keyword() + "(" + value.word() + ")"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                }
            }
        }
    }

    @Test
    void changeQueueManagerCarriesTheSecurityAttributesByIbmNumber() throws Exception {
        PCFMessage message = decoded(PlanPcf.command(new AlterQueueManager(Map.of("SSLKEYR", List.of("/var/mqm/qmgrs/QM1/ssl/key"), //$NON-NLS-1$ //$NON-NLS-2$
                "CERTLABL", List.of("qm1tls"), "SSLFIPS", List.of("YES"), "SUITEB", List.of("128_BIT", "192_BIT"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$
                "CHLAUTH", List.of("ENABLED"), "CONNAUTH", List.of("SYSTEM.DEFAULT.AUTHINFO.IDPWOS"))))); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
        assertEquals(1, message.getCommand(), "MQCMD_CHANGE_Q_MGR"); //$NON-NLS-1$
        assertEquals("/var/mqm/qmgrs/QM1/ssl/key", message.getStringParameterValue(2049)); //$NON-NLS-1$
        assertEquals("qm1tls", message.getStringParameterValue(2121)); //$NON-NLS-1$
        assertEquals(1, message.getIntParameterValue(92), "MQSSL_FIPS_YES"); //$NON-NLS-1$
        assertArrayEquals(new int[] { 2, 4 }, ((MQCFIL) message.getParameter(247)).getValues(), "MQ_SUITE_B_128_BIT, 192_BIT"); //$NON-NLS-1$
        assertEquals(1, message.getIntParameterValue(248), "MQCHLA_ENABLED"); //$NON-NLS-1$
        assertEquals("SYSTEM.DEFAULT.AUTHINFO.IDPWOS", message.getStringParameterValue(2125)); //$NON-NLS-1$
    }

    @Test
    void createChannelStartsWithNameAndTypeAndReplaces() throws Exception {
        PCFMessage message = decoded(PlanPcf.command(new ChannelStep(ChannelStep.Mode.DEFINE, "APP.SVRCONN", "SVRCONN", //$NON-NLS-1$ //$NON-NLS-2$
                Attributes.of("TRPTYPE", "TCP", "SSLCIPH", "ANY_TLS12_OR_HIGHER", "SSLCAUTH", "REQUIRED", "SSLPEER", "CN=app1,O=Example", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$
                        "MCAUSER", "app", "MAXINST", "100", "MAXINSTC", "10", "SHARECNV", "10", "DESCR", "Pay")))); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$ //$NON-NLS-9$ //$NON-NLS-10$
        assertEquals(23, message.getCommand(), "MQCMD_CREATE_CHANNEL"); //$NON-NLS-1$
        List<Integer> ids = ids(message);
        assertEquals(List.of(3501, 1511), ids.subList(0, 2), "ChannelName then ChannelType"); //$NON-NLS-1$
        assertEquals(7, message.getIntParameterValue(1511), "MQCHT_SVRCONN"); //$NON-NLS-1$
        assertEquals(2, message.getIntParameterValue(1501), "MQXPT_TCP"); //$NON-NLS-1$
        assertEquals("ANY_TLS12_OR_HIGHER", message.getStringParameterValue(3544)); //$NON-NLS-1$
        assertEquals(0, message.getIntParameterValue(1568), "MQSCA_REQUIRED"); //$NON-NLS-1$
        assertEquals("CN=app1,O=Example", message.getStringParameterValue(3545)); //$NON-NLS-1$
        assertEquals("app", message.getStringParameterValue(3527)); //$NON-NLS-1$
        assertEquals(100, message.getIntParameterValue(1618));
        assertEquals(10, message.getIntParameterValue(1619));
        assertEquals(10, message.getIntParameterValue(1615));
        assertEquals("Pay", message.getStringParameterValue(3502)); //$NON-NLS-1$
        assertEquals(1, message.getIntParameterValue(1006), "MQIACF_REPLACE = MQRP_YES"); //$NON-NLS-1$
        PCFMessage alter = decoded(PlanPcf.command(new ChannelStep(ChannelStep.Mode.ALTER, "APP.SVRCONN", "SVRCONN", //$NON-NLS-1$ //$NON-NLS-2$
                Attributes.of("SSLCAUTH", "OPTIONAL")))); //$NON-NLS-1$ //$NON-NLS-2$
        assertEquals(21, alter.getCommand(), "MQCMD_CHANGE_CHANNEL"); //$NON-NLS-1$
        assertEquals(List.of(3501, 1511, 1568), ids(alter));
        assertEquals(1, alter.getIntParameterValue(1568), "MQSCA_OPTIONAL"); //$NON-NLS-1$
        // read back through the schema: the same attributes as MQSC words
        MqObject read = PlanPcf.object(MqObjectType.CHANNEL, message);
        assertEquals("APP.SVRCONN", read.name()); //$NON-NLS-1$
        assertEquals("SVRCONN", read.valueOr("CHLTYPE", "")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        assertEquals("REQUIRED", read.valueOr("SSLCAUTH", "")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
    }

    @Test
    void anAmsPolicyIsIbmsSetPolicyWithEveryAttributeAndReadsBackAsTheSamePolicy() throws Exception {
        org.mqsec.core.ams.AmsPolicy confidentiality = new org.mqsec.core.ams.AmsPolicy("PAY.Q", //$NON-NLS-1$
                org.mqsec.core.ams.AmsPolicy.SignatureAlgorithm.NONE, org.mqsec.core.ams.AmsPolicy.EncryptionAlgorithm.AES128, List.of(),
                List.of("CN=app1,O=Example"), false, 100); //$NON-NLS-1$
        PCFMessage set = decoded(PlanPcf.command(confidentiality.step()));
        assertEquals(208, set.getCommand(), "MQCMD_CHANGE_PROT_POLICY"); //$NON-NLS-1$
        assertEquals(0, set.getIntParameterValue(236), "MQMLP_SIGN_ALG_NONE"); //$NON-NLS-1$
        assertEquals(4, set.getIntParameterValue(237), "MQMLP_ENCRYPTION_ALG_AES128"); //$NON-NLS-1$
        assertEquals(0, set.getIntParameterValue(235), "MQMLP_TOLERATE_UNPROTECTED_NO"); //$NON-NLS-1$
        assertEquals(100, set.getIntParameterValue(267), "MQIA_KEY_REUSE_COUNT"); //$NON-NLS-1$
        assertEquals(confidentiality, org.mqsec.core.ams.AmsPolicy.of("PAY.Q", PlanPcf.object(MqObjectType.POLICY, set).attributes())); //$NON-NLS-1$
        org.mqsec.core.ams.AmsPolicy unlimited = new org.mqsec.core.ams.AmsPolicy("PAY.Q", //$NON-NLS-1$
                org.mqsec.core.ams.AmsPolicy.SignatureAlgorithm.SHA512, org.mqsec.core.ams.AmsPolicy.EncryptionAlgorithm.NONE,
                List.of("CN=putter,O=Example"), List.of(), true, org.mqsec.core.ams.AmsPolicy.KEY_REUSE_UNLIMITED); //$NON-NLS-1$
        PCFMessage integrity = decoded(PlanPcf.command(unlimited.step()));
        assertEquals(-1, integrity.getIntParameterValue(267), "MQKEY_REUSE_UNLIMITED"); //$NON-NLS-1$
        assertEquals("CN=putter,O=Example", integrity.getStringParameterValue(2113).strip(), "MQCA_SIGNER_DN"); //$NON-NLS-1$ //$NON-NLS-2$
        assertEquals(unlimited, org.mqsec.core.ams.AmsPolicy.of("PAY.Q", PlanPcf.object(MqObjectType.POLICY, integrity).attributes())); //$NON-NLS-1$
    }

    @Test
    void policiesRefreshAndChlauthAreIbmsCommands() throws Exception {
        PCFMessage policy = decoded(PlanPcf.command(new PolicyStep(PolicyStep.Mode.SET, "PAY.Q", Map.of("SIGNALG", List.of("SHA256"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                "ENCALG", List.of("AES256"), "RECIP", List.of("CN=a,O=X", "CN=b,O=X"), "ENFORCE", List.of("TOLERATE"))))); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$
        assertEquals(208, policy.getCommand(), "MQCMD_CHANGE_PROT_POLICY (Set Policy)"); //$NON-NLS-1$
        assertEquals("PAY.Q", policy.getStringParameterValue(2112)); //$NON-NLS-1$
        assertEquals(4, policy.getIntParameterValue(236), "MQMLP_SIGN_ALG_SHA256"); //$NON-NLS-1$
        assertEquals(5, policy.getIntParameterValue(237), "MQMLP_ENCRYPTION_ALG_AES256"); //$NON-NLS-1$
        assertEquals(2, ids(policy).stream().filter(id -> id == 2114).count(), "Recipient repeated"); //$NON-NLS-1$
        assertEquals(1, policy.getIntParameterValue(235), "MQMLP_TOLERATE_UNPROTECTED_YES"); //$NON-NLS-1$
        assertEquals(List.of("CN=a,O=X", "CN=b,O=X"), PlanPcf.object(MqObjectType.POLICY, policy).attributes().get("RECIP")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        PCFMessage delete = decoded(PlanPcf.command(new PolicyStep(PolicyStep.Mode.DELETE, "PAY.Q", Map.of()))); //$NON-NLS-1$
        assertEquals(207, delete.getCommand(), "MQCMD_DELETE_PROT_POLICY"); //$NON-NLS-1$
        assertEquals(List.of(2112), ids(delete));
        PCFMessage refresh = decoded(PlanPcf.command(new RefreshSecurity("SSL"))); //$NON-NLS-1$
        assertEquals(78, refresh.getCommand(), "MQCMD_REFRESH_SECURITY"); //$NON-NLS-1$
        assertEquals(2, refresh.getIntParameterValue(1106), "MQSECTYPE_SSL"); //$NON-NLS-1$
        PCFMessage chlauth = decoded(PlanPcf.command(new ChlauthStep(ChlauthAction.ADD, ChlauthRecordSet.read(
                "SET CHLAUTH('APP.*') TYPE(ADDRESSMAP) ADDRESS('10.0.0.*') USERSRC(NOACCESS)").records().get(0)))); //$NON-NLS-1$
        assertEquals(203, chlauth.getCommand(), "MQCMD_SET_CHLAUTH_REC"); //$NON-NLS-1$
        assertEquals(5, chlauth.getIntParameterValue(1086), "MQACT_ADD"); //$NON-NLS-1$
        assertTrue(PlanPcf.describe(chlauth).startsWith("MQCMD_SET_CHLAUTH_REC (203)\n  MQCACH_CHANNEL_NAME (3501) = 'APP.*'"), //$NON-NLS-1$
                PlanPcf.describe(chlauth));
    }

    @Test
    void aPlanFileKeepsEveryStepAndRefusesWhatIsNotAPlan() throws Exception {
        Plan plan = new Plan("QM1", QueueManagerPlatform.ZOS, List.of( //$NON-NLS-1$
                new AlterQueueManager(Map.of("SUITEB", List.of("128_BIT", "192_BIT"), "SSLKEYR", List.of("CSQ1RING"))), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
                new ChannelStep(ChannelStep.Mode.DEFINE, "APP.SVRCONN", "SVRCONN", Attributes.of("MCAUSER", "app", "MAXINST", "5")), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$
                new ChlauthStep(ChlauthAction.REMOVE, ChlauthRecordSet.read("SET CHLAUTH('A') TYPE(SSLPEERMAP) SSLPEER('CN=x''y') MCAUSER('u')") //$NON-NLS-1$
                        .records().get(0)),
                new PolicyStep(PolicyStep.Mode.SET, "PAY.Q", Map.of("RECIP", List.of("CN=a", "CN=b"), "ENCALG", List.of("AES256"))), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$
                new RefreshSecurity("SSL"), //$NON-NLS-1$
                new KeyRepositoryStep("Create key.p12", "/var/mqm/qmgrs/QM1/ssl/key.p12", List.of("runmqakm -keydb -create"), null))); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        Plan read = PlanFile.read(PlanFile.write(plan));
        assertEquals(plan.queueManager(), read.queueManager());
        assertEquals(plan.platform(), read.platform());
        assertEquals(plan.steps().size(), read.steps().size());
        for (int i = 0; i < plan.queueManagerSteps().size(); i++) {
            assertEquals(plan.queueManagerSteps().get(i).toMqsc().toString(), read.queueManagerSteps().get(i).toMqsc().toString());
        }
        assertEquals(plan.steps().get(5), read.steps().get(5));
        for (String bad : List.of("[]", "{", "{\"steps\": 3}", "{\"format\": \"mqsec-plan/9\", \"steps\": []}", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
                "{\"steps\": [{\"type\": \"drop-table\"}]}", "{\"steps\": [{\"type\": \"channel\", \"mode\": \"MAYBE\", \"name\": \"A\", " //$NON-NLS-1$ //$NON-NLS-2$
                        + "\"channelType\": \"SVRCONN\", \"attributes\": {}}]}", //$NON-NLS-1$
                "{\"steps\": [{\"type\": \"chlauth\", \"action\": \"ADD\", \"record\": \"DEFINE QLOCAL(A)\"}]}", //$NON-NLS-1$
                "{\"steps\": [{\"type\": \"alter-qmgr\", \"attributes\": {\"SSLKEYR\": {\"a\": 1}}}]}")) { //$NON-NLS-1$
            PlanFile.UnreadableException e = assertThrows(PlanFile.UnreadableException.class, () -> PlanFile.read(bad), bad);
            assertTrue(!e.getMessage().isBlank());
        }
    }
}
