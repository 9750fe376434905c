package org.mqsec.cli.internal;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;

import org.eclipse.osgi.util.NLS;
import org.mqsec.cli.Mqsec;
import org.mqsec.core.plan.KeyRingStep;
import org.mqsec.core.plan.Plan;
import org.mqsec.core.zos.RacfJob;
import org.mqsec.crypto.keystore.KeyRepositoryException;

import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code mqsec zos racf PLAN.json [--jobcard F] [--out F]}: a plan's RACF steps (certificates, key
 * rings, exports, mappings) as a job to submit. A PKCS#12 export needs its password in the job, which
 * is written only when {@code --export-password-file} or {@code --export-password-env} asks for it.
 */
@Command(name = "racf", mixinStandardHelpOptions = true, versionProvider = MqsecVersion.class, sortOptions = false)
final class ZosRacfCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "PLAN.json", descriptionKey = "plan")
    Path planFile;

    @Option(names = "--jobcard", paramLabel = "FILE", descriptionKey = "jobcard")
    Path jobCard;

    @Option(names = "--out", paramLabel = "FILE", descriptionKey = "out")
    Path out;

    @ArgGroup(exclusive = true)
    PasswordOptions.Export exportPassword;

    @Override
    public Integer call() throws CommandFailure, KeyRepositoryException {
        Plan plan = PlanOutput.readPlan(planFile);
        String card = ZosJobOutput.jobCard(jobCard);
        if (plan.steps().stream().noneMatch(KeyRingStep.class::isInstance)) {
            throw new CommandFailure(NLS.bind(Messages.Zos_noRacfSteps, planFile), Messages.Zos_noRacfStepsFix);
        }
        if (ZosJobOutput.printFindings(plan.validate().stream().map(org.mqsec.core.plan.PlanFinding::finding).toList(),
                spec.commandLine().getErr())) {
            spec.commandLine().getErr().println(Messages.Plan_notRendered);
            return Mqsec.FAILED;
        }
        char[] password = null;
        CommandLinePasswords source = exportPassword == null ? null : exportPassword.source();
        try {
            if (source != null) {
                password = source.existingPassword(Messages.Zos_exportPasswordWhat);
            }
            List<String> commands;
            try {
                commands = RacfJob.racdcert(plan, password);
            } catch (IllegalArgumentException e) {
                throw new CommandFailure(NLS.bind(Messages.Zos_notWritten, planFile, e.getMessage()), ""); //$NON-NLS-1$
            }
            String title = NLS.bind(Messages.Zos_racfTitle, plan.queueManager(), planFile.getFileName());
            return ZosJobOutput.write(RacfJob.write(card, title, commands), out, spec.commandLine().getOut());
        } finally {
            if (password != null) {
                Arrays.fill(password, '\0');
            }
            if (source != null) {
                source.clear();
            }
        }
    }
}
