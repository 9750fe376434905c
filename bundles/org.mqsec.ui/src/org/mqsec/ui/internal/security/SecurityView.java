package org.mqsec.ui.internal.security;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.TabFolder;
import org.eclipse.swt.widgets.TabItem;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.ui.part.ViewPart;
import org.mqsec.core.chlauth.RuncheckSimulator;
import org.mqsec.core.findings.Finding;
import org.mqsec.core.findings.Severity;
import org.mqsec.core.plan.Plan;
import org.mqsec.core.plan.QueueManagerState;
import org.mqsec.core.report.CertificateUse;
import org.mqsec.core.report.ReportHtml;
import org.mqsec.core.report.ReportMarkdown;
import org.mqsec.core.report.SecurityFixes;
import org.mqsec.core.report.SecurityReport;
import org.mqsec.core.zos.DisplaySecurity;
import org.mqsec.crypto.certificates.QueueManagerCertificates;
import org.mqsec.crypto.keystore.FileKeyRepositoryLocation;
import org.mqsec.ui.QueueManagerJobs;
import org.mqsec.ui.internal.FileChoosers;
import org.mqsec.ui.internal.FindingsList;
import org.mqsec.ui.internal.KeyRepositoryWork;
import org.mqsec.ui.internal.ScriptExport;
import org.mqsec.ui.internal.WidgetKeys;
import org.mqsec.ui.internal.keystore.InteractivePasswordSource;
import org.mqsec.ui.internal.qmgr.ApplyPlanDialog;
import org.mqsec.ui.internal.qmgr.ProfileChooser;

/**
 * One queue manager's security as a whole: read over PCF through a connection profile or loaded
 * from a dump, with its key repository added when it is reachable from here (the stash beside it,
 * or its password asked): the findings by severity and code, the channels with their TLS settings
 * and status, the certificates with what presents each and their expiry, the security settings and
 * the AMS policies. Export Report writes the audit report (HTML or Markdown).
 */
public final class SecurityView extends ViewPart {

    public static final String ID = "org.mqsec.ui.securityView"; //$NON-NLS-1$

    private Label summary;
    private FindingsList findings;
    private TabItem findingsTab;
    private Table channels;
    private Table certificates;
    private Table settings;
    private Table policies;
    private Table switches;
    private Label zosSettings;
    /** What the z/OS queue manager said of its security switches (DISPLAY SECURITY), or null. */
    private DisplaySecurity display;
    private Button keyRepository;
    private Button export;
    private Button fix;
    /** The profile the state was read through; "" for a dump. */
    private String profile = ""; //$NON-NLS-1$
    private QueueManagerState state;
    private List<CertificateUse> certificateUses = List.of();
    private boolean keyRepositoryRead;
    private SecurityReport report;

    @Override
    public void createPartControl(Composite parent) {
        GridLayoutFactory.swtDefaults().applyTo(parent);
        summary = WidgetKeys.name(new Label(parent, SWT.WRAP), "security.summary"); //$NON-NLS-1$
        GridDataFactory.fillDefaults().grab(true, false).hint(400, SWT.DEFAULT).applyTo(summary);
        Composite buttons = new Composite(parent, SWT.NONE);
        GridLayoutFactory.fillDefaults().numColumns(5).applyTo(buttons);
        WidgetKeys.pushButton(buttons, "security.readQmgr", Messages.View_readQmgr, this::readFromQueueManager); //$NON-NLS-1$
        WidgetKeys.pushButton(buttons, "security.loadDump", Messages.View_loadDump, this::loadDump); //$NON-NLS-1$
        keyRepository = WidgetKeys.pushButton(buttons, "security.keyRepository", Messages.View_keyRepository, this::chooseKeyRepository); //$NON-NLS-1$
        export = WidgetKeys.pushButton(buttons, "security.export", Messages.View_export, this::exportReport); //$NON-NLS-1$
        fix = WidgetKeys.pushButton(buttons, "security.fix", Messages.View_fix, this::fixSelected); //$NON-NLS-1$

        TabFolder tabs = WidgetKeys.name(new TabFolder(parent, SWT.TOP), "security.tabs"); //$NON-NLS-1$
        GridDataFactory.fillDefaults().grab(true, true).applyTo(tabs);
        Composite findingsPage = new Composite(tabs, SWT.NONE);
        GridLayoutFactory.fillDefaults().numColumns(2).applyTo(findingsPage);
        findings = new FindingsList(findingsPage, "security.findings"); //$NON-NLS-1$
        findingsTab = tab(tabs, Messages.View_findings, findingsPage);
        findings.table().addListener(SWT.Selection, e -> fix.setEnabled(selectedFinding() != null
                && SecurityFixes.fixable(selectedFinding().code())));
        channels = table(tabs, Messages.View_channels, "security.channels", Messages.View_channel, "CHLTYPE", "SSLCIPH", "SSLCAUTH", "SSLPEER", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
                "MCAUSER", "CERTLABL", Messages.View_status); //$NON-NLS-1$ //$NON-NLS-2$
        certificates = table(tabs, Messages.View_certificates, "security.certificates", Messages.View_label, Messages.View_subject, //$NON-NLS-1$
                Messages.View_expires, Messages.View_usedBy);
        settings = table(tabs, Messages.View_settings, "security.settings", Messages.View_attribute, Messages.View_value); //$NON-NLS-1$
        policies = table(tabs, Messages.View_policies, "security.policies", Messages.View_policy, Messages.View_protection, "SIGNALG", "ENCALG", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                "SIGNER", "RECIP"); //$NON-NLS-1$ //$NON-NLS-2$
        Composite zos = new Composite(tabs, SWT.NONE);
        GridLayoutFactory.swtDefaults().numColumns(2).applyTo(zos);
        WidgetKeys.pushButton(zos, "security.displaySecurity", Messages.View_displaySecurity, this::importDisplaySecurity); //$NON-NLS-1$
        zosSettings = WidgetKeys.name(new Label(zos, SWT.WRAP), "security.zosSettings"); //$NON-NLS-1$
        GridDataFactory.fillDefaults().grab(true, false).applyTo(zosSettings);
        switches = WidgetKeys.name(new Table(zos, SWT.BORDER | SWT.FULL_SELECTION), "security.switches"); //$NON-NLS-1$
        switches.setHeaderVisible(true);
        int[] widths = { 150, 60, 320, 460 };
        String[] headers = { Messages.View_switch, Messages.View_switchState, Messages.View_switchProfile, Messages.View_switchMeaning };
        for (int i = 0; i < headers.length; i++) {
            TableColumn column = new TableColumn(switches, SWT.LEFT);
            column.setText(headers[i]);
            column.setWidth(widths[i]);
        }
        GridDataFactory.fillDefaults().grab(true, true).span(2, 1).applyTo(switches);
        tab(tabs, Messages.View_zos, zos);
        show();
    }

    @Override
    public void setFocus() {
        summary.getParent().setFocus();
    }

    private static TabItem tab(TabFolder tabs, String title, org.eclipse.swt.widgets.Control content) {
        TabItem item = new TabItem(tabs, SWT.NONE);
        item.setText(title);
        item.setControl(content);
        return item;
    }

    private static Table table(TabFolder tabs, String title, String key, String... headers) {
        Table table = WidgetKeys.name(new Table(tabs, SWT.BORDER | SWT.FULL_SELECTION), key);
        table.setHeaderVisible(true);
        for (String header : headers) {
            TableColumn column = new TableColumn(table, SWT.LEFT);
            column.setText(header);
            column.setWidth(Math.max(90, 760 / headers.length));
        }
        tab(tabs, title, table);
        return table;
    }

    /** The queue manager as it is now: the report made again, every tab filled. */
    private void show() {
        report = state == null ? null
                : SecurityReport.of(state, RuncheckSimulator.DEFAULT_PRIVILEGED_USERS, certificateUses, keyRepositoryRead, Instant.now());
        keyRepository.setEnabled(report != null);
        export.setEnabled(report != null);
        fix.setEnabled(false);
        for (Table table : new Table[] { channels, certificates, settings, policies, switches }) {
            table.removeAll();
        }
        showDisplaySecurity();
        List<Finding> zosFindings = display == null ? List.of() : display.findings();
        if (report == null) {
            summary.setText(display == null ? Messages.View_nothing : Messages.bind(Messages.View_displayOnly, display.prefix(), zosFindings.size()));
            findings.show(zosFindings);
            findingsTab.setText(Messages.bind(Messages.View_findingsCount, zosFindings.size()));
            return;
        }
        List<Finding> all = new java.util.ArrayList<>(report.findings());
        all.addAll(zosFindings);
        Map<Severity, Long> counts = new java.util.EnumMap<>(Severity.class);
        for (Severity severity : Severity.values()) {
            counts.put(severity, all.stream().filter(f -> f.severity() == severity).count());
        }
        String text = Messages.bind(Messages.View_summary, new Object[] { report.queueManager(), report.source(), counts.get(Severity.ERROR),
                counts.get(Severity.WARNING), counts.get(Severity.INFO) });
        if (state.platform() == org.mqsec.core.tls.QueueManagerPlatform.ZOS && display == null) {
            text += ' ' + Messages.View_zosHint;
        }
        summary.setText(text);
        findings.show(all);
        findingsTab.setText(Messages.bind(Messages.View_findingsCount, all.size()));
        report.channels().forEach(c -> row(channels, c.name(), c.type(), c.cipherSpec(), c.clientAuthentication(), c.peer(), c.mcaUser(),
                c.certificateLabel(), c.status()));
        report.certificates().forEach(c -> row(certificates, c.label(), c.subject(), c.notAfter().toString().substring(0, 10), String.join(", ", c.usedBy()))); //$NON-NLS-1$
        report.settings().forEach((keyword, value) -> row(settings, keyword, value));
        report.policies().forEach(p -> row(policies, p.name(), p.protection(), p.signature(), p.encryption(), Integer.toString(p.signers()),
                Integer.toString(p.recipients())));
        summary.getParent().layout(true, true);
    }

    /** The switches table and the timeout, interval, classes and connection authentication line. */
    private void showDisplaySecurity() {
        if (display == null) {
            zosSettings.setText(Messages.View_noDisplaySecurity);
            return;
        }
        zosSettings.setText(Messages.bind(Messages.View_zosSettings, new Object[] { display.prefix(), minutes(display.timeout()),
                minutes(display.interval()), display.classes().isEmpty() ? "?" : display.classes(), //$NON-NLS-1$
                display.clientChecks().isEmpty() ? "?" : display.clientChecks(), display.localChecks().isEmpty() ? "?" : display.localChecks() })); //$NON-NLS-1$ //$NON-NLS-2$
        for (DisplaySecurity.SwitchState each : display.switches()) {
            row(switches, each.shownName(), each.on() ? "ON" : "OFF", //$NON-NLS-1$ //$NON-NLS-2$
                    Messages.bind(each.found() ? Messages.View_profileFound : Messages.View_profileNotFound, each.profile()), each.explanation());
        }
        zosSettings.getParent().layout(true, true);
    }

    private static String minutes(int value) {
        return value < 0 ? "?" : Integer.toString(value); //$NON-NLS-1$
    }

    /** DISPLAY SECURITY pasted or read from a file, read in a Job; text that is not one is told, and nothing changes. */
    private void importDisplaySecurity() {
        org.mqsec.ui.internal.TextImportDialog dialog = new org.mqsec.ui.internal.TextImportDialog(getSite().getShell(),
                Messages.View_displaySecurityTitle, Messages.View_displaySecurityMessage, "security", QueueManagerJobs.READ); //$NON-NLS-1$
        if (dialog.open() == org.eclipse.jface.window.Window.OK) {
            readDisplaySecurity(dialog.text());
        }
    }

    void readDisplaySecurity(String text) {
        new KeyRepositoryWork<DisplaySecurity>(Messages.View_displaySecurityJob, QueueManagerJobs.READ, monitor -> {
            try {
                return DisplaySecurity.read(text);
            } catch (IllegalArgumentException e) {
                throw new org.mqsec.crypto.keystore.KeyRepositoryException(org.mqsec.crypto.keystore.KeyRepositoryException.Problem.UNREADABLE,
                        e.getMessage(), "", e); //$NON-NLS-1$
            }
        }).runThen(getSite().getShell().getDisplay(), read -> {
            if (!summary.isDisposed()) {
                display = read;
                show();
                showTab(5);
            }
        }, failure -> MessageDialog.openError(getSite().getShell(), Messages.View_displaySecurityTitle, KeyRepositoryWork.inWords(failure)));
    }

    private static void row(Table table, String... cells) {
        new TableItem(table, SWT.NONE).setText(cells);
    }

    private void readFromQueueManager() {
        ProfileChooser.chooseAndRead(getSite().getShell(), Messages.View_readQmgrTitle, (chosen, read) -> {
            if (!summary.isDisposed()) {
                show(read, chosen.name());
            }
        });
    }

    /**
     * Shows a queue manager's state (the security navigator's) read through the profile named ("" for
     * a dump); its key repository is not read yet.
     */
    public void show(QueueManagerState read, String profileName) {
        profile = profileName;
        shown(read);
    }

    /** Brings a tab to the front: 0 findings, 1 channels, 2 certificates, 3 settings, 4 AMS policies, 5 z/OS security. */
    public void showTab(int index) {
        TabFolder tabs = (TabFolder) findingsTab.getParent();
        tabs.setSelection(index);
    }

    private void shown(QueueManagerState read) {
        state = read;
        certificateUses = List.of();
        keyRepositoryRead = false;
        show();
    }

    private void loadDump() {
        DumpLoading.load(getSite().getShell(), "security", read -> { //$NON-NLS-1$
            if (!summary.isDisposed()) {
                show(read, ""); //$NON-NLS-1$
            }
        });
    }

    /**
     * The queue manager's key repository, opened in a Job as the queue manager opens it (the stash
     * beside it) or with its password asked: its certificates join the report.
     */
    private void chooseKeyRepository() {
        Path file = FileChoosers.chooseOne(getSite().getShell(), FileChoosers.Request.open(Messages.View_keyRepositoryTitle, "*.kdb;*.p12;*.pfx;*.jks", "*")); //$NON-NLS-1$ //$NON-NLS-2$
        if (file == null) {
            return;
        }
        QueueManagerState of = state;
        new KeyRepositoryWork<List<CertificateUse>>(Messages.bind(Messages.View_keyRepositoryJob, file.getFileName()), QueueManagerJobs.READ,
                monitor -> QueueManagerCertificates.of(new FileKeyRepositoryLocation(file).open(
                        new InteractivePasswordSource(getSite().getShell(), password -> java.util.Arrays.fill(password, '\0')), monitor), of))
                .runThen(getSite().getShell().getDisplay(), uses -> {
                    if (!summary.isDisposed() && state == of) {
                        certificateUses = uses;
                        keyRepositoryRead = true;
                        show();
                    }
                });
    }

    private Finding selectedFinding() {
        org.eclipse.swt.widgets.TableItem[] selection = findings.table().getSelection();
        return selection.length == 1 && selection[0].getData() instanceof Finding finding ? finding : null;
    }

    /**
     * Opens the plan that fixes every finding of the selected one's kind in the Apply dialog: shown as
     * MQSC, compared with the queue manager, applied only when the user says so.
     */
    private void fixSelected() {
        Finding selected = selectedFinding();
        if (selected == null || state == null) {
            return;
        }
        Plan plan = SecurityFixes.plan(selected.code(), state, RuncheckSimulator.DEFAULT_PRIVILEGED_USERS);
        if (plan.steps().isEmpty()) {
            MessageDialog.openInformation(getSite().getShell(), Messages.View_fix, Messages.View_nothingToFix);
            return;
        }
        ApplyPlanDialog.open(getSite().getShell(), plan, profile, applied -> {
            if (!summary.isDisposed()) {
                summary.setText(summary.getText() + ' ' + Messages.View_fixedReadAgain);
            }
        });
    }

    private void exportReport() {
        Path chosen = FileChoosers.chooseOne(getSite().getShell(), FileChoosers.Request.save(Messages.View_exportTitle,
                report.queueManager() + "-security.html", "*.html;*.md", "*")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        if (chosen == null) {
            return;
        }
        String text = chosen.getFileName().toString().endsWith(".md") ? ReportMarkdown.write(List.of(report)) : ReportHtml.write(List.of(report)); //$NON-NLS-1$
        ScriptExport.write(getSite().getShell(), chosen, text.getBytes(StandardCharsets.UTF_8), Messages.bind(Messages.View_exportJob, chosen),
                QueueManagerJobs.REPORT, Messages.View_exportTitle, Messages.View_exportFailed);
    }
}
