package org.mqsec.cli.internal;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.osgi.util.NLS;
import org.mqsec.cli.Mqsec;
import org.mqsec.core.findings.Severity;
import org.mqsec.core.plan.QueueManagerState;
import org.mqsec.core.report.CertificateUse;
import org.mqsec.core.report.FleetTable;
import org.mqsec.core.report.SecurityReport;
import org.mqsec.crypto.certificates.QueueManagerCertificates;
import org.mqsec.crypto.keystore.FileKeyRepositoryLocation;
import org.mqsec.crypto.keystore.KeyRepositoryException;
import org.mqsec.qmgr.fleet.FleetScan;
import org.mqsec.qmgr.pcf.QueueManagerReader;
import org.mqsec.qmgr.target.ConnectionProfile;
import org.mqsec.qmgr.target.ConnectionProfiles;
import org.mqsec.qmgr.target.QueueManagerTarget;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code mqsec fleet scan PROFILES.json|DUMP[=KEYREPO]...}: many queue managers read at once (every
 * profile of a profiles file over PCF, and dumps, each optionally with its key repository), at most
 * {@code --parallel} at a time, each within {@code --timeout}; one table of every certificate they
 * depend on by expiry and every weak setting, as text, {@code --json}, or {@code --csv FILE}. Exit 1
 * when a queue manager could not be read or a row is an error.
 */
@Command(name = "scan", mixinStandardHelpOptions = true, versionProvider = MqsecVersion.class, sortOptions = false)
final class FleetScanCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    QueueManagerOptions connection;

    @Parameters(index = "0", arity = "1..*", paramLabel = "SOURCE", descriptionKey = "fleet-sources")
    List<String> sources;

    @Option(names = "--parallel", paramLabel = "N", descriptionKey = "fleet-parallel")
    int parallel = 16;

    @Option(names = "--timeout", paramLabel = "SECONDS", descriptionKey = "fleet-timeout")
    int timeoutSeconds = 60;

    @Option(names = "--json", descriptionKey = "json")
    boolean json;

    @Option(names = "--csv", paramLabel = "FILE", descriptionKey = "fleet-csv")
    Path csv;

    @Option(names = "--privileged", paramLabel = "USERS", descriptionKey = "privileged")
    String privileged;

    @Override
    public Integer call() throws CommandFailure, KeyRepositoryException {
        if (parallel < 1 || timeoutSeconds < 1) {
            throw new ParameterException(spec.commandLine(), Messages.Fleet_badLimits);
        }
        List<FleetScan.Source> scan = new ArrayList<>();
        List<ConnectionProfile> profiles = new ArrayList<>();
        List<Path> keyRepositories = new ArrayList<>();
        for (String source : sources) {
            if (source.endsWith(".json")) { //$NON-NLS-1$
                for (ConnectionProfile profile : profilesIn(Path.of(source))) {
                    profiles.add(profile);
                    scan.add(null); // filled once the passwords are read
                    keyRepositories.add(null);
                }
            } else {
                int equals = source.indexOf('=');
                Path dump = Path.of(equals < 0 ? source : source.substring(0, equals));
                scan.add(new FleetScan.Source(dump.toString(), () -> PlanOutput.readDump(dump)));
                profiles.add(null);
                keyRepositories.add(equals < 0 ? null : Path.of(source.substring(equals + 1)));
            }
        }
        Set<String> privilegedUsers = ChlauthRecordsFile.privileged(privileged);
        Instant now = Instant.now();
        try (QueueManagerOptions.Secrets secrets = connection.secrets(profiles.stream().filter(p -> p != null).toList())) {
            for (int i = 0; i < scan.size(); i++) {
                ConnectionProfile profile = profiles.get(i);
                if (profile != null) {
                    scan.set(i, new FleetScan.Source(profile.name(), () -> {
                        try (QueueManagerTarget target = secrets.connect(profile)) {
                            return QueueManagerReader.read(target, profile.timeout(), new NullProgressMonitor());
                        }
                    }));
                }
            }
            List<FleetScan.Outcome> outcomes = FleetScan.scan(scan, parallel, Duration.ofSeconds(timeoutSeconds), new NullProgressMonitor());
            List<SecurityReport> reports = new ArrayList<>();
            List<FleetTable.Unread> unread = new ArrayList<>();
            for (int i = 0; i < outcomes.size(); i++) {
                FleetScan.Outcome outcome = outcomes.get(i);
                if (!outcome.read()) {
                    unread.add(new FleetTable.Unread(outcome.source(), outcome.failure()));
                    continue;
                }
                QueueManagerState state = outcome.state();
                List<CertificateUse> certificates = List.of();
                Path keyRepository = keyRepositories.get(i);
                if (keyRepository != null) {
                    try {
                        certificates = QueueManagerCertificates.of(new FileKeyRepositoryLocation(keyRepository).open(request -> null,
                                new NullProgressMonitor()), state);
                    } catch (KeyRepositoryException e) {
                        unread.add(new FleetTable.Unread(keyRepository.toString(), e.getMessage() + ' ' + e.advice()));
                        keyRepository = null;
                    }
                }
                reports.add(SecurityReport.of(state, privilegedUsers, certificates, keyRepository != null, now));
            }
            List<FleetTable.Row> rows = FleetTable.rows(reports, unread, now);
            print(rows, now);
            if (csv != null) {
                PlanOutput.printOrWrite(FleetTable.csv(rows), csv, spec.commandLine().getErr());
            }
            return unread.isEmpty() && rows.stream().noneMatch(r -> r.severity() == Severity.ERROR) ? Mqsec.OK : Mqsec.FAILED;
        }
    }

    private List<ConnectionProfile> profilesIn(Path file) throws CommandFailure {
        try {
            return ConnectionProfiles.read(Files.readString(file));
        } catch (IOException e) {
            throw new CommandFailure(NLS.bind(Messages.Qmgr_profilesUnreadable, file, FileProblems.describe(file, e)), Messages.Qmgr_profilesFix);
        } catch (ConnectionProfiles.UnreadableException e) {
            throw new CommandFailure(NLS.bind(Messages.Qmgr_profilesBad, file, e.getMessage()), Messages.Qmgr_profilesFix);
        }
    }

    private void print(List<FleetTable.Row> rows, Instant now) {
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            out.println(JsonOutput.text(FleetTable.json(rows, now)));
            return;
        }
        for (FleetTable.Row row : rows) {
            String when = row.notAfter() == null ? "" : NLS.bind(Messages.Fleet_days, FleetTable.daysLeft(row, now)) + ' '; //$NON-NLS-1$
            out.println(String.join("  ", row.severity().name(), row.queueManager().isEmpty() ? row.source() : row.queueManager(), //$NON-NLS-1$
                    when + (row.label().isEmpty() ? "" : row.label() + ": ") + row.message(), row.code())); //$NON-NLS-1$ //$NON-NLS-2$
        }
    }
}
