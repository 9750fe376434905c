package org.mqsec.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mqsec.core.tests.ZosRacfTest.codes;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.mqsec.core.findings.Finding;
import org.mqsec.core.plan.AlterQueueManager;
import org.mqsec.core.plan.KeyRingStep;
import org.mqsec.core.plan.Plan;
import org.mqsec.core.plan.PlanFile;
import org.mqsec.core.plan.PlanFinding;
import org.mqsec.core.plan.PlanStep;
import org.mqsec.core.tls.QueueManagerPlatform;
import org.mqsec.core.tls.TlsChannelPlan;
import org.mqsec.core.tls.TlsChannelRules;
import org.mqsec.core.tls.TlsChannelSpec;
import org.mqsec.core.tls.ZosTlsChannel;
import org.mqsec.core.zos.KeyRingCommand;
import org.mqsec.core.zos.RacfJob;
import org.mqsec.core.zos.RacfNames;

/** The TLS channel plan for a z/OS queue manager: RACF steps first, then the MQSC of the seed's "Channel encryption" slide. */
class ZosTlsPlanTest {

    private static TlsChannelSpec zos(String chinUser, String signer, boolean mutual) {
        return new TlsChannelSpec("CSQ1", QueueManagerPlatform.ZOS, "zos.example.com", 1414, null, signer, null, //$NON-NLS-1$ //$NON-NLS-2$
                "CN=CSQ1 TLS CA,OU=MQ,O=Example", null, false, null, mutual, null, null, null, null, null, null, null, null, null, null, //$NON-NLS-1$
                null, 0, 0, 0, null, "app1", null, false, null, null, null, null, chinUser, 0, null).withDefaults(); //$NON-NLS-1$
    }

    @Test
    void theKeyRingIsMadeInRacfBeforeTheQueueManagerIsPointedAtIt() {
        TlsChannelSpec spec = zos(null, null, true);
        assertEquals("CSQ1CHIN", spec.chinUser()); //$NON-NLS-1$
        assertEquals("CSQ1RING", spec.keyRepositoryStem()); //$NON-NLS-1$
        assertEquals("ibmWebSphereMQCSQ1", spec.certificateLabel()); //$NON-NLS-1$
        assertEquals(List.of(), TlsChannelRules.check(spec).stream().filter(f -> f.severity() != org.mqsec.core.findings.Severity.INFO).toList());
        Plan plan = TlsChannelPlan.plan(spec);
        List<KeyRingCommand.Action> actions = plan.steps().stream().filter(KeyRingStep.class::isInstance)
                .map(s -> ((KeyRingStep) s).command().action()).toList();
        assertEquals(List.of(KeyRingCommand.Action.CA_CERTIFICATE, KeyRingCommand.Action.CERTIFICATE, KeyRingCommand.Action.ADD_RING,
                KeyRingCommand.Action.CONNECT, KeyRingCommand.Action.CONNECT, KeyRingCommand.Action.EXPORT, KeyRingCommand.Action.SIGN_REQUEST,
                KeyRingCommand.Action.EXPORT, KeyRingCommand.Action.LIST_RING, KeyRingCommand.Action.REFRESH), actions);
        PlanStep qmgr = plan.steps().get(actions.size());
        assertEquals(List.of("CSQ1RING"), ((AlterQueueManager) qmgr).attributes().get("SSLKEYR")); //$NON-NLS-1$ //$NON-NLS-2$
        assertEquals(List.of("8"), ((AlterQueueManager) qmgr).attributes().get("SSLTASKS")); //$NON-NLS-1$ //$NON-NLS-2$
        assertFalse(plan.validate().stream().map(PlanFinding::finding).anyMatch(f -> f.severity() == org.mqsec.core.findings.Severity.ERROR),
                plan.validate().toString());
        // the job: the queue manager's certificate owned by the channel initiator's user, in its ring as the default
        String job = RacfJob.write(RacfJob.DEFAULT_JOB_CARD, "TLS", RacfJob.racdcert(plan, null)); //$NON-NLS-1$
        List<String> commands = RacfJob.commands(job);
        assertTrue(commands.contains("RACDCERT ID(CSQ1CHIN) CONNECT(ID(CSQ1CHIN) LABEL('ibmWebSphereMQCSQ1') RING(CSQ1RING) USAGE(PERSONAL) DEFAULT)"), //$NON-NLS-1$
                commands.toString());
        assertTrue(commands.contains("RACDCERT ID(APP1) GENCERT('CSQ1CHIN.MQSEC.CLIENT.CSR') WITHLABEL('ibmwebspheremqapp1') " //$NON-NLS-1$
                + "SIGNWITH(CERTAUTH LABEL('MQ CA CSQ1')) NOTAFTER(DATE(" + java.time.LocalDate.now(java.time.ZoneOffset.UTC).plusDays(397) //$NON-NLS-1$
                + ")) KEYUSAGE(HANDSHAKE)"), commands.toString()); //$NON-NLS-1$
        job.lines().forEach(line -> assertTrue(line.length() <= 72, line));
        // the MQSC in z/OS records, as the seed's "Channel encryption" slide sets SSLKEYR and SSLTASKS
        String mqsc = TlsChannelPlan.mqsc(spec);
        assertTrue(mqsc.contains("ALTER QMGR SSLKEYR('CSQ1RING') SSLTASKS(8)"), mqsc); //$NON-NLS-1$
        assertTrue(mqsc.contains("runs in RACF"), mqsc); //$NON-NLS-1$
        mqsc.lines().forEach(line -> assertTrue(line.length() <= 72, line));
    }

    @Test
    void aPlanFileKeepsItsRacfStepsAndAPlanForAnotherPlatformRefusesThem() throws Exception {
        Plan plan = TlsChannelPlan.plan(zos(null, TlsChannelSpec.SELF_SIGNED, true));
        Plan read = PlanFile.read(PlanFile.write(plan));
        assertEquals(plan.steps(), read.steps());
        assertTrue(plan.steps().stream().anyMatch(s -> s instanceof KeyRingStep ring
                && ring.command().action() == KeyRingCommand.Action.ADD_CERTIFICATE), "a self-signed client is trusted in the ring"); //$NON-NLS-1$
        Plan elsewhere = new Plan("QM1", QueueManagerPlatform.MULTIPLATFORMS, List.of(plan.steps().get(0))); //$NON-NLS-1$
        assertEquals(java.util.Set.of(Plan.ZOS_ONLY), codes(elsewhere.validate().stream().map(PlanFinding::finding).toList()));
        assertThrows(PlanFile.UnreadableException.class, () -> PlanFile.read(
                "{\"format\": \"mqsec-plan/1\", \"platform\": \"ZOS\", \"steps\": [{\"type\": \"key-ring\", \"racdcert\": {\"action\": \"DANCE\"}}]}")); //$NON-NLS-1$
    }

    @Test
    void namesRacfWouldRefuseStopThePlanOnTheirPage() {
        List<Finding> findings = TlsChannelRules.check(zos("CHINUSER01", null, true)); //$NON-NLS-1$
        assertTrue(codes(findings).contains(RacfNames.USER_ID), findings.toString());
        assertTrue(Finding.hasErrors(findings));
        TlsChannelSpec existing = new TlsChannelSpec("CSQ1", QueueManagerPlatform.ZOS, null, 0, null, null, null, null, null, false, null, true, //$NON-NLS-1$
                null, null, null, null, null, null, null, null, null, null, null, 0, 0, 0, null, null, null, false, "/tmp/key.p12", null, null, null, //$NON-NLS-1$
                null, 0, null).withDefaults();
        assertTrue(codes(TlsChannelRules.check(existing)).contains(ZosTlsChannel.EXISTING_SERVER));
    }

    private static <T extends Throwable> void assertThrows(Class<T> type, org.junit.jupiter.api.function.Executable executable) {
        org.junit.jupiter.api.Assertions.assertThrows(type, executable);
    }
}
