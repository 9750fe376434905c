package org.mqsec.benchmarks;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.mqsec.core.mqsc.MqObjectType;
import org.mqsec.core.plan.Attributes;
import org.mqsec.qmgr.fleet.FleetScan;
import org.mqsec.qmgr.pcf.PlanPcf;
import org.mqsec.qmgr.pcf.QueueManagerReader;
import org.mqsec.qmgr.target.QueueManagerException;
import org.mqsec.qmgr.target.QueueManagerTarget;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

import com.ibm.mq.constants.MQConstants;
import com.ibm.mq.headers.pcf.PCFMessage;

/**
 * The fleet scan's wall time: 200 queue managers read through the recorded transport (reply bytes
 * IBM's PCF classes wrote, decoded on each read), each reply arriving 50 ms after its command, at
 * most 16 read at once. The ideal is ceil(200 / 16) rounds of one queue manager's reading
 * (commands per reading x 50 ms); the script prints both.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class FleetScanBenchmark {

    @Param("200")
    int queueManagers;

    @Param("16")
    int parallel;

    @Param("50")
    int latencyMillis;

    private PlanDiffBenchmark.RecordedReplies recorded;

    /** The recorded replies, each after the latency; counts the commands a reading sends. */
    final class Latent implements QueueManagerTarget {
        final AtomicInteger commands = new AtomicInteger();

        @Override
        public String describe() {
            return "recorded replies, " + latencyMillis + " ms each"; //$NON-NLS-1$ //$NON-NLS-2$
        }

        @Override
        public List<PCFMessage> send(PCFMessage command, Duration timeout) throws QueueManagerException {
            commands.incrementAndGet();
            try {
                Thread.sleep(latencyMillis);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new QueueManagerException(MQConstants.MQRC_CONNECTION_BROKEN, "interrupted"); //$NON-NLS-1$
            }
            return recorded.send(command, timeout);
        }

        @Override
        public List<byte[]> browse(String queue, int max) {
            return List.of();
        }

        @Override
        public void close() {
            // nothing held
        }
    }

    @Setup
    public void record() throws QueueManagerException {
        recorded = new PlanDiffBenchmark.RecordedReplies();
        PCFMessage qmgr = PlanDiffBenchmark.RecordedReplies.response(MQConstants.MQCMD_INQUIRE_Q_MGR);
        qmgr.addParameter(MQConstants.MQCA_Q_MGR_NAME, "QM1"); //$NON-NLS-1$
        PlanPcf.addAttributes(qmgr, MqObjectType.QMGR, Attributes.of("CHLAUTH", "ENABLED", "SSLKEYR", "/var/mqm/qmgrs/QM1/ssl/key")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
        recorded.record(MQConstants.MQCMD_INQUIRE_Q_MGR, List.of(qmgr));
        List<PCFMessage> channels = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            PCFMessage channel = PlanDiffBenchmark.RecordedReplies.response(MQConstants.MQCMD_INQUIRE_CHANNEL);
            channel.addParameter(org.mqsec.core.mqsc.MqSchema.nameAttribute(MqObjectType.CHANNEL).pcfParameter(), "APP." + i); //$NON-NLS-1$
            PlanPcf.addAttributes(channel, MqObjectType.CHANNEL, Attributes.of("CHLTYPE", "SVRCONN", "SSLCIPH", "ANY_TLS12_OR_HIGHER", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
                    "SSLCAUTH", "REQUIRED", "MCAUSER", "app" + i)); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
            channels.add(channel);
        }
        recorded.record(MQConstants.MQCMD_INQUIRE_CHANNEL, channels);
        for (int command : new int[] { MQConstants.MQCMD_INQUIRE_CHLAUTH_RECS, MQConstants.MQCMD_INQUIRE_AUTH_INFO,
                MQConstants.MQCMD_INQUIRE_PROT_POLICY, MQConstants.MQCMD_INQUIRE_CHANNEL_STATUS }) {
            recorded.record(command, List.of(PlanDiffBenchmark.RecordedReplies.none(command, command == MQConstants.MQCMD_INQUIRE_CHANNEL_STATUS
                    ? MQConstants.MQRCCF_CHL_STATUS_NOT_FOUND : command == MQConstants.MQCMD_INQUIRE_PROT_POLICY ? MQConstants.MQRCCF_POLICY_NOT_FOUND
                            : MQConstants.MQRC_UNKNOWN_OBJECT_NAME)));
        }
        Latent probe = new Latent();
        QueueManagerReader.read(probe, Duration.ofSeconds(30), new NullProgressMonitor());
        int rounds = (queueManagers + parallel - 1) / parallel;
        // the script reads this line for the ideal wall time
        System.out.println("fleet-ideal-ms " + rounds * probe.commands.get() * latencyMillis + " commands-per-read " + probe.commands.get()); //$NON-NLS-1$ //$NON-NLS-2$
    }

    @Benchmark
    public int scan() {
        List<FleetScan.Source> sources = new ArrayList<>();
        for (int i = 0; i < queueManagers; i++) {
            sources.add(new FleetScan.Source("QM" + i, () -> QueueManagerReader.read(new Latent(), Duration.ofSeconds(30), new NullProgressMonitor()))); //$NON-NLS-1$
        }
        List<FleetScan.Outcome> outcomes = FleetScan.scan(sources, parallel, Duration.ofSeconds(60), new NullProgressMonitor());
        if (outcomes.stream().anyMatch(o -> !o.read())) {
            throw new IllegalStateException(outcomes.stream().filter(o -> !o.read()).findFirst().orElseThrow().failure());
        }
        return outcomes.size();
    }
}
