package org.mqsec.benchmarks;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import org.mqsec.core.chlauth.ChlauthRecord;
import org.mqsec.core.chlauth.RuncheckSimulator;
import org.mqsec.core.chlauth.RuncheckSimulator.Connection;
import org.mqsec.core.findings.Finding;
import org.mqsec.core.mqsc.MqscReader;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Throughput of offline RUNCHECK over a 1,000-record CHLAUTH set of the shape a busy queue manager
 * has (IBM's defaults, then an ADDRESSMAP, SSLPEERMAP, USERMAP and BLOCKUSER per application
 * channel, and a BLOCKADDR), run by releng/benchmarks/runcheck-benchmark.sh. One operation is one
 * decision; {@link #explained} also writes the explanation, as the CLI and the editor do for the
 * single connection a person asks about.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class RuncheckBenchmark {

    private static final int CHANNELS = 249;
    /** The size of {@link #connections()}: one benchmark invocation decides each once. */
    static final int CONNECTIONS = 66;

    private RuncheckSimulator simulator;
    private List<Connection> connections;

    /** The MQSC of the record set: 3 defaults + 4 per channel + 1 BLOCKADDR = 1,000 records. */
    public static String records() {
        StringBuilder mqsc = new StringBuilder();
        mqsc.append("SET CHLAUTH('SYSTEM.ADMIN.SVRCONN') TYPE(ADDRESSMAP) ADDRESS('*') USERSRC(CHANNEL)\n") //$NON-NLS-1$
                .append("SET CHLAUTH('SYSTEM.*') TYPE(ADDRESSMAP) ADDRESS('*') USERSRC(NOACCESS)\n") //$NON-NLS-1$
                .append("SET CHLAUTH('*') TYPE(BLOCKUSER) USERLIST('*MQADMIN')\n") //$NON-NLS-1$
                .append("SET CHLAUTH('*') TYPE(BLOCKADDR) ADDRLIST('192.0.2.*')\n"); //$NON-NLS-1$
        for (int i = 0; i < CHANNELS; i++) {
            String channel = "'APP." + i + "'"; //$NON-NLS-1$ //$NON-NLS-2$
            mqsc.append("SET CHLAUTH(").append(channel).append(") TYPE(ADDRESSMAP) ADDRESS('10.1.") //$NON-NLS-1$ //$NON-NLS-2$
                    .append(i).append(".*') USERSRC(MAP) MCAUSER('app").append(i).append("')\n"); //$NON-NLS-1$ //$NON-NLS-2$
            mqsc.append("SET CHLAUTH(").append(channel).append(") TYPE(SSLPEERMAP) SSLPEER('CN=app") //$NON-NLS-1$ //$NON-NLS-2$
                    .append(i).append(",O=Example') SSLCERTI('CN=Example CA,O=Example') USERSRC(MAP) MCAUSER('app") //$NON-NLS-1$
                    .append(i).append("')\n"); //$NON-NLS-1$
            mqsc.append("SET CHLAUTH(").append(channel).append(") TYPE(USERMAP) CLNTUSER('user").append(i) //$NON-NLS-1$ //$NON-NLS-2$
                    .append("') USERSRC(MAP) MCAUSER('app").append(i).append("')\n"); //$NON-NLS-1$ //$NON-NLS-2$
            mqsc.append("SET CHLAUTH(").append(channel).append(") TYPE(BLOCKUSER) USERLIST('guest") //$NON-NLS-1$ //$NON-NLS-2$
                    .append(i).append("')\n"); //$NON-NLS-1$
        }
        return mqsc.toString();
    }

    /** Connections that reach every kind of decision: mapped, TLS-mapped, blocked address, SYSTEM.*. */
    public static List<Connection> connections() {
        List<Connection> connections = new ArrayList<>();
        for (int k = 0; k < 64; k++) {
            int i = (k * 37) % CHANNELS;
            String peer = k % 2 == 0 ? "CN=app" + i + ",O=Example" : ""; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
            String issuer = peer.isEmpty() ? "" : "CN=Example CA,O=Example"; //$NON-NLS-1$ //$NON-NLS-2$
            connections.add(new Connection("APP." + i, "10.1." + (k % CHANNELS) + ".5", "user" + i, "", peer, issuer)); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
        }
        connections.add(new Connection("SYSTEM.DEF.SVRCONN", "10.1.1.1", "app", "", "", "")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$
        connections.add(new Connection("APP.1", "192.0.2.9", "user1", "", "", "")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$
        return connections;
    }

    @Setup
    public void load() {
        List<ChlauthRecord> records = new ArrayList<>();
        for (var command : MqscReader.readScript(records()).commands()) {
            ChlauthRecord.Parsed parsed = ChlauthRecord.from(command);
            for (Finding finding : parsed.findings()) {
                throw new IllegalStateException(finding.message());
            }
            records.add(parsed.record());
        }
        if (records.size() != 1000) {
            throw new IllegalStateException(records.size() + " records"); //$NON-NLS-1$
        }
        simulator = new RuncheckSimulator(records, Set.of("mqm", "root")); //$NON-NLS-1$ //$NON-NLS-2$
        connections = connections();
        if (connections.size() != CONNECTIONS) {
            throw new IllegalStateException(connections.size() + " connections"); //$NON-NLS-1$
        }
    }

    @Benchmark
    @OperationsPerInvocation(CONNECTIONS)
    public void decide(Blackhole blackhole) {
        for (Connection connection : connections) {
            blackhole.consume(simulator.evaluate(connection).mcaUser());
        }
    }

    @Benchmark
    @OperationsPerInvocation(CONNECTIONS)
    public void explained(Blackhole blackhole) {
        for (Connection connection : connections) {
            blackhole.consume(simulator.evaluate(connection).explanation());
        }
    }
}
