package org.mqsec.cli.internal;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import org.eclipse.osgi.util.NLS;
import org.mqsec.cli.Mqsec;
import org.mqsec.core.ams.AmsPolicy;
import org.mqsec.core.ams.AmsPolicyText;
import org.mqsec.core.findings.Finding;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code mqsec ams parse FILE}: the policies in dspmqspl's report, in setmqspl lines (a script or
 * {@code dspmqspl -export}) or in MQSC ({@code DISPLAY POLICY} output, a dmpmqcfg dump, SET POLICY
 * commands), each with its quality of protection in words and its findings; exit 1 when a finding is
 * an error or the file cannot be read.
 */
@Command(name = "parse", mixinStandardHelpOptions = true, versionProvider = MqsecVersion.class, sortOptions = false)
final class AmsParseCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE", descriptionKey = "ams-file")
    Path file;

    @Option(names = "--json", descriptionKey = "json")
    boolean json;

    @Override
    public Integer call() throws CommandFailure {
        String text;
        try {
            text = Files.readString(file);
        } catch (IOException e) {
            throw new CommandFailure(NLS.bind(Messages.Ams_unreadable, file, FileProblems.describe(file, e)), ""); //$NON-NLS-1$
        }
        List<AmsPolicy> policies;
        try {
            policies = AmsPolicyText.parse(text, file.toString());
        } catch (IllegalArgumentException e) {
            throw new CommandFailure(NLS.bind(Messages.Ams_bad, file, e.getMessage()), Messages.Ams_badFix);
        }
        PrintWriter out = spec.commandLine().getOut();
        JsonArray array = new JsonArray();
        boolean errors = false;
        for (AmsPolicy policy : policies) {
            List<Finding> findings = policy.check();
            errors |= Finding.hasErrors(findings);
            if (json) {
                JsonObject entry = AmsPolicyJson.write(policy, findings);
                array.add(entry);
            } else {
                out.println(NLS.bind(Messages.Ams_policy, new Object[] { policy.name(), policy.protection(), policy.protection().explanation() }));
                out.println("  " + policy.step().toMqsc()); //$NON-NLS-1$
                findings.forEach(finding -> out.println("  " + finding)); //$NON-NLS-1$
            }
        }
        if (json) {
            JsonObject root = new JsonObject();
            root.add("policies", array); //$NON-NLS-1$
            out.println(JsonOutput.text(root));
        } else if (policies.isEmpty()) {
            out.println(NLS.bind(Messages.Ams_none, file));
        }
        return errors ? Mqsec.FAILED : Mqsec.OK;
    }
}
