package org.mqsec.ui.internal.chlauth;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
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
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.part.ViewPart;
import org.mqsec.core.chlauth.ChlauthRecord;
import org.mqsec.core.chlauth.ChlauthRecordChanges;
import org.mqsec.core.chlauth.ChlauthRecordSet;
import org.mqsec.core.plan.ChlauthStep;
import org.mqsec.core.plan.Plan;
import org.mqsec.core.plan.PlanStep;
import org.mqsec.core.plan.QueueManagerState;
import org.mqsec.core.plan.QueueManagerStateReader;
import org.mqsec.ui.ChlauthJobs;
import org.mqsec.ui.internal.FileChoosers;
import org.mqsec.ui.internal.FindingsList;
import org.mqsec.ui.internal.ScriptExport;
import org.mqsec.ui.internal.TextImportDialog;
import org.mqsec.ui.internal.WidgetKeys;
import org.mqsec.ui.internal.chlauth.RecordSetModel.Row;
import org.mqsec.ui.internal.qmgr.ApplyPlanDialog;
import org.mqsec.ui.internal.qmgr.ProfileChooser;

/**
 * A queue manager's channel authentication records: imported from DISPLAY CHLAUTH or dmpmqcfg
 * output, grouped by channel profile and type, edited with a form per type, checked as they stand
 * (inline and for the whole set), tried with RUNCHECK, and exported as MQSC; or read from a queue
 * manager over PCF (or from its dump) and, once edited, applied to it as a plan (the fewest SET
 * CHLAUTH commands from the records read to the records shown, compared with the queue manager
 * first) in the Apply dialog.
 */
public final class ChlauthView extends ViewPart {

    public static final String ID = "org.mqsec.ui.chlauthView"; //$NON-NLS-1$

    private final RecordSetModel model = new RecordSetModel();
    private Label summary;
    private RecordTree tree;
    private FindingsList findings;
    private Button edit;
    private Button remove;
    private Button export;
    private Button apply;
    /**
     * The records as last read from a queue manager or a dump of it (or applied to it), which Apply
     * compares the edited set with; null for records that start from the defaults.
     */
    private List<ChlauthRecord> baseline;
    private QueueManagerState baselineState;
    private String baselineProfile;

    @Override
    public void createPartControl(Composite parent) {
        GridLayoutFactory.swtDefaults().applyTo(parent);
        summary = WidgetKeys.name(new Label(parent, SWT.WRAP), "chlauth.summary"); //$NON-NLS-1$
        GridDataFactory.fillDefaults().grab(true, false).hint(400, SWT.DEFAULT).applyTo(summary);
        Composite buttons = new Composite(parent, SWT.NONE);
        GridLayoutFactory.fillDefaults().numColumns(8).applyTo(buttons);
        WidgetKeys.pushButton(buttons, "chlauth.import", Messages.View_import, this::importRecords); //$NON-NLS-1$
        WidgetKeys.pushButton(buttons, "chlauth.defaults", Messages.View_defaults, () -> { //$NON-NLS-1$
            model.load(ChlauthRecordSet.queueManagerDefaults(), Messages.View_sourceDefaults);
            baseline = null;
            refresh(null);
        });
        WidgetKeys.pushButton(buttons, "chlauth.add", Messages.View_add, () -> editRecord(null)); //$NON-NLS-1$
        edit = WidgetKeys.pushButton(buttons, "chlauth.edit", Messages.View_edit, () -> editRecord(tree.selectedRow())); //$NON-NLS-1$
        remove = WidgetKeys.pushButton(buttons, "chlauth.remove", Messages.View_remove, this::removeRecord); //$NON-NLS-1$
        export = WidgetKeys.pushButton(buttons, "chlauth.export", Messages.View_export, this::exportRecords); //$NON-NLS-1$
        WidgetKeys.pushButton(buttons, "chlauth.readQmgr", Messages.View_readQmgr, this::readFromQueueManager); //$NON-NLS-1$
        apply = WidgetKeys.pushButton(buttons, "chlauth.apply", Messages.View_apply, this::applyToQueueManager); //$NON-NLS-1$

        SashForm columns = new SashForm(parent, SWT.HORIZONTAL);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(columns);
        Composite left = new Composite(columns, SWT.NONE);
        GridLayoutFactory.fillDefaults().applyTo(left);
        tree = new RecordTree(left, model);
        tree.viewer().addSelectionChangedListener(e -> enableButtons());
        tree.viewer().addDoubleClickListener(e -> {
            if (tree.selectedRow() != null) {
                editRecord(tree.selectedRow());
            }
        });
        new Label(left, SWT.NONE).setText(Messages.View_allFindings);
        findings = new FindingsList(left, "chlauth.findings"); //$NON-NLS-1$
        GridDataFactory.fillDefaults().grab(true, false).hint(SWT.DEFAULT, 140).applyTo(findings.table());
        Composite right = new Composite(columns, SWT.NONE);
        GridLayoutFactory.fillDefaults().applyTo(right);
        new RuncheckPanel(right, model, record -> tree.reveal(record), () -> refresh(tree.selectedRow()));
        columns.setWeights(64, 36);
        refresh(null);
    }

    @Override
    public void setFocus() {
        tree.viewer().getControl().setFocus();
    }

    /** Shows the model as it is now. */
    private void refresh(Row select) {
        String text = model.isEmpty() ? Messages.View_noRecords
                : Messages.bind(model.chlauthDisabled() ? Messages.View_summaryDisabled : Messages.View_summary,
                        model.rows().size(), model.source());
        summary.setText(model.unreadable().isEmpty() ? text
                : text + ' ' + Messages.bind(Messages.Import_problems, model.unreadable().size()));
        tree.refresh(select);
        findings.show(model.findings());
        enableButtons();
        summary.getParent().layout(true, true);
    }

    private void enableButtons() {
        edit.setEnabled(tree.selectedRow() != null);
        remove.setEnabled(tree.selectedRow() != null);
        export.setEnabled(!model.isEmpty());
        apply.setEnabled(baseline != null);
    }

    private void importRecords() {
        TextImportDialog dialog = new TextImportDialog(getSite().getShell(), Messages.Import_title, Messages.Import_message, "chlauth", //$NON-NLS-1$
                ChlauthJobs.READ);
        if (dialog.open() == Window.OK) {
            read(dialog.text(), dialog.source());
        }
    }

    /** Reads the records in a Job (a large dmpmqcfg dump takes a moment) and shows them. */
    void read(String text, String source) {
        Display display = getSite().getShell().getDisplay();
        Job job = new ChlauthJob(Messages.Job_read, ChlauthJobs.READ) {
            @Override
            protected IStatus run(IProgressMonitor monitor) {
                ChlauthRecordSet set = ChlauthRecordSet.read(text);
                // a dmpmqcfg dump names its queue manager: edits can then be applied to it, compared first
                QueueManagerState state = QueueManagerStateReader.read(text, source);
                display.asyncExec(() -> {
                    if (!summary.isDisposed()) {
                        model.load(set, source);
                        baseline = set.records();
                        baselineState = state;
                        baselineProfile = ""; //$NON-NLS-1$
                        refresh(null);
                    }
                });
                return Status.OK_STATUS;
            }
        };
        job.schedule();
    }

    /** Reads the records of a queue manager chosen by its connection profile; Apply then sends the edits. */
    private void readFromQueueManager() {
        ProfileChooser.chooseAndRead(getSite().getShell(), Messages.View_readQmgrTitle, (profile, state) -> show(state, profile.name()));
    }

    /**
     * Shows the records of a queue manager's state, read through the profile named (the security
     * navigator's, or the one chosen here; "" for a dump); Apply then sends the edits to it.
     */
    public void show(QueueManagerState state, String profileName) {
        if (summary.isDisposed()) {
            return;
        }
        model.load(new ChlauthRecordSet(state.chlauth(), List.of(), List.of(), state.chlauthDisabled()),
                profileName.isEmpty() ? state.source() : Messages.bind(Messages.View_sourceQmgr, state.name(), profileName));
        baseline = state.chlauth();
        baselineState = state;
        baselineProfile = profileName;
        refresh(null);
    }

    /**
     * The fewest SET CHLAUTH commands from the records read to the records shown, as a plan: checked,
     * compared with the queue manager and applied in the Apply dialog.
     */
    private void applyToQueueManager() {
        List<PlanStep> steps = ChlauthRecordChanges.between(baseline, model.records()).stream()
                .map(change -> (PlanStep) new ChlauthStep(change.action(), change.record())).toList();
        if (steps.isEmpty()) {
            MessageDialog.openInformation(getSite().getShell(), Messages.View_apply, Messages.View_noChanges);
            return;
        }
        Plan plan = new Plan(baselineState.name(), baselineState.platform(), steps);
        List<ChlauthRecord> sent = model.records();
        ApplyPlanDialog.open(getSite().getShell(), plan, baselineProfile, report -> {
            baseline = sent;
            if (!summary.isDisposed()) {
                enableButtons();
            }
        });
    }

    private void editRecord(Row row) {
        RecordDialog dialog = new RecordDialog(getSite().getShell(), model, row);
        if (dialog.open() != Window.OK) {
            return;
        }
        ChlauthRecord record = dialog.result();
        Row shown = row;
        if (row == null) {
            shown = model.add(record);
        } else {
            model.replace(row, record);
        }
        refresh(shown);
    }

    private void removeRecord() {
        Row row = tree.selectedRow();
        if (row != null && MessageDialog.openConfirm(getSite().getShell(), Messages.View_removeTitle,
                Messages.bind(Messages.View_removeQuestion, row.record().toMqsc()))) {
            model.remove(row);
            refresh(null);
        }
    }

    private void exportRecords() {
        Path chosen = FileChoosers.chooseOne(getSite().getShell(),
                FileChoosers.Request.save(Messages.View_exportTitle, "chlauth.mqsc", "*.mqsc;*.txt", "*")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        if (chosen != null) {
            export(chosen);
        }
    }

    /**
     * Writes the records as MQSC in a Job, atomically, keeping the previous file as .bak; records
     * removed since they were read are removed first, so the script leaves the queue manager as shown.
     */
    void export(Path file) {
        byte[] script = model.toMqsc(baseline).getBytes(StandardCharsets.UTF_8);
        ScriptExport.write(getSite().getShell(), file, script, Messages.bind(Messages.Job_export, file), ChlauthJobs.WRITE,
                Messages.View_exportTitle, Messages.View_exportFailed);
    }
}
