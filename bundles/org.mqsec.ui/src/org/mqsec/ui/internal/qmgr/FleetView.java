package org.mqsec.ui.internal.qmgr;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.ui.part.ViewPart;
import org.mqsec.core.chlauth.RuncheckSimulator;
import org.mqsec.core.plan.QueueManagerStateReader;
import org.mqsec.core.report.FleetTable;
import org.mqsec.core.report.SecurityReport;
import org.mqsec.qmgr.fleet.FleetScan;
import org.mqsec.qmgr.pcf.QueueManagerReader;
import org.mqsec.qmgr.target.ConnectionProfile;
import org.mqsec.qmgr.target.QueueManagerTarget;
import org.mqsec.qmgr.target.QueueManagerTargets;
import org.mqsec.ui.QueueManagerJobs;
import org.mqsec.ui.internal.FileChoosers;
import org.mqsec.ui.internal.FindingsList;
import org.mqsec.ui.internal.ScriptExport;
import org.mqsec.ui.internal.WidgetKeys;

import com.google.gson.GsonBuilder;

/**
 * The fleet expiry scan in the workbench: every connection profile (passwords asked first, on the
 * UI thread) or chosen dumps read at most {@value #PARALLEL} at a time in one cancellable Job, each
 * within {@value #TIMEOUT_SECONDS} s; one table of every certificate by expiry and every weak
 * setting, exported as CSV or JSON. The same scan as {@code mqsec fleet scan}.
 */
public final class FleetView extends ViewPart {

    public static final String ID = "org.mqsec.ui.fleetView"; //$NON-NLS-1$

    static final int PARALLEL = 16;
    static final int TIMEOUT_SECONDS = 60;

    private Label summary;
    private Table table;
    private Button exportCsv;
    private Button exportJson;
    private List<FleetTable.Row> rows = List.of();
    private Instant scannedAt = Instant.now();

    @Override
    public void createPartControl(Composite parent) {
        GridLayoutFactory.swtDefaults().applyTo(parent);
        summary = WidgetKeys.name(new Label(parent, SWT.WRAP), "fleet.summary"); //$NON-NLS-1$
        summary.setText(Messages.Fleet_nothing);
        GridDataFactory.fillDefaults().grab(true, false).hint(400, SWT.DEFAULT).applyTo(summary);
        Composite buttons = new Composite(parent, SWT.NONE);
        GridLayoutFactory.fillDefaults().numColumns(4).applyTo(buttons);
        WidgetKeys.pushButton(buttons, "fleet.scanProfiles", Messages.Fleet_scanProfiles, this::scanProfiles); //$NON-NLS-1$
        WidgetKeys.pushButton(buttons, "fleet.scanDumps", Messages.Fleet_scanDumps, this::scanDumps); //$NON-NLS-1$
        exportCsv = WidgetKeys.pushButton(buttons, "fleet.exportCsv", Messages.Fleet_exportCsv, () -> export(false)); //$NON-NLS-1$
        exportJson = WidgetKeys.pushButton(buttons, "fleet.exportJson", Messages.Fleet_exportJson, () -> export(true)); //$NON-NLS-1$
        table = WidgetKeys.name(new Table(parent, SWT.BORDER | SWT.FULL_SELECTION), "fleet.rows"); //$NON-NLS-1$
        table.setHeaderVisible(true);
        String[] headers = { Messages.Fleet_severity, Messages.Fleet_queueManager, Messages.Fleet_expires, Messages.Fleet_what, Messages.Fleet_code };
        int[] widths = { 90, 140, 170, 560, 260 };
        for (int i = 0; i < headers.length; i++) {
            TableColumn column = new TableColumn(table, SWT.LEFT);
            column.setText(headers[i]);
            column.setWidth(widths[i]);
        }
        GridDataFactory.fillDefaults().grab(true, true).applyTo(table);
        enableExports();
    }

    @Override
    public void setFocus() {
        table.setFocus();
    }

    private void enableExports() {
        exportCsv.setEnabled(!rows.isEmpty());
        exportJson.setEnabled(!rows.isEmpty());
    }

    /** Every profile: passwords asked one profile after another, then all read in one Job. */
    private void scanProfiles() {
        Shell shell = getSite().getShell();
        ProfilesFile.load(shell.getDisplay(), profiles -> {
            if (summary.isDisposed()) {
                return;
            }
            List<ConnectionSecrets> asked = new ArrayList<>();
            List<FleetScan.Source> sources = new ArrayList<>();
            for (ConnectionProfile profile : profiles) {
                ConnectionSecrets secrets = ConnectionSecrets.ask(shell, profile);
                if (secrets == null) {
                    asked.forEach(ConnectionSecrets::clear);
                    return;
                }
                asked.add(secrets);
                sources.add(new FleetScan.Source(profile.name(), () -> {
                    try (QueueManagerTarget target = QueueManagerTargets.connect(profile, ConnectionSecrets.copy(secrets.user()),
                            ConnectionSecrets.copy(secrets.keyStore()), ConnectionSecrets.copy(secrets.trustStore()))) {
                        return QueueManagerReader.read(target, profile.timeout(), new org.eclipse.core.runtime.NullProgressMonitor());
                    }
                }));
            }
            scan(sources, () -> asked.forEach(ConnectionSecrets::clear));
        }, problem -> summary.setText(problem));
    }

    private void scanDumps() {
        List<Path> files = FileChoosers.choose(getSite().getShell(), FileChoosers.Request.open(Messages.Fleet_scanDumps, "*.mqsc;*.txt;*.cfg", "*") //$NON-NLS-1$ //$NON-NLS-2$
                .orSeveral());
        if (files.isEmpty()) {
            return;
        }
        List<FleetScan.Source> sources = new ArrayList<>();
        for (Path file : files) {
            sources.add(new FleetScan.Source(file.toString(),
                    () -> QueueManagerStateReader.read(java.nio.file.Files.readString(file), file.toString())));
        }
        scan(sources, () -> { });
    }

    /** Reads the sources in one user Job; the table is filled when it ends; {@code after} runs then, however it ended. */
    private void scan(List<FleetScan.Source> sources, Runnable after) {
        Shell shell = getSite().getShell();
        summary.setText(Messages.bind(Messages.Fleet_scanning, sources.size()));
        Job job = new Job(Messages.bind(Messages.Fleet_scanning, sources.size())) {
            @Override
            public boolean belongsTo(Object family) {
                return family == QueueManagerJobs.READ;
            }

            @Override
            protected IStatus run(IProgressMonitor monitor) {
                try {
                    Instant now = Instant.now();
                    List<FleetScan.Outcome> outcomes = FleetScan.scan(sources, PARALLEL, Duration.ofSeconds(TIMEOUT_SECONDS), monitor);
                    List<SecurityReport> reports = new ArrayList<>();
                    List<FleetTable.Unread> unread = new ArrayList<>();
                    for (FleetScan.Outcome outcome : outcomes) {
                        if (outcome.read()) {
                            reports.add(SecurityReport.of(outcome.state(), RuncheckSimulator.DEFAULT_PRIVILEGED_USERS, List.of(), false, now));
                        } else {
                            unread.add(new FleetTable.Unread(outcome.source(), outcome.failure()));
                        }
                    }
                    List<FleetTable.Row> scanned = FleetTable.rows(reports, unread, now);
                    shell.getDisplay().asyncExec(() -> show(scanned, reports.size(), unread.size(), now));
                    return Status.OK_STATUS;
                } catch (OperationCanceledException e) {
                    shell.getDisplay().asyncExec(() -> {
                        if (!summary.isDisposed()) {
                            summary.setText(Messages.Fleet_cancelled);
                        }
                    });
                    return Status.CANCEL_STATUS;
                } finally {
                    after.run();
                }
            }
        };
        job.setUser(true);
        job.schedule();
    }

    private void show(List<FleetTable.Row> scanned, int read, int unread, Instant now) {
        if (summary.isDisposed()) {
            return;
        }
        rows = scanned;
        scannedAt = now;
        table.removeAll();
        for (FleetTable.Row row : rows) {
            TableItem item = new TableItem(table, SWT.NONE);
            String expires = row.notAfter() == null ? "" //$NON-NLS-1$
                    : Messages.bind(Messages.Fleet_days, row.notAfter().toString().substring(0, 10), FleetTable.daysLeft(row, now));
            String what = row.label().isEmpty() ? row.message() : row.label() + " (" + row.subject() + "): " + row.message(); //$NON-NLS-1$ //$NON-NLS-2$
            item.setText(new String[] { row.severity().name(), row.queueManager().isEmpty() ? row.source() : row.queueManager(), expires, what,
                    row.code() });
            item.setImage(FindingsList.image(row.severity()));
        }
        summary.setText(Messages.bind(Messages.Fleet_summary, new Object[] { read, unread, rows.size() }));
        enableExports();
    }

    private void export(boolean json) {
        Path chosen = FileChoosers.chooseOne(getSite().getShell(), FileChoosers.Request.save(Messages.Fleet_exportTitle,
                json ? "fleet.json" : "fleet.csv", json ? "*.json" : "*.csv", "*")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
        if (chosen == null) {
            return;
        }
        String text = json ? new GsonBuilder().setPrettyPrinting().create().toJson(FleetTable.json(rows, scannedAt)) + '\n' : FleetTable.csv(rows);
        ScriptExport.write(getSite().getShell(), chosen, text.getBytes(StandardCharsets.UTF_8), Messages.bind(Messages.Fleet_exportJob, chosen),
                QueueManagerJobs.REPORT, Messages.Fleet_exportTitle, Messages.Fleet_exportFailed);
    }
}
