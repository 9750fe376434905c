package org.mqsec.cli.internal;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.Callable;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.osgi.util.NLS;
import org.mqsec.cli.Mqsec;
import org.mqsec.core.findings.Finding;
import org.mqsec.core.plan.QueueManagerState;
import org.mqsec.core.report.CertificateUse;
import org.mqsec.core.report.ReportHtml;
import org.mqsec.core.report.ReportMarkdown;
import org.mqsec.core.report.SecurityReport;
import org.mqsec.crypto.certificates.QueueManagerCertificates;
import org.mqsec.crypto.keystore.FileKeyRepositoryLocation;
import org.mqsec.crypto.keystore.KeyRepository;
import org.mqsec.crypto.keystore.KeyRepositoryException;
import org.mqsec.qmgr.target.QueueManagerException;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code mqsec report PROFILE|--dump FILE --format html|md --out F}: a queue manager's security as
 * an audit report (findings by severity, certificate expiry, settings, channels, CHLAUTH, AMS
 * policies, certificates). With {@code --key-repository} the queue manager's key repository (opened
 * with the stash beside it) adds its certificates, what presents each and their expiry. Exit 1 when
 * a finding is an error.
 */
@Command(name = "report", mixinStandardHelpOptions = true, versionProvider = MqsecVersion.class, sortOptions = false)
final class ReportCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    QueueManagerOptions connection;

    @Parameters(index = "0", arity = "0..1", paramLabel = "PROFILE", descriptionKey = "profile")
    String profile;

    @Option(names = "--dump", paramLabel = "FILE", descriptionKey = "dump")
    Path dump;

    @Option(names = "--key-repository", paramLabel = "FILE", descriptionKey = "report-key-repository")
    Path keyRepository;

    @Option(names = "--format", paramLabel = "FORMAT", descriptionKey = "report-format")
    String format = "html"; //$NON-NLS-1$

    @Option(names = "--out", paramLabel = "FILE", descriptionKey = "out")
    Path out;

    @Option(names = "--privileged", paramLabel = "USERS", descriptionKey = "privileged")
    String privileged;

    @Override
    public Integer call() throws CommandFailure, QueueManagerException, KeyRepositoryException {
        if (!"html".equals(format) && !"md".equals(format)) { //$NON-NLS-1$ //$NON-NLS-2$
            throw new ParameterException(spec.commandLine(), NLS.bind(Messages.Report_badFormat, format));
        }
        connection.profileNamed(profile, spec);
        QueueManagerState state = connection.state(dump, spec);
        List<CertificateUse> certificates = List.of();
        if (keyRepository != null) {
            // the queue manager's own way: the stash beside the repository; a password on the command line never
            KeyRepository repository = new FileKeyRepositoryLocation(keyRepository).open(request -> null, new NullProgressMonitor());
            certificates = QueueManagerCertificates.of(repository, state);
        }
        SecurityReport report = SecurityReport.of(state, ChlauthRecordsFile.privileged(privileged), certificates, keyRepository != null,
                Instant.now());
        String text = "md".equals(format) ? ReportMarkdown.write(List.of(report)) : ReportHtml.write(List.of(report)); //$NON-NLS-1$
        Integer written = PlanOutput.printOrWrite(text, out, spec.commandLine().getOut());
        return Finding.hasErrors(report.findings()) ? Mqsec.FAILED : written;
    }
}
