package org.mqsec.benchmarks;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.mqsec.core.chlauth.ChlauthAction;
import org.mqsec.core.chlauth.ChlauthRecord;
import org.mqsec.core.chlauth.ChlauthRecordSet;
import org.mqsec.core.mqsc.MqObjectType;
import org.mqsec.core.mqsc.MqSchema;
import org.mqsec.core.plan.Attributes;
import org.mqsec.core.plan.ChannelStep;
import org.mqsec.core.plan.ChlauthStep;
import org.mqsec.core.plan.Plan;
import org.mqsec.core.plan.PlanComparison;
import org.mqsec.core.plan.PlanStep;
import org.mqsec.core.plan.QueueManagerState;
import org.mqsec.qmgr.pcf.ChlauthPcf;
import org.mqsec.qmgr.pcf.PlanPcf;
import org.mqsec.qmgr.pcf.QueueManagerReader;
import org.mqsec.qmgr.target.PcfReplies;
import org.mqsec.qmgr.target.QueueManagerException;
import org.mqsec.qmgr.target.QueueManagerTarget;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

import com.ibm.mq.constants.MQConstants;
import com.ibm.mq.headers.MQDataException;
import com.ibm.mq.headers.pcf.PCFMessage;

/**
 * Reading a large queue manager's security state over PCF and comparing a plan with it: 2,000
 * SVRCONN channels and 10,000 CHLAUTH records, answered from reply bytes that IBM's PCF classes
 * wrote (decoded by them on every read, as replies from a queue manager are), and a plan of 200
 * channel changes and 500 CHLAUTH records. Run by releng/benchmarks/plan-diff-benchmark.sh; the
 * target is under a second for read and compare together.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class PlanDiffBenchmark {

    static final int CHANNELS = 2000;
    static final int RECORDS_PER_CHANNEL = 5;

    private RecordedReplies target;
    private Plan plan;
    private QueueManagerState state;

    /** The replies a queue manager sends to each inquiry, as bytes IBM's classes wrote. */
    static final class RecordedReplies implements QueueManagerTarget {
        final Map<Integer, List<byte[]>> replies = new HashMap<>();

        @Override
        public String describe() {
            return "recorded replies"; //$NON-NLS-1$
        }

        @Override
        public List<PCFMessage> send(PCFMessage command, Duration timeout) throws QueueManagerException {
            List<PCFMessage> decoded = new ArrayList<>();
            for (byte[] bytes : replies.getOrDefault(command.getCommand(), List.of())) {
                try {
                    decoded.add(new PCFMessage(new DataInputStream(new ByteArrayInputStream(bytes))));
                } catch (IOException | MQDataException e) {
                    throw new IllegalStateException(e);
                }
            }
            return PcfReplies.check(decoded);
        }

        @Override
        public List<byte[]> browse(String queue, int max) {
            return List.of(); // plans browse nothing
        }

        @Override
        public void close() {
            // nothing held
        }

        void record(int command, List<PCFMessage> messages) {
            List<byte[]> encoded = new ArrayList<>();
            for (int i = 0; i < messages.size(); i++) {
                PCFMessage message = messages.get(i);
                message.getHeader().setMsgSeqNumber(i + 1);
                message.getHeader().setControl(i == messages.size() - 1 ? MQConstants.MQCFC_LAST : MQConstants.MQCFC_NOT_LAST);
                try {
                    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
                    message.write(new DataOutputStream(bytes));
                    encoded.add(bytes.toByteArray());
                } catch (IOException e) {
                    throw new IllegalStateException(e);
                }
            }
            replies.put(command, encoded);
        }

        static PCFMessage response(int command) {
            return new PCFMessage(MQConstants.MQCFT_RESPONSE, command, 1, true);
        }

        static PCFMessage none(int command, int reason) {
            PCFMessage reply = response(command);
            reply.getHeader().setCompCode(MQConstants.MQCC_FAILED);
            reply.getHeader().setReason(reason);
            return reply;
        }
    }

    /** The queue manager's CHLAUTH records as MQSC: IBM's defaults, then five records per channel. */
    static String chlauth() {
        StringBuilder mqsc = new StringBuilder(ChlauthRecordSet.QUEUE_MANAGER_DEFAULTS).append('\n');
        for (int i = 0; i < CHANNELS; i++) {
            String channel = "'APP." + i + "'"; //$NON-NLS-1$ //$NON-NLS-2$
            mqsc.append("SET CHLAUTH(").append(channel).append(") TYPE(ADDRESSMAP) ADDRESS('10.").append(i / 250).append('.') //$NON-NLS-1$ //$NON-NLS-2$
                    .append(i % 250).append(".*') USERSRC(MAP) MCAUSER('app").append(i).append("')\n"); //$NON-NLS-1$ //$NON-NLS-2$
            mqsc.append("SET CHLAUTH(").append(channel).append(") TYPE(SSLPEERMAP) SSLPEER('CN=app").append(i) //$NON-NLS-1$ //$NON-NLS-2$
                    .append(",O=Example') SSLCERTI('CN=Example CA,O=Example') USERSRC(MAP) MCAUSER('app").append(i).append("')\n"); //$NON-NLS-1$ //$NON-NLS-2$
            mqsc.append("SET CHLAUTH(").append(channel).append(") TYPE(USERMAP) CLNTUSER('user").append(i) //$NON-NLS-1$ //$NON-NLS-2$
                    .append("') USERSRC(MAP) MCAUSER('app").append(i).append("')\n"); //$NON-NLS-1$ //$NON-NLS-2$
            mqsc.append("SET CHLAUTH(").append(channel).append(") TYPE(BLOCKUSER) USERLIST('guest").append(i).append("')\n"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
            mqsc.append("SET CHLAUTH(").append(channel).append(") TYPE(QMGRMAP) QMNAME('QM").append(i) //$NON-NLS-1$ //$NON-NLS-2$
                    .append("') USERSRC(NOACCESS)\n"); //$NON-NLS-1$
        }
        return mqsc.toString();
    }

    @Setup
    public void record() {
        target = new RecordedReplies();
        PCFMessage qmgr = RecordedReplies.response(MQConstants.MQCMD_INQUIRE_Q_MGR);
        qmgr.addParameter(MQConstants.MQCA_Q_MGR_NAME, "QM1"); //$NON-NLS-1$
        PlanPcf.addAttributes(qmgr, MqObjectType.QMGR, Attributes.of("CHLAUTH", "ENABLED", "SSLKEYR", "/var/mqm/qmgrs/QM1/ssl/key", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
                "CERTLABL", "ibmwebspheremqqm1")); //$NON-NLS-1$ //$NON-NLS-2$
        target.record(MQConstants.MQCMD_INQUIRE_Q_MGR, List.of(qmgr));
        List<PCFMessage> channels = new ArrayList<>();
        for (int i = 0; i < CHANNELS; i++) {
            PCFMessage channel = RecordedReplies.response(MQConstants.MQCMD_INQUIRE_CHANNEL);
            channel.addParameter(MqSchema.nameAttribute(MqObjectType.CHANNEL).pcfParameter(), "APP." + i); //$NON-NLS-1$
            PlanPcf.addAttributes(channel, MqObjectType.CHANNEL, Attributes.of("CHLTYPE", "SVRCONN", "SSLCIPH", "ANY_TLS12_OR_HIGHER", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
                    "SSLCAUTH", "REQUIRED", "SSLPEER", "CN=app" + i + ",O=Example", "MCAUSER", "nobody", "MAXINST", "100", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$
                    "DESCR", "Application " + i)); //$NON-NLS-1$ //$NON-NLS-2$
            channels.add(channel);
        }
        target.record(MQConstants.MQCMD_INQUIRE_CHANNEL, channels);
        List<PCFMessage> records = new ArrayList<>();
        List<ChlauthRecord> read = ChlauthRecordSet.read(chlauth()).records();
        for (ChlauthRecord record : read) {
            PCFMessage reply = RecordedReplies.response(MQConstants.MQCMD_INQUIRE_CHLAUTH_RECS);
            java.util.Enumeration<?> parameters = ChlauthPcf.set(record, ChlauthAction.REPLACE).getParameters();
            while (parameters.hasMoreElements()) {
                com.ibm.mq.headers.pcf.PCFParameter parameter = (com.ibm.mq.headers.pcf.PCFParameter) parameters.nextElement();
                if (parameter.getParameter() != MQConstants.MQIACF_ACTION) {
                    reply.addParameter(parameter);
                }
            }
            records.add(reply);
        }
        target.record(MQConstants.MQCMD_INQUIRE_CHLAUTH_RECS, records);
        target.record(MQConstants.MQCMD_INQUIRE_AUTH_INFO, List.of(RecordedReplies.none(MQConstants.MQCMD_INQUIRE_AUTH_INFO,
                MQConstants.MQRC_UNKNOWN_OBJECT_NAME)));
        target.record(MQConstants.MQCMD_INQUIRE_PROT_POLICY, List.of(RecordedReplies.none(MQConstants.MQCMD_INQUIRE_PROT_POLICY,
                MQConstants.MQRCCF_POLICY_NOT_FOUND)));
        target.record(MQConstants.MQCMD_INQUIRE_CHANNEL_STATUS, List.of(RecordedReplies.none(MQConstants.MQCMD_INQUIRE_CHANNEL_STATUS,
                MQConstants.MQRCCF_CHL_STATUS_NOT_FOUND)));

        List<PlanStep> steps = new ArrayList<>();
        for (int i = 0; i < CHANNELS; i += 10) {
            steps.add(new ChannelStep(ChannelStep.Mode.ALTER, "APP." + i, "SVRCONN", Attributes.of("SSLCIPH", "ANY_TLS13_OR_HIGHER"))); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
        }
        for (int i = 0; i < 500; i++) {
            ChlauthRecord record = ChlauthRecordSet.read("SET CHLAUTH('APP." + (i * 4) + "') TYPE(ADDRESSMAP) ADDRESS('172.16." + (i % 250) //$NON-NLS-1$ //$NON-NLS-2$
                    + ".*') USERSRC(NOACCESS)").records().get(0); //$NON-NLS-1$
            steps.add(new ChlauthStep(ChlauthAction.ADD, record));
        }
        plan = new Plan("QM1", null, steps); //$NON-NLS-1$
        try {
            state = QueueManagerReader.read(target, Duration.ofSeconds(30), new NullProgressMonitor());
        } catch (QueueManagerException e) {
            throw new IllegalStateException(e);
        }
        if (state.channels().size() != CHANNELS || state.chlauth().size() != CHANNELS * RECORDS_PER_CHANNEL + 3) {
            throw new IllegalStateException(state.channels().size() + " channels, " + state.chlauth().size() + " records"); //$NON-NLS-1$ //$NON-NLS-2$
        }
    }

    /** Decoding every reply and building the state: what a read from a queue manager costs here. */
    @Benchmark
    public QueueManagerState read() throws QueueManagerException {
        return QueueManagerReader.read(target, Duration.ofSeconds(30), new NullProgressMonitor());
    }

    /** Comparing the plan with a state already read. */
    @Benchmark
    public PlanComparison compare() {
        return PlanComparison.compare(plan, state);
    }

    /** Both: what mqsec plan diff and the Apply dialog's Compare do after the replies arrive. */
    @Benchmark
    public PlanComparison readAndCompare() throws QueueManagerException {
        return PlanComparison.compare(plan, QueueManagerReader.read(target, Duration.ofSeconds(30), new NullProgressMonitor()));
    }
}
