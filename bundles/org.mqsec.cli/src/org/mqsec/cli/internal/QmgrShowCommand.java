package org.mqsec.cli.internal;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import org.mqsec.cli.Mqsec;
import org.mqsec.core.chlauth.ChlauthRecord;
import org.mqsec.core.findings.Finding;
import org.mqsec.core.plan.MqObject;
import org.mqsec.core.plan.QueueManagerState;
import org.mqsec.core.plan.QueueManagerStateText;
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
        out.print(QueueManagerStateText.render(state));
        return state.problems().isEmpty() ? Mqsec.OK : Mqsec.FAILED;
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
