package org.mqsec.cli.internal;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.mqsec.cli.Mqsec;
import org.mqsec.core.plan.Plan;
import org.mqsec.core.plan.PlanComparison;
import org.mqsec.crypto.keystore.KeyRepositoryException;
import org.mqsec.qmgr.apply.ApplyReport;
import org.mqsec.qmgr.apply.PlanExecutor;
import org.mqsec.qmgr.target.QueueManagerException;
import org.mqsec.qmgr.target.QueueManagerTarget;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code mqsec plan apply PLAN.json --to PROFILE}: sends the plan's steps in order, stops at the
 * first refusal (its reason code in words), reads the queue manager back and says what is not as
 * planned. A plan with an error finding, or made for another queue manager, is not sent.
 * {@code --dry-run} compares only. Exit 1 unless every step was done and the state is as planned.
 */
@Command(name = "apply", mixinStandardHelpOptions = true, versionProvider = MqsecVersion.class, sortOptions = false)
final class PlanApplyCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "PLAN.json", descriptionKey = "plan")
    Path planFile;

    @Mixin
    QueueManagerOptions connection;

    @Option(names = "--to", paramLabel = "PROFILE", descriptionKey = "to-profile")
    String to;

    @Option(names = "--dry-run", descriptionKey = "dry-run")
    boolean dryRun;

    @Option(names = "--json", descriptionKey = "json")
    boolean json;

    @Override
    public Integer call() throws CommandFailure, QueueManagerException, KeyRepositoryException {
        connection.profileNamed(to, spec);
        QueueManagerOptions.requireProfile(connection, spec);
        Plan plan = PlanOutput.readPlan(planFile);
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        var findings = plan.validate();
        if (PlanOutput.printFindings(findings, err)) {
            err.println(Messages.Plan_notApplied);
            return Mqsec.FAILED;
        }
        try (QueueManagerTarget target = connection.connect(err)) {
            if (dryRun) {
                PlanComparison comparison = PlanExecutor.dryRun(plan, target, connection.profile().timeout(), new NullProgressMonitor());
                if (json) {
                    out.println(JsonOutput.text(PlanOutput.comparisonJson(comparison, findings)));
                } else {
                    PlanOutput.printChanges(comparison, out);
                }
                return Mqsec.OK;
            }
            ApplyReport report = PlanExecutor.apply(plan, target, connection.profile().timeout(), new NullProgressMonitor());
            if (json) {
                out.println(JsonOutput.text(PlanOutput.reportJson(report)));
            } else {
                PlanOutput.printReport(report, out);
            }
            return report.succeeded() ? Mqsec.OK : Mqsec.FAILED;
        }
    }
}
