package org.mqsec.cli.internal;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import org.eclipse.osgi.util.NLS;
import org.mqsec.cli.Mqsec;
import org.mqsec.core.chlauth.ChlauthRecord;
import org.mqsec.core.findings.Finding;
import org.mqsec.core.plan.MqObject;
import org.mqsec.core.plan.QueueManagerState;
import org.mqsec.crypto.keystore.KeyRepositoryException;
import org.mqsec.qmgr.target.QueueManagerException;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code mqsec qmgr show}: a queue manager's security state, read over PCF or from a dmpmqcfg dump
 * or DISPLAY output: its security attributes, channels, CHLAUTH records, AUTHINFO objects, AMS
 * policies and running channels, and what could not be read.
 */
@Command(name = "show", mixinStandardHelpOptions = true, versionProvider = MqsecVersion.class, sortOptions = false)
final class QmgrShowCommand implements Callable<Integer> {

    /** The channel attributes that matter for security, in the order shown. */
    private static final String[] CHANNEL_COLUMNS = { "CHLTYPE", "SSLCIPH", "SSLCAUTH", "SSLPEER", "MCAUSER" }; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$

    @Spec
    CommandSpec spec;

    @Mixin
    QueueManagerOptions connection;

    @Option(names = "--dump", paramLabel = "FILE", descriptionKey = "dump")
    Path dump;

    @Option(names = "--json", descriptionKey = "json")
    boolean json;

    @Override
    public Integer call() throws CommandFailure, QueueManagerException, KeyRepositoryException {
        QueueManagerState state = connection.state(dump, spec);
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            out.println(JsonOutput.text(json(state)));
            return Mqsec.OK;
        }
        out.println(NLS.bind(Messages.Qmgr_state, state.name(), state.source()));
        state.queueManager().attributes().forEach((keyword, values) -> out.println("  " + keyword + ": " + String.join(", ", values))); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        out.println(NLS.bind(Messages.Qmgr_channels, state.channels().size()));
        if (!state.channels().isEmpty()) {
            String[] header = new String[CHANNEL_COLUMNS.length + 1];
            header[0] = "CHANNEL"; //$NON-NLS-1$
            System.arraycopy(CHANNEL_COLUMNS, 0, header, 1, CHANNEL_COLUMNS.length);
            List<String[]> rows = new ArrayList<>();
            for (MqObject channel : state.channels()) {
                String[] row = new String[header.length];
                row[0] = channel.name();
                for (int i = 0; i < CHANNEL_COLUMNS.length; i++) {
                    row[i + 1] = channel.valueOr(CHANNEL_COLUMNS[i], ""); //$NON-NLS-1$
                }
                rows.add(row);
            }
            out.print(TextTable.of(header, rows));
        }
        out.println(NLS.bind(Messages.Qmgr_chlauth, state.chlauth().size()));
        state.chlauth().forEach(record -> out.println("  " + record.toMqsc())); //$NON-NLS-1$
        list(out, Messages.Qmgr_authinfos, state.authinfos());
        list(out, Messages.Qmgr_policies, state.policies());
        list(out, Messages.Qmgr_running, state.channelStatus());
        if (!state.problems().isEmpty()) {
            out.println(Messages.Qmgr_problems);
            state.problems().forEach(problem -> out.println("  " + problem)); //$NON-NLS-1$
        }
        return state.problems().isEmpty() ? Mqsec.OK : Mqsec.FAILED;
    }

    private static void list(PrintWriter out, String title, List<MqObject> objects) {
        out.println(NLS.bind(title, objects.size()));
        for (MqObject object : objects) {
            StringBuilder line = new StringBuilder("  ").append(object.name()); //$NON-NLS-1$
            object.attributes().forEach((keyword, values) -> line.append(' ').append(keyword).append('(').append(String.join(",", values)).append(')')); //$NON-NLS-1$
            out.println(line);
        }
    }

    static JsonObject json(QueueManagerState state) {
        JsonObject json = new JsonObject();
        json.addProperty("name", state.name()); //$NON-NLS-1$
        json.addProperty("source", state.source()); //$NON-NLS-1$
        json.addProperty("platform", state.platform().name()); //$NON-NLS-1$
        json.add("queueManager", attributes(state.queueManager().attributes())); //$NON-NLS-1$
        json.add("channels", objects(state.channels())); //$NON-NLS-1$
        JsonArray chlauth = new JsonArray();
        for (ChlauthRecord record : state.chlauth()) {
            chlauth.add(record.toMqsc().toString());
        }
        json.add("chlauth", chlauth); //$NON-NLS-1$
        json.add("authinfos", objects(state.authinfos())); //$NON-NLS-1$
        json.add("policies", objects(state.policies())); //$NON-NLS-1$
        json.add("channelStatus", objects(state.channelStatus())); //$NON-NLS-1$
        JsonArray problems = new JsonArray();
        for (Finding problem : state.problems()) {
            problems.add(PlanOutput.finding(problem));
        }
        json.add("problems", problems); //$NON-NLS-1$
        return json;
    }

    private static JsonArray objects(List<MqObject> objects) {
        JsonArray array = new JsonArray();
        for (MqObject object : objects) {
            JsonObject json = new JsonObject();
            json.addProperty("name", object.name()); //$NON-NLS-1$
            json.add("attributes", attributes(object.attributes())); //$NON-NLS-1$
            array.add(json);
        }
        return array;
    }

    private static JsonObject attributes(Map<String, List<String>> attributes) {
        JsonObject json = new JsonObject();
        attributes.forEach((keyword, values) -> {
            if (values.size() == 1) {
                json.addProperty(keyword, values.get(0));
            } else {
                JsonArray array = new JsonArray();
                values.forEach(array::add);
                json.add(keyword, array);
            }
        });
        return json;
    }
}
