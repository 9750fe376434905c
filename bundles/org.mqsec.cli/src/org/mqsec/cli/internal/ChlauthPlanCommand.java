package org.mqsec.cli.internal;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import org.eclipse.osgi.util.NLS;
import org.mqsec.cli.Mqsec;
import org.mqsec.core.chlauth.ChlauthRecordChanges;
import org.mqsec.core.plan.ChlauthStep;
import org.mqsec.core.plan.MqscScript;
import org.mqsec.core.plan.Plan;
import org.mqsec.core.plan.PlanFile;
import org.mqsec.core.plan.PlanStep;
import org.mqsec.core.plan.QueueManagerStateReader;
import org.mqsec.crypto.internal.keystore.AtomicFiles;
import org.mqsec.crypto.keystore.KeyRepositoryException;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code mqsec chlauth plan --from READ --to EDITED --out PLAN.json}: the fewest SET CHLAUTH
 * commands that turn the records read from a queue manager into the edited set, as a plan for
 * {@code mqsec plan diff} and {@code mqsec plan apply}. Exit 1, writing nothing, when a finding is an
 * error (a back-stop removed, a record MQ would refuse).
 */
@Command(name = "plan", mixinStandardHelpOptions = true, versionProvider = MqsecVersion.class, sortOptions = false)
final class ChlauthPlanCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--from", required = true, paramLabel = "FILE", descriptionKey = "chlauth-from")
    Path from;

    @Option(names = "--to", required = true, paramLabel = "FILE", descriptionKey = "chlauth-to")
    Path to;

    @Option(names = "--qmgr", paramLabel = "NAME", descriptionKey = "chlauth-qmgr")
    String queueManager;

    @Option(names = "--out", required = true, paramLabel = "PLAN.json", descriptionKey = "out")
    Path out;

    @Override
    public Integer call() throws KeyRepositoryException, CommandFailure {
        PrintWriter err = spec.commandLine().getErr();
        ChlauthRecordsFile before = ChlauthRecordsFile.read(from, err);
        ChlauthRecordsFile after = ChlauthRecordsFile.read(to, err);
        String name = queueManager != null ? queueManager : dumpedName(from);
        List<PlanStep> steps = ChlauthRecordChanges.between(before.records(), after.records()).stream()
                .map(change -> (PlanStep) new ChlauthStep(change.action(), change.record())).toList();
        PrintWriter stdout = spec.commandLine().getOut();
        if (steps.isEmpty()) {
            stdout.println(Messages.Chlauth_noChanges);
            return Mqsec.OK;
        }
        Plan plan = new Plan(name, null, steps);
        var findings = plan.validate();
        if (PlanOutput.printFindings(findings, err)) {
            err.println(Messages.Plan_notWrittenFindings);
            return Mqsec.FAILED;
        }
        try {
            AtomicFiles.write(out, PlanFile.write(plan).getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new CommandFailure(NLS.bind(Messages.Plan_notWritten, out, FileProblems.describe(out, e)), ""); //$NON-NLS-1$
        }
        stdout.print(MqscScript.render(plan, MqscScript.Layout.MULTIPLATFORMS));
        stdout.println(NLS.bind(Messages.Tls_written, out));
        return Mqsec.OK;
    }

    /** The queue manager a dmpmqcfg dump names in its header; "" for DISPLAY output, which does not. */
    private static String dumpedName(Path file) {
        try {
            return QueueManagerStateReader.read(Files.readString(file), file.toString()).name();
        } catch (IOException e) {
            return ""; //$NON-NLS-1$ the file was just read; the plan is then for no queue manager in particular
        }
    }
}
