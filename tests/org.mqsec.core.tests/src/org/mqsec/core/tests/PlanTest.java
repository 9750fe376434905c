package org.mqsec.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.mqsec.core.chlauth.ChlauthAction;
import org.mqsec.core.chlauth.ChlauthRecord;
import org.mqsec.core.chlauth.ChlauthRecordSet;
import org.mqsec.core.mqsc.MqAttribute;
import org.mqsec.core.mqsc.MqscCommand;
import org.mqsec.core.mqsc.MqscReader;
import org.mqsec.core.plan.AlterQueueManager;
import org.mqsec.core.plan.Attributes;
import org.mqsec.core.plan.ChannelStep;
import org.mqsec.core.plan.ChlauthStep;
import org.mqsec.core.plan.MqscScript;
import org.mqsec.core.plan.Plan;
import org.mqsec.core.plan.PlanFinding;
import org.mqsec.core.plan.PolicyStep;
import org.mqsec.core.plan.RefreshSecurity;
import org.mqsec.core.tls.QueueManagerPlatform;

/** Plans: validation by finding code and step, and MQSC rendering that runmqsc's rules read back exactly. */
class PlanTest {

    private static List<String> codes(List<PlanFinding> findings, int step) {
        return findings.stream().filter(f -> f.step() == step).map(PlanFinding::code).toList();
    }

    private static ChlauthRecord record(String mqsc) {
        return ChlauthRecordSet.read(mqsc).records().get(0);
    }

    @Test
    void eachStepIsCheckedAgainstTheSchemaAndTheSafeDefaults() {
        Plan plan = new Plan("QM1", QueueManagerPlatform.MULTIPLATFORMS, List.of( //$NON-NLS-1$
                new AlterQueueManager(Attributes.of("SSLFIPS", "MAYBE", "SSLTASKS", "5", "CHLAUTH", "DISABLED", "PLATFORM", "UNIX")), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$
                new ChannelStep(ChannelStep.Mode.DEFINE, "APP.SVRCONN", "SVRCONN", Attributes.of("SSLCAUTH", "OPTIONAL", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
                        "MAXINST", "1000000000", "SSLCIPH", "TLS_RSA_WITH_AES_128_CBC_SHA", "COLOUR", "blue")), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$
                new ChannelStep(ChannelStep.Mode.DEFINE, "APP.CLNT", "CLNTCONN", Attributes.of("MCAUSER", "app", "SSLCIPH", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$
                        "NO_SUCH_CIPHER")), //$NON-NLS-1$
                new ChannelStep(ChannelStep.Mode.ALTER, "ADMIN.SVRCONN", "SVRCONN", Attributes.of("MCAUSER", "mqm")), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
                new ChlauthStep(ChlauthAction.REMOVE, record("SET CHLAUTH('*') TYPE(BLOCKUSER) USERLIST('*MQADMIN')")), //$NON-NLS-1$
                new PolicyStep(PolicyStep.Mode.SET, "PAY.Q", Attributes.of("SIGNALG", "SHA1", "ENCALG", "AES256")), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$
                new RefreshSecurity("CLASSES"), //$NON-NLS-1$
                new ChannelStep(ChannelStep.Mode.DEFINE, "BAD NAME", "SVRCONN", Attributes.of("DESCR", "two\nlines", "SSLCIPH", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
                        "ANY_TLS12_OR_HIGHER", "MCAUSER", "nobody")))); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        List<PlanFinding> findings = plan.validate();
        assertEquals(List.of(Attributes.BAD_WORD, Attributes.READ_ONLY, Plan.ZOS_ONLY, Plan.CHLAUTH_DISABLED), codes(findings, 1), findings.toString());
        assertEquals(List.of(Attributes.BAD_NUMBER, Attributes.UNKNOWN, Plan.DEPRECATED_CIPHERSPEC, Plan.SSLCAUTH_OPTIONAL, Plan.BLANK_MCAUSER),
                codes(findings, 2), findings.toString());
        assertEquals(List.of(Plan.NOT_FOR_CHANNEL_TYPE, Plan.UNKNOWN_CIPHERSPEC), codes(findings, 3), findings.toString());
        assertEquals(List.of(Plan.PRIVILEGED_MCAUSER), codes(findings, 4));
        assertEquals(List.of(Plan.BACKSTOP_REMOVED), codes(findings, 5));
        assertEquals(List.of(Plan.WEAK_POLICY_ALGORITHM, Plan.POLICY_NO_RECIPIENT), codes(findings, 6));
        assertEquals(List.of(Plan.REFRESH_TYPE), codes(findings, 7));
        assertEquals(List.of(MqAttribute.BAD_CHARACTERS, MqAttribute.CONTROL_CHARACTER), codes(findings, 8));
        assertTrue(findings.stream().allMatch(f -> f.finding().message().startsWith("step " + f.step()))); //$NON-NLS-1$
        // on z/OS SSLTASKS is an attribute like any other, and REFRESH SECURITY TYPE(CLASSES) exists
        Plan zos = new Plan("CSQ1", QueueManagerPlatform.ZOS, List.of(new AlterQueueManager(Attributes.of("SSLTASKS", "5")), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                new RefreshSecurity("CLASSES"))); //$NON-NLS-1$
        assertEquals(List.of(), zos.validate());
    }

    /** A value no line can hold, with everything MQSC treats specially: quotes, blanks, '*', '+', '-'. */
    private static String awkward(Random random, int length) {
        String alphabet = "ab CN=*,'+-O.x"; //$NON-NLS-1$
        StringBuilder value = new StringBuilder();
        while (value.length() < length) {
            value.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return value.toString();
    }

    @Test
    void wrappedCommandsFitTheirLinesAndReadBackAsTheSameCommand() {
        Random random = new Random(20261202);
        for (int round = 0; round < 300; round++) {
            String peer = awkward(random, 1 + random.nextInt(1000));
            String descr = awkward(random, 1 + random.nextInt(64));
            Plan plan = new Plan("QM1", QueueManagerPlatform.MULTIPLATFORMS, List.of( //$NON-NLS-1$
                    new ChannelStep(ChannelStep.Mode.DEFINE, "APP.SVRCONN", "SVRCONN", Attributes.of("SSLCIPH", "ANY_TLS12_OR_HIGHER", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
                            "SSLPEER", peer, "DESCR", descr, "MCAUSER", "app")), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
                    new PolicyStep(PolicyStep.Mode.SET, "PAY.Q", Map.of("SIGNER", List.of(peer, "CN=b"), "RECIP", List.of(descr))))); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
            for (MqscScript.Layout layout : MqscScript.Layout.values()) {
                String script = MqscScript.render(plan, layout);
                for (String line : script.split("\n")) { //$NON-NLS-1$
                    assertTrue(line.length() <= layout.width(), () -> layout + " line too long: " + line); //$NON-NLS-1$
                }
                MqscReader.Result read = MqscReader.readScript(script);
                assertEquals(List.of(), read.problems(), script);
                assertEquals(2, read.commands().size(), script);
                assertEquals(plan.queueManagerSteps().get(0).toMqsc().toString(), read.commands().get(0).toString(), script);
                assertEquals(peer, read.commands().get(0).value("SSLPEER").orElseThrow()); //$NON-NLS-1$
                assertEquals(List.of(peer, "CN=b"), read.commands().get(1).values("SIGNER")); //$NON-NLS-1$ //$NON-NLS-2$
            }
        }
    }

    @Test
    void aPolicyIsWrittenAsSetPolicyWithRepeatedSignersAndASwitch() {
        PolicyStep step = new PolicyStep(PolicyStep.Mode.SET, "PAY.Q", Map.of("SIGNALG", List.of("SHA256"), "ENCALG", List.of("AES256"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
                "RECIP", List.of("CN=a,O=X", "CN=b,O=X"), "ENFORCE", List.of("TOLERATE"))); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
        assertEquals("SET POLICY('PAY.Q') SIGNALG(SHA256) ENCALG(AES256) RECIP('CN=a,O=X') RECIP('CN=b,O=X') TOLERATE ACTION(REPLACE)", //$NON-NLS-1$
                step.toMqsc().toString());
        assertEquals("DELETE POLICY('PAY.Q')", new PolicyStep(PolicyStep.Mode.DELETE, "PAY.Q", Map.of()).toMqsc().toString()); //$NON-NLS-1$ //$NON-NLS-2$
        List<MqscCommand> read = MqscReader.readScript(step.toMqsc().toString()).commands();
        assertEquals(List.of("CN=a,O=X", "CN=b,O=X"), read.get(0).values("RECIP")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
    }

    @Test
    void chlauthStepsNameTheRecordForRemoval() {
        ChlauthRecord peer = record("SET CHLAUTH('APP.*') TYPE(SSLPEERMAP) SSLPEER('CN=app1') SSLCERTI('CN=CA') ADDRESS('10.0.0.*') " //$NON-NLS-1$
                + "USERSRC(MAP) MCAUSER('app1') DESCR('d')"); //$NON-NLS-1$
        assertEquals("SET CHLAUTH('APP.*') TYPE(SSLPEERMAP) SSLPEER('CN=app1') SSLCERTI('CN=CA') ADDRESS('10.0.0.*') ACTION(REMOVE)", //$NON-NLS-1$
                new ChlauthStep(ChlauthAction.REMOVE, peer).toMqsc().toString());
        assertEquals("SET CHLAUTH('APP.*') TYPE(SSLPEERMAP) ACTION(REMOVEALL)", //$NON-NLS-1$
                new ChlauthStep(ChlauthAction.REMOVEALL, peer).toMqsc().toString());
        assertTrue(new ChlauthStep(ChlauthAction.ADD, peer).toMqsc().toString().endsWith("DESCR('d') ACTION(ADD)")); //$NON-NLS-1$
    }
}
