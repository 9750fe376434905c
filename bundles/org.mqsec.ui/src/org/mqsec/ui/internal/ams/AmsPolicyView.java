package org.mqsec.ui.internal.ams;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Group;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.part.ViewPart;
import org.mqsec.core.ams.AmsPolicy;
import org.mqsec.core.ams.AmsPolicyText;
import org.mqsec.core.findings.Finding;
import org.mqsec.core.plan.MqObject;
import org.mqsec.core.plan.Plan;
import org.mqsec.core.plan.PlanStep;
import org.mqsec.core.plan.QueueManagerState;
import org.mqsec.core.plan.QueueManagerStateReader;
import org.mqsec.core.tls.QueueManagerPlatform;
import org.mqsec.ui.AmsJobs;
import org.mqsec.ui.internal.FileChoosers;
import org.mqsec.ui.internal.FindingsList;
import org.mqsec.ui.internal.ScriptExport;
import org.mqsec.ui.internal.TextImportDialog;
import org.mqsec.ui.internal.WidgetKeys;
import org.mqsec.ui.internal.qmgr.ApplyPlanDialog;
import org.mqsec.ui.internal.qmgr.ProfileChooser;

/**
 * A queue manager's AMS protection policies: imported from dspmqspl output, setmqspl lines or MQSC
 * (DISPLAY POLICY, a dmpmqcfg dump), read from the queue manager over PCF, or started anew; each
 * edited in a form whose signer and recipient DNs are picked from the certificates open in the
 * workbench; checked as they stand; exported as MQSC or a setmqspl script; a putter checked against
 * a getter with their keystores; and applied to the queue manager as a plan (SET POLICY for what
 * changed, DELETE POLICY for what was removed, compared with the queue manager first).
 */
public final class AmsPolicyView extends ViewPart {

    public static final String ID = "org.mqsec.ui.amsPolicyView"; //$NON-NLS-1$

    private final PolicyList model = new PolicyList();
    private Label summary;
    private Text queueManager;
    private Table table;
    private FindingsList findings;
    private PolicyForm form;
    private Button remove;
    private Button export;
    private Button check;
    private Button apply;
    private QueueManagerPlatform platform = QueueManagerPlatform.MULTIPLATFORMS;
    private String profile = ""; //$NON-NLS-1$

    @Override
    public void createPartControl(Composite parent) {
        GridLayoutFactory.swtDefaults().applyTo(parent);
        summary = WidgetKeys.name(new Label(parent, SWT.WRAP), "ams.summary"); //$NON-NLS-1$
        GridDataFactory.fillDefaults().grab(true, false).hint(400, SWT.DEFAULT).applyTo(summary);
        Composite buttons = new Composite(parent, SWT.NONE);
        GridLayoutFactory.fillDefaults().numColumns(10).applyTo(buttons);
        WidgetKeys.pushButton(buttons, "ams.import", Messages.View_import, this::importPolicies); //$NON-NLS-1$
        WidgetKeys.pushButton(buttons, "ams.readQmgr", Messages.View_readQmgr, this::readFromQueueManager); //$NON-NLS-1$
        WidgetKeys.pushButton(buttons, "ams.new", Messages.View_new, this::newPolicy); //$NON-NLS-1$
        remove = WidgetKeys.pushButton(buttons, "ams.remove", Messages.View_remove, this::removePolicy); //$NON-NLS-1$
        export = WidgetKeys.pushButton(buttons, "ams.export", Messages.View_export, this::exportPolicies); //$NON-NLS-1$
        check = WidgetKeys.pushButton(buttons, "ams.check", Messages.View_check, this::checkPair); //$NON-NLS-1$
        WidgetKeys.pushButton(buttons, "ams.inspect", Messages.View_inspect, //$NON-NLS-1$
                () -> new InspectMessageDialog(getSite().getShell(), getSite().getPage(), model.policies()).open());
        apply = WidgetKeys.pushButton(buttons, "ams.apply", Messages.View_apply, this::applyToQueueManager); //$NON-NLS-1$
        new Label(buttons, SWT.NONE).setText(Messages.View_queueManager);
        queueManager = WidgetKeys.name(new Text(buttons, SWT.BORDER), "ams.qmgr"); //$NON-NLS-1$
        GridDataFactory.fillDefaults().hint(160, SWT.DEFAULT).applyTo(queueManager);
        queueManager.addListener(SWT.Modify, e -> {
            form.refreshRendering();
            enableButtons();
        });

        SashForm columns = new SashForm(parent, SWT.HORIZONTAL);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(columns);
        Composite left = new Composite(columns, SWT.NONE);
        GridLayoutFactory.fillDefaults().applyTo(left);
        table = WidgetKeys.name(new Table(left, SWT.BORDER | SWT.FULL_SELECTION | SWT.SINGLE), "ams.policies"); //$NON-NLS-1$
        table.setHeaderVisible(true);
        String[] headers = { Messages.View_columnName, Messages.View_columnProtection, Messages.View_columnSignature,
                Messages.View_columnEncryption, Messages.View_columnSigners, Messages.View_columnRecipients, Messages.View_columnEnforce };
        int[] widths = { 160, 120, 80, 90, 70, 80, 90 };
        for (int i = 0; i < headers.length; i++) {
            TableColumn column = new TableColumn(table, SWT.LEFT);
            column.setText(headers[i]);
            column.setWidth(widths[i]);
        }
        GridDataFactory.fillDefaults().grab(true, true).applyTo(table);
        table.addListener(SWT.Selection, e -> showSelected());
        new Label(left, SWT.NONE).setText(Messages.View_allFindings);
        findings = new FindingsList(left, "ams.findings"); //$NON-NLS-1$
        GridDataFactory.fillDefaults().grab(true, false).hint(SWT.DEFAULT, 140).applyTo(findings.table());
        Group right = new Group(columns, SWT.NONE);
        right.setText(Messages.Form_title);
        GridLayoutFactory.swtDefaults().applyTo(right);
        form = new PolicyForm(right, () -> queueManager.getText().strip(), this::pickDns);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(form.control());
        form.onChange(this::edited);
        columns.setWeights(45, 55);
        refresh(-1);
    }

    @Override
    public void setFocus() {
        table.setFocus();
    }

    /** Shows the model, selecting the policy at {@code select} (-1: none) and showing it in the form. */
    private void refresh(int select) {
        table.removeAll();
        for (int i = 0; i < model.size(); i++) {
            fillRow(new TableItem(table, SWT.NONE), model.get(i));
        }
        if (select >= 0 && select < model.size()) {
            table.setSelection(select);
        }
        showSelected();
        showSummary();
    }

    private void showSummary() {
        summary.setText(model.isEmpty() ? Messages.View_noPolicies : Messages.bind(Messages.View_summary, model.size(), model.source()));
        findings.show(model.findings());
        enableButtons();
        summary.getParent().layout(true, true);
    }

    private static void fillRow(TableItem item, AmsPolicy policy) {
        item.setText(new String[] { policy.name(), policy.protection().name(), policy.signature().keyword(), policy.encryption().keyword(),
                Integer.toString(policy.signers().size()), Integer.toString(policy.recipients().size()),
                policy.tolerate() ? "TOLERATE" : "ENFORCE" }); //$NON-NLS-1$ //$NON-NLS-2$
        item.setImage(policy.check().stream().map(Finding::severity).sorted().findFirst().map(FindingsList::image).orElse(null));
    }

    private void showSelected() {
        int index = table.getSelectionIndex();
        form.show(index < 0 ? null : model.get(index));
        enableButtons();
    }

    /** An edit in the form: the policy in the list and its row change, the form stays as typed. */
    private void edited(AmsPolicy policy) {
        int index = table.getSelectionIndex();
        if (index < 0) {
            return;
        }
        model.replace(index, policy);
        fillRow(table.getItem(index), policy);
        showSummary();
    }

    private void enableButtons() {
        boolean selected = table.getSelectionIndex() >= 0;
        remove.setEnabled(selected);
        export.setEnabled(!model.isEmpty() || !model.baseline().isEmpty());
        check.setEnabled(!model.isEmpty());
        apply.setEnabled((!model.isEmpty() || !model.baseline().isEmpty()) && !queueManager.getText().isBlank());
    }

    private void importPolicies() {
        TextImportDialog dialog = new TextImportDialog(getSite().getShell(), Messages.Import_title, Messages.Import_message, "ams", AmsJobs.READ); //$NON-NLS-1$
        if (dialog.open() == Window.OK) {
            read(dialog.text(), dialog.source());
        }
    }

    /** Reads policies from text in a Job and shows them; text that is not policies is told, and nothing changes. */
    void read(String text, String source) {
        Display display = getSite().getShell().getDisplay();
        Job job = new Job(Messages.Job_read) {
            @Override
            public boolean belongsTo(Object family) {
                return family == AmsJobs.READ;
            }

            @Override
            protected IStatus run(IProgressMonitor monitor) {
                List<AmsPolicy> policies;
                String problem = null;
                try {
                    policies = AmsPolicyText.parse(text, source);
                } catch (IllegalArgumentException e) {
                    policies = null;
                    problem = e.getMessage();
                }
                // a dmpmqcfg dump names its queue manager: the policies can then be applied to it
                QueueManagerState state = QueueManagerStateReader.read(text, source);
                List<AmsPolicy> read = policies;
                String failure = problem;
                display.asyncExec(() -> {
                    if (summary.isDisposed()) {
                        return;
                    }
                    if (read == null) {
                        MessageDialog.openError(getSite().getShell(), Messages.Import_title,
                                Messages.bind(Messages.Import_failed, source, failure) + "\n\n" + Messages.Import_message); //$NON-NLS-1$
                        return;
                    }
                    loaded(read, source, state.name(), state.platform(), ""); //$NON-NLS-1$
                });
                return Status.OK_STATUS;
            }
        };
        job.setUser(true);
        job.schedule();
    }

    private void loaded(List<AmsPolicy> policies, String source, String qmgr, QueueManagerPlatform from, String profileName) {
        model.load(policies, source);
        if (!qmgr.isBlank()) {
            queueManager.setText(qmgr);
        }
        platform = from;
        profile = profileName;
        refresh(policies.isEmpty() ? -1 : 0);
    }

    /** Reads the policies of a queue manager chosen by its connection profile; Apply then sends the edits. */
    private void readFromQueueManager() {
        ProfileChooser.chooseAndRead(getSite().getShell(), Messages.View_readQmgrTitle, (chosen, state) -> show(state, chosen.name()));
    }

    /**
     * Shows the policies of a queue manager's state, read through the profile named (the security
     * navigator's, or the one chosen here; "" for a dump); Apply then sends the edits to it.
     */
    public void show(QueueManagerState state, String profileName) {
        if (summary.isDisposed()) {
            return;
        }
        List<AmsPolicy> policies = new ArrayList<>();
        List<String> unreadable = new ArrayList<>();
        for (MqObject object : state.policies()) {
            try {
                policies.add(AmsPolicy.of(object.name(), object.attributes()));
            } catch (IllegalArgumentException e) {
                unreadable.add(object.name() + ": " + e.getMessage()); //$NON-NLS-1$
            }
        }
        if (!unreadable.isEmpty()) {
            MessageDialog.openWarning(getSite().getShell(), Messages.View_readQmgrTitle,
                    Messages.bind(Messages.View_unreadable, String.join("\n", unreadable))); //$NON-NLS-1$
        }
        loaded(policies, profileName.isEmpty() ? state.source() : Messages.bind(Messages.View_sourceQmgr, state.name(), profileName), state.name(),
                state.platform(), profileName);
    }

    private void newPolicy() {
        AmsPolicy policy = new AmsPolicy(model.freeName("APP.QUEUE"), AmsPolicy.SignatureAlgorithm.SHA256, //$NON-NLS-1$
                AmsPolicy.EncryptionAlgorithm.AES256, List.of(), List.of(), false, AmsPolicy.KEY_REUSE_DISABLED);
        if (model.isEmpty() && model.source().isEmpty()) {
            model.load(List.of(), Messages.View_sourceNew);
        }
        refresh(model.add(policy));
    }

    private void removePolicy() {
        int index = table.getSelectionIndex();
        if (index >= 0 && MessageDialog.openConfirm(getSite().getShell(), Messages.View_removeTitle,
                Messages.bind(Messages.View_removeQuestion, model.get(index).name()))) {
            model.remove(index);
            refresh(Math.min(index, model.size() - 1));
        }
    }

    /** The DN picker over the certificates open in the workbench. */
    private List<String> pickDns() {
        DnPickerDialog dialog = new DnPickerDialog(getSite().getShell(), getSite().getPage());
        return dialog.open() == Window.OK ? dialog.picked() : List.of();
    }

    private void checkPair() {
        new PairCheckDialog(getSite().getShell(), model.policies(), table.getSelectionIndex()).open();
    }

    private void exportPolicies() {
        Path chosen = FileChoosers.chooseOne(getSite().getShell(),
                FileChoosers.Request.save(Messages.View_exportTitle, "policies.mqsc", "*.mqsc;*.sh", "*")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        if (chosen != null) {
            export(chosen);
        }
    }

    /**
     * Writes the policies in a Job, atomically: a {@code .sh} file as setmqspl commands for the queue
     * manager named above, anything else as MQSC. Policies removed since they were read are removed
     * first. Nothing is written while a policy has errors.
     */
    void export(Path file) {
        if (Finding.hasErrors(model.findings())) {
            MessageDialog.openError(getSite().getShell(), Messages.View_exportTitle, Messages.View_exportErrors);
            return;
        }
        boolean setmqspl = file.getFileName().toString().endsWith(".sh"); //$NON-NLS-1$
        String qmgr = queueManager.getText().strip();
        if (setmqspl && qmgr.isEmpty()) {
            MessageDialog.openError(getSite().getShell(), Messages.View_exportTitle, Messages.View_exportNeedsQmgr);
            return;
        }
        byte[] script = (setmqspl ? model.toSetmqspl(qmgr) : model.toMqsc()).getBytes(StandardCharsets.UTF_8);
        ScriptExport.write(getSite().getShell(), file, script, Messages.bind(Messages.Job_export, file), AmsJobs.WRITE,
                Messages.View_exportTitle, Messages.View_exportFailed);
    }

    /**
     * The policies as a plan for the queue manager named above: SET POLICY for each new or changed
     * policy, DELETE POLICY for each removed since it was read; checked, compared with the queue
     * manager and applied in the Apply dialog.
     */
    private void applyToQueueManager() {
        if (Finding.hasErrors(model.findings())) {
            MessageDialog.openError(getSite().getShell(), Messages.View_apply, Messages.View_exportErrors);
            return;
        }
        List<PlanStep> steps = new ArrayList<>(model.changes());
        if (steps.isEmpty()) {
            MessageDialog.openInformation(getSite().getShell(), Messages.View_apply, Messages.View_noChanges);
            return;
        }
        Plan plan = new Plan(queueManager.getText().strip(), platform, steps);
        List<AmsPolicy> sent = model.policies();
        ApplyPlanDialog.open(getSite().getShell(), plan, profile, report -> model.applied(sent));
    }
}
