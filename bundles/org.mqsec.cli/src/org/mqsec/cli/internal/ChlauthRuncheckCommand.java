package org.mqsec.cli.internal;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.eclipse.osgi.util.NLS;
import org.mqsec.cli.Mqsec;
import org.mqsec.core.chlauth.RuncheckSimulator;
import org.mqsec.crypto.keystore.KeyRepositoryException;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code mqsec chlauth runcheck}: DISPLAY CHLAUTH ... MATCH(RUNCHECK) without a queue manager, on
 * records from DISPLAY CHLAUTH(*) ALL output or a dmpmqcfg dump.
 */
@Command(name = "runcheck", mixinStandardHelpOptions = true, versionProvider = MqsecVersion.class, sortOptions = false)
final class ChlauthRuncheckCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--records", required = true, paramLabel = "FILE", descriptionKey = "records")
    Path records;

    @Option(names = "--channel", required = true, paramLabel = "CHANNEL", descriptionKey = "channel")
    String channel;

    @Option(names = "--address", required = true, paramLabel = "ADDRESS", descriptionKey = "address")
    String address;

    @Option(names = "--user", paramLabel = "USER", descriptionKey = "user")
    String user;

    @Option(names = "--qmname", paramLabel = "QMGR", descriptionKey = "qmname")
    String qmname;

    @Option(names = "--peer", paramLabel = "DN", descriptionKey = "peer")
    String peer = ""; //$NON-NLS-1$

    @Option(names = "--issuer", paramLabel = "DN", descriptionKey = "issuer")
    String issuer = ""; //$NON-NLS-1$

    @Option(names = "--privileged", paramLabel = "USERS", descriptionKey = "privileged")
    String privileged;

    @Option(names = "--json", descriptionKey = "json")
    boolean json;

    @Override
    public Integer call() throws KeyRepositoryException, UsageException {
        if (channel.contains("*")) { //$NON-NLS-1$
            throw new UsageException(Messages.Usage_genericChannel);
        }
        if (user != null && qmname != null) {
            throw new UsageException(Messages.Usage_userOrQmname);
        }
        PrintWriter out = spec.commandLine().getOut();
        ChlauthRecordsFile file = ChlauthRecordsFile.read(records, spec.commandLine().getErr());
        RuncheckSimulator.Decision decision = new RuncheckSimulator(file.records(),
                ChlauthRecordsFile.privileged(privileged))
                .evaluate(new RuncheckSimulator.Connection(channel, address, user, qmname, peer, issuer));
        String record = decision.record() == null ? "" : decision.record().toMqsc().toString(); //$NON-NLS-1$
        if (json) {
            JsonObject result = new JsonObject();
            result.addProperty("result", decision.result().name()); //$NON-NLS-1$
            result.addProperty("mcauser", decision.mcaUser()); //$NON-NLS-1$
            result.addProperty("record", record); //$NON-NLS-1$
            JsonArray explanation = new JsonArray();
            decision.explanation().forEach(explanation::add);
            result.add("explanation", explanation); //$NON-NLS-1$
            out.println(JsonOutput.text(result));
        } else {
            out.println(NLS.bind(Messages.Chlauth_result, decision.result(),
                    decision.mcaUser().isEmpty() ? "-" : decision.mcaUser())); //$NON-NLS-1$
            if (!record.isEmpty()) {
                out.println(NLS.bind(Messages.Chlauth_record, record));
            }
            decision.explanation().forEach(line -> out.println("  " + line)); //$NON-NLS-1$
        }
        return Mqsec.OK;
    }
}
