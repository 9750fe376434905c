package org.mqsec.cli.internal;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import org.eclipse.osgi.util.NLS;
import org.mqsec.cli.Mqsec;
import org.mqsec.core.chlauth.ChlauthLint;
import org.mqsec.core.findings.Finding;
import org.mqsec.crypto.keystore.KeyRepositoryException;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code mqsec chlauth lint FILE}: exit 1 when a finding is an error, so pipelines can stop on it. */
@Command(name = "lint", mixinStandardHelpOptions = true, versionProvider = MqsecVersion.class, sortOptions = false)
final class ChlauthLintCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE", descriptionKey = "records")
    Path records;

    @Option(names = "--privileged", paramLabel = "USERS", descriptionKey = "privileged")
    String privileged;

    @Option(names = "--json", descriptionKey = "json")
    boolean json;

    @Override
    public Integer call() throws KeyRepositoryException {
        ChlauthRecordsFile file = ChlauthRecordsFile.read(records, spec.commandLine().getErr());
        List<Finding> findings = ChlauthLint.lint(file.records(), file.disabled(), ChlauthRecordsFile.privileged(privileged));
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            JsonArray array = new JsonArray();
            for (Finding finding : findings) {
                JsonObject entry = new JsonObject();
                entry.addProperty("code", finding.code()); //$NON-NLS-1$
                entry.addProperty("severity", finding.severity().name()); //$NON-NLS-1$
                entry.addProperty("field", finding.field()); //$NON-NLS-1$
                entry.addProperty("message", finding.message()); //$NON-NLS-1$
                entry.addProperty("fix", finding.fix()); //$NON-NLS-1$
                array.add(entry);
            }
            JsonObject root = new JsonObject();
            root.addProperty("records", file.records().size()); //$NON-NLS-1$
            root.add("findings", array); //$NON-NLS-1$
            out.println(JsonOutput.text(root));
        } else {
            out.println(NLS.bind(Messages.Chlauth_lintSummary, file.records().size(), findings.size()));
            findings.forEach(finding -> out.println("  " + finding)); //$NON-NLS-1$
        }
        return Finding.hasErrors(findings) ? Mqsec.FAILED : Mqsec.OK;
    }
}
