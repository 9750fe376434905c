package org.mqsec.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.mqsec.core.chlauth.ChlauthRecord;
import org.mqsec.core.chlauth.RuncheckSimulator;
import org.mqsec.core.chlauth.RuncheckSimulator.Connection;
import org.mqsec.core.findings.Finding;
import org.mqsec.core.mqsc.MqscReader;

/**
 * Throughput of offline RUNCHECK over a 1,000-record CHLAUTH set of the shape a busy queue manager
 * has (IBM's defaults, then an ADDRESSMAP, SSLPEERMAP, USERMAP and BLOCKUSER per application
 * channel, and a BLOCKADDR), for releng/benchmarks/runcheck-benchmark.sh.
 * Prints: records evaluations_per_s
 */
public final class RuncheckBenchmark {

    private static final int CHANNELS = 249;

    private RuncheckBenchmark() {
    }

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

    public static void main(String[] args) {
        double seconds = args.length > 0 ? Double.parseDouble(args[0]) : 5.0;
        List<ChlauthRecord> records = new ArrayList<>();
        for (var command : MqscReader.readScript(records()).commands()) {
            ChlauthRecord.Parsed parsed = ChlauthRecord.from(command);
            for (Finding finding : parsed.findings()) {
                System.err.println(finding.message());
            }
            records.add(parsed.record());
        }
        RuncheckSimulator simulator = new RuncheckSimulator(records, Set.of("mqm", "root")); //$NON-NLS-1$ //$NON-NLS-2$
        List<Connection> connections = connections();
        int sink = 0;
        for (int warm = 0; warm < 200_000; warm++) { // let the JIT compile evaluate()
            sink += simulator.evaluate(connections.get(warm % connections.size())).explanation().size();
        }
        long end = System.nanoTime() + (long) (seconds * 1e9);
        long start = System.nanoTime();
        long evaluations = 0;
        while (System.nanoTime() < end) {
            for (Connection connection : connections) {
                sink += simulator.evaluate(connection).explanation().size();
            }
            evaluations += connections.size();
        }
        double perSecond = evaluations / ((System.nanoTime() - start) / 1e9);
        System.out.printf("%d %.0f%n", records.size(), perSecond); //$NON-NLS-1$
        if (sink == 42) {
            System.out.println(); // keeps the JIT from discarding the work
        }
    }
}
