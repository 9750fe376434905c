package org.mqsec.cli.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import org.eclipse.osgi.util.NLS;
import org.mqsec.cli.Mqsec;
import org.mqsec.core.findings.Finding;
import org.mqsec.core.zos.MqRacfProfiles;
import org.mqsec.core.zos.RacfJob;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code mqsec zos profiles GROUPS.json [--jobcard F] [--out F]}: the RDEFINE/PERMIT job that secures
 * a z/OS queue manager for a set of groups (connection, command, queue and topic profiles, switch
 * profiles), with what it turns off said on standard error; exit 1, writing nothing, on an error.
 */
@Command(name = "profiles", mixinStandardHelpOptions = true, versionProvider = MqsecVersion.class, sortOptions = false)
final class ZosProfilesCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "GROUPS.json", descriptionKey = "zos-groups")
    Path file;

    @Option(names = "--jobcard", paramLabel = "FILE", descriptionKey = "jobcard")
    Path jobCard;

    @Option(names = "--out", paramLabel = "FILE", descriptionKey = "out")
    Path out;

    @Override
    public Integer call() throws CommandFailure {
        String card = ZosJobOutput.jobCard(jobCard);
        MqRacfProfiles profiles;
        try {
            profiles = MqRacfProfiles.read(Files.readString(file, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new CommandFailure(NLS.bind(Messages.Zos_unreadable, file, FileProblems.describe(file, e)), ""); //$NON-NLS-1$
        } catch (IllegalArgumentException e) {
            throw new CommandFailure(NLS.bind(Messages.Zos_bad, file, FileProblems.withoutExceptionNames(e.getMessage())), Messages.Zos_profilesFix);
        }
        List<Finding> findings = profiles.check();
        if (ZosJobOutput.printFindings(findings, spec.commandLine().getErr())) {
            spec.commandLine().getErr().println(Messages.Plan_notRendered);
            return Mqsec.FAILED;
        }
        String title = NLS.bind(Messages.Zos_profilesTitle, profiles.subsystem().toUpperCase(java.util.Locale.ROOT), file.getFileName());
        return ZosJobOutput.write(RacfJob.write(card, title, profiles.tsoCommands()), out, spec.commandLine().getOut());
    }
}
