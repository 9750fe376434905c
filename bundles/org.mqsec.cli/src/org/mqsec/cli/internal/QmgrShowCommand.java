package org.mqsec.cli.internal;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import org.mqsec.cli.Mqsec;
import org.mqsec.core.chlauth.ChlauthRecord;
import org.mqsec.core.findings.Finding;
import org.mqsec.core.plan.MqObject;
import org.mqsec.core.plan.PlanFile;
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
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code mqsec qmgr show}: a queue manager's security state, read over PCF or from a dmpmqcfg dump
 * or DISPLAY output: its security attributes, channels, CHLAUTH records, AUTHINFO objects, AMS
 * policies and running channels, what could not be read, and its findings (channels without TLS,
 * blank or privileged MCAUSER, CHLAUTH lint). Exit 1 when a part could not be read or a finding is
 * an error.
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

    @Parameters(index = "0", arity = "0..1", paramLabel = "PROFILE", descriptionKey = "profile")
    String profile;

    @Option(names = "--privileged", paramLabel = "USERS", descriptionKey = "privileged")
    String privileged;

    @Override
    public Integer call() throws CommandFailure, QueueManagerException, KeyRepositoryException {
        connection.profileNamed(profile, spec);
        QueueManagerState state = connection.state(dump, spec);
        List<Finding> findings = state.findings(ChlauthRecordsFile.privileged(privileged));
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            JsonObject root = json(state);
            JsonArray array = new JsonArray();
            findings.forEach(finding -> array.add(PlanOutput.finding(finding)));
            root.add("findings", array); //$NON-NLS-1$
            out.println(JsonOutput.text(root));
        } else {
            out.print(QueueManagerStateText.render(state, findings));
        }
        return state.problems().isEmpty() && !Finding.hasErrors(findings) ? Mqsec.OK : Mqsec.FAILED;
    }

    static JsonObject json(QueueManagerState state) {
        JsonObject json = new JsonObject();
        json.addProperty("name", state.name()); //$NON-NLS-1$
        json.addProperty("source", state.source()); //$NON-NLS-1$
        json.addProperty("platform", state.platform().name()); //$NON-NLS-1$
        json.add("queueManager", PlanFile.attributes(state.queueManager().attributes())); //$NON-NLS-1$
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
            json.add("attributes", PlanFile.attributes(object.attributes())); //$NON-NLS-1$
            array.add(json);
        }
        return array;
    }
}
