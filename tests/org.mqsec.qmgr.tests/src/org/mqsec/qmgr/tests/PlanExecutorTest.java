package org.mqsec.qmgr.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.Test;
import org.mqsec.core.chlauth.ChlauthAction;
import org.mqsec.core.chlauth.ChlauthRecord;
import org.mqsec.core.chlauth.ChlauthRecordChanges;
import org.mqsec.core.chlauth.ChlauthRecordSet;
import org.mqsec.core.plan.AlterQueueManager;
import org.mqsec.core.plan.Attributes;
import org.mqsec.core.plan.ChannelStep;
import org.mqsec.core.plan.ChlauthStep;
import org.mqsec.core.plan.ObjectChange.Kind;
import org.mqsec.core.plan.Plan;
import org.mqsec.core.plan.PlanComparison;
import org.mqsec.core.plan.PlanStep;
import org.mqsec.core.plan.QueueManagerState;
import org.mqsec.core.plan.RefreshSecurity;
import org.mqsec.core.report.ConnectionAuthentication;
import org.mqsec.qmgr.apply.ApplyReport;
import org.mqsec.qmgr.apply.PlanExecutor;
import org.mqsec.qmgr.apply.StepResult.Outcome;
import org.mqsec.qmgr.pcf.QueueManagerReader;
import org.mqsec.qmgr.target.ConnectionProfile;
import org.mqsec.qmgr.target.ConnectionProfiles;
import org.mqsec.qmgr.target.PcfAgentTarget;
import org.mqsec.qmgr.target.PcfReplies;
import org.mqsec.qmgr.target.QueueManagerException;
import org.mqsec.qmgr.target.ReasonCodes;
import org.mqsec.testing.QueueManagerFixtures;
import org.mqsec.testing.SimulatedQueueManager;

import com.ibm.mq.constants.MQConstants;
import com.ibm.mq.headers.pcf.PCFMessage;

/**
 * Readers, executor and error messages through recorded replies built with IBM's PCF classes in
 * the shape a queue manager sends them (no queue manager can run here), and IBM's client connection
 * failing as it does against a port with no listener.
 */
class PlanExecutorTest {

    private static final Duration TIMEOUT = Duration.ofSeconds(1);

    static QueueManagerState dump() {
        return QueueManagerFixtures.state();
    }

    private static ChlauthRecord record(String mqsc) {
        return ChlauthRecordSet.read(mqsc).records().get(0);
    }

    @Test
    void theReaderGivesBackTheStateTheRepliesCarry() throws Exception {
        QueueManagerState read = QueueManagerReader.read(new SimulatedQueueManager(dump()), TIMEOUT, new NullProgressMonitor());
        QueueManagerState dump = dump();
        assertEquals("QM1", read.name()); //$NON-NLS-1$
        assertEquals(dump.queueManager().attributes(), read.queueManager().attributes());
        assertEquals(dump.channels(), read.channels());
        assertEquals(dump.chlauth(), read.chlauth());
        // no AMS policies, no AUTHINFO, no running channels: "none found" is an empty list, not a problem
        assertEquals(List.of(), read.policies());
        assertEquals(List.of(), read.channelStatus());
        assertEquals(List.of(), read.problems());
    }

    /** CONNAUTH and its AUTHINFO object, encoded and decoded by IBM's classes, still say whether client passwords are checked. */
    @Test
    void connectionAuthenticationReadOverPcfGivesTheFindingsOfTheDump() throws Exception {
        for (String check : List.of("REQUIRED", "OPTIONAL", "NONE")) { //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
            QueueManagerState dump = org.mqsec.core.plan.QueueManagerStateReader.read("* Queue manager name: QM1\n" //$NON-NLS-1$
                    + "ALTER QMGR CONNAUTH(USE.PW)\nDEFINE AUTHINFO(USE.PW) AUTHTYPE(IDPWOS) ADOPTCTX(NO) CHCKCLNT(" + check + ")\n", "dump"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
            QueueManagerState read = QueueManagerReader.read(new SimulatedQueueManager(dump), TIMEOUT, new NullProgressMonitor());
            List<String> codes = ConnectionAuthentication.findings(read).stream().map(f -> f.code()).toList();
            assertEquals(ConnectionAuthentication.findings(dump).stream().map(f -> f.code()).toList(), codes, check);
            assertEquals(check.equals("REQUIRED") ? List.of(ConnectionAuthentication.NO_ADOPTCTX) //$NON-NLS-1$
                    : check.equals("OPTIONAL") ? List.of(ConnectionAuthentication.CLIENTS_UNCHECKED, ConnectionAuthentication.NO_ADOPTCTX) //$NON-NLS-1$
                    : List.of(ConnectionAuthentication.CLIENTS_UNCHECKED), codes, check);
        }
    }

    @Test
    void aDryRunSendsNothingButInquiries() throws Exception {
        SimulatedQueueManager qmgr = new SimulatedQueueManager(dump());
        Plan plan = new Plan("QM1", null, List.of(new AlterQueueManager(Attributes.of("CERTLABL", "qm1tls")))); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        PlanComparison comparison = PlanExecutor.dryRun(plan, qmgr, TIMEOUT, new NullProgressMonitor());
        assertEquals(Kind.CHANGED, comparison.changes().get(0).kind());
        assertTrue(qmgr.received().stream().allMatch(c -> MQConstants.lookup(c.getCommand(), "MQCMD_.*").startsWith("MQCMD_INQUIRE")), //$NON-NLS-1$ //$NON-NLS-2$
                qmgr.received().toString());
        assertEquals(dump().queueManager(), qmgr.state().queueManager());
    }

    @Test
    void applyingRunsEachStepThenReadsBackAndFindsTheQueueManagerAsPlanned() throws Exception {
        SimulatedQueueManager qmgr = new SimulatedQueueManager(dump());
        QueueManagerState before = dump();
        List<ChlauthRecord> edited = new java.util.ArrayList<>(before.chlauth());
        edited.remove(3); // the APP.* range
        edited.add(record("SET CHLAUTH('APP.SVRCONN') TYPE(SSLPEERMAP) SSLPEER('CN=app1,O=Example') USERSRC(MAP) MCAUSER('app1')")); //$NON-NLS-1$
        edited.set(0, edited.get(0).withDescription("Explorer, behind CONNAUTH")); //$NON-NLS-1$
        List<PlanStep> steps = new java.util.ArrayList<>();
        steps.add(new AlterQueueManager(Attributes.of("CERTLABL", "qm1tls"))); //$NON-NLS-1$ //$NON-NLS-2$
        steps.add(new ChannelStep(ChannelStep.Mode.DEFINE, "PAY.SVRCONN", "SVRCONN", Attributes.of("SSLCIPH", "ANY_TLS13_OR_HIGHER", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
                "MCAUSER", "nobody"))); //$NON-NLS-1$ //$NON-NLS-2$
        ChlauthRecordChanges.between(before.chlauth(), edited).forEach(c -> steps.add(new ChlauthStep(c.action(), c.record())));
        steps.add(new RefreshSecurity("SSL")); //$NON-NLS-1$
        Plan plan = new Plan("QM1", null, steps); //$NON-NLS-1$
        assertFalse(Plan.hasErrors(plan.validate()), plan.validate().toString());
        ApplyReport report = PlanExecutor.apply(plan, qmgr, TIMEOUT, new NullProgressMonitor());
        assertTrue(report.results().stream().allMatch(r -> r.outcome() == Outcome.DONE), report.results().toString());
        assertEquals(List.of(), report.notAsPlanned());
        assertTrue(report.succeeded());
        assertEquals("qm1tls", qmgr.state().queueManager().valueOr("CERTLABL", "")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        assertEquals(edited.stream().map(r -> r.toMqsc().toString()).sorted().toList(),
                qmgr.state().chlauth().stream().map(r -> r.toMqsc().toString()).sorted().toList());
        // the same plan again changes nothing
        assertTrue(PlanExecutor.dryRun(new Plan("QM1", null, steps.subList(0, 2)), qmgr, TIMEOUT, new NullProgressMonitor()).nothingToDo()); //$NON-NLS-1$
    }

    @Test
    void aRecordRemovedAndAddedBackByALaterStepIsAsPlanned() throws Exception {
        SimulatedQueueManager qmgr = new SimulatedQueueManager(dump());
        ChlauthRecord explorer = dump().chlauth().get(0);
        Plan plan = new Plan("QM1", null, List.of(new ChlauthStep(ChlauthAction.REMOVE, explorer), //$NON-NLS-1$
                new ChlauthStep(ChlauthAction.ADD, explorer.withDescription("Explorer, added again")))); //$NON-NLS-1$
        ApplyReport report = PlanExecutor.apply(plan, qmgr, TIMEOUT, new NullProgressMonitor());
        assertEquals(List.of(Outcome.DONE, Outcome.DONE), report.results().stream().map(r -> r.outcome()).toList());
        // the end state is compared with the one planned, not the steps replayed on it (the removal would be "still to do")
        assertEquals(List.of(), report.notAsPlanned());
        assertTrue(report.succeeded());
        // refused, the record keeps its old description: not as planned, with the record, the last step and the attribute
        SimulatedQueueManager refusing = new SimulatedQueueManager(dump()).refuse(MQConstants.MQCMD_SET_CHLAUTH_REC,
                MQConstants.MQRC_NOT_AUTHORIZED);
        ApplyReport partly = PlanExecutor.apply(plan, refusing, TIMEOUT, new NullProgressMonitor());
        assertEquals(1, partly.notAsPlanned().size(), partly.notAsPlanned().toString());
        assertEquals(Kind.CHANGED, partly.notAsPlanned().get(0).kind());
        assertEquals(2, partly.notAsPlanned().get(0).step());
        assertEquals("DESCR", partly.notAsPlanned().get(0).changes().get(0).keyword()); //$NON-NLS-1$
    }

    @Test
    void theFirstRefusalStopsThePlanAndSaysWhyInWords() throws Exception {
        SimulatedQueueManager qmgr = new SimulatedQueueManager(dump()).refuse(MQConstants.MQCMD_SET_CHLAUTH_REC,
                MQConstants.MQRCCF_IPADDR_RANGE_CONFLICT);
        Plan plan = new Plan("QM1", null, List.of( //$NON-NLS-1$
                new AlterQueueManager(Attributes.of("CERTLABL", "qm1tls")), //$NON-NLS-1$ //$NON-NLS-2$
                new ChlauthStep(ChlauthAction.ADD, record("SET CHLAUTH('APP.*') TYPE(ADDRESSMAP) ADDRESS('10.0.0.50-200') USERSRC(NOACCESS)")), //$NON-NLS-1$
                new ChlauthStep(ChlauthAction.ADD, record("SET CHLAUTH('B') TYPE(ADDRESSMAP) ADDRESS('*') USERSRC(NOACCESS)")), //$NON-NLS-1$
                new RefreshSecurity("SSL"))); //$NON-NLS-1$
        ApplyReport report = PlanExecutor.apply(plan, qmgr, TIMEOUT, new NullProgressMonitor());
        assertEquals(List.of(Outcome.DONE, Outcome.FAILED, Outcome.NOT_RUN, Outcome.NOT_RUN),
                report.results().stream().map(r -> r.outcome()).toList());
        assertEquals(3343, report.results().get(1).reason());
        assertTrue(report.results().get(1).detail().contains("MQRCCF_IPADDR_RANGE_CONFLICT (3343)"), report.results().get(1).detail()); //$NON-NLS-1$
        assertTrue(report.results().get(1).detail().contains("overlaps")); //$NON-NLS-1$
        assertFalse(report.succeeded());
        // what did not happen is seen in the state read back
        assertEquals(2, report.notAsPlanned().size(), report.notAsPlanned().toString());
        // ADD of a record the queue manager has is refused by it as MQ does (3337)
        SimulatedQueueManager again = new SimulatedQueueManager(dump());
        ApplyReport exists = PlanExecutor.apply(new Plan("QM1", null, List.of(new ChlauthStep(ChlauthAction.ADD, dump().chlauth().get(0)))), //$NON-NLS-1$
                again, TIMEOUT, new NullProgressMonitor());
        assertEquals(MQConstants.MQRCCF_CHLAUTH_ALREADY_EXISTS, exists.results().get(0).reason());
    }

    @Test
    void aReplyThatNeverComesIsATimeoutInWords() {
        SimulatedQueueManager qmgr = new SimulatedQueueManager(dump()).neverReply(MQConstants.MQCMD_INQUIRE_Q_MGR);
        QueueManagerException e = assertThrows(QueueManagerException.class,
                () -> QueueManagerReader.read(qmgr, Duration.ofMillis(200), new NullProgressMonitor()));
        assertEquals(2033, e.reason());
        assertTrue(e.describe().contains("command server"), e.describe()); //$NON-NLS-1$
    }

    @Test
    void reasonCodesAreNamedByIbmAndExplained() {
        for (int reason : new int[] { 2035, 2059, 2381, 2393, 2397, 2399, 3343 }) {
            assertTrue(ReasonCodes.explained(reason), Integer.toString(reason));
            assertFalse(ReasonCodes.fix(reason).isEmpty(), Integer.toString(reason));
        }
        assertTrue(ReasonCodes.explain(2035).startsWith("MQRC_NOT_AUTHORIZED (2035)"), ReasonCodes.explain(2035)); //$NON-NLS-1$
        assertTrue(ReasonCodes.explain(2059).startsWith("MQRC_Q_MGR_NOT_AVAILABLE (2059)")); //$NON-NLS-1$
        assertTrue(ReasonCodes.explain(2397).startsWith("MQRC_JSSE_ERROR (2397)")); //$NON-NLS-1$
        // a code we do not explain is still named, with where to look
        assertTrue(ReasonCodes.explain(2161).startsWith("MQRC_Q_MGR_QUIESCING (2161)"), ReasonCodes.explain(2161)); //$NON-NLS-1$
    }

    @Test
    void ibmsClientFailsWithAReasonAgainstAPortNobodyListensOn() throws Exception {
        int port;
        try (java.net.ServerSocket socket = new java.net.ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        ConnectionProfile profile = new ConnectionProfile("QM1", List.of("127.0.0.1(" + port + ")"), "ADMIN.SVRCONN", "QM1", "", "", "", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$
                "", "", 5); //$NON-NLS-1$ //$NON-NLS-2$
        char[] password = "secret".toCharArray(); //$NON-NLS-1$
        QueueManagerException e = assertThrows(QueueManagerException.class, () -> PcfAgentTarget.connect(profile, password, null, null));
        assertEquals(MQConstants.MQRC_HOST_NOT_AVAILABLE, e.reason(), e.describe());
        assertTrue(e.describe().contains("listener"), e.describe()); //$NON-NLS-1$
        assertEquals("\0\0\0\0\0\0", new String(password), "the password is cleared"); //$NON-NLS-1$ //$NON-NLS-2$
    }

    @Test
    void aProfileThatCannotBeUsedIsRefusedBeforeIBMsClientIsCalledAndItsPasswordsAreCleared() {
        ConnectionProfile unknownCipher = new ConnectionProfile("QM1", List.of("127.0.0.1(1)"), "ADMIN.SVRCONN", "QM1", "NOT_A_CIPHERSPEC", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
                "", "", "", "", 5); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
        char[] password = "secret".toCharArray(); //$NON-NLS-1$
        QueueManagerException bad = assertThrows(QueueManagerException.class, () -> PcfAgentTarget.connect(unknownCipher, password, null, null));
        assertEquals(0, bad.reason());
        assertTrue(bad.getMessage().contains("NOT_A_CIPHERSPEC") && !bad.fix().isEmpty(), bad.describe()); //$NON-NLS-1$
        assertEquals("\0\0\0\0\0\0", new String(password)); //$NON-NLS-1$
        ConnectionProfile missingStore = new ConnectionProfile("QM1", List.of("127.0.0.1(1)"), "ADMIN.SVRCONN", "QM1", "ANY_TLS12_OR_HIGHER", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
                "", "/nonexistent/ca.p12", "", "", 5); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
        char[] trust = "changeit".toCharArray(); //$NON-NLS-1$
        QueueManagerException store = assertThrows(QueueManagerException.class, () -> PcfAgentTarget.connect(missingStore, null, null, trust));
        assertTrue(store.getMessage().contains("/nonexistent/ca.p12"), store.describe()); //$NON-NLS-1$
        assertEquals("\0\0\0\0\0\0\0\0", new String(trust)); //$NON-NLS-1$
    }

    @Test
    void anErrorReplyNamingTheWrongParameterIsToldWithIBMsNameForIt() {
        PCFMessage reply = new PCFMessage(MQConstants.MQCFT_RESPONSE, MQConstants.MQCMD_CHANGE_CHANNEL, 1, true);
        reply.getHeader().setCompCode(MQConstants.MQCC_FAILED);
        reply.getHeader().setReason(MQConstants.MQRCCF_PARM_SYNTAX_ERROR);
        reply.addParameter(MQConstants.MQIACF_PARAMETER_ID, MQConstants.MQCACH_SSL_CIPHER_SPEC);
        QueueManagerException e = assertThrows(QueueManagerException.class, () -> PcfReplies.check(List.of(reply)));
        assertEquals(MQConstants.MQRCCF_PARM_SYNTAX_ERROR, e.reason());
        assertTrue(e.getMessage().startsWith("MQRCCF_PARM_SYNTAX_ERROR (3097)") && e.getMessage().contains("MQCACH_SSL_CIPHER_SPEC"), //$NON-NLS-1$ //$NON-NLS-2$
                e.getMessage());
    }

    @Test
    void profilesComeFromJsonAndFromAJsonCcdt() throws Exception {
        String ccdt = """
                {"channel": [
                  {"name": "ADMIN.SVRCONN", "type": "clientConnection",
                   "clientConnection": {"connection": [{"host": "mq1.example.com", "port": 1414}, {"host": "mq2.example.com", "port": 1415}],
                                        "queueManager": "QM1"},
                   "transmissionSecurity": {"cipherSpecification": "ANY_TLS12_OR_HIGHER"}},
                  {"name": "TO.QM2", "type": "sender"}
                ]}""";
        List<ConnectionProfile> profiles = ConnectionProfiles.fromCcdt(ccdt);
        assertEquals(1, profiles.size());
        ConnectionProfile profile = profiles.get(0);
        assertEquals(List.of("mq1.example.com(1414)", "mq2.example.com(1415)"), profile.connections()); //$NON-NLS-1$ //$NON-NLS-2$
        assertEquals("ANY_TLS12_OR_HIGHER", profile.cipherSpec()); //$NON-NLS-1$
        assertEquals(List.of(), profile.check());
        assertEquals(profiles, ConnectionProfiles.read(ConnectionProfiles.write(profiles)));
        assertFalse(ConnectionProfiles.write(profiles).toLowerCase().contains("password")); //$NON-NLS-1$
        ConnectionProfile bad = new ConnectionProfile("", List.of("mq1(99999)", "mq2()"), "", "QM1", "NOT_A_CIPHERSPEC", "", "", "", "", 0); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$ //$NON-NLS-9$ //$NON-NLS-10$
        assertEquals(List.of(ConnectionProfile.NO_NAME, ConnectionProfile.BAD_CONNAME, ConnectionProfile.BAD_CONNAME, ConnectionProfile.NO_NAME,
                ConnectionProfile.UNKNOWN_CIPHERSPEC), bad.check().stream().map(f -> f.code()).toList());
        assertThrows(ConnectionProfiles.UnreadableException.class, () -> ConnectionProfiles.read("{\"profiles\": 1}")); //$NON-NLS-1$
        assertThrows(ConnectionProfiles.UnreadableException.class, () -> ConnectionProfiles.fromCcdt("{\"channel\": [{}]}")); //$NON-NLS-1$
    }

    static List<PCFMessage> none() {
        return List.of();
    }
}
