package org.mqsec.cli.internal;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.mqsec.cli.Mqsec;
import org.mqsec.core.plan.Plan;
import org.mqsec.core.plan.PlanComparison;
import org.mqsec.crypto.keystore.KeyRepositoryException;
import org.mqsec.qmgr.apply.PlanExecutor;
import org.mqsec.qmgr.target.QueueManagerException;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code mqsec plan diff PLAN.json}: what the plan would change on a queue manager, read over PCF
 * (nothing but inquiries is sent) or from a dmpmqcfg dump: each step's object added, changed with
 * the attributes before and after, already as planned, removed, or missing so the step would fail.
 */
@Command(name = "diff", mixinStandardHelpOptions = true, versionProvider = MqsecVersion.class, sortOptions = false)
final class PlanDiffCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "PLAN.json", descriptionKey = "plan")
    Path planFile;

    @Mixin
    QueueManagerOptions connection;

    @Option(names = "--against", paramLabel = "PROFILE", descriptionKey = "against")
    String against;

    @Option(names = "--dump", paramLabel = "FILE", descriptionKey = "dump")
    Path dump;

    @Option(names = "--json", descriptionKey = "json")
    boolean json;

    @Override
    public Integer call() throws CommandFailure, QueueManagerException, KeyRepositoryException {
        connection.profileNamed(against, spec);
        Plan plan = PlanOutput.readPlan(planFile);
        PrintWriter out = spec.commandLine().getOut();
        var findings = plan.validate();
        PlanComparison comparison = PlanComparison.compare(plan, PlanExecutor.forThisQueueManager(plan, connection.state(dump, spec)));
        if (json) {
            out.println(JsonOutput.text(PlanOutput.comparisonJson(comparison, findings)));
        } else {
            PlanOutput.printFindings(findings, spec.commandLine().getErr());
            PlanOutput.printChanges(comparison, out);
        }
        return Plan.hasErrors(findings) ? Mqsec.FAILED : Mqsec.OK;
    }
}
